// Applies a plan's draft-scoped changes through the Admin API, in dependency order (config-to-api §5):
// secrets, values and environments, functions, data sources, schemas, rules, services, auth, custom
// user data, triggers, endpoints, GraphQL, log forwarders, origins, hosting config; then deletions in
// reverse order, dependants first. A deletion of something already gone counts as done, so a rerun
// after an interruption converges.
import type { AppClient } from '../admin/app-client.js'
import type { CollectionApi } from '../admin/collections.js'
import type { Logger } from '../log.js'
import { bodyFor } from './bodies.js'
import { isObject } from './canonical.js'
import { IdIndex } from './ids.js'
import { APPLY_ORDER, type KindName } from './kinds.js'
import type { Change, Plan, PlanItem } from './types.js'
import { syncPatch } from './sync.js'

export interface ApplyOptions {
  readonly secretValues: ReadonlyMap<string, string>
  readonly logger: Logger
  /** Writes of one kind in flight at once (kinds themselves go one after another). Default 8. */
  readonly concurrency?: number
  /** Id lists already read (the remote snapshot's), so they are not read again. */
  readonly known?: ConstructorParameters<typeof IdIndex>[1]
}

export interface ApplyResult {
  readonly applied: number
}

const COLLECTIONS: ReadonlySet<KindName> = new Set([
  'function',
  'value',
  'environment_value',
  'trigger',
  'endpoint',
  'custom_resolver',
  'log_forwarder',
  'schema',
  'rule',
  'service_rule',
  'webhook',
  'auth_provider'
])

async function writeCollection(change: Change, ids: IdIndex, app: AppClient): Promise<void> {
  const item = change.desired as PlanItem
  const api: CollectionApi = await ids.api(change.kind, change.key)
  const body = await bodyFor(item, ids)
  if (change.action === 'create') {
    const created = await api.create(body)
    await ids.remember(change.kind, change.key, String(created._id))
  } else {
    const update = change.kind === 'auth_provider' ? withFieldsEmptied(body, change) : body
    await api.update(await ids.id(change.kind, change.key), update)
  }
  if (change.kind === 'auth_provider' && change.fields?.includes('disabled')) {
    const id = await ids.id('auth_provider', change.key)
    await (item.doc.disabled === true ? app.authProviders.disable(id) : app.authProviders.enable(id))
  }
}

/**
 * Updates that merge at the top level: an auth provider's and custom user data's PATCH
 * (config-to-api §2.3), and on the emulator the Data API's. A `config`, `secret_config`, list or
 * other field the repository no longer has would stay in the app, and every later plan would show it
 * again. Each such field that differs is sent empty, in the shape the app holds: [], {}, or null for
 * a value (only a field our tables do not know can be one: the known values are always sent).
 */
function withFieldsEmptied(body: Record<string, unknown>, change: Change): Record<string, unknown> {
  const out = { ...body }
  const remote = change.remote?.doc
  for (const field of change.fields ?? []) {
    if (out[field] !== undefined && out[field] !== null) continue
    const held = remote?.[field]
    if (Array.isArray(held)) out[field] = []
    else if (isObject(held)) out[field] = {}
    else if (held !== undefined && held !== null) out[field] = null
  }
  return out
}

/**
 * Custom user data names its data source and creation function in the file and holds their ids on the
 * server, whose PATCH merges too: a reference the repository dropped is cleared by its id, sent as ""
 * (a string field's empty value; null would leave it as it is on a server that merges into a struct).
 */
function referencesEmptied(body: Record<string, unknown>): Record<string, unknown> {
  const out = { ...body }
  for (const [name, id] of [
    ['mongo_service_name', 'mongo_service_id'],
    ['on_user_creation_function_name', 'on_user_creation_function_id']
  ]) {
    if (out[name] === null && out[id] === undefined) out[id] = ''
  }
  return out
}

async function writeService(change: Change, ids: IdIndex, app: AppClient): Promise<void> {
  const doc = (change.desired as PlanItem).doc
  if (change.action === 'create') {
    const { name, type, config, secret_config } = doc
    const created = await app.services.create({
      name,
      type,
      config: config ?? {},
      ...(secret_config ? { secret_config } : {})
    })
    await ids.remember(change.kind, change.key, String(created._id))
  } else {
    const id = await ids.id(change.kind, change.key)
    await app.serviceConfig(id).update(configPatch(doc.config, change.remote?.fields.config))
    // The config endpoint takes the config only; the secret names go with the service itself, whose
    // update keeps what it is not sent (as the create takes them: config-to-api §4.11). None is {}.
    if (change.fields?.includes('secret_config')) {
      const { name, type, secret_config } = doc
      await app.services.update(id, {
        name,
        type,
        secret_config: isObject(secret_config) ? secret_config : {}
      })
    }
  }
}

/** The Data API's flags (the spec's, and those real exports write) and what the server takes for one
 *  the file leaves out. */
export const DATA_API_FLAG_DEFAULTS = {
  disabled: false,
  create_user_on_auth: false,
  fetch_custom_user_data: false,
  log_function_arguments: false
}

/** The update merges, so a flag the file leaves out but the app has set is sent as its default. */
function withFlagsReset(doc: Record<string, unknown>, remote: Record<string, unknown> | undefined) {
  const body = { ...doc }
  for (const [flag, value] of Object.entries(DATA_API_FLAG_DEFAULTS))
    if (!(flag in body) && remote?.[flag] !== undefined && remote[flag] !== value) body[flag] = value
  return body
}

/**
 * The body of a config update. The server merges the top-level keys it is sent (config-to-api §4.2),
 * so a key the repository no longer has would stay: it is sent as null, which unsets it (and null
 * and absent compare equal in the plan, so the next run is clean either way). `remote` is the
 * config as the planner compares it: without read-only keys, defaults and sync (planned on its own),
 * so none of those is ever unset here.
 */
export function configPatch(desired: unknown, remote: unknown): Record<string, unknown> {
  const patch: Record<string, unknown> = isObject(desired) ? { ...desired } : {}
  if (isObject(remote)) for (const key of Object.keys(remote)) if (!(key in patch)) patch[key] = null
  return patch
}

async function writeSingleton(change: Change, ids: IdIndex, app: AppClient): Promise<void> {
  const item = change.desired as PlanItem
  const doc = item.doc
  switch (change.kind) {
    case 'environment':
      return app.setEnvironment(String(doc.environment ?? ''))
    case 'allowed_origins':
      return app.allowedRequestOrigins.set(Array.isArray(doc.origins) ? doc.origins.map(String) : [])
    case 'hosting_config':
      return app.hosting.setEnabled(doc.enabled === true)
    case 'custom_user_data':
      return app.customUserData.update(referencesEmptied(withFieldsEmptied(await bodyFor(item, ids), change)))
    case 'graphql_config':
      return app.graphqlConfig.update(doc)
    case 'graphql_validation':
      return app.graphqlValidationSettings.update(doc)
    case 'data_api_config': {
      if (change.action === 'create') await app.dataApiConfig.create(doc)
      else await app.dataApiConfig.update(withFieldsEmptied(withFlagsReset(doc, change.remote?.doc), change))
      return
    }
    case 'sync': {
      const { serviceName, patch } = syncPatch(doc)
      return app.serviceConfig(await ids.id('data_source', serviceName)).update(patch)
    }
    case 'default_rule': {
      const api = app.defaultRule(await ids.id('data_source', change.key))
      const body = await bodyFor(item, ids)
      if (change.action === 'create') {
        await api.create(body)
      } else {
        const current = await api.get()
        await api.update({ ...body, ...(current?._id ? { _id: current._id } : {}) })
      }
      return
    }
  }
}

async function write(change: Change, ids: IdIndex, app: AppClient): Promise<void> {
  if (COLLECTIONS.has(change.kind)) return writeCollection(change, ids, app)
  if (change.kind === 'data_source' || change.kind === 'service') return writeService(change, ids, app)
  return writeSingleton(change, ids, app)
}

async function remove(change: Change, ids: IdIndex, app: AppClient): Promise<void> {
  if (change.kind === 'default_rule') {
    const serviceId = await ids.find('data_source', change.key)
    if (serviceId) await app.defaultRule(serviceId).delete()
    return
  }
  const id = await ids.find(change.kind, change.key)
  if (id === undefined) return
  const api =
    change.kind === 'data_source' || change.kind === 'service'
      ? app.services
      : await ids.api(change.kind, change.key)
  await api.delete(id)
  await ids.forget(change.kind, change.key)
}

async function applySecrets(plan: Plan, ids: IdIndex, app: AppClient, options: ApplyOptions): Promise<void> {
  for (const name of plan.secrets.create) {
    const created = await app.secrets.create({ name, value: options.secretValues.get(name) ?? '' })
    await ids.remember('secret', name, String(created._id))
    options.logger.info(`  + secret ${name}`)
  }
  for (const name of plan.secrets.update) {
    const id = await ids.id('secret', name)
    await app.secrets.update(id, { _id: id, name, value: options.secretValues.get(name) ?? '' })
    options.logger.info(`  ~ secret ${name}`)
  }
}

const SYMBOL = { create: '+', update: '~', delete: '-' } as const

/** Runs the plan's draft-scoped changes; throws at the first failure (the caller discards the draft). */
export async function applyPlan(app: AppClient, plan: Plan, options: ApplyOptions): Promise<ApplyResult> {
  const ids = new IdIndex(app, options.known)
  await applySecrets(plan, ids, app, options)
  const concurrency = options.concurrency ?? 8
  const upserts = plan.changes.filter(c => c.action !== 'delete')
  const deletes = plan.changes.filter(c => c.action === 'delete')
  for (const kind of APPLY_ORDER) {
    await inParallel(
      upserts.filter(c => c.kind === kind),
      concurrency,
      async change => {
        await write(change, ids, app)
        options.logger.info(`  ${SYMBOL[change.action]} ${change.kind.replace(/_/g, ' ')} ${change.key}`)
      }
    )
  }
  for (const kind of [...APPLY_ORDER].reverse()) {
    await inParallel(
      deletes.filter(c => c.kind === kind),
      concurrency,
      async change => {
        await remove(change, ids, app)
        options.logger.info(`  - ${change.kind.replace(/_/g, ' ')} ${change.key}`)
      }
    )
  }
  return {
    applied: upserts.length + deletes.length + plan.secrets.create.length + plan.secrets.update.length
  }
}

/** Runs `work` over `items` with at most `limit` at once; the first failure stops new work and is thrown. */
async function inParallel<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>
): Promise<void> {
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (next < items.length && !failure) {
      const item = items[next++]
      try {
        await work(item)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw failure.error
}
