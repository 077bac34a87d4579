import type { Problem } from '../errors.js';
/** MongoDB nests documents at most 100 levels deep, so no App Services config can go deeper. */
export declare const MAX_JSON_DEPTH = 100;
/** What one pass over the text finds: the nesting problem, and what decides whether lossProblems can find anything. */
export interface TextScan {
    /** Brackets nest deeper than MAX_JSON_DEPTH (strings are skipped). */
    readonly tooDeep: Problem | undefined;
    /** Property keys written, duplicates included (a string followed by `:`). */
    readonly keys: number;
    /** A run of 16 or more digits outside strings: an integer that may be past 2^53. */
    readonly longNumber: boolean;
}
/**
 * One pass without recursion (100,000 open brackets cannot overflow the stack) over the text: nesting,
 * the number of keys written and whether any number is long enough to lose digits. A document whose key
 * count equals the parsed value's (countKeys) has no key written twice, since JSON.parse keeps one of
 * each; with no long number either, lossProblems has nothing to find and its slower parse is skipped.
 */
export declare function scanText(file: string, text: string): TextScan;
/** The number of own keys of every object in a parsed JSON value (iterative: depth is already bounded). */
export declare function countKeys(value: unknown): number;
/** Warnings for duplicate keys (naming both lines) and for integers that would not survive exactly. */
export declare function lossProblems(file: string, text: string): Problem[];
