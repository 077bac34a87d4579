// A rollback as one run with a deploy's result (deploy/rollback.ts does the steps), so the action
// reports it like a deploy: outputs, job summary, comment. Errors become the result, as in a deploy.
import { createAdminClient } from '../admin/client.js'
import { resolveApp } from '../admin/apps.js'
import { ConfigError, exitCodeOf } from '../errors.js'
import { chooseTarget, redeployAndWait, rollbackPlan, targetModel, verifyRollback } from './rollback.js'
import { checkTriggerHealth } from './trigger-health.js'
import type { DeployResult, DeploySettings } from './types.js'

export interface RollbackSettings {
  readonly deploy: DeploySettings
  /** The app reference (client app id, name or _id). */
  readonly app: string
  readonly to?: string
}

export async function runRollback(s: RollbackSettings): Promise<DeployResult> {
  const { deploy: settings } = s
  const warnings: string[] = []
  let app: DeployResult['app']
  try {
    const client = createAdminClient({
      baseUrl: settings.baseUrl,
      publicKey: settings.publicKey,
      privateKey: settings.privateKey,
      logger: settings.logger,
      signal: settings.signal,
      ...settings.client
    })
    const instance = await resolveApp(client.apps, settings.projectId, s.app)
    app = {
      id: instance._id,
      clientAppId: instance.client_app_id,
      name: instance.name,
      groupId: settings.projectId,
      created: false
    }
    const api = client.app(settings.projectId, instance._id)
    const { target, current } = chooseTarget(await api.deployments.list(), s.to)
    const model = await targetModel(api, target)
    const plan = await rollbackPlan(api, model)
    settings.onPlan?.(plan)
    const poll = {
      min: 500,
      max: 5000,
      timeoutMs: settings.timeoutMs ?? 15 * 60_000,
      now: () => Date.now(),
      signal: settings.signal
    }
    const redeploy = await redeployAndWait(api, target, poll, settings.logger)
    const deployment = { id: redeploy._id, name: String(redeploy.name ?? ''), status: redeploy.status }
    const rollback = {
      from: { id: current._id, name: String(current.name ?? '') },
      to: { id: target._id, name: String(target.name ?? '') }
    }
    const base = { app, plan, deployment, rollback, warnings }
    if (redeploy.status !== 'successful')
      return {
        ...base,
        status: 'failed',
        exitCode: 1,
        error: `the redeploy failed: ${String(redeploy.status_error_message ?? redeploy.status)}`
      }
    const problems = await verifyRollback(api, redeploy, model)
    if (problems.length > 0) return { ...base, status: 'failed', exitCode: 1, error: problems.join('; ') }
    const policy = settings.triggerHealth
    const health = await checkTriggerHealth(api, model.triggers, {
      resumeSuspended: policy?.resumeSuspended === true,
      logger: settings.logger
    })
    if (health.degraded && policy?.allowDegraded !== true)
      return {
        ...base,
        triggerHealth: health,
        status: 'degraded',
        exitCode: 1,
        error: 'rolled back, but a trigger is suspended: rerun with resume-suspended-triggers'
      }
    return { ...base, triggerHealth: health, status: 'deployed', exitCode: 0 }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof ConfigError)
      return {
        ...(app ? { app } : {}),
        warnings,
        status: 'invalid',
        exitCode: 2,
        error: message,
        problems: error.problems
      }
    return {
      ...(app ? { app } : {}),
      warnings,
      status: 'failed',
      exitCode: exitCodeOf(error) || 1,
      error: message
    }
  }
}
