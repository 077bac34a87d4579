// The action's `mode: rollback`: redeploys the `rollback-to` deployment (default: the one before the
// current one) and reports it like a deploy (outputs, job summary, comment where there is a PR).
import * as core from '@actions/core'
import { runRollback } from '../deploy/rollback-run.js'
import type { Inputs } from '../inputs.js'
import { renderPlanText } from '../report/text.js'
import { configAppName } from './app-identity.js'
import type { EventContext } from './context.js'
import type { Outputs } from './outputs.js'
import type { CommentTarget } from './publish.js'
import type { Route } from './routing.js'
import { failureOf, record, reportContext, reportStep, settingsFor } from './steps.js'

export async function rollbackRun(
  inputs: Inputs,
  event: EventContext,
  route: Route,
  outputs: Outputs,
  target: CommentTarget
): Promise<string | undefined> {
  const deploy = {
    ...settingsFor(inputs, event, route),
    onPlan: (plan: Parameters<typeof renderPlanText>[0]) => core.info(renderPlanText(plan))
  }
  const app = inputs.app || (await configAppName(deploy.appDir)) || ''
  const to = inputs['rollback-to']
  const result = await core.group('Rollback', () => runRollback({ deploy, app, ...(to ? { to } : {}) }))
  record(outputs, result, inputs['base-url'])
  await reportStep(result, reportContext(inputs, event, route), target, outputs)
  return failureOf(result)
}
