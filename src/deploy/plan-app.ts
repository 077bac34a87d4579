// Reading both sides and planning: the repository model and assets against the app's snapshot.
import type { AppClient } from '../admin/app-client.js'
import type { AppModel } from '../app/model.js'
import { ConfigError } from '../errors.js'
import { diffAssets } from '../hosting/diff.js'
import type { LocalAsset } from '../hosting/types.js'
import { desiredItems } from '../plan/desired.js'
import { diffItems } from '../plan/diff.js'
import { checkRefusals } from '../plan/refusals.js'
import { remoteItems } from '../plan/remote.js'
import type { Plan, PlanItem } from '../plan/types.js'
import { planDependencies } from './dependencies.js'
import { readSnapshot, type AppSnapshot } from './snapshot.js'
import type { DeploySettings } from './types.js'

export interface PlannedApp {
  readonly plan: Plan
  readonly snapshot: AppSnapshot
  readonly remote: PlanItem[]
}

export async function planApp(
  app: AppClient,
  model: AppModel,
  assets: LocalAsset[] | undefined,
  settings: DeploySettings,
  /** The snapshot when the caller already asked for it (with other reads); else read here. */
  read?: Promise<AppSnapshot>
): Promise<PlannedApp> {
  const snapshot = await (read ?? readSnapshot(app, { hosting: assets !== undefined }))
  const remote = remoteItems(snapshot)
  const diff = diffItems(desiredItems(model, { environment: settings.environment }), remote, {
    noDelete: settings.noDelete,
    secretValues: settings.secretValues,
    updateSecrets: settings.updateSecrets
  })
  const { secrets } = diff
  // What App Services would refuse is settled here, before a draft opens.
  const { changes, warnings: refusals } = checkRefusals(diff.changes, remote)
  if (settings.strict && refusals.length > 0)
    throw new ConfigError(
      refusals.map(message => ({ source: 'plan', message: `${message} [--strict]`, severity: 'error' }))
    )
  const warnings = [...model.warnings.map(w => `${w.source}: ${w.message}`), ...refusals]
  if (model.dependencies?.kind === 'directory') {
    warnings.push(
      `${model.dependencies.file}: a node_modules directory is not uploaded; commit functions/package.json or a node_modules archive instead`
    )
  }
  const dependencies = await planDependencies(app, model.root, model.dependencies)
  const remoteAssets = snapshot.assets?.map(a => ({
    path: a.path,
    hash: a.hash ?? '',
    size: a.size ?? 0,
    attrs: a.attrs
  }))
  const hosting = assets && remoteAssets ? diffAssets(assets, remoteAssets) : undefined
  const plan: Plan = {
    changes,
    secrets,
    warnings,
    ...(hosting ? { hosting } : {}),
    ...(dependencies ? { dependencies } : {})
  }
  return { plan, snapshot, remote }
}
