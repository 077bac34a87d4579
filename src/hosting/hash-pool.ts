// Hashing shared between the calling thread and a pool of worker threads. The calling thread starts
// hashing at once, one file at a time in short slices (between them it hands batches to the workers
// and takes their results), so the first file is hashed before any worker exists. Workers are started
// only while the work left, as measured on the calling thread, outlasts what a worker costs to start:
// a handful of files never starts one, a large folder gets one per spare core. A worker gets work only
// once it reports ready, in batches whose size shrinks as the work runs out (so everyone finishes
// together); each worker has at most two batches queued, so memory stays flat, and reuses one buffer.
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import type { Worker } from 'node:worker_threads'
import { CancelledError } from '../errors.js'
import {
  HASH_FILE_SOURCE,
  READ_BUFFER_BYTES,
  hashFileInThread,
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
parentPort.postMessage({ ready: true })
`

/** Upper bound of paths per message; batches get smaller towards the end of the work. */
const MAX_BATCH = 256
const BATCHES_IN_FLIGHT = 2
/**
 * What starting a hashing worker costs before it hashes its first byte, measured on the bench machine
 * (2 cores): 30 ms quiet, 65 ms at a load average of 10. The calling thread hashes about 1,000 files of
 * 1–20 KB or 16 MiB in that time (40 µs a small file, 2.5 ms a MiB), so less work is never worth a worker.
 */
export const WORKER_START_MS = 40
/** The longest the calling thread hashes before it looks at the workers' messages again. */
const SLICE_MS = 8

export interface PoolOptions {
  /** Workers started at once (an explicit choice); more are added only up to `maxWorkers`. */
  readonly workers: number
  readonly maxWorkers: number
  readonly maxSize: number
  readonly signal?: AbortSignal
  /** Called as each worker is started (how a test sees the pool's size). */
  readonly onWorkerStart?: () => void
}

/** Worker threads worth having: one per core besides the calling thread's, at most 8. */
export function spareCores(): number {
  return Math.max(0, Math.min(8, availableParallelism() - 1))
}

interface Batch {
  readonly start: number
  readonly paths: string[]
}
type WorkerMessage = { ready: true } | { start: number; results: RawDigest[] }

/** Hashes `paths` on this thread and in workers; the result at index i is for `paths[i]`. */
export function digestShared(paths: readonly string[], options: PoolOptions): Promise<FileDigest[]> {
  const digests: FileDigest[] = new Array(paths.length)
  if (paths.length === 0) return Promise.resolve(digests)
  if (options.signal?.aborted) return Promise.reject(new CancelledError())
  const queue = workQueue(paths, options.maxWorkers + 1)
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
    const record = (start: number, results: readonly FileDigest[]): void => {
      results.forEach((digest, i) => (digests[start + i] = digest))
      done += results.length
      if (done === paths.length) finish()
    }
    const receive = (worker: Worker, message: WorkerMessage): void => {
      if (!('ready' in message)) record(message.start, message.results.map(toFileDigest))
      if (settled) return
      // A ready worker fills its queue; a worker that returned a batch gets one more.
      const wanted = 'ready' in message ? BATCHES_IN_FLIGHT : 1
      for (let b = 0; b < wanted; b++) {
        const batch = queue.take()
        if (batch) worker.postMessage(batch)
      }
    }
    const addWorker = (): void => {
      workers.push(startWorker(options.maxSize, receive, finish))
      options.onWorkerStart?.()
    }
    options.signal?.addEventListener('abort', onAbort, { once: true })
    for (let i = 0; i < options.workers; i++) addWorker()
    const here = hashHere(queue, options, record, () => settled)
    const slice = (): void => {
      if (settled) return
      if (options.signal?.aborted) return finish(new CancelledError())
      if (!here.hashSlice()) return // the rest is with the workers
      if (workers.length < options.maxWorkers && here.leftMs(workers.length) > WORKER_START_MS) addWorker()
      setImmediate(slice)
    }
    // Asynchronously, so a caller's abort right after the call is seen before any work.
    setImmediate(slice)
  })
}

/** The calling thread's share: single files taken from the queue, timed so the pool can be sized. */
function hashHere(
  queue: ReturnType<typeof workQueue>,
  options: PoolOptions,
  record: (start: number, results: readonly FileDigest[]) => void,
  settled: () => boolean
): { hashSlice: () => boolean; leftMs: (workers: number) => number } {
  const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES)
  let hashed = 0
  let spentMs = 0
  return {
    /** Hashes for up to SLICE_MS; false once the queue is empty. */
    hashSlice() {
      const begin = performance.now()
      while (!settled() && performance.now() - begin < SLICE_MS) {
        const batch = queue.take(1)
        if (!batch) return false
        record(batch.start, [hashFileInThread(batch.paths[0], options.maxSize, buffer)])
        hashed++
      }
      spentMs += performance.now() - begin
      return !settled()
    },
    /** The time the work not yet handed out would take, shared by this thread and `workers`. */
    leftMs(workers) {
      return hashed === 0 ? 0 : ((spentMs / hashed) * queue.left()) / (workers + 1)
    }
  }
}

/**
 * Hands out consecutive slices of `paths`, each a quarter of the remaining work per hasher (at most
 * MAX_BATCH), or `size` paths when asked: few messages early on, single files at the end.
 */
function workQueue(
  paths: readonly string[],
  hashers: number
): { take: (size?: number) => Batch | undefined; left: () => number } {
  let next = 0
  return {
    take(size) {
      if (next >= paths.length) return undefined
      const count = size ?? Math.min(MAX_BATCH, Math.ceil((paths.length - next) / (hashers * 4)))
      const batch = { start: next, paths: paths.slice(next, next + count) }
      next += count
      return batch
    },
    left: () => paths.length - next
  }
}

// node:worker_threads is loaded with the first worker: most folders never start one, and loading it
// is a millisecond of every run. (`performance` is node's global, for the same reason.)
let workerThreads: typeof import('node:worker_threads') | undefined

function startWorker(
  maxSize: number,
  receive: (worker: Worker, message: WorkerMessage) => void,
  fail: (error: Error) => void
): Worker {
  workerThreads ??= createRequire(import.meta.url)(
    'node:worker_threads'
  ) as typeof import('node:worker_threads')
  const worker = new workerThreads.Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { bufferBytes: READ_BUFFER_BYTES, maxSize }
  })
  worker.on('message', (message: WorkerMessage) => receive(worker, message))
  worker.on('error', error => fail(new Error(`a hashing worker failed: ${error.message}`)))
  worker.on('exit', code => fail(new Error(`a hashing worker stopped early (exit code ${code})`)))
  return worker
}
