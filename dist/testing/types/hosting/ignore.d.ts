import type { Problem } from '../errors.js';
export interface IgnoreMatcher {
    /** True when the asset path (or, with `isDirectory`, the directory at that path) is ignored. */
    isIgnored(assetPath: string, isDirectory: boolean): boolean;
    /** True when the path or one of its parent directories is ignored. */
    isIgnoredWithParents(assetPath: string): boolean;
}
/** Compiles the patterns; each invalid one is a Problem with `source` (e.g. `--ignore`). */
export declare function compileIgnore(patterns: readonly string[], source?: string): {
    matcher: IgnoreMatcher;
    problems: Problem[];
};
