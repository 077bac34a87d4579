// Everything the action writes to the runner's log goes through here: the core's Logger and
// `runnerLog` for the action's own lines. Each message is redacted and escaped (`logSafe`), so a
// name from a pull request or the server can neither start a workflow command nor show a secret;
// warning, error, notice, debug and group titles are commands themselves, and @actions/core then
// escapes their data (`%`, CR, LF) and annotation properties as the runner expects. No other module
// calls `core.info` and its siblings.
import * as core from '@actions/core'
import type { Logger } from '../log.js'
import { logSafe } from '../log.js'

type Properties = core.AnnotationProperties

/** Annotation properties are data too (a file path from the repository): redacted and escaped. */
function safeProperties(properties: Properties): Properties {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(properties))
    out[key] = typeof value === 'string' ? logSafe(value) : value
  return out as Properties
}

type Annotate = (message: string, properties?: Properties) => void

/** Called as core calls it: with properties only when there are any. */
const annotate =
  (write: Annotate): Annotate =>
  (message, properties) =>
    properties ? write(logSafe(message), safeProperties(properties)) : write(logSafe(message))

export const runnerLog = {
  debug: (message: string): void => core.debug(logSafe(message)),
  info: (message: string): void => core.info(logSafe(message)),
  notice: annotate(core.notice),
  warning: annotate(core.warning),
  error: annotate(core.error),
  group: <T>(title: string, fn: () => Promise<T>): Promise<T> => core.group(logSafe(title), fn)
}

export function actionLogger(): Logger {
  return {
    debug: runnerLog.debug,
    info: runnerLog.info,
    warning: message => runnerLog.warning(message),
    error: message => runnerLog.error(message),
    group: runnerLog.group
  }
}
