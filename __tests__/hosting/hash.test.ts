// Hashing: the worker pool and the in-thread path agree with md5sum, keep the input order, and
// handle zero files, more files than workers, unreadable and oversized files, and cancellation; a
// handful of files starts no worker.
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { CancelledError } from '../../src/errors.js'
import { digestFiles, hashFiles, type FileDigest } from '../../src/hosting/hash.js'
import { digestShared, spareCores } from '../../src/hosting/hash-pool.js'
import { removeTempDirs, tempDir, writeIn } from './temp-app.js'

afterAll(removeTempDirs)

/** 60 files: empty, tiny, and some larger than the 1 MiB read buffer, with seeded contents. */
function makeFiles(): string[] {
  const dir = tempDir()
  return Array.from({ length: 60 }, (_, i) => {
    const size = i % 15 === 0 ? 2.5 * 1024 * 1024 + i : i * 37
    const pattern = Buffer.from(Array.from({ length: 251 }, (_, b) => (b * 31 + i * 17) & 0xff))
    return writeIn(dir, `f${i}.bin`, size === 0 ? Buffer.alloc(0) : Buffer.alloc(size, pattern))
  }).reverse()
}

function md5sum(paths: string[]): string[] {
  const out = execFileSync('md5sum', ['-z', '--', ...paths], { encoding: 'utf8' })
    .split('\0')
    .filter(Boolean)
  return out.map(line => line.slice(0, 32))
}

describe('hashFiles', () => {
  const paths = makeFiles()
  const expected = md5sum(paths)

  it('matches md5sum with more files than workers, in the order given', async () => {
    expect(await hashFiles(paths, { workers: 3 })).toEqual(expected)
  })

  it('matches md5sum on this thread too (workers: 0) and with the automatic choice', async () => {
    expect(await hashFiles(paths, { workers: 0 })).toEqual(expected)
    expect(await hashFiles(paths)).toEqual(expected)
    expect(await hashFiles(paths.slice(0, 3))).toEqual(expected.slice(0, 3))
  })

  it('returns nothing for zero files, with or without workers', async () => {
    expect(await hashFiles([], { workers: 4 })).toEqual([])
    expect(await hashFiles([], { workers: 0 })).toEqual([])
  })

  it('returns sizes with hashes and names unreadable or oversized files instead of throwing', async () => {
    const missing = join(tempDir(), 'missing.bin')
    for (const workers of [0, 2]) {
      const digests = await digestFiles([paths[0], missing, paths[1]], { workers, maxSize: 2150 })
      expect(digests[0]).toEqual({ kind: 'too-large', size: expect.any(Number) })
      expect(digests[1]).toEqual({ kind: 'unreadable', reason: 'ENOENT' })
      expect(digests[2]).toEqual({ kind: 'hashed', hash: expected[1], size: 58 * 37 })
    }
    await expect(hashFiles([missing], { workers: 1 })).rejects.toThrow(`cannot hash ${missing}: ENOENT`)
  })

  it('refuses a directory given as a file', async () => {
    const [digest] = await digestFiles([tempDir()], { workers: 0 })
    expect(digest.kind).toBe('unreadable')
  })

  it('stops with CancelledError when the signal aborts', async () => {
    const controller = new AbortController()
    const running = digestFiles(paths, { workers: 2, signal: controller.signal })
    controller.abort()
    await expect(running).rejects.toBeInstanceOf(CancelledError)
    await expect(digestFiles(paths, { workers: 0, signal: controller.signal })).rejects.toBeInstanceOf(
      CancelledError
    )
  })
})

describe('digestShared (the calling thread and the pool)', () => {
  const paths = makeFiles()
  const expected = md5sum(paths)
  const hashes = (digests: FileDigest[]): string[] =>
    digests.map(d => (d.kind === 'hashed' ? d.hash : d.kind))

  it('hashes a handful of files on the calling thread alone: no worker is started', async () => {
    let started = 0
    const few = paths.filter((_, i) => i % 15 !== 0).slice(0, 5)
    const digests = await digestShared(few, {
      workers: 0,
      maxWorkers: 8,
      maxSize: 25 * 1024 * 1024,
      onWorkerStart: () => void started++
    })
    expect(hashes(digests)).toEqual(md5sum(few))
    expect(started).toBe(0)
  })

  it('starts the workers asked for, and never more than the spare cores when left to choose', async () => {
    let asked = 0
    const given = await digestShared(paths, {
      workers: 2,
      maxWorkers: 2,
      maxSize: 25 * 1024 * 1024,
      onWorkerStart: () => void asked++
    })
    expect(hashes(given)).toEqual(expected)
    expect(asked).toBe(2)
    let chosen = 0
    const automatic = await digestShared(paths, {
      workers: 0,
      maxWorkers: spareCores(),
      maxSize: 25 * 1024 * 1024,
      onWorkerStart: () => void chosen++
    })
    expect(hashes(automatic)).toEqual(expected)
    expect(chosen).toBeLessThanOrEqual(spareCores())
  })
})
