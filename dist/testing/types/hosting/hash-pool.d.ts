import { type FileDigest } from './hash-file.js';
/**
 * What starting a hashing worker costs before it hashes its first byte, measured on the bench machine
 * (2 cores): 30 ms quiet, 65 ms at a load average of 10. The calling thread hashes about 1,000 files of
 * 1–20 KB or 16 MiB in that time (40 µs a small file, 2.5 ms a MiB), so less work is never worth a worker.
 */
export declare const WORKER_START_MS = 40;
export interface PoolOptions {
    /** Workers started at once (an explicit choice); more are added only up to `maxWorkers`. */
    readonly workers: number;
    readonly maxWorkers: number;
    readonly maxSize: number;
    readonly signal?: AbortSignal;
    /** Called as each worker is started (how a test sees the pool's size). */
    readonly onWorkerStart?: () => void;
}
/** Worker threads worth having: one per core besides the calling thread's, at most 8. */
export declare function spareCores(): number;
/** Hashes `paths` on this thread and in workers; the result at index i is for `paths[i]`. */
export declare function digestShared(paths: readonly string[], options: PoolOptions): Promise<FileDigest[]>;
