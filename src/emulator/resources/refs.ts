// References between resources: resolving a function, service or secret that a body names (400 when
// it does not exist), and finding who still uses one (deletes of a used resource are refused, so a
// client must remove dependants first, as the server's own ordering rules require).
import { HttpError, type AppConfig, type Doc } from '../types.js'
import { docById, docByName, listDocs, readSingleton } from './store.js'
import { badRequest, isObject } from './validate.js'

export const DATA_SOURCE_TYPES = ['mongodb-atlas', 'mongodb', 'datalake'] as const
export const THIRD_PARTY_TYPES = ['http', 'aws', 'twilio', 'github', 'gcm'] as const

export function isDataSource(service: Doc | undefined): boolean {
  return !!service && (DATA_SOURCE_TYPES as readonly unknown[]).includes(service.type)
}

export interface FunctionRef {
  readonly function_id: string
  readonly function_name: string
}

/**
 * Resolves a function named by id and/or name (both must agree when both are sent). `field` is the
 * object holding them, e.g. `event_processors.FUNCTION.config` ("" for the body's root).
 */
export function resolveFunction(config: AppConfig, id: unknown, name: unknown, field: string): FunctionRef {
  const at = (key: string): string => (field ? `${field}.${key}` : key)
  if (id !== undefined && id !== null && id !== '') {
    const fn = docById(config, 'functions', id)
    if (!fn) throw badRequest(`"${at('function_id')}" names no function of this app: ${JSON.stringify(id)}`)
    if (typeof name === 'string' && name !== '' && name !== fn.name) {
      throw badRequest(
        `"${at('function_name')}" (${JSON.stringify(name)}) is not the name of function ${String(id)}`
      )
    }
    return { function_id: fn._id as string, function_name: fn.name as string }
  }
  if (typeof name === 'string' && name !== '') {
    const fn = docByName(config, 'functions', name)
    if (!fn)
      throw badRequest(`"${at('function_name')}" names no function of this app: ${JSON.stringify(name)}`)
    return { function_id: fn._id as string, function_name: fn.name as string }
  }
  throw badRequest(`"${at('function_id')}" (or "${at('function_name')}") is required`)
}

/** The current name of a function id (names are shown on reads, ids are stored). */
export function functionName(config: AppConfig, id: unknown): string | undefined {
  return docById(config, 'functions', id)?.name as string | undefined
}

export function requireDataSource(config: AppConfig, id: unknown, field: string): Doc {
  const service = docById(config, 'services', id)
  if (!service) throw badRequest(`"${field}" names no service of this app: ${JSON.stringify(id)}`)
  if (!isDataSource(service)) {
    throw badRequest(
      `"${field}" must name a data source (${DATA_SOURCE_TYPES.join(', ')}), not a ${String(service.type)} service`
    )
  }
  return service
}

export function requireSecretName(config: AppConfig, name: unknown, field: string): string {
  if (typeof name !== 'string' || name === '') throw badRequest(`"${field}" must be the name of a secret`)
  if (!docByName(config, 'secrets', name))
    throw badRequest(`"${field}" names no secret of this app: ${JSON.stringify(name)}`)
  return name
}

/** Every value of a `secret_config` object is a secret name (or, for JWT signing keys, a list of them). */
export function checkSecretConfig(config: AppConfig, secretConfig: unknown, field: string): void {
  if (secretConfig === undefined || secretConfig === null) return
  if (!isObject(secretConfig)) throw badRequest(`"${field}" must be an object`)
  for (const [key, value] of Object.entries(secretConfig)) {
    // Unset, as exports write a secret that was never set: kept as sent, no secret referenced.
    if (value === null || value === '') continue
    if (Array.isArray(value))
      value.forEach((item, i) => requireSecretName(config, item, `${field}.${key}[${i}]`))
    else requireSecretName(config, value, `${field}.${key}`)
  }
}

function secretConfigNames(secretConfig: unknown): string[] {
  if (!isObject(secretConfig)) return []
  return Object.values(secretConfig)
    .flatMap(v => (Array.isArray(v) ? v : [v]))
    .filter((v): v is string => typeof v === 'string')
}

function triggerFunctionIds(trigger: Doc): unknown[] {
  const processors = isObject(trigger.event_processors) ? trigger.event_processors : {}
  const fn =
    isObject(processors.FUNCTION) && isObject(processors.FUNCTION.config) ? processors.FUNCTION.config : {}
  const handler =
    isObject(trigger.error_handler) && isObject(trigger.error_handler.config)
      ? trigger.error_handler.config
      : {}
  return [fn.function_id, handler.function_id]
}

const PROVIDER_FUNCTION_IDS = ['confirmationFunctionId', 'resetFunctionId', 'authFunctionId']

/** Human-readable list of what uses function `id` (empty when nothing does). */
export function functionUsers(config: AppConfig, id: string): string[] {
  const fn = docById(config, 'functions', id)
  const users: string[] = []
  for (const t of listDocs(config, 'triggers'))
    if (triggerFunctionIds(t).includes(id)) users.push(`trigger "${String(t.name)}"`)
  for (const e of listDocs(config, 'endpoints'))
    if (e.function_id === id) users.push(`endpoint ${String(e.http_method)} ${String(e.route)}`)
  for (const r of listDocs(config, 'custom_resolvers'))
    if (r.function_id === id) users.push(`custom resolver ${String(r.on_type)}.${String(r.field_name)}`)
  for (const p of listDocs(config, 'auth_providers')) {
    const providerConfig = isObject(p.config) ? p.config : {}
    if (PROVIDER_FUNCTION_IDS.some(k => providerConfig[k] === id))
      users.push(`auth provider "${String(p.name)}"`)
  }
  for (const f of listDocs(config, 'log_forwarders')) {
    const action = isObject(f.action) ? f.action : {}
    if (action.type === 'function' && action.name === fn?.name)
      users.push(`log forwarder "${String(f.name)}"`)
  }
  const cud = readSingleton<Doc>(config, 'custom_user_data')
  if (cud?.on_user_creation_function_id === id) users.push('custom user data (user creation function)')
  return users
}

export function serviceUsers(config: AppConfig, id: string): string[] {
  const service = docById(config, 'services', id)
  const users: string[] = []
  for (const t of listDocs(config, 'triggers')) {
    if (isObject(t.config) && t.config.service_id === id) users.push(`trigger "${String(t.name)}"`)
  }
  for (const f of listDocs(config, 'log_forwarders')) {
    const action = isObject(f.action) ? f.action : {}
    if (action.type === 'collection' && action.data_source === service?.name)
      users.push(`log forwarder "${String(f.name)}"`)
  }
  const cud = readSingleton<Doc>(config, 'custom_user_data')
  if (cud?.enabled === true && cud.mongo_service_id === id) users.push('custom user data')
  return users
}

export function secretUsers(config: AppConfig, id: string): string[] {
  const secret = docById(config, 'secrets', id)
  const name = secret?.name
  const users: string[] = []
  for (const v of listDocs(config, 'values'))
    if (v.from_secret === true && v.value === name) users.push(`value "${String(v.name)}"`)
  for (const e of listDocs(config, 'endpoints'))
    if (e.secret_id === id) users.push(`endpoint ${String(e.http_method)} ${String(e.route)}`)
  for (const kind of ['auth_providers', 'services']) {
    for (const d of listDocs(config, kind)) {
      if (secretConfigNames(d.secret_config).includes(name as string))
        users.push(`${kind === 'services' ? 'service' : 'auth provider'} "${String(d.name)}"`)
    }
  }
  const dataApi = readSingleton<Doc>(config, 'data_api_config')
  if (dataApi && dataApi.secret_name === name) users.push('Data API config')
  return users
}

function forwardersUsing(config: AppConfig, type: string, key: string, name: unknown): string[] {
  return listDocs(config, 'log_forwarders')
    .filter(f => isObject(f.action) && f.action.type === type && f.action[key] === name)
    .map(f => `log forwarder "${String(f.name)}"`)
}

/** What names function `name` (not its id): renaming the function would break these. */
export function functionNameUsers(config: AppConfig, name: unknown): string[] {
  return forwardersUsing(config, 'function', 'name', name)
}

/** What names data source `name` (not its id): renaming the service would break these. */
export function serviceNameUsers(config: AppConfig, name: unknown): string[] {
  const schemas = listDocs(config, 'schemas')
    .filter(s => isObject(s.metadata) && s.metadata.data_source === name)
    .map(s => `schema ${String((s.metadata as Doc).database)}.${String((s.metadata as Doc).collection)}`)
  return [...forwardersUsing(config, 'collection', 'data_source', name), ...schemas]
}

/** Refuses a delete or rename (`action`, e.g. `delete function "f"`) of a resource others still reference. */
export function refuseIfUsed(users: string[], action: string): void {
  if (users.length === 0) return
  throw new HttpError(
    400,
    'ResourceInUse',
    `cannot ${action}: it is used by ${users.join(', ')}; change or delete those first`
  )
}
