// The drift check of a run (drift.ts) between the plan and the first write, and what the policy
// does with it: warn (report it as a warning, go on), overwrite (report it, go on), fail (stop with
// exit 3 before any write). A drift check that cannot run is a warning, except under `fail`, where
// deploying without knowing would defeat the point.
import type { AppClient } from '../admin/app-client.js'
import type { AdminClient } from '../admin/client.js'
import type { Deployment } from '../admin/types.js'
import { detectDrift, type DriftReport } from './drift.js'
import type { PlannedApp } from './plan-app.js'
import type { DeploySettings } from './types.js'

export async function checkDrift(
  client: AdminClient,
  app: AppClient,
  planned: PlannedApp,
  settings: DeploySettings,
  warnings: string[],
  deployments?: readonly Deployment[]
): Promise<DriftReport | undefined> {
  const policy = settings.onDrift
  if (!policy) return undefined
  let report: DriftReport
  try {
    // No log group of its own: a short check whose one line (the summary) belongs to the plan.
    report = await detectDrift({
      app,
      userId: await client.userId(),
      plan: planned.plan,
      remote: planned.remote,
      environment: settings.environment ?? '',
      ...(deployments ? { deployments } : {})
    })
  } catch (error) {
    if (policy === 'fail') throw error
    warnings.push(`could not check for drift: ${error instanceof Error ? error.message : String(error)}`)
    return undefined
  }
  settings.logger.info(report.summary)
  if (policy === 'warn' && report.items.length > 0)
    warnings.push(`${report.summary}: this deploy overwrites them (see Drift); --on-drift fail stops instead`)
  return report
}

/** The advice of a stopped run: bring the edits into git first. */
export function driftResolution(report: DriftReport, appDir: string): string {
  const files = [...new Set(report.items.map(i => i.file).filter((f): f is string => Boolean(f)))].sort()
  const only = files.map(f => ` --only ${JSON.stringify(f)}`).join('')
  return (
    `bring the edits into git: realm-deploy pull --app-dir ${JSON.stringify(appDir)}${only}, review and commit, then deploy again` +
    ' (or deploy with --on-drift overwrite to replace them)'
  )
}
