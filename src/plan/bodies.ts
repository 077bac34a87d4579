// Name-form documents (as the repository has them) turned into the bodies the Admin API takes:
// references resolved to ids, local-only keys dropped, documented required fields filled.
import { isObject, type JsonObject } from './canonical.js'
import type { IdIndex } from './ids.js'
import type { PlanItem } from './types.js'

const obj = (value: unknown): JsonObject => (isObject(value) ? value : {})

function omit(doc: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(doc).filter(([k, v]) => v !== undefined && !keys.includes(k)))
}

async function triggerBody(doc: JsonObject, ids: IdIndex): Promise<JsonObject> {
  const config = omit(obj(doc.config), ['service_name'])
  const serviceName = obj(doc.config).service_name
  if (typeof serviceName === 'string') config.service_id = await ids.id('data_source', serviceName)
  const processors: JsonObject = {}
  for (const [kind, value] of Object.entries(obj(doc.event_processors))) {
    const pconfig = obj(obj(value).config)
    if (kind === 'FUNCTION' && typeof pconfig.function_name === 'string') {
      const functionId = await ids.id('function', pconfig.function_name)
      processors[kind] = { config: { function_id: functionId, function_name: pconfig.function_name } }
    } else {
      processors[kind] = value
    }
  }
  const body: JsonObject = { ...omit(doc, ['error_handler']), config, event_processors: processors }
  const handler = obj(doc.error_handler)
  const handlerFn = obj(handler.config).function_name
  if (typeof handlerFn === 'string') {
    body.error_handler = {
      ...handler,
      config: { ...obj(handler.config), function_id: await ids.id('function', handlerFn) }
    }
  } else if (isObject(doc.error_handler)) {
    body.error_handler = doc.error_handler
  }
  return body
}

async function endpointBody(doc: JsonObject, ids: IdIndex): Promise<JsonObject> {
  const body = omit(doc, ['secret_name'])
  body.function_id = await ids.id('function', String(doc.function_name))
  if (typeof doc.secret_name === 'string') body.secret_id = await ids.id('secret', doc.secret_name)
  body.return_type ??= 'JSON'
  for (const flag of ['respond_result', 'fetch_custom_user_data', 'create_user_on_auth', 'disabled'])
    body[flag] ??= false
  body.validation_method ??= 'NO_VALIDATION'
  return body
}

async function customUserDataBody(doc: JsonObject, ids: IdIndex): Promise<JsonObject> {
  const body = omit(doc, ['mongo_service_name', 'on_user_creation_function_name'])
  // A disabled config keeps its data source too (exports name it), so a pull gives the name back.
  if (typeof doc.mongo_service_name === 'string' && doc.mongo_service_name !== '') {
    const id =
      doc.enabled === true
        ? await ids.id('data_source', doc.mongo_service_name)
        : await ids.find('data_source', doc.mongo_service_name)
    if (id !== undefined) body.mongo_service_id = id
  }
  if (typeof doc.on_user_creation_function_name === 'string' && doc.on_user_creation_function_name !== '') {
    body.on_user_creation_function_id = await ids.id('function', doc.on_user_creation_function_name)
  }
  return body
}

/** Auth providers that call functions carry both the name and the id (config-to-api §3). */
async function authProviderBody(doc: JsonObject, ids: IdIndex): Promise<JsonObject> {
  const config = { ...obj(doc.config) }
  for (const field of ['confirmationFunctionName', 'resetFunctionName', 'authFunctionName']) {
    const name = config[field]
    if (typeof name === 'string' && name !== '')
      config[field.replace(/Name$/, 'Id')] = await ids.id('function', name)
  }
  return { ...doc, ...(isObject(doc.config) ? { config } : {}) }
}

export async function bodyFor(item: PlanItem, ids: IdIndex): Promise<JsonObject> {
  const doc = item.doc
  switch (item.kind) {
    case 'function':
      return { ...doc, private: doc.private === true }
    case 'value':
      return { ...doc, from_secret: doc.from_secret === true, private: doc.private === true }
    case 'trigger':
      return triggerBody(doc, ids)
    case 'endpoint':
      return endpointBody(doc, ids)
    case 'custom_user_data':
      return customUserDataBody(doc, ids)
    case 'auth_provider':
      return authProviderBody(doc, ids)
    case 'custom_resolver':
      return { ...doc, function_id: await ids.id('function', String(doc.function_name)) }
    case 'schema':
      return {
        metadata: { data_source: doc.data_source, database: doc.database, collection: doc.collection },
        schema: doc.schema,
        relationships: doc.relationships ?? {}
      }
    case 'rule':
    case 'default_rule':
      return omit(doc, ['data_source'])
    case 'service_rule':
      // Old exports leave out an empty `when` (or write null), which the API requires (SPEC
      // ThirdPartyServiceRule): sent as {}.
      return { ...omit(doc, ['service']), when: doc.when ?? {} }
    case 'webhook':
      return omit(doc, ['service'])
    case 'log_forwarder':
      return { ...doc, disabled: doc.disabled === true }
    default:
      return doc
  }
}
