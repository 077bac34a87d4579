// What a dependency upload contains: a package.json's `dependencies`, or the top-level packages of a
// node_modules archive (.zip, .tar, .tgz/.tar.gz), read from each `node_modules/<pkg>/package.json`.
// Only what the emulator needs to report `dependencies_list`; nothing is extracted to disk.
import { gunzipSync, inflateRawSync } from 'node:zlib'

export interface Dependency {
  readonly name: string
  readonly version: string
}

/** Thrown for an upload the server would fail to install; the message becomes the status message. */
export class DependencyUploadError extends Error {}

// `node_modules/<name>/package.json` or `node_modules/@scope/<name>/package.json`, with an optional
// leading directory (`functions/`) or `./`.
const TOP_LEVEL_MANIFEST = /^(?:\.\/)?(?:[^/]+\/)?node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/

function manifestDependency(bytes: Buffer, fallbackName: string): Dependency {
  try {
    const manifest = JSON.parse(bytes.toString('utf8')) as { name?: unknown; version?: unknown }
    return {
      name: typeof manifest.name === 'string' ? manifest.name : fallbackName,
      version: typeof manifest.version === 'string' ? manifest.version : ''
    }
  } catch {
    return { name: fallbackName, version: '' }
  }
}

/** The `dependencies` of a package.json. */
export function packageJsonDependencies(bytes: Buffer): Dependency[] {
  let manifest: unknown
  try {
    manifest = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    throw new DependencyUploadError(`package.json is not valid JSON: ${(error as Error).message}`)
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
    throw new DependencyUploadError('package.json must be a JSON object')
  const deps = (manifest as { dependencies?: unknown }).dependencies ?? {}
  if (typeof deps !== 'object' || deps === null || Array.isArray(deps))
    throw new DependencyUploadError('"dependencies" in package.json must be an object')
  return Object.entries(deps).map(([name, version]) => {
    if (typeof version !== 'string')
      throw new DependencyUploadError(`the version of dependency "${name}" must be a string`)
    return { name, version }
  })
}

function zipEntryData(zip: Buffer, localOffset: number, method: number, compressedSize: number): Buffer {
  if (zip.readUInt32LE(localOffset) !== 0x04034b50)
    throw new DependencyUploadError('the zip archive is corrupt (bad local header)')
  const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
  const data = zip.subarray(start, start + compressedSize)
  if (method === 0) return data
  if (method === 8) return inflateRawSync(data)
  throw new DependencyUploadError(`the zip archive uses an unsupported compression method (${method})`)
}

function zipDependencies(zip: Buffer): Dependency[] {
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new DependencyUploadError('the file is not a zip archive')
  const found: Dependency[] = []
  let at = zip.readUInt32LE(eocd + 16)
  for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
    if (zip.readUInt32LE(at) !== 0x02014b50)
      throw new DependencyUploadError('the zip archive is corrupt (bad central directory)')
    const nameLength = zip.readUInt16LE(at + 28)
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    const match = TOP_LEVEL_MANIFEST.exec(name)
    if (match) {
      const data = zipEntryData(
        zip,
        zip.readUInt32LE(at + 42),
        zip.readUInt16LE(at + 10),
        zip.readUInt32LE(at + 20)
      )
      found.push(manifestDependency(data, match[1]))
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return found
}

function tarString(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length)
  const end = field.indexOf(0)
  return field.subarray(0, end < 0 ? field.length : end).toString('utf8')
}

function tarDependencies(tar: Buffer): Dependency[] {
  const found: Dependency[] = []
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512)
    if (header.every(b => b === 0)) break
    const size = parseInt(tarString(header, 124, 12).trim() || '0', 8)
    if (Number.isNaN(size)) throw new DependencyUploadError('the tar archive is corrupt (bad entry size)')
    const prefix = tarString(header, 345, 155)
    const name = prefix ? `${prefix}/${tarString(header, 0, 100)}` : tarString(header, 0, 100)
    const match = TOP_LEVEL_MANIFEST.exec(name)
    if (match && (header[156] === 0x30 || header[156] === 0))
      found.push(manifestDependency(tar.subarray(at + 512, at + 512 + size), match[1]))
    at += 512 + Math.ceil(size / 512) * 512
  }
  return found
}

/** The dependencies an uploaded file declares or contains, by its file name. */
export function uploadedDependencies(fileName: string, bytes: Buffer): Dependency[] {
  const lower = fileName.toLowerCase()
  if (lower.endsWith('.json')) return packageJsonDependencies(bytes)
  if (lower.endsWith('.zip')) return zipDependencies(bytes)
  if (lower.endsWith('.tar')) return tarDependencies(bytes)
  if (lower.endsWith('.tgz') || lower.endsWith('.tar.gz')) {
    let tar: Buffer
    try {
      tar = gunzipSync(bytes)
    } catch {
      throw new DependencyUploadError(`${fileName} is not a gzip archive`)
    }
    return tarDependencies(tar)
  }
  throw new DependencyUploadError(
    `cannot install ${fileName}: upload a package.json or a .zip, .tar, .tgz or .tar.gz archive of node_modules`
  )
}
