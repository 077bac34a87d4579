// The one implementation of "MD5 and size of a file", as JavaScript source text. It runs in the
// hashing workers and, for a handful of files, on the calling thread. It is a string because the CLI
// and the action are bundled with ncc: a worker built from a source string (`eval: true`) needs no file
// next to the bundle, and no bundler or coverage tool rewrites the code inside it.
import * as crypto from 'node:crypto'
import * as fs from 'node:fs'

/** The result of hashing one file. */
export type FileDigest =
  | { readonly kind: 'hashed'; readonly hash: string; readonly size: number }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'unreadable'; readonly reason: string }

/** What the source below returns per file: compact, because it crosses threads by the thousand. */
export type RawDigest = [hash: string, size: number] | { tooLarge: number } | { error: string }

/** Bytes read per `readSync`: large enough to keep syscalls cheap, small enough to stay in cache. */
export const READ_BUFFER_BYTES = 1024 * 1024

// Reads with a fixed buffer, so memory does not grow with the file. O_NOFOLLOW: the scanner resolved
// every symbolic link it allows, so a link found here was swapped in after the check and is refused;
// O_NONBLOCK: a pipe swapped in fails instead of blocking. Most assets fit in one read, so the size is
// only asked (fstat) of files larger than the buffer, to refuse an oversized one before reading it all.
// Reading until end of file (not until the fstat size) keeps hash and size consistent.
export const HASH_FILE_SOURCE = `
function hashFile(path, maxSize, buffer) {
  let fd
  try {
    const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = fs.constants
    fd = fs.openSync(path, O_RDONLY | (O_NOFOLLOW || 0) | (O_NONBLOCK || 0))
    const hash = crypto.createHash('md5')
    let size = 0
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null)
      if (read === 0) break
      if (size === 0 && read === buffer.length) {
        const stat = fs.fstatSync(fd)
        if (!stat.isFile()) return { error: 'not a regular file' }
        if (stat.size > maxSize) return { tooLarge: stat.size }
      }
      hash.update(read === buffer.length ? buffer : buffer.subarray(0, read))
      size += read
      if (size > maxSize) return { tooLarge: size }
    }
    return [hash.digest('hex'), size]
  } catch (error) {
    return { error: error && error.code ? error.code : String(error) }
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}
`

type HashFile = (path: string, maxSize: number, buffer: Buffer) => RawDigest

let inThread: HashFile | undefined

/** Hashes one file on the calling thread with the same source the workers run. */
export function hashFileInThread(path: string, maxSize: number, buffer: Buffer): FileDigest {
  // The source is a constant of this module, never user input.
  inThread ??= new Function('fs', 'crypto', `${HASH_FILE_SOURCE}\nreturn hashFile`)(fs, crypto) as HashFile
  return toFileDigest(inThread(path, maxSize, buffer))
}

export function toFileDigest(raw: RawDigest): FileDigest {
  if (Array.isArray(raw)) return { kind: 'hashed', hash: raw[0], size: raw[1] }
  if ('tooLarge' in raw) return { kind: 'too-large', size: raw.tooLarge }
  return { kind: 'unreadable', reason: raw.error }
}
