import { type Problem } from '../errors.js';
import { type Layout } from './model.js';
/** realm-cli's `maxDirectoryContainSearchDepth`. */
export declare const MAX_PARENT_DIRS = 8;
export interface AppRoot {
    /** Absolute path of the app directory. */
    readonly root: string;
    readonly layout: Layout;
    readonly rootFile: string;
    /** `.mdb/meta.json` or `.mdb/app_meta.json` when it chose the layout. */
    readonly metaFile?: string;
    /** Warnings about the root (an unreadable `.mdb` file, a second root file that is ignored). */
    readonly problems: Problem[];
}
export declare function findAppRoot(start: string): Promise<AppRoot>;
