import { inflateRawSync } from 'node:zlib'
import { crc32, writeZip } from '../../src/emulator/zip-writer.js'

/** An independent reader: walks the central directory and checks each local entry against it. */
function readZip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const files = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressed = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const local = zip.readUInt32LE(at + 42)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    expect(zip.readUInt32LE(local)).toBe(0x04034b50)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const stored = zip.subarray(start, start + compressed)
    const data = method === 8 ? inflateRawSync(stored) : stored
    expect(data.length).toBe(size)
    expect(crc32(data)).toBe(crc)
    files.set(name, data)
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return files
}

describe('zip writer', () => {
  test('crc32 matches the standard check value', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926)
  })

  test('entries read back byte for byte, deflated when smaller, stored otherwise', () => {
    const entries = [
      { path: 'root_config.json', data: Buffer.from(JSON.stringify({ name: 'app' }, null, 2).repeat(20)) },
      { path: 'functions/ünïcode.js', data: Buffer.from('exports = () => "ok"') },
      { path: 'empty.txt', data: Buffer.alloc(0) },
      { path: 'random.bin', data: Buffer.from(Array.from({ length: 64 }, (_v, i) => (i * 97) % 256)) }
    ]
    const zip = writeZip(entries)
    const files = readZip(zip)
    expect([...files.keys()]).toEqual(entries.map(e => e.path))
    for (const entry of entries) expect(files.get(entry.path)?.equals(entry.data)).toBe(true)
  })

  test('the same entries always give the same bytes', () => {
    const entries = [{ path: 'a.json', data: Buffer.from('{"a":1}') }]
    expect(writeZip(entries).equals(writeZip(entries))).toBe(true)
  })

  test('an empty archive is just the end record', () => {
    expect(writeZip([])).toHaveLength(22)
  })
})
