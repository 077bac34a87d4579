import { type Problem } from '../errors.js';
import type { IgnoreMatcher } from './ignore.js';
export interface WalkedFile {
    /** The asset path, e.g. `/css/site.css`. */
    readonly path: string;
    /** Where to read it: a path inside the app directory with no symbolic link in its last part. */
    readonly readPath: string;
}
/** The files under `<appRoot>/hosting/files` (appRoot already real), sorted by asset path. */
export declare function walkHostingFiles(appRoot: string, matcher: IgnoreMatcher): Promise<{
    files: WalkedFile[];
    problems: Problem[];
}>;
/** A Problem about a path below hosting/files (`''` for the directory itself). */
export declare function fileProblem(assetPath: string, message: string): Problem;
