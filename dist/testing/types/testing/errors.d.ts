/** Base class: every runtime error is one of these, so a harness can tell them from its own bugs. */
export declare class FunctionRuntimeError extends Error {
    readonly name: string;
    readonly exitCode: number;
    /** The function's console lines up to the failure. */
    logs: string[];
}
/** No function or trigger of that name, a private function called from outside, an unknown service. */
export declare class UnknownNameError extends FunctionRuntimeError {
    readonly name = "UnknownNameError";
    readonly exitCode = 2;
}
/** A value the function asked for is not defined, or a secret it refers to was not given. */
export declare class MissingValueError extends FunctionRuntimeError {
    readonly name = "MissingValueError";
    readonly exitCode = 2;
}
/** The source does not parse; `file` and `line` say where. */
export declare class FunctionSyntaxError extends FunctionRuntimeError {
    readonly file: string;
    readonly line: number | undefined;
    readonly detail: string;
    readonly name = "FunctionSyntaxError";
    readonly exitCode = 2;
    constructor(file: string, line: number | undefined, detail: string);
}
/** The source parses but does not export a function (App Services calls what `exports` holds). */
export declare class NoExportError extends FunctionRuntimeError {
    readonly name = "NoExportError";
    readonly exitCode = 2;
}
/** The function threw (or rejected). `stack` has its frames mapped to the app's source files. */
export declare class FunctionThrewError extends FunctionRuntimeError {
    readonly functionName: string;
    readonly thrown: unknown;
    readonly name = "FunctionThrewError";
    constructor(functionName: string, thrown: unknown, message: string, stack: string);
}
/** The function ran longer than the time limit. */
export declare class FunctionTimeoutError extends FunctionRuntimeError {
    readonly functionName: string;
    readonly limitMs: number;
    readonly name = "FunctionTimeoutError";
    constructor(functionName: string, limitMs: number);
}
