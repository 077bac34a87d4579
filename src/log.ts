// The logger the core uses. The CLI writes to stderr; the action routes it to `core`. And the one
// choke point every line passes before it is written (`logSafe`): secrets redacted, then text from
// files or the server made inert. A runner reads every stdout line of a step for workflow commands
// (`::warning::`, `::add-mask::`, the older `##[...]`), after trimming leading whitespace, and its
// line reader also ends a line at a lone carriage return; a terminal obeys escape sequences. So no
// control character survives and no line of a message can start a command.
import { redact } from './secrets.js'

/** Each line that would start a workflow command gets this visible prefix. */
const COMMAND_GUARD = '| '
const commandStart = /^\s*(::|##\[)/

function controlEscape(ch: string): string {
  const code = ch.charCodeAt(0)
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * Text made safe for a log line: CR LF becomes LF, any other control character (a lone CR, ESC,
 * NUL, C1 controls, the Unicode line separators) is written as an escape, and a line that would
 * start a workflow command is prefixed. Multi-line messages (a rendered plan) keep their lines.
 */
export function escapeLogText(text: string): string {
  return (
    text
      .replace(/\r\n/g, '\n')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, controlEscape)
      .split('\n')
      .map(line => (commandStart.test(line) ? `${COMMAND_GUARD}${line}` : line))
      .join('\n')
  )
}

/** Redacted, then escaped: what every logger, the CLI's output and the action's log write. */
export function logSafe(text: string): string {
  return escapeLogText(redact(text))
}

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
  const emit = (prefix: string, message: string): void => write(`${prefix}${logSafe(message)}\n`)
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
