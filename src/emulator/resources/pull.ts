// `GET G/A/pull` (adminPullAppConfiguration) with `Accept: application/json`: the user's view of the
// whole configuration (their draft, else live) as one PushPullAppConfig, references by name. With
// `Accept: application/zip` alone, the same configuration as a directory archive (config-archive.ts);
// pull-route.ts chooses between the two.
import type { AppConfig, Doc, RequestContext } from '../types.js'
import { customUserData } from './auth.js'
import { endpointView } from './endpoints.js'
import { activeEnvironment, environmentsByKey } from './environments.js'
import { graphqlConfig, graphqlValidation } from './graphql.js'
import { hostingConfig } from './hosting.js'
import { functionName, isDataSource } from './refs.js'
import { defaultRuleOf } from './rules.js'
import { serviceConfigOf } from './services.js'
import { docById, listDocs, omit, pick, readSingleton } from './store.js'
import { triggerForPull } from './triggers.js'
import { isObject } from './validate.js'

/** Roles and filters without their server ids (the constructor form). */
function withoutIds(list: unknown): unknown[] {
  return Array.isArray(list) ? list.map(item => (isObject(item) ? omit(item, '_id') : item)) : []
}

function rulesOf(config: AppConfig, service: Doc): Doc[] {
  return listDocs(config, 'rules')
    .filter(rule => rule.service_id === service._id)
    .map(rule => {
      const clean = omit(rule, '_id', 'service_id')
      return 'roles' in clean
        ? { ...clean, roles: withoutIds(clean.roles), filters: withoutIds(clean.filters) }
        : clean
    })
}

function dataSourceForPull(config: AppConfig, service: Doc): Doc {
  const out: Doc = {
    ...pick(service, 'name', 'type', 'version'),
    config: serviceConfigOf(config, service),
    rules: rulesOf(config, service)
  }
  const defaultRule = defaultRuleOf(config, service._id as string)
  if (defaultRule)
    out.default_rule = { roles: withoutIds(defaultRule.roles), filters: withoutIds(defaultRule.filters) }
  return out
}

function thirdPartyForPull(config: AppConfig, service: Doc): Doc {
  const webhooks = listDocs(config, 'incoming_webhooks').filter(w => w.service_id === service._id)
  return {
    ...pick(service, 'name', 'type', 'version', 'secret_config'),
    config: serviceConfigOf(config, service),
    incoming_webhooks: webhooks.map(w => omit(w, '_id', 'service_id')),
    rules: rulesOf(config, service)
  }
}

function customUserDataForPull(config: AppConfig): Doc | null {
  if (readSingleton(config, 'custom_user_data') === undefined) return null
  const stored = customUserData(config)
  const out: Doc = omit(stored, 'mongo_service_id', 'on_user_creation_function_id')
  out.mongo_service_name =
    (docById(config, 'services', stored.mongo_service_id)?.name as string | undefined) ?? ''
  const fn = functionName(config, stored.on_user_creation_function_id)
  if (fn) out.on_user_creation_function_name = fn
  return out
}

function flexibleSync(config: AppConfig, dataSources: Doc[]): Doc {
  for (const service of dataSources) {
    const sync = serviceConfigOf(config, service).flexible_sync
    if (isObject(sync)) return sync
  }
  return { state: '' }
}

function graphqlForPull(config: AppConfig): Doc {
  const resolvers = listDocs(config, 'custom_resolvers').map(r => ({
    ...omit(r, '_id'),
    function_name: functionName(config, r.function_id) ?? ''
  }))
  return {
    config: graphqlConfig(config),
    validation_settings: graphqlValidation(config),
    custom_resolvers: resolvers
  }
}

function withoutId(docs: Doc[], ...more: string[]): Doc[] {
  return docs.map(doc => omit(doc, '_id', ...more))
}

export function pullAppConfig(ctx: RequestContext): Doc {
  const config = ctx.config()
  const app = ctx.appRecord.app
  const services = listDocs(config, 'services')
  const dataSources = services.filter(isDataSource)
  const thirdParty = services.filter(s => !isDataSource(s))
  const environment = activeEnvironment(ctx)
  return {
    name: app.name,
    provider_region: app.provider_region,
    deployment_model: app.deployment_model,
    ...(environment ? { environment } : {}),
    auth_providers: withoutId(listDocs(config, 'auth_providers')),
    custom_user_data: customUserDataForPull(config),
    data_api_config: readSingleton(config, 'data_api_config') ?? null,
    data_sources: dataSources.map(s => dataSourceForPull(config, s)),
    endpoints: withoutId(listDocs(config, 'endpoints').map(e => endpointView(config, e))),
    environments: { values: environmentsByKey(listDocs(config, 'environment_values')) },
    functions: withoutId(listDocs(config, 'functions'), 'last_modified'),
    graphql: graphqlForPull(config),
    hosting: { enabled: hostingConfig(ctx).enabled === true },
    https_endpoints: thirdParty.filter(s => s.type === 'http').map(s => thirdPartyForPull(config, s)),
    log_forwarders: withoutId(listDocs(config, 'log_forwarders')),
    schemas: withoutId(listDocs(config, 'schemas')),
    services: thirdParty.filter(s => s.type !== 'http').map(s => thirdPartyForPull(config, s)),
    sync: flexibleSync(config, dataSources),
    triggers: listDocs(config, 'triggers').map(t => triggerForPull(config, t)),
    values: withoutId(listDocs(config, 'values'))
  }
}
