import type { Problem } from '../errors.js';
/** App Services' static hosting limit, and more than any config file could sensibly need. */
/**
 * The largest config file or function source read: 16 MB, MongoDB's document size limit, the most
 * App Services can store for one config resource. A larger file is refused unread (exit 2, named).
 */
export declare const MAX_FILE_BYTES: number;
export interface DirEntry {
    readonly name: string;
    /** Relative to the app directory, `/`-separated. */
    readonly rel: string;
    readonly kind: 'file' | 'dir';
    readonly size: number;
}
export declare class AppDir {
    /** Real (symlink-free) absolute path. */
    readonly root: string;
    private readonly problems;
    private constructor();
    static open(dir: string, problems: Problem[]): Promise<AppDir>;
    private unsafe;
    /** The real absolute path of `rel` if it exists and stays inside the app directory. */
    private resolve;
    exists(rel: string): Promise<boolean>;
    kindOf(rel: string): Promise<'file' | 'dir' | undefined>;
    /** Entries of a directory, sorted by name; unsafe entries are reported and left out. */
    list(relDir: string): Promise<DirEntry[]>;
    /** Every file under `relDir`, depth first, skipping directories for which `skipDir` is true. */
    walk(relDir: string, skipDir?: (entry: DirEntry) => boolean): Promise<DirEntry[]>;
    private walkOnce;
    /** UTF-8 text of a file, or undefined when it is missing, unsafe, too large or not UTF-8 (reported). */
    readText(rel: string): Promise<string | undefined>;
}
