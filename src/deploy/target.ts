// Which app a run deploys to: the one named by --app (client_app_id, name or _id), else by the
// config directory, looked up across every product (Atlas Triggers live in `atlas` apps). With
// --create-app a missing app is created from the config's settings (previews need this).
import type { AdminClient } from '../admin/client.js'
import type { AppClient } from '../admin/app-client.js'
import { matchApps } from '../admin/apps.js'
import type { AppCreate, AppInstance } from '../admin/types.js'
import type { AppModel } from '../app/model.js'
import { ConfigError, NotConfirmedError } from '../errors.js'
import { desiredItems } from '../plan/desired.js'
import { diffItems } from '../plan/diff.js'
import { checkRefusals } from '../plan/refusals.js'
import type { DeploySettings } from './types.js'

export interface Target {
  instance: AppInstance
  api: AppClient
  created: boolean
}

/** What names the app: --app alone when given; else the config's app id, `.mdb` id, then its name
 *  (a config copied from another app keeps that app's id, so the name is the fallback). */
function referencesOf(settings: DeploySettings, model: AppModel): string[] {
  if (settings.app) return [settings.app]
  const refs = [model.settings.client_app_id, model.meta?.app_id, model.settings.name].filter(
    (r): r is string => Boolean(r)
  )
  if (refs.length > 0) return [...new Set(refs)]
  throw new ConfigError([
    {
      source: '--app',
      severity: 'error',
      message: `no app to deploy to: name it (client app id, name or _id) with the CLI's --app or the action's app input, or set app_id or name in ${model.rootFile}`
    }
  ])
}

function createBody(settings: DeploySettings, model: AppModel, reference: string): AppCreate {
  const s = model.settings
  // Named as the run names the app, so the next run finds it by that name (an _id names nothing new).
  const named = settings.app && !OBJECT_ID.test(settings.app) ? settings.app : undefined
  const body: Record<string, unknown> = { name: settings.createName ?? named ?? s.name ?? reference }
  for (const key of ['location', 'provider_region', 'deployment_model'] as const)
    if (s[key]) body[key] = s[key]
  const environment = settings.environment ?? s.environment
  if (environment) body.environment = environment
  return body as AppCreate
}

const OBJECT_ID = /^[0-9a-f]{24}$/i

/** An `_id` is looked up directly: one request instead of a list per product. */
async function byId(
  client: AdminClient,
  settings: DeploySettings,
  reference: string
): Promise<Target | undefined> {
  if (!OBJECT_ID.test(reference)) return undefined
  try {
    const instance = await client.apps.get(settings.projectId, reference)
    settings.logger.info(`app ${instance.client_app_id} (${instance._id}) in project ${settings.projectId}`)
    return { instance, api: client.app(settings.projectId, instance._id), created: false }
  } catch {
    return undefined
  }
}

export async function resolveTarget(
  client: AdminClient,
  settings: DeploySettings,
  model: AppModel
): Promise<Target> {
  const references = referencesOf(settings, model)
  const direct = await byId(client, settings, references[0])
  if (direct) return direct
  const all = await client.apps.listAll(settings.projectId)
  const reference = references.find(r => matchApps(all, r).length > 0) ?? references[references.length - 1]
  const matches = matchApps(all, reference)
  if (matches.length === 1) {
    settings.logger.info(
      `app ${matches[0].client_app_id} (${matches[0]._id}) in project ${settings.projectId}`
    )
    return { instance: matches[0], api: client.app(settings.projectId, matches[0]._id), created: false }
  }
  if (matches.length > 1) {
    const ids = matches
      .map(a => a.client_app_id)
      .sort()
      .join(', ')
    throw new ConfigError([
      {
        source: '--app',
        severity: 'error',
        message: `'${reference}' names ${matches.length} apps (${ids}): name the app by its client app id`
      }
    ])
  }
  if (!settings.createApp) {
    const existing = all.map(a => `${a.client_app_id} (${a.name})`).sort()
    throw new ConfigError([
      {
        source: '--app',
        severity: 'error',
        message: `no app '${reference}' in project ${settings.projectId}; ${existing.length ? `its apps are: ${existing.join(', ')}` : 'it has no apps'}. Name an existing app (CLI --app, action input app), or let the CLI create it with --create-app.`
      }
    ])
  }
  if (settings.mode === 'plan') {
    throw new ConfigError([
      {
        source: '--app',
        severity: 'error',
        message: `no app '${reference}' yet: a plan needs an existing app (the CLI's deploy --create-app creates it)`
      }
    ])
  }
  // A new app has nothing yet: a secret the config names without a value, or a resource App Services
  // cannot create, is found before the app is created (exit 2 promises that nothing was written).
  const desired = desiredItems(model, { environment: settings.environment })
  checkRefusals(diffItems(desired, [], { secretValues: settings.secretValues }).changes, [])
  const body = createBody(settings, model, reference)
  // Creating the app is the run's first write: it is confirmed before, not after.
  const intent = { action: 'create-app', name: body.name, projectId: settings.projectId } as const
  if (settings.confirmWrite && !(await settings.confirmWrite(intent))) throw new NotConfirmedError()
  const instance = await client.apps.create(settings.projectId, body)
  settings.logger.info(`created app ${instance.client_app_id} (${instance._id})`)
  return { instance, api: client.app(settings.projectId, instance._id), created: true }
}
