import type { Problem } from '../errors.js';
/** MongoDB nests documents at most 100 levels deep, so no App Services config can go deeper. */
export declare const MAX_JSON_DEPTH = 100;
/** A problem when brackets nest deeper than MAX_JSON_DEPTH (strings are skipped), else undefined. */
export declare function nestingProblem(file: string, text: string): Problem | undefined;
/** Warnings for duplicate keys (naming both lines) and for integers that would not survive exactly. */
export declare function lossProblems(file: string, text: string): Problem[];
