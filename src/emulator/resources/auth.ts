// Authentication providers (`G/A/auth_providers`, PATCH 204, enable/disable 204) and the custom
// user data singleton (`G/A/custom_user_data`, PATCH 204). Provider function references are stored
// as both name and id, as RCORE and RJS send them; secret_config values are secret names.
import type { AppConfig, Doc, Reply, RequestContext, Route } from '../types.js'
import { collectionRoutes, itemActionRoute, type BuildInput, type CollectionSpec } from './collection.js'
import { checkSecretConfig, requireDataSource, resolveFunction } from './refs.js'
import { APP, docById, logWrite, omit, pick, readSingleton, writeSingleton } from './store.js'
import {
  badRequest,
  isObject,
  optionalArray,
  optionalBoolean,
  optionalObject,
  optionalString,
  requireBody,
  requireEnum
} from './validate.js'

export const PROVIDER_TYPES = [
  'anon-user',
  'local-userpass',
  'api-key',
  'oauth2-apple',
  'oauth2-google',
  'oauth2-facebook',
  'custom-token',
  'custom-function'
] as const

const FUNCTION_REFERENCES = [
  ['confirmationFunctionName', 'confirmationFunctionId'],
  ['resetFunctionName', 'resetFunctionId'],
  ['authFunctionName', 'authFunctionId']
] as const

function providerConfig(config: AppConfig, input: Doc): Doc {
  const out: Doc = { ...input }
  for (const [nameKey, idKey] of FUNCTION_REFERENCES) {
    if (!input[nameKey] && !input[idKey]) continue
    const id = input[idKey] || undefined
    const ref = resolveFunction(config, id, input[nameKey], 'config')
    out[nameKey] = ref.function_name
    out[idKey] = ref.function_id
  }
  return out
}

function buildProvider({ body, config }: BuildInput): Doc {
  const type = requireEnum(body.type, 'type', PROVIDER_TYPES)
  const name = body.name ?? type
  if (name !== type)
    throw badRequest(`an auth provider's "name" must equal its "type" (${type}), got ${JSON.stringify(name)}`)
  const doc: Doc = {
    ...omit(body, '_id'),
    name,
    type,
    disabled: optionalBoolean(body.disabled, 'disabled', false)
  }
  doc.config = providerConfig(config, optionalObject(body.config, 'config') ?? {})
  checkSecretConfig(config, body.secret_config, 'secret_config')
  for (const list of ['metadata_fields', 'redirect_uris', 'domain_restrictions'])
    optionalArray(body[list], list)
  return doc
}

export const authProvidersSpec: CollectionSpec = {
  kind: 'auth_providers',
  path: '/auth_providers',
  idParam: 'providerId',
  label: 'auth provider',
  notFoundCode: 'AuthProviderNotFound',
  uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
  build: buildProvider,
  listView: (_config, doc) => pick(doc, '_id', 'name', 'type', 'disabled'),
  create: { status: 201, body: (_config, doc) => doc },
  // The spec's PATCH body is the whole provider constructor: name and type are required.
  update: { method: 'PATCH', status: 204, merge: true, required: ['name', 'type'] },
  remove: { status: 204 }
}

const CUSTOM_USER_DATA_FIELDS = ['database_name', 'collection_name', 'user_id_field'] as const

/** The stored custom user data config, `{enabled: false}` until set. */
export function customUserData(config: AppConfig): Doc {
  const stored = readSingleton<Doc>(config, 'custom_user_data')
  return isObject(stored) ? stored : { enabled: false }
}

function checkCustomUserData(config: AppConfig, doc: Doc): Doc {
  const enabled = optionalBoolean(doc.enabled, 'enabled', false)
  for (const field of CUSTOM_USER_DATA_FIELDS) optionalString(doc[field], field)
  if (enabled) {
    // The server's own words (realm-cli push failed with them when the id was missing).
    if (!doc.mongo_service_id) throw badRequest('must specify a mongo service id')
    requireDataSource(config, doc.mongo_service_id, 'mongo_service_id')
    for (const field of CUSTOM_USER_DATA_FIELDS)
      if (!doc[field]) throw badRequest(`"${field}" is required when custom user data is enabled`)
  }
  if (doc.on_user_creation_function_id && !docById(config, 'functions', doc.on_user_creation_function_id)) {
    throw badRequest(
      `"on_user_creation_function_id" names no function of this app: ${JSON.stringify(doc.on_user_creation_function_id)}`
    )
  }
  return { ...doc, enabled }
}

function patchCustomUserData(ctx: RequestContext): Reply {
  const config = ctx.config()
  const merged = checkCustomUserData(config, { ...customUserData(config), ...requireBody(ctx) })
  writeSingleton(ctx, config, 'custom_user_data', merged)
  logWrite(ctx, 204, `set custom user data (enabled: ${String(merged.enabled)})`)
  return { status: 204 }
}

export function authRoutes(): Route[] {
  return [
    ...collectionRoutes(authProvidersSpec),
    itemActionRoute(authProvidersSpec, 'enable', doc => (doc.disabled = false)),
    itemActionRoute(authProvidersSpec, 'disable', doc => (doc.disabled = true)),
    {
      method: 'GET',
      pattern: `${APP}/custom_user_data`,
      handler: ctx => ({ status: 200, body: customUserData(ctx.config()) }),
      options: {}
    },
    {
      method: 'PATCH',
      pattern: `${APP}/custom_user_data`,
      handler: patchCustomUserData,
      options: { write: true }
    }
  ]
}
