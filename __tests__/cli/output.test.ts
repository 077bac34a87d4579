import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { descriptorWriter } from '../../src/cli/output.js'

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code })
}

describe('descriptorWriter', () => {
  test('writes whole UTF-8 text to the descriptor, in order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'realm-deploy-output-'))
    const fd = openSync(join(dir, 'out'), 'w')
    try {
      const write = descriptorWriter(fd, () => {
        throw new Error('the stream is not needed')
      })
      write('plan: 1 change ✓\n')
      write('x'.repeat(200_000))
      expect(readFileSync(join(dir, 'out'), 'utf8')).toBe(`plan: 1 change ✓\n${'x'.repeat(200_000)}`)
    } finally {
      closeSync(fd)
      rmSync(dir, { recursive: true })
    }
  })

  test('a partial write goes on from where it stopped', () => {
    const written: string[] = []
    const write = descriptorWriter(
      1,
      () => new PassThrough(),
      (_fd, data) => {
        const n = Math.min(3, data.length)
        written.push(Buffer.from(data.subarray(0, n)).toString())
        return n
      }
    )
    write('abcdefg')
    expect(written).toEqual(['abc', 'def', 'g'])
  })

  test('EAGAIN hands the rest, and every later write, to the stream in order', () => {
    const stream = new PassThrough()
    let calls = 0
    const write = descriptorWriter(
      1,
      () => stream,
      (_fd, data) => {
        if (++calls === 2) throw errno('EAGAIN')
        return Math.min(2, data.length)
      }
    )
    write('abcd')
    write('ef')
    expect(String(stream.read())).toBe('cdef')
    expect(calls).toBe(2)
  })

  test('EPIPE (the reader went away) drops the rest silently; other errors are thrown', () => {
    let calls = 0
    const write = descriptorWriter(
      1,
      () => new PassThrough(),
      () => {
        calls++
        throw errno('EPIPE')
      }
    )
    write('a')
    write('b')
    expect(calls).toBe(1)
    const failing = descriptorWriter(
      1,
      () => new PassThrough(),
      () => {
        throw errno('EIO')
      }
    )
    expect(() => failing('a')).toThrow('EIO')
  })
})
