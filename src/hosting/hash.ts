// Hashing many files: in a worker pool sized to the machine, or on this thread when the work is too
// small to pay for starting workers (about 30 ms each).
import { availableParallelism } from 'node:os'
import { stat } from 'node:fs/promises'
import { CancelledError } from '../errors.js'
import { hashFileInThread, READ_BUFFER_BYTES, type FileDigest } from './hash-file.js'
import { digestInWorkers } from './hash-pool.js'
import { MAX_ASSET_SIZE } from './types.js'

export type { FileDigest } from './hash-file.js'

export interface HashOptions {
  /** Worker threads: 0 hashes on this thread; unset picks by the machine and the work. */
  readonly workers?: number
  /** Files larger than this are not read (`too-large`). Default: the hosting limit, 25 MiB. */
  readonly maxSize?: number
  readonly signal?: AbortSignal
}

/** More workers than this gains nothing: reading the disk becomes the limit. */
const MAX_WORKERS = 8
/** Below both bounds, hashing here is faster than starting a worker. */
const IN_THREAD_MAX_FILES = 64
const IN_THREAD_MAX_BYTES = 16 * 1024 * 1024

/** The worker count used when none is given: one per core, at most 8. */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()))
}

/** MD5 and size of each file, in the order of `paths`. Problems are results, not exceptions. */
export async function digestFiles(
  paths: readonly string[],
  options: HashOptions = {}
): Promise<FileDigest[]> {
  const maxSize = options.maxSize ?? MAX_ASSET_SIZE
  const workers = options.workers ?? ((await isSmallWork(paths)) ? 0 : defaultWorkerCount())
  if (workers <= 0) return digestInThread(paths, maxSize, options.signal)
  return digestInWorkers(paths, { workers, maxSize, signal: options.signal })
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

async function isSmallWork(paths: readonly string[]): Promise<boolean> {
  if (paths.length > IN_THREAD_MAX_FILES) return false
  const sizes = await Promise.all(
    paths.map(path =>
      stat(path).then(
        s => s.size,
        () => 0
      )
    )
  )
  return sizes.reduce((sum, size) => sum + size, 0) <= IN_THREAD_MAX_BYTES
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
