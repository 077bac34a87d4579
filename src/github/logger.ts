// The core's Logger for the action: lines go to the runner's log through @actions/core, redacted,
// and each pipeline phase (plan, deploy, hosting) becomes a collapsible log group.
import * as core from '@actions/core'
import type { Logger } from '../log.js'
import { redact } from '../secrets.js'

export function actionLogger(): Logger {
  return {
    debug: message => core.debug(redact(message)),
    info: message => core.info(redact(message)),
    warning: message => core.warning(redact(message)),
    error: message => core.error(redact(message)),
    group: (title, fn) => core.group(redact(title), fn)
  }
}
