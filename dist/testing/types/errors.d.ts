/** One problem found in the user's input: a config file, a CLI flag or an action input. */
export interface Problem {
    /** The file (relative to the app directory), the flag (`--app-dir`) or the action input (`project-id`). */
    readonly source: string;
    readonly line?: number;
    readonly column?: number;
    /** A JSON pointer-like path of the field within the file, e.g. `config.schedule`. */
    readonly field?: string;
    readonly message: string;
    readonly severity: 'error' | 'warning';
}
/** A file name as text on one line: control characters written as escapes (`\n`, `\u001b`). */
export declare function printablePath(source: string): string;
export declare function formatProblem(p: Problem): string;
/** Invalid input or config: nothing was written remotely. Exit code 2. */
export declare class ConfigError extends Error {
    readonly name = "ConfigError";
    readonly exitCode = 2;
    readonly problems: readonly Problem[];
    constructor(problems: readonly Problem[] | string);
}
/** The deployment could not go ahead or failed because of someone else's change. Exit code 3. */
export declare class ConflictError extends Error {
    readonly details: unknown;
    readonly name = "ConflictError";
    readonly exitCode = 3;
    constructor(message: string, details?: unknown);
}
/** A failed Admin API call: which call, what the server said. Never carries request bodies or headers. */
export declare class AdminApiError extends Error {
    readonly method: string;
    readonly path: string;
    readonly status: number;
    readonly errorCode: string | undefined;
    readonly serverMessage: string;
    readonly name = "AdminApiError";
    readonly exitCode = 1;
    constructor(method: string, path: string, status: number, errorCode: string | undefined, serverMessage: string);
}
/** The deploy itself failed (a failed deployment, a timeout, a failed hosting phase). Exit code 1. */
export declare class DeployError extends Error {
    readonly details: unknown;
    readonly name = "DeployError";
    readonly exitCode = 1;
    constructor(message: string, details?: unknown);
}
/** Asked to confirm a write, the user did not say yes: nothing was written. Exit code 4. */
export declare class NotConfirmedError extends Error {
    readonly name = "NotConfirmedError";
    readonly exitCode = 4;
    constructor(message?: string);
}
/** The run was cancelled (SIGINT/SIGTERM). Exit code 130. */
export declare class CancelledError extends Error {
    readonly name = "CancelledError";
    readonly exitCode = 130;
    constructor(message?: string);
}
export declare function exitCodeOf(error: unknown): number;
