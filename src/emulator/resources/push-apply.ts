// How a PushPullAppConfig becomes resources: each part is sent, in dependency order, through the
// resource's own create route (dispatch.ts), with references by name turned into the new ids.
// Secrets are not part of the document and stay as they are (values may refer to them).
import type { Doc } from '../types.js'
import type { Dispatch } from './dispatch.js'
import { isObject } from './validate.js'

const list = (value: unknown): Doc[] => (Array.isArray(value) ? value.filter(isObject) : [])

export interface PushIds {
  readonly functions: Map<string, string>
  readonly services: Map<string, string>
  /** Old service id -> name, for triggers that still carry the id of the configuration pulled. */
  readonly oldServiceNames: Map<string, string>
}

async function create(
  run: Dispatch,
  path: string,
  body: unknown,
  params?: Record<string, string>
): Promise<Doc> {
  return ((await run({ method: 'POST', path, body, params })).body ?? {}) as Doc
}

async function pushEnvironmentValues(run: Dispatch, environments: unknown): Promise<void> {
  const byEnv = isObject(environments) && isObject(environments.values) ? environments.values : {}
  const names = new Map<string, Doc>()
  for (const [env, entry] of Object.entries(byEnv)) {
    const values = isObject(entry) && isObject(entry.values) ? entry.values : {}
    for (const [name, value] of Object.entries(values)) {
      names.set(name, { ...(names.get(name) ?? {}), [env]: value })
    }
  }
  for (const [name, values] of names) await create(run, '/environment_values', { name, values })
}

async function pushServices(run: Dispatch, services: Doc[], ids: PushIds): Promise<void> {
  for (const service of services) {
    const { rules, default_rule: defaultRule, incoming_webhooks: webhooks, ...constructor } = service
    const created = await create(run, '/services', constructor)
    const serviceId = created._id as string
    ids.services.set(String(service.name), serviceId)
    for (const rule of list(rules)) await create(run, '/services/{serviceId}/rules', rule, { serviceId })
    if (isObject(defaultRule))
      await create(run, '/services/{serviceId}/default_rule', defaultRule, { serviceId })
    for (const hook of list(webhooks)) {
      const body = { ...hook, function_id: ids.functions.get(String(hook.function_name)) ?? hook.function_id }
      await create(run, '/services/{serviceId}/incoming_webhooks', body, { serviceId })
    }
  }
}

function withFunctionId(doc: Doc, ids: PushIds): Doc {
  const id = ids.functions.get(String(doc.function_name))
  return id ? { ...doc, function_id: id } : doc
}

/** A `{function_id, function_name}` config that names its function: the new id of that name. */
function functionRef(config: unknown, ids: PushIds): unknown {
  return isObject(config) && typeof config.function_name === 'string' && config.function_name !== ''
    ? withFunctionId(config, ids)
    : config
}

function triggerBody(trigger: Doc, ids: PushIds): Doc {
  const config = isObject(trigger.config) ? { ...trigger.config } : {}
  const oldName = ids.oldServiceNames.get(String(config.service_id))
  const serviceId = ids.services.get(String(config.service_name ?? oldName))
  if (serviceId) config.service_id = serviceId
  delete config.service_name
  const body: Doc = { ...withFunctionId(trigger, ids), config }
  const processors = isObject(trigger.event_processors) ? trigger.event_processors : {}
  if (isObject(processors.FUNCTION))
    body.event_processors = {
      ...processors,
      FUNCTION: { ...processors.FUNCTION, config: functionRef(processors.FUNCTION.config, ids) }
    }
  if (isObject(trigger.error_handler))
    body.error_handler = { ...trigger.error_handler, config: functionRef(trigger.error_handler.config, ids) }
  return body
}

async function pushGraphQL(run: Dispatch, graphql: unknown, ids: PushIds): Promise<void> {
  if (!isObject(graphql)) return
  if (isObject(graphql.config)) await run({ method: 'PUT', path: '/graphql/config', body: graphql.config })
  if (isObject(graphql.validation_settings))
    await run({ method: 'PUT', path: '/validation_settings/graphql', body: graphql.validation_settings })
  for (const resolver of list(graphql.custom_resolvers)) {
    const { function_name: _name, ...rest } = withFunctionId(resolver, ids)
    await create(run, '/graphql/custom_resolvers', rest)
  }
}

async function pushCustomUserData(run: Dispatch, data: unknown, ids: PushIds): Promise<void> {
  if (!isObject(data)) return
  const { mongo_service_name: service, on_user_creation_function_name: fn, ...rest } = data
  const body: Doc = { ...rest, mongo_service_id: ids.services.get(String(service)) ?? '' }
  if (typeof fn === 'string' && fn !== '') body.on_user_creation_function_id = ids.functions.get(fn) ?? ''
  await run({ method: 'PATCH', path: '/custom_user_data', body })
}

/** Creates everything `push` describes, into a configuration emptied beforehand. */
export async function applyPush(run: Dispatch, push: Doc, ids: PushIds): Promise<void> {
  if (typeof push.environment === 'string')
    await run({ method: 'PUT', path: '/environment', body: { environment: push.environment } })
  for (const value of list(push.values)) await create(run, '/values', value)
  await pushEnvironmentValues(run, push.environments)
  for (const fn of list(push.functions))
    ids.functions.set(String(fn.name), (await create(run, '/functions', fn))._id as string)
  await pushServices(
    run,
    [...list(push.data_sources), ...list(push.services), ...list(push.https_endpoints)],
    ids
  )
  for (const provider of list(push.auth_providers)) await create(run, '/auth_providers', provider)
  await pushCustomUserData(run, push.custom_user_data, ids)
  for (const trigger of list(push.triggers)) await create(run, '/triggers', triggerBody(trigger, ids))
  for (const endpoint of list(push.endpoints)) {
    const { function_name: _name, ...rest } = withFunctionId(endpoint, ids)
    await create(run, '/endpoints', rest)
  }
  await pushGraphQL(run, push.graphql, ids)
  for (const forwarder of list(push.log_forwarders)) await create(run, '/log_forwarders', forwarder)
  for (const schema of list(push.schemas)) await create(run, '/schemas', schema)
  if (isObject(push.hosting) && typeof push.hosting.enabled === 'boolean')
    await run({ method: 'PATCH', path: '/hosting/config', body: { enabled: push.hosting.enabled } })
  if (isObject(push.data_api_config)) await create(run, '/data_api/config', push.data_api_config)
}
