// The desired side of the plan: the app model read from the repository, as plan items.
import type { AppModel, DataSourceResource, ServiceResource } from '../app/model.js'
import type { JsonObject } from './canonical.js'
import { endpointKey, item, resolverKey, ruleKey, withoutSource } from './items.js'
import type { PlanItem } from './types.js'

function dataSourceItems(ds: DataSourceResource): PlanItem[] {
  const items = [item('data_source', ds.name, { name: ds.name, type: ds.type, config: ds.config }, ds.file)]
  if (ds.default_rule)
    items.push(
      item(
        'default_rule',
        ds.name,
        { ...withoutSource(ds.default_rule), data_source: ds.name },
        ds.default_rule.file
      )
    )
  for (const rule of ds.rules) {
    items.push(
      item(
        'rule',
        ruleKey(ds.name, rule.database, rule.collection),
        { ...withoutSource(rule), data_source: ds.name },
        rule.file
      )
    )
  }
  for (const schema of ds.schemas) {
    const doc = { ...withoutSource(schema), data_source: ds.name }
    items.push(item('schema', ruleKey(ds.name, schema.database, schema.collection), doc, schema.file))
  }
  return items
}

function serviceItems(svc: ServiceResource): PlanItem[] {
  const { rules, incoming_webhooks, ...service } = svc
  const items = [item('service', svc.name, withoutSource(service), svc.file)]
  for (const rule of rules)
    items.push(
      item(
        'service_rule',
        `${svc.name}/${rule.name}`,
        { ...withoutSource(rule), service: svc.name },
        rule.file
      )
    )
  for (const hook of incoming_webhooks) {
    const { source, ...rest } = withoutSource(hook)
    const doc = { ...rest, function_source: source, service: svc.name }
    items.push(item('webhook', `${svc.name}/${hook.name}`, doc, hook.sourceFile))
  }
  return items
}

function singletonItems(model: AppModel, environment: string | undefined): PlanItem[] {
  const items: PlanItem[] = []
  const env = environment ?? model.settings.environment
  if (env !== undefined)
    items.push(item('environment', 'environment', { environment: env }, model.settings.file))
  const origins = model.settings.allowed_request_origins
  if (origins)
    items.push(item('allowed_origins', 'allowed_request_origins', { origins }, model.settings.file))
  if (model.customUserData) {
    items.push(
      item(
        'custom_user_data',
        'custom_user_data',
        withoutSource(model.customUserData),
        model.customUserData.file
      )
    )
  }
  if (model.dataApiConfig)
    items.push(
      item('data_api_config', 'data_api_config', withoutSource(model.dataApiConfig), model.dataApiConfig.file)
    )
  if (model.graphql?.config)
    items.push(
      item('graphql_config', 'graphql_config', withoutSource(model.graphql.config), model.graphql.config.file)
    )
  const validation = model.graphql?.validation_settings
  if (validation)
    items.push(item('graphql_validation', 'graphql_validation', withoutSource(validation), validation.file))
  if (isSyncConfig(model.sync))
    items.push(item('sync', 'sync', syncDoc(withoutSource(model.sync)), model.sync.file))
  const hosting = model.hosting?.config
  if (hosting)
    items.push(item('hosting_config', 'hosting', { enabled: hosting.enabled === true }, hosting.file))
  return items
}

/** A sync configuration, flexible or partition-based (v1 layouts' `sync` block may hold only
 *  development mode, which is no configuration to deploy). */
function isSyncConfig(sync: AppModel['sync']): sync is NonNullable<AppModel['sync']> {
  return (
    sync !== undefined &&
    (sync.type === 'flexible' || sync.type === 'partition' || typeof sync.state === 'string')
  )
}

/** Sync as the planner keeps it: `last_disabled` is the server's; `type` (the mode) and
 *  `service_name` (the data source that holds it) are compared like every other field. */
export function syncDoc(doc: JsonObject): JsonObject {
  const { last_disabled: _lastDisabled, ...rest } = doc
  return rest
}

/** The file that references a secret (a value with from_secret), for error messages. */
function secretReference(model: AppModel, name: string): string | undefined {
  return model.values.find(v => v.from_secret && v.value === name)?.file
}

export interface DesiredOptions {
  /** Overrides the repository's active environment. */
  readonly environment?: string
}

export function desiredItems(model: AppModel, options: DesiredOptions = {}): PlanItem[] {
  return [
    ...model.secretsNeeded.map(name => item('secret', name, { name }, secretReference(model, name))),
    ...model.values.map(v => item('value', v.name, withoutSource(v), v.file)),
    ...model.environmentValues.map(ev =>
      item('environment_value', ev.name, { name: ev.name, values: ev.values }, ev.files[0])
    ),
    ...model.functions.map(f => item('function', f.name, withoutSource(f), f.sourceFile)),
    ...model.dataSources.flatMap(dataSourceItems),
    ...model.services.flatMap(serviceItems),
    ...model.authProviders.map(p => item('auth_provider', p.name, withoutSource(p), p.file)),
    ...model.triggers.map(t => item('trigger', t.name, withoutSource(t), t.file)),
    ...model.endpoints.map(e =>
      item('endpoint', endpointKey(e.http_method, e.route), withoutSource(e), e.file)
    ),
    ...(model.graphql?.custom_resolvers ?? []).map(r =>
      item('custom_resolver', resolverKey(r.on_type, r.field_name), withoutSource(r), r.file)
    ),
    ...model.logForwarders.map(l => item('log_forwarder', l.name, withoutSource(l), l.file)),
    ...singletonItems(model, options.environment)
  ]
}
