/** The name the checks use: a parameter of the compiled module body, so it is reached in every scope.
 *  It holds a TimeGate (time-limit.ts). */
export declare const TIME_GATE = "__realmDeployLimit";
/** One check, as an expression. */
export declare const CHECK = "--__realmDeployLimit.left<0&&__realmDeployLimit.check()";
/** Text inserted at `column` (0-based, original source) of `line` (1-based). */
export interface Insertion {
    readonly line: number;
    readonly column: number;
    readonly length: number;
}
export interface Instrumented {
    readonly source: string;
    /** Per line, in column order. */
    readonly insertions: ReadonlyMap<number, readonly Insertion[]>;
}
/** Parses `source` as the body of a function (as it is compiled) and returns it with the checks in.
 *  Throws acorn's SyntaxError when the source does not parse. */
export declare function instrumentSource(source: string): Instrumented;
/** Maps a 1-based column of the instrumented source back to the original's (a column inside a check
 *  maps to where the check was inserted). */
export declare function originalColumn(instrumented: Instrumented, line: number, column: number): number;
