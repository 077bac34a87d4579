// HTTPS endpoints and the Data API config (`http_endpoints/` in 20210101, `https_endpoints/` in
// 20230101), and the legacy third-party services with their rules and incoming webhooks: HTTP
// services next to the endpoints, every other type under `services/`.
import {
  byName,
  compareText,
  listOf,
  documented,
  ordered,
  type ConfigFileSet,
  type JsonObject
} from './config-files.js'
import type { NameIndex, PullLayout } from './pulled-app.js'

const ENDPOINT_FIELDS = [
  'route',
  'http_method',
  'function_name',
  'validation_method',
  'secret_name',
  'respond_result',
  'fetch_custom_user_data',
  'create_user_on_auth',
  'disabled',
  'return_type'
]
const DATA_API_FIELDS = [
  'disabled',
  'versions',
  'return_type',
  'validation_method',
  'secret_name',
  'create_user_on_auth',
  'run_as_system',
  'run_as_user_id',
  'run_as_user_id_script_source',
  'can_evaluate'
]
const SERVICE_FIELDS = ['name', 'type', 'config', 'secret_config', 'version']
const SERVICE_RULE_FIELDS = ['name', 'actions', 'when']

export function endpointsFolder(layout: PullLayout): string {
  return layout === '20230101' ? 'https_endpoints' : 'http_endpoints'
}

/** `<folder>/config.json` (always, `[]` when empty) and `<folder>/data_api_config.json`. */
export function writeEndpoints(
  out: ConfigFileSet,
  pull: JsonObject,
  names: NameIndex,
  layout: PullLayout
): void {
  const folder = endpointsFolder(layout)
  const endpoints = listOf(pull.endpoints)
    .sort(
      (a, b) =>
        compareText(String(a.route), String(b.route)) ||
        compareText(String(a.http_method), String(b.http_method))
    )
    .map(endpoint => {
      const where = `${folder}/config.json (${String(endpoint.http_method)} ${String(endpoint.route)})`
      const function_name = names.function(endpoint.function_id, endpoint.function_name, where)
      const secret_name = names.secret(endpoint.secret_id, endpoint.secret_name, where)
      return documented({ ...endpoint, function_name, secret_name }, ENDPOINT_FIELDS)
    })
  out.json(`${folder}/config.json`, endpoints)
  const dataApi = pull.data_api_config
  if (dataApi !== null && typeof dataApi === 'object' && !Array.isArray(dataApi)) {
    out.json(`${folder}/data_api_config.json`, documented(dataApi as JsonObject, DATA_API_FIELDS))
  }
}

function writeService(out: ConfigFileSet, dir: string, service: JsonObject): void {
  out.json(`${dir}/config.json`, documented(service, SERVICE_FIELDS, ['rules', 'incoming_webhooks']))
  for (const rule of listOf(service.rules).sort(byName)) {
    out.json(`${dir}/rules/${String(rule.name)}.json`, documented(rule, SERVICE_RULE_FIELDS))
  }
  for (const hook of listOf(service.incoming_webhooks).sort(byName)) {
    const hookDir = `${dir}/incoming_webhooks/${String(hook.name)}`
    const { function_source, service_id: _serviceId, _id, ...config } = hook
    out.json(`${hookDir}/config.json`, ordered(config, ['name']))
    out.text(`${hookDir}/source.js`, typeof function_source === 'string' ? function_source : '')
  }
}

/** Legacy services: `services/<name>/` (and `<endpoints folder>/<name>/` for HTTP services). */
export function writeServices(out: ConfigFileSet, pull: JsonObject, layout: PullLayout): void {
  for (const service of listOf(pull.services).sort(byName))
    writeService(out, `services/${String(service.name)}`, service)
  const folder = endpointsFolder(layout)
  for (const service of listOf(pull.https_endpoints).sort(byName))
    writeService(out, `${folder}/${String(service.name)}`, service)
}
