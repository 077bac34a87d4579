import type { Problem } from '../errors.js';
import { type HostingFile, type LocalAsset } from './types.js';
export interface ScanOptions {
    /** The app's root directory (the one holding `hosting/`). */
    readonly appDir: string;
    /** Glob patterns of asset paths to leave out (see ignore.ts). Default: none, as realm-cli. */
    readonly ignore?: readonly string[];
    /** Names where ignore patterns came from in problems, e.g. `--ignore`. Default `ignore`. */
    readonly ignoreSource?: string;
}
export interface CollectOptions extends ScanOptions {
    /** Hashing threads; 0 hashes on this thread; unset picks by the machine and the work. */
    readonly workers?: number;
    readonly signal?: AbortSignal;
}
/** Lists the hosting files with size and attrs, without hashing (for validation). */
export declare function scanHostingFiles(options: ScanOptions): Promise<{
    files: HostingFile[];
    problems: Problem[];
}>;
/** Lists the hosting files with MD5, size and attrs: the Asset Metadata Documents, sorted by path. */
export declare function collectAssets(options: CollectOptions): Promise<{
    assets: LocalAsset[];
    problems: Problem[];
}>;
