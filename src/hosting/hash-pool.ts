// A pool of worker threads that hash files, so hashing uses every core. Work goes out in batches of
// paths (a message per file would cost more than hashing a small file) whose size shrinks as the work
// runs out, so all workers finish together; each worker has at most two batches queued, so memory stays
// flat however many files there are, and every worker reuses one read buffer.
import { Worker } from 'node:worker_threads'
import { CancelledError } from '../errors.js'
import {
  HASH_FILE_SOURCE,
  READ_BUFFER_BYTES,
  toFileDigest,
  type FileDigest,
  type RawDigest
} from './hash-file.js'

const WORKER_SOURCE = `
const fs = require('node:fs')
const crypto = require('node:crypto')
const { parentPort, workerData } = require('node:worker_threads')
${HASH_FILE_SOURCE}
const buffer = Buffer.allocUnsafe(workerData.bufferBytes)
parentPort.on('message', ({ start, paths }) => {
  parentPort.postMessage({ start, results: paths.map(path => hashFile(path, workerData.maxSize, buffer)) })
})
`

/** Upper bound of paths per message; batches get smaller towards the end of the work. */
const MAX_BATCH = 256
const BATCHES_IN_FLIGHT = 2

interface BatchResult {
  readonly start: number
  readonly results: RawDigest[]
}

export interface PoolOptions {
  readonly workers: number
  readonly maxSize: number
  readonly signal?: AbortSignal
}

/** Hashes `paths` in `workers` threads; the result at index i is for `paths[i]`. */
export function digestInWorkers(paths: readonly string[], options: PoolOptions): Promise<FileDigest[]> {
  const digests: FileDigest[] = new Array(paths.length)
  if (paths.length === 0) return Promise.resolve(digests)
  if (options.signal?.aborted) return Promise.reject(new CancelledError())
  const count = Math.max(1, Math.min(options.workers, paths.length))
  const nextBatch = batchesOf(paths, count)
  return new Promise<FileDigest[]>((resolve, reject) => {
    const workers: Worker[] = []
    let done = 0
    let settled = false
    const finish = (error?: Error): void => {
      if (settled) return
      settled = true
      options.signal?.removeEventListener('abort', onAbort)
      for (const worker of workers) void worker.terminate()
      if (error) reject(error)
      else resolve(digests)
    }
    const onAbort = (): void => finish(new CancelledError())
    const dispatch = (worker: Worker): void => {
      const batch = nextBatch()
      if (batch) worker.postMessage(batch)
    }
    const receive = (worker: Worker, { start, results }: BatchResult): void => {
      results.forEach((raw, i) => (digests[start + i] = toFileDigest(raw)))
      done += results.length
      if (done === paths.length) finish()
      else dispatch(worker)
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    for (let i = 0; i < count; i++) {
      const worker = startWorker(options.maxSize, receive, finish)
      workers.push(worker)
      for (let b = 0; b < BATCHES_IN_FLIGHT; b++) dispatch(worker)
    }
  })
}

/**
 * Hands out consecutive slices of `paths`, each a quarter of the remaining work per worker (at most
 * MAX_BATCH): few messages early on, single files at the end so no worker idles while another works.
 */
function batchesOf(
  paths: readonly string[],
  workers: number
): () => { start: number; paths: string[] } | undefined {
  let next = 0
  return () => {
    if (next >= paths.length) return undefined
    const size = Math.min(MAX_BATCH, Math.ceil((paths.length - next) / (workers * 4)))
    const batch = { start: next, paths: paths.slice(next, next + size) }
    next += size
    return batch
  }
}

function startWorker(
  maxSize: number,
  receive: (worker: Worker, message: BatchResult) => void,
  fail: (error: Error) => void
): Worker {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { bufferBytes: READ_BUFFER_BYTES, maxSize }
  })
  worker.on('message', (message: BatchResult) => receive(worker, message))
  worker.on('error', error => fail(new Error(`a hashing worker failed: ${error.message}`)))
  worker.on('exit', code => fail(new Error(`a hashing worker stopped early (exit code ${code})`)))
  return worker
}
