// The remote side of the plan: the deployed app as plan items. Everything comes from one
// `GET .../pull` (the whole app config as JSON, function sources included) plus the few lists the
// pull does not carry (secrets, allowed origins) and the id lists that turn ids back into names.
// So reading an app costs the same handful of requests whatever its size.
import { isObject, type JsonObject } from './canonical.js'
import { syncDoc } from './desired.js'
import { syncFromPull } from './sync.js'
import { endpointKey, item, resolverKey, ruleKey } from './items.js'
import type { PlanItem } from './types.js'

export interface NamedId {
  readonly _id: string
  readonly name: string
}

export interface RemoteSnapshot {
  /** `PushPullAppConfig` from `GET .../pull` (Accept: application/json). */
  readonly pull: JsonObject
  readonly functions: readonly NamedId[]
  readonly services: readonly NamedId[]
  readonly secrets: readonly NamedId[]
  readonly allowedOrigins?: readonly string[]
}

const list = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : [])
const obj = (value: unknown): JsonObject => (isObject(value) ? value : {})
const ZERO_ID = '000000000000000000000000'

interface Names {
  fn(id: unknown, name: unknown): string | undefined
  svc(id: unknown, name: unknown): string | undefined
  secret(id: unknown, name: unknown): string | undefined
}

function namesFrom(snapshot: RemoteSnapshot): Names {
  const index = (items: readonly NamedId[]) => new Map(items.map(i => [i._id, i.name]))
  const [fns, svcs, secrets] = [index(snapshot.functions), index(snapshot.services), index(snapshot.secrets)]
  const resolve = (map: Map<string, string>) => (id: unknown, name: unknown) =>
    typeof name === 'string' && name !== ''
      ? name
      : typeof id === 'string' && id !== ZERO_ID
        ? (map.get(id) ?? `<${id}>`)
        : undefined
  return { fn: resolve(fns), svc: resolve(svcs), secret: resolve(secrets) }
}

/** A trigger in name form: the function in the processor, the data source by name. */
function triggerDoc(t: JsonObject, names: Names): JsonObject {
  const { function_id: rootId, function_name: rootName, ...rest } = t
  const config = { ...obj(t.config) }
  const serviceName = names.svc(config.service_id, config.service_name)
  delete config.service_id
  if (serviceName !== undefined) config.service_name = serviceName
  const processors = { ...obj(t.event_processors) }
  const fnConfig = obj(obj(processors.FUNCTION).config)
  const fnName = names.fn(fnConfig.function_id ?? rootId, fnConfig.function_name ?? rootName)
  if (fnName !== undefined) processors.FUNCTION = { config: { function_name: fnName } }
  const doc: JsonObject = { ...rest, config, event_processors: processors }
  if (isObject(t.error_handler)) {
    const hc = obj(t.error_handler.config)
    doc.error_handler = {
      ...t.error_handler,
      config: { ...hc, function_name: names.fn(hc.function_id, hc.function_name) }
    }
  }
  return doc
}

function dataSourceItems(pull: JsonObject): PlanItem[] {
  const items: PlanItem[] = []
  for (const ds of list(pull.data_sources)) {
    const name = String(ds.name)
    items.push(item('data_source', name, { name, type: ds.type, config: ds.config }))
    if (isObject(ds.default_rule) && Object.keys(ds.default_rule).length > 0) {
      items.push(item('default_rule', name, { ...ds.default_rule, data_source: name }))
    }
    for (const rule of list(ds.rules)) {
      items.push(
        item('rule', ruleKey(name, String(rule.database), String(rule.collection)), {
          ...rule,
          data_source: name
        })
      )
    }
  }
  for (const s of list(pull.schemas)) {
    const meta = obj(s.metadata)
    const doc = {
      data_source: meta.data_source,
      database: meta.database,
      collection: meta.collection,
      schema: s.schema,
      relationships: s.relationships
    }
    items.push(
      item('schema', ruleKey(String(meta.data_source), String(meta.database), String(meta.collection)), doc)
    )
  }
  return items
}

function serviceItems(pull: JsonObject): PlanItem[] {
  const items: PlanItem[] = []
  for (const svc of [...list(pull.services), ...list(pull.https_endpoints)]) {
    const name = String(svc.name)
    const { rules, incoming_webhooks, version: _version, ...service } = svc
    items.push(item('service', name, service))
    for (const rule of list(rules))
      items.push(item('service_rule', `${name}/${String(rule.name)}`, { ...rule, service: name }))
    for (const hook of list(incoming_webhooks)) {
      items.push(item('webhook', `${name}/${String(hook.name)}`, { ...hook, service: name }))
    }
  }
  return items
}

/** `environments.values.<env>.values.<name>` (SPEC AllEnvironmentValues) transposed into one item per value name (config-to-api §4.2). */
function environmentValueItems(pull: JsonObject): PlanItem[] {
  const byName = new Map<string, JsonObject>()
  for (const [env, specific] of Object.entries(obj(obj(pull.environments).values))) {
    for (const [name, value] of Object.entries(obj(obj(specific).values))) {
      const entry = byName.get(name) ?? {}
      entry[env] = value
      byName.set(name, entry)
    }
  }
  return [...byName].map(([name, values]) => item('environment_value', name, { name, values }))
}

function singletonItems(pull: JsonObject, snapshot: RemoteSnapshot, names: Names): PlanItem[] {
  const items: PlanItem[] = [
    item('environment', 'environment', {
      environment: typeof pull.environment === 'string' ? pull.environment : ''
    })
  ]
  if (snapshot.allowedOrigins)
    items.push(item('allowed_origins', 'allowed_request_origins', { origins: [...snapshot.allowedOrigins] }))
  if (isObject(pull.custom_user_data)) {
    const { mongo_service_id, on_user_creation_function_id, ...cud } = pull.custom_user_data
    const doc: JsonObject = {
      ...cud,
      mongo_service_name: names.svc(mongo_service_id, cud.mongo_service_name)
    }
    doc.on_user_creation_function_name = names.fn(
      on_user_creation_function_id,
      cud.on_user_creation_function_name
    )
    items.push(item('custom_user_data', 'custom_user_data', doc))
  }
  if (isObject(pull.data_api_config))
    items.push(item('data_api_config', 'data_api_config', pull.data_api_config))
  const graphql = obj(pull.graphql)
  if (isObject(graphql.config)) items.push(item('graphql_config', 'graphql_config', graphql.config))
  if (isObject(graphql.validation_settings))
    items.push(item('graphql_validation', 'graphql_validation', graphql.validation_settings))
  const sync = syncFromPull(pull)
  if (sync) items.push(item('sync', 'sync', syncDoc(sync)))
  if (isObject(pull.hosting))
    items.push(item('hosting_config', 'hosting', { enabled: pull.hosting.enabled === true }))
  return items
}

export function remoteItems(snapshot: RemoteSnapshot): PlanItem[] {
  const { pull } = snapshot
  const names = namesFrom(snapshot)
  const endpoint = (e: JsonObject): JsonObject => {
    const { function_id, secret_id, ...rest } = e
    return {
      ...rest,
      function_name: names.fn(function_id, e.function_name),
      secret_name: names.secret(secret_id, e.secret_name)
    }
  }
  const resolver = (r: JsonObject): JsonObject => {
    const { function_id, ...rest } = r
    return { ...rest, function_name: names.fn(function_id, r.function_name) }
  }
  return [
    ...snapshot.secrets.map(s => item('secret', s.name, { name: s.name })),
    ...list(pull.values).map(v => item('value', String(v.name), v)),
    ...environmentValueItems(pull),
    ...list(pull.functions).map(f => item('function', String(f.name), f)),
    ...dataSourceItems(pull),
    ...serviceItems(pull),
    ...list(pull.auth_providers).map(p => item('auth_provider', String(p.name), p)),
    ...list(pull.triggers).map(t => item('trigger', String(t.name), triggerDoc(t, names))),
    ...list(pull.endpoints).map(e => item('endpoint', endpointKey(e.http_method, e.route), endpoint(e))),
    ...list(obj(pull.graphql).custom_resolvers).map(r =>
      item('custom_resolver', resolverKey(r.on_type, r.field_name), resolver(r))
    ),
    ...list(pull.log_forwarders).map(l => item('log_forwarder', String(l.name), l)),
    ...singletonItems(pull, snapshot, names)
  ]
}
