/** Records that `value` was written as `raw` (an integer literal past 2^53). */
export declare function rememberExactInteger(value: number, raw: string): void;
/** JSON.stringify, with each remembered integer written with its original digits. */
export declare function stringifyExact(value: unknown): string;
/** For tests: forget every remembered integer. */
export declare function clearExactIntegers(): void;
