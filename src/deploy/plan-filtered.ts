// The plan a run works from: planApp's, without the kinds the user excluded, and with one warning per
// service of the config that reached its end of life (eol.ts).
import type { AppClient } from '../admin/app-client.js'
import type { AppModel } from '../app/model.js'
import type { LocalAsset } from '../hosting/types.js'
import { desiredItems } from '../plan/desired.js'
import { endOfLifeWarnings } from './eol.js'
import { excludeFromPlan } from './exclude.js'
import { planApp, type PlannedApp } from './plan-app.js'
import type { AppSnapshot } from './snapshot.js'
import type { DeploySettings } from './types.js'

export async function planWithExclusions(
  app: AppClient,
  model: AppModel,
  assets: LocalAsset[] | undefined,
  settings: DeploySettings,
  snapshot?: Promise<AppSnapshot>
): Promise<PlannedApp> {
  // The names were checked where the user gave them (the CLI's flags, the action's inputs).
  const exclude = new Set(settings.exclude ?? [])
  const planned = await planApp(app, model, assets, settings, snapshot)
  const carried = desiredItems(model, { environment: settings.environment })
    .map(i => i.kind as string)
    .filter(k => !exclude.has(k))
  const hostingModel = exclude.has('hosting') || exclude.has('hosting_config') ? undefined : model
  const plan = excludeFromPlan(planned.plan, exclude)
  const warnings = [...plan.warnings, ...endOfLifeWarnings(new Set(carried), hostingModel)]
  return { ...planned, plan: { ...plan, warnings } }
}
