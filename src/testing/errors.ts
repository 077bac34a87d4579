// The errors the function runtime throws at its callers: each names what was asked for and what to
// do, and carries the exit code the CLI maps it to (2 = bad input, 1 = the function itself failed).
// Messages carry names, files and lines, never a value or secret.

/** Base class: every runtime error is one of these, so a harness can tell them from its own bugs. */
export class FunctionRuntimeError extends Error {
  override readonly name: string = 'FunctionRuntimeError'
  readonly exitCode: number = 1
  /** The function's console lines up to the failure. */
  logs: string[] = []
}

/** No function or trigger of that name, a private function called from outside, an unknown service. */
export class UnknownNameError extends FunctionRuntimeError {
  override readonly name = 'UnknownNameError'
  override readonly exitCode = 2
}

/** A value the function asked for is not defined, or a secret it refers to was not given. */
export class MissingValueError extends FunctionRuntimeError {
  override readonly name = 'MissingValueError'
  override readonly exitCode = 2
}

/** The source does not parse; `file` and `line` say where. */
export class FunctionSyntaxError extends FunctionRuntimeError {
  override readonly name = 'FunctionSyntaxError'
  override readonly exitCode = 2
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: SyntaxError: ${detail}`)
  }
}

/** The source parses but does not export a function (App Services calls what `exports` holds). */
export class NoExportError extends FunctionRuntimeError {
  override readonly name = 'NoExportError'
  override readonly exitCode = 2
}

/** The function threw (or rejected). `stack` has its frames mapped to the app's source files. */
export class FunctionThrewError extends FunctionRuntimeError {
  override readonly name = 'FunctionThrewError'
  constructor(
    readonly functionName: string,
    readonly thrown: unknown,
    message: string,
    stack: string
  ) {
    super(message)
    this.stack = stack
  }
}

/** The function ran longer than the time limit. */
export class FunctionTimeoutError extends FunctionRuntimeError {
  override readonly name = 'FunctionTimeoutError'
  constructor(
    readonly functionName: string,
    readonly limitMs: number
  ) {
    super(`function '${functionName}' timed out after ${limitMs} ms (the time limit)`)
  }
}
