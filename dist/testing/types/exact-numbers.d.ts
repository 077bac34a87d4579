export type DigitsSide = 'repository' | 'server';
/** True when `raw` is an integer literal that `value` (what JSON.parse made of it) does not hold. */
export declare function isInexactInteger(raw: string, value: number): boolean;
/** Records that `value` was written as `raw` (an integer literal past 2^53). */
export declare function rememberExactInteger(value: number, raw: string, side?: DigitsSide): void;
/** Remembers the server's digits of every integer past 2^53 in a response body. */
export declare function rememberServedIntegers(text: string): void;
/** JSON.stringify, with each integer the repository wrote past 2^53 written with its digits. */
export declare function stringifyExact(value: unknown): string;
/**
 * Whether a repository value and a server value are the same. Integers past 2^53 are compared by
 * their digits where the server kept digits of its own; a server that holds only the double (it
 * answers with the double's digits) cannot store more, so there the doubles are compared.
 */
export declare function sameExactly(repository: unknown, server: unknown): boolean;
/** JSON.stringify for what came from the server (`pull`'s files), with the server's digits. */
export declare function stringifyServed(value: unknown, space?: number): string;
/** For tests: forget every remembered integer. */
export declare function clearExactIntegers(): void;
