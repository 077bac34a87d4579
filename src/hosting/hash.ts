// Hashing many files: on the calling thread from the first file, helped by worker threads when the
// work is large enough to pay for starting them (hash-pool.ts sizes the pool to the work as it goes).
import { CancelledError } from '../errors.js'
import { hashFileInThread, READ_BUFFER_BYTES, type FileDigest } from './hash-file.js'
import { digestShared, spareCores } from './hash-pool.js'
import { MAX_ASSET_SIZE } from './types.js'

export type { FileDigest } from './hash-file.js'

export interface HashOptions {
  /** Worker threads: 0 hashes on this thread; unset picks by the machine and the work. */
  readonly workers?: number
  /** Files larger than this are not read (`too-large`). Default: the hosting limit, 25 MiB. */
  readonly maxSize?: number
  readonly signal?: AbortSignal
}

/** The hashing threads on this machine: one per core, at most 8 (the calling thread is one of them). */
export function defaultWorkerCount(): number {
  return spareCores() + 1
}

/** MD5 and size of each file, in the order of `paths`. Problems are results, not exceptions. */
export async function digestFiles(
  paths: readonly string[],
  options: HashOptions = {}
): Promise<FileDigest[]> {
  const maxSize = options.maxSize ?? MAX_ASSET_SIZE
  const { workers, signal } = options
  if (workers === 0) return digestInThread(paths, maxSize, signal)
  // Unset: no worker at first, as many as the work proves worth having. Given: that many at once.
  const maxWorkers = workers ?? spareCores()
  return digestShared(paths, { workers: workers ?? 0, maxWorkers, maxSize, signal })
}

/** Lowercase hex MD5 of each file, in the order of `paths`; throws when a file cannot be hashed. */
export async function hashFiles(paths: readonly string[], options: HashOptions = {}): Promise<string[]> {
  const digests = await digestFiles(paths, options)
  return digests.map((digest, i) => {
    if (digest.kind === 'hashed') return digest.hash
    const why =
      digest.kind === 'too-large' ? `larger than ${options.maxSize ?? MAX_ASSET_SIZE} bytes` : digest.reason
    throw new Error(`cannot hash ${paths[i]}: ${why}`)
  })
}

function digestInThread(
  paths: readonly string[],
  maxSize: number,
  signal: AbortSignal | undefined
): FileDigest[] {
  if (signal?.aborted) throw new CancelledError()
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES)
  return paths.map(path => hashFileInThread(path, maxSize, buffer))
}
