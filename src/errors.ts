// The typed errors every module throws, and the exit code each one maps to.
// Messages never carry keys, tokens or secret values: callers pass names, never values.

/** One problem found in the user's input: a config file, a CLI flag or an action input. */
export interface Problem {
  /** The file (relative to the app directory), the flag (`--app-dir`) or the action input (`project-id`). */
  readonly source: string
  readonly line?: number
  readonly column?: number
  /** A JSON pointer-like path of the field within the file, e.g. `config.schedule`. */
  readonly field?: string
  readonly message: string
  readonly severity: 'error' | 'warning'
}

/** A file name as text on one line: control characters written as escapes (`\n`, `\u001b`). */
export function printablePath(source: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return source.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ch =>
    ch === '\n'
      ? '\\n'
      : ch === '\t'
        ? '\\t'
        : ch === '\r'
          ? '\\r'
          : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
  )
}

export function formatProblem(p: Problem): string {
  const where = [printablePath(p.source), p.line, p.line !== undefined ? p.column : undefined].filter(
    x => x !== undefined
  )
  const field = p.field ? ` (${p.field})` : ''
  return `${where.join(':')}${field}: ${p.severity}: ${p.message}`
}

/** Invalid input or config: nothing was written remotely. Exit code 2. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError'
  readonly exitCode = 2
  readonly problems: readonly Problem[]

  constructor(problems: readonly Problem[] | string) {
    const list: Problem[] =
      typeof problems === 'string'
        ? [{ source: 'input', message: problems, severity: 'error' }]
        : [...problems]
    const errors = list.filter(p => p.severity === 'error')
    super(
      errors.length === 1
        ? formatProblem(errors[0])
        : `${errors.length} problems:\n${errors.map(p => `  ${formatProblem(p)}`).join('\n')}`
    )
    this.problems = list
  }
}

/** The deployment could not go ahead or failed because of someone else's change. Exit code 3. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError'
  readonly exitCode = 3
  constructor(
    message: string,
    readonly details: unknown = undefined
  ) {
    super(message)
  }
}

/** A failed Admin API call: which call, what the server said. Never carries request bodies or headers. */
export class AdminApiError extends Error {
  override readonly name = 'AdminApiError'
  readonly exitCode = 1
  constructor(
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly errorCode: string | undefined,
    readonly serverMessage: string
  ) {
    super(`${method} ${path} failed: ${status}${errorCode ? ` ${errorCode}` : ''}: ${serverMessage}`)
  }
}

/** The deploy itself failed (a failed deployment, a timeout, a failed hosting phase). Exit code 1. */
export class DeployError extends Error {
  override readonly name = 'DeployError'
  readonly exitCode = 1
  constructor(
    message: string,
    readonly details: unknown = undefined
  ) {
    super(message)
  }
}

/** Asked to confirm a write, the user did not say yes: nothing was written. Exit code 4. */
export class NotConfirmedError extends Error {
  override readonly name = 'NotConfirmedError'
  readonly exitCode = 4
  constructor(message = 'not confirmed: nothing was written') {
    super(message)
  }
}

/** The run was cancelled (SIGINT/SIGTERM). Exit code 130. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError'
  readonly exitCode = 130
  constructor(message = 'cancelled') {
    super(message)
  }
}

export function exitCodeOf(error: unknown): number {
  if (error && typeof error === 'object' && 'exitCode' in error && typeof error.exitCode === 'number') {
    return error.exitCode
  }
  return 1
}
