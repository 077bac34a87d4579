import { type FileDigest } from './hash-file.js';
export type { FileDigest } from './hash-file.js';
export interface HashOptions {
    /** Worker threads: 0 hashes on this thread; unset picks by the machine and the work. */
    readonly workers?: number;
    /** Files larger than this are not read (`too-large`). Default: the hosting limit, 25 MiB. */
    readonly maxSize?: number;
    readonly signal?: AbortSignal;
}
/** The hashing threads on this machine: one per core, at most 8 (the calling thread is one of them). */
export declare function defaultWorkerCount(): number;
/** MD5 and size of each file, in the order of `paths`. Problems are results, not exceptions. */
export declare function digestFiles(paths: readonly string[], options?: HashOptions): Promise<FileDigest[]>;
/** Lowercase hex MD5 of each file, in the order of `paths`; throws when a file cannot be hashed. */
export declare function hashFiles(paths: readonly string[], options?: HashOptions): Promise<string[]>;
