// Auth providers (config-to-api §4.12: v2 `auth/providers.json` keyed by name, v1
// `auth_providers/<name>.json`) and custom user data (§4.13: v2 `auth/custom_user_data.json`, v1 the
// root file's `custom_user_data_config`).
import { asRecord, omit, readJson, remember, report, withoutId, type LoadContext } from './context.js'
import { bool, checkFields, obj, oneOf, required, str, strList, type FieldTable } from './fields.js'
import type { FieldPath, JsonDocument } from './json-file.js'
import { PROVIDER_TYPES } from './load-triggers.js'
import {
  isV1Layout,
  type AuthProviderResource,
  type CustomUserDataResource,
  type JsonObject
} from './model.js'

export const PROVIDER_TABLE: FieldTable = {
  kind: 'auth provider',
  unknown: 'warning',
  fields: {
    name: str,
    type: oneOf(PROVIDER_TYPES, true),
    disabled: bool,
    config: obj,
    secret_config: obj,
    metadata_fields: {
      type: 'array',
      items: {
        type: 'object',
        fields: {
          kind: 'metadata field',
          unknown: 'warning',
          fields: { required: bool, name: required(str), field_name: str }
        }
      }
    },
    redirect_uris: strList,
    domain_restrictions: strList,
    id: str
  }
}
export const CUSTOM_USER_DATA_TABLE: FieldTable = {
  kind: 'custom user data config',
  unknown: 'warning',
  fields: {
    enabled: required(bool),
    mongo_service_name: str,
    mongo_service_id: str,
    database_name: str,
    collection_name: str,
    user_id_field: str,
    on_user_creation_function_name: str
  }
}

export async function loadAuthProviders(ctx: LoadContext): Promise<AuthProviderResource[]> {
  if (isV1Layout(ctx.layout)) return loadV1Providers(ctx)
  const doc = await readJson(ctx, 'auth/providers.json')
  if (!doc?.ok) return []
  if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
    report(ctx, doc, [], 'auth/providers.json must be a JSON object keyed by provider name')
    return []
  }
  const providers: AuthProviderResource[] = []
  for (const [key, value] of Object.entries(doc.value as Record<string, unknown>)) {
    const provider = buildProvider(ctx, doc, [key], value, key)
    if (provider) providers.push(provider)
  }
  return providers
}

async function loadV1Providers(ctx: LoadContext): Promise<AuthProviderResource[]> {
  const providers: AuthProviderResource[] = []
  for (const entry of await ctx.dir.list('auth_providers')) {
    if (entry.kind !== 'file' || !entry.name.endsWith('.json')) continue
    const doc = await readJson(ctx, entry.rel)
    if (!doc?.ok) continue
    const provider = buildProvider(ctx, doc, [], doc.value, entry.name.replace(/\.json$/, ''))
    if (provider) providers.push(provider)
  }
  return providers
}

function buildProvider(
  ctx: LoadContext,
  doc: JsonDocument,
  path: FieldPath,
  value: unknown,
  key: string
): AuthProviderResource | undefined {
  if (!checkFields(doc, path, value, PROVIDER_TABLE, ctx.problems)) return undefined
  const raw = withoutId(asRecord(value))
  const name = typeof raw.name === 'string' ? raw.name : key
  if (name === '') {
    report(
      ctx,
      doc,
      [...path, 'name'],
      `an auth provider needs a name (App Services names providers by type: '${String(raw.type)}')`
    )
    return undefined
  }
  if (path.length > 0 && name !== key) {
    report(ctx, doc, [...path, 'name'], `provider key '${key}' and its name '${name}' differ`)
    return undefined
  }
  if (name !== raw.type)
    report(
      ctx,
      doc,
      [...path, 'name'],
      `provider name '${name}' differs from its type '${String(raw.type)}'; App Services names providers by type`,
      'warning'
    )
  const config =
    raw.config === undefined
      ? {}
      : { config: providerConfig(ctx, doc, [...path, 'config'], asRecord(raw.config)) }
  return remember(
    ctx,
    { ...raw, ...config, name, type: raw.type as string, disabled: raw.disabled === true, file: doc.file },
    path
  )
}

/**
 * A `*FunctionName` that is set must be a string. Exports keep a `*FunctionId` next to each `*FunctionName`: the id belongs to the exported app, so it
 * is dropped like `id` (the deployer resolves the name). An id without its name cannot be resolved.
 */
function providerConfig(
  ctx: LoadContext,
  doc: JsonDocument,
  path: FieldPath,
  config: JsonObject
): JsonObject {
  for (const key of ['confirmationFunctionName', 'resetFunctionName', 'authFunctionName']) {
    // Unset is null, "" or absent; anything else the server looks up as a function name.
    const value = config[key]
    if (value && typeof value !== 'string')
      report(
        ctx,
        doc,
        [...path, key],
        `${key} must be the name of a function (a string), not ${JSON.stringify(value)}`
      )
  }
  const ids = Object.keys(config).filter(key => key.endsWith('FunctionId'))
  for (const key of ids) {
    const nameKey = key.replace(/FunctionId$/, 'FunctionName')
    const message = `${key} is an id from another app and is ignored; name the function with ${nameKey}`
    if (config[nameKey] === undefined) report(ctx, doc, [...path, key], message, 'warning')
  }
  return omit(config, ids)
}

export async function loadCustomUserData(
  ctx: LoadContext,
  rootDoc: JsonDocument | undefined
): Promise<CustomUserDataResource | undefined> {
  let doc: JsonDocument | undefined
  let path: string[] = []
  if (isV1Layout(ctx.layout)) {
    if (!rootDoc || asRecord(rootDoc.value).custom_user_data_config === undefined) return undefined
    ;[doc, path] = [rootDoc, ['custom_user_data_config']]
  } else {
    doc = await readJson(ctx, 'auth/custom_user_data.json')
  }
  if (!doc?.ok) return undefined
  const value = path.length ? asRecord(doc.value)[path[0]] : doc.value
  if (!checkFields(doc, path, value, CUSTOM_USER_DATA_TABLE, ctx.problems)) return undefined
  const config = asRecord(value)
  if (config.enabled === true) {
    const missing = ['database_name', 'collection_name', 'user_id_field'].filter(k => !config[k])
    if (!config.mongo_service_name && !config.mongo_service_id) missing.unshift('mongo_service_name')
    if (missing.length) report(ctx, doc, path, `enabled custom user data needs ${missing.join(', ')}`)
  }
  return remember(ctx, { ...config, enabled: config.enabled === true, file: doc.file }, path)
}
