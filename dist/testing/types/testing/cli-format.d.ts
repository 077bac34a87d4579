/** `[1, {"$date": "..."}]` -> the argument list; a single non-array value is one argument. */
export declare function parseArguments(text: string | undefined): unknown[];
/** The result as indented Extended JSON (relaxed: numbers stay numbers, dates and ids keep their type). */
export declare function formatResult(value: unknown): string;
