// `auth/providers.json` (one object keyed by provider name) and `auth/custom_user_data.json`, with
// function and data source references by name only (config-to-api §4.12, §4.13).
import { byName, documented, isObject, listOf, type ConfigFileSet, type JsonObject } from './config-files.js'
import type { NameIndex } from './pulled-app.js'

const PROVIDER_FIELDS = [
  'name',
  'type',
  'disabled',
  'config',
  'secret_config',
  'metadata_fields',
  'redirect_uris',
  'domain_restrictions'
]
const CUSTOM_USER_DATA_FIELDS = [
  'enabled',
  'mongo_service_name',
  'database_name',
  'collection_name',
  'user_id_field',
  'on_user_creation_function_name'
]

/** A provider's config without the `*FunctionId` keys the server keeps next to each `*FunctionName`. */
function providerConfig(config: JsonObject, names: NameIndex, where: string): JsonObject {
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(config)) {
    const nameKey = key.replace(/FunctionId$/, 'FunctionName')
    if (nameKey === key) {
      out[key] = value
    } else if (config[nameKey] === undefined) {
      const name = names.function(value, undefined, `${where} (config.${key})`)
      if (name !== undefined) out[nameKey] = name
    }
  }
  return out
}

export function writeAuth(out: ConfigFileSet, pull: JsonObject, names: NameIndex): void {
  const providers: JsonObject = {}
  for (const provider of listOf(pull.auth_providers).sort(byName)) {
    const name = String(provider.name)
    const config = isObject(provider.config)
      ? providerConfig(provider.config, names, `auth/providers.json (${name})`)
      : undefined
    providers[name] = documented(
      { ...provider, name, disabled: provider.disabled === true, config },
      PROVIDER_FIELDS
    )
  }
  out.json('auth/providers.json', providers)
  // No file when the app never set it: `{"enabled": false}` would be a change to deploy.
  if (!isObject(pull.custom_user_data)) return
  const cud = pull.custom_user_data
  const where = 'auth/custom_user_data.json'
  const doc = {
    ...cud,
    enabled: cud.enabled === true,
    mongo_service_name: names.service(cud.mongo_service_id, cud.mongo_service_name, where),
    on_user_creation_function_name: names.function(
      cud.on_user_creation_function_id,
      cud.on_user_creation_function_name,
      where
    )
  }
  out.json(where, documented(doc, CUSTOM_USER_DATA_FIELDS))
}
