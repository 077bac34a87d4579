import { type FileDigest } from './hash-file.js';
export interface PoolOptions {
    readonly workers: number;
    readonly maxSize: number;
    readonly signal?: AbortSignal;
}
/** Hashes `paths` in `workers` threads; the result at index i is for `paths[i]`. */
export declare function digestInWorkers(paths: readonly string[], options: PoolOptions): Promise<FileDigest[]>;
