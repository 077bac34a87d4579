// The logger the core uses. The CLI writes to stderr; the action routes it to `core`.
// Every line is redacted before it is written.
import { redact } from './secrets.js'

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warning(message: string): void
  error(message: string): void
  /** Runs `fn` inside a titled group (a log group in the action, a heading in the CLI). */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>
}

export interface StreamLoggerOptions {
  readonly write: (line: string) => void
  readonly debug?: boolean
}

export function createStreamLogger({ write, debug = false }: StreamLoggerOptions): Logger {
  const emit = (prefix: string, message: string): void => write(`${prefix}${redact(message)}\n`)
  return {
    debug: message => {
      if (debug) emit('debug: ', message)
    },
    info: message => emit('', message),
    warning: message => emit('warning: ', message),
    error: message => emit('error: ', message),
    group: async (title, fn) => {
      emit('', `== ${title}`)
      return fn()
    }
  }
}

export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_title, fn) => fn()
}
