// A minimal zip writer (deflate via node:zlib, no dependency) for the configuration archives of
// `GET G/A/export` and `GET G/A/pull` with `Accept: application/zip`. Entries get a fixed timestamp
// (1980-01-01), so one configuration always gives the same bytes. No zip64: archives over 4 GiB or
// 65535 entries are refused, far beyond any app configuration.
import { deflateRawSync } from 'node:zlib'

export interface ZipEntry {
  /** `/`-separated path inside the archive, no leading `/`. */
  readonly path: string
  readonly data: Buffer
}

const CRC_TABLE = Array.from({ length: 256 }, (_v, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

export function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1
const UTF8_NAMES = 0x0800

/** The fields local and central headers share, from "version needed" to the name length. */
function commonFields(
  method: number,
  crc: number,
  compressed: number,
  size: number,
  nameLength: number
): Buffer {
  const b = Buffer.alloc(26)
  b.writeUInt16LE(20, 0) // version needed: 2.0 (deflate)
  b.writeUInt16LE(UTF8_NAMES, 2)
  b.writeUInt16LE(method, 4)
  b.writeUInt16LE(0, 6) // time 00:00:00
  b.writeUInt16LE(DOS_DATE_1980_01_01, 8)
  b.writeUInt32LE(crc, 10)
  b.writeUInt32LE(compressed, 14)
  b.writeUInt32LE(size, 18)
  b.writeUInt16LE(nameLength, 22)
  b.writeUInt16LE(0, 24) // extra field length
  return b
}

function signature(value: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32LE(value, 0)
  return b
}

function centralTail(offset: number): Buffer {
  const b = Buffer.alloc(14)
  // comment length, disk number, internal attrs (all 0); external attrs: a regular file, mode 0644
  b.writeUInt32LE((0o100644 << 16) >>> 0, 6)
  b.writeUInt32LE(offset, 10)
  return b
}

export function writeZip(entries: readonly ZipEntry[]): Buffer {
  if (entries.length > 0xffff) throw new Error('too many entries for a zip archive without zip64')
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8')
    const deflated = deflateRawSync(entry.data)
    const [method, body] = deflated.length < entry.data.length ? [8, deflated] : [0, entry.data]
    const fields = commonFields(method, crc32(entry.data), body.length, entry.data.length, name.length)
    const local = Buffer.concat([signature(0x04034b50), fields, name, body])
    const versionMadeBy = Buffer.from([20, 3]) // 2.0, Unix (so the external attrs are file modes)
    centrals.push(Buffer.concat([signature(0x02014b50), versionMadeBy, fields, centralTail(offset), name]))
    locals.push(local)
    offset += local.length
    if (offset > 0xffffffff) throw new Error('zip archive too large without zip64')
  }
  const central = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(central.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, central, end])
}
