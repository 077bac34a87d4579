// GraphQL (`graphql/config.json`, `validation_settings.json`, `custom_resolvers/<type>_<field>.json`)
// and log forwarders (`log_forwarders/<name>.json`), config-to-api §4.17, §4.18.
import {
  byName,
  compareText,
  isObject,
  listOf,
  objectOf,
  documented,
  type ConfigFileSet,
  type JsonObject
} from './config-files.js'
import type { NameIndex } from './pulled-app.js'

const CONFIG_FIELDS = ['use_natural_pluralization', 'disable_schema_introspection']
const VALIDATION_FIELDS = [
  'read_validation_action',
  'read_validation_level',
  'write_validation_action',
  'write_validation_level'
]
const RESOLVER_FIELDS = [
  'on_type',
  'field_name',
  'function_name',
  'input_type',
  'input_type_format',
  'payload_type',
  'payload_type_format'
]
const LOG_FORWARDER_FIELDS = ['name', 'disabled', 'log_types', 'log_statuses', 'policy', 'action']

export function writeGraphQL(out: ConfigFileSet, pull: JsonObject, names: NameIndex): void {
  const graphql = objectOf(pull.graphql)
  if (isObject(graphql.config)) out.json('graphql/config.json', documented(graphql.config, CONFIG_FIELDS))
  if (isObject(graphql.validation_settings))
    out.json('graphql/validation_settings.json', documented(graphql.validation_settings, VALIDATION_FIELDS))
  const resolvers = listOf(graphql.custom_resolvers).sort(
    (a, b) =>
      compareText(String(a.on_type), String(b.on_type)) ||
      compareText(String(a.field_name), String(b.field_name))
  )
  for (const resolver of resolvers) {
    const file = `graphql/custom_resolvers/${String(resolver.on_type)}_${String(resolver.field_name)}.json`
    const function_name = names.function(resolver.function_id, resolver.function_name, file)
    out.json(file, documented({ ...resolver, function_name }, RESOLVER_FIELDS))
  }
}

export function writeLogForwarders(out: ConfigFileSet, pull: JsonObject): void {
  for (const forwarder of listOf(pull.log_forwarders).sort(byName)) {
    const doc = { ...forwarder, disabled: forwarder.disabled === true }
    out.json(`log_forwarders/${String(forwarder.name)}.json`, documented(doc, LOG_FORWARDER_FIELDS))
  }
}
