// The last phase of a deploy: the trigger health check (trigger-health.ts) on the deployed app, and
// what it does to the run's outcome. A failed read is a warning: the deployment itself already ended.
import type { AppClient } from '../admin/app-client.js'
import { triggerFunctionName, type AppModel } from '../app/model.js'
import type { Plan } from '../plan/types.js'
import { checkTriggerHealth, triggerHealthLines } from './trigger-health.js'
import type { DeployResult, DeploySettings } from './types.js'

type Fields = Partial<DeployResult> & Pick<DeployResult, 'status' | 'exitCode'>

export async function withTriggerHealth(
  app: AppClient,
  model: AppModel,
  settings: DeploySettings,
  warnings: string[],
  fields: Fields,
  plan: Plan | undefined
): Promise<Fields> {
  const policy = settings.triggerHealth
  if (!policy || (fields.status !== 'deployed' && fields.status !== 'no-changes')) return fields
  let health
  try {
    health = await settings.logger.group('Trigger health', () =>
      checkTriggerHealth(app, model.triggers, {
        resumeSuspended: policy.resumeSuspended,
        executionsOf: changedTriggers(model, plan),
        logger: settings.logger
      })
    )
  } catch (error) {
    warnings.push(
      `could not read the triggers' state: ${error instanceof Error ? error.message : String(error)}`
    )
    return fields
  }
  for (const line of triggerHealthLines(health)) settings.logger.info(line)
  if (!health.degraded) return { ...fields, triggerHealth: health }
  const suspended = health.issues
    .filter(i => i.problem === 'suspended' && i.resumed !== true)
    .map(i => i.name)
  const message = `deployed, but trigger(s) ${suspended.map(n => JSON.stringify(n)).join(', ')} are suspended: rerun with --resume-suspended (action input resume-suspended-triggers), or resume them in the App Services UI`
  if (policy.allowDegraded) {
    warnings.push(message)
    return { ...fields, triggerHealth: health }
  }
  return { ...fields, status: 'degraded', exitCode: 1, error: message, triggerHealth: health }
}

/** The triggers a deploy may have broken: those it created or updated, and those whose function it
 *  changed. Only their latest executions are read; the others were running before and untouched. */
export function changedTriggers(model: AppModel, plan: Plan | undefined): Set<string> {
  const changed = (kind: string) =>
    new Set((plan?.changes ?? []).filter(c => c.kind === kind && c.action !== 'delete').map(c => c.key))
  const triggers = changed('trigger')
  const functions = changed('function')
  for (const t of model.triggers) {
    const fn = triggerFunctionName(t)
    if (fn !== undefined && functions.has(fn)) triggers.add(t.name)
  }
  return triggers
}
