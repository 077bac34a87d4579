// Reads the files of a zip archive (the Admin API's config export): the central directory, then each
// entry stored or deflated. Bounded: at most MAX_ENTRIES entries and MAX_BYTES inflated in all, so a
// hostile archive cannot exhaust memory; paths that would leave the target directory are refused.
import { inflateRawSync } from 'node:zlib'

const MAX_ENTRIES = 20_000
const MAX_BYTES = 256 * 1024 * 1024
const END_OF_DIRECTORY = 0x06054b50
const CENTRAL_ENTRY = 0x02014b50
const LOCAL_ENTRY = 0x04034b50

export interface ZipEntry {
  readonly path: string
  readonly bytes: Buffer
}

function endOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the end of the archive.
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) return i
  throw new Error('not a zip archive (no end of central directory)')
}

function safePath(name: string): string {
  const parts = name.replace(/\\/g, '/').split('/')
  if (name.startsWith('/') || parts.includes('..')) throw new Error(`zip entry outside the archive: ${name}`)
  return parts.filter(p => p !== '' && p !== '.').join('/')
}

function entryBytes(zip: Buffer, local: number, method: number, size: number, inflated: number): Buffer {
  if (zip.readUInt32LE(local) !== LOCAL_ENTRY) throw new Error('corrupt zip archive (local header)')
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
  const raw = zip.subarray(start, start + size)
  if (method === 0) return Buffer.from(raw)
  if (method === 8) return inflateRawSync(raw, { maxOutputLength: Math.max(inflated, 1) })
  throw new Error(`zip compression method ${method} is not supported`)
}

/** Every file of the archive (directories left out), in archive order. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = endOfDirectory(zip)
  const count = zip.readUInt16LE(end + 10)
  if (count > MAX_ENTRIES) throw new Error(`zip archive has ${count} entries (at most ${MAX_ENTRIES})`)
  let at = zip.readUInt32LE(end + 16)
  let total = 0
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_ENTRY) throw new Error('corrupt zip archive (central directory)')
    const method = zip.readUInt16LE(at + 10)
    const size = zip.readUInt32LE(at + 20)
    const inflated = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    const local = zip.readUInt32LE(at + 42)
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
    total += inflated
    if (total > MAX_BYTES) throw new Error(`zip archive inflates to more than ${MAX_BYTES} bytes`)
    if (name.endsWith('/')) continue
    entries.push({ path: safePath(name), bytes: entryBytes(zip, local, method, size, inflated) })
  }
  return entries
}
