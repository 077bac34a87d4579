// Apps of a project: list (with the `product` filter), create (name rules, defaults, the resources a
// new app starts with), get, delete (drafts, deployments, logs and assets go with it), the
// deployment configuration, and the region list.
import { HttpError, type AppConfig, type AppInstance, type AppRecord, type Doc, type Reply } from './types.js'
import type { EmulatorState, RequestContext, Route } from './types.js'
import { emptyConfig } from './app-config.js'
import { clientAppSuffix } from './ids.js'
import { seedLogs } from './log-seed.js'
import { LOCATIONS, findRegion, providerRegions, regionForLocation } from '../app/regions.js'

export interface AppSettings {
  /** Synthetic log entries seeded into each app when it is created. */
  readonly seedLogs: number
  readonly seed: number
}

const PRODUCTS = ['standard', 'atlas', 'data-api', 'device-sync']
const ENVIRONMENTS = ['', 'development', 'testing', 'qa', 'production']
const MODELS = ['GLOBAL', 'LOCAL']
const APP_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/

function productsParam(query: URLSearchParams): string[] {
  const values = query
    .getAll('product')
    .flatMap(v => v.split(','))
    .map(v => v.trim())
    .filter(Boolean)
  const unknown = values.find(v => !PRODUCTS.includes(v))
  if (unknown)
    throw new HttpError(
      400,
      'InvalidParameter',
      `invalid product '${unknown}': expected one of ${PRODUCTS.join(', ')}`
    )
  return values.length ? values : ['standard']
}

function appsOf(state: EmulatorState, groupId: string): Record<string, AppRecord> {
  state.groups[groupId] ??= { apps: {} }
  return state.groups[groupId].apps
}

function optionalEnum(body: Doc, field: string, allowed: readonly string[], fallback: string): string {
  const value = body[field]
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new HttpError(
      400,
      'InvalidParameter',
      `invalid ${field} '${String(value)}': expected one of ${allowed.map(v => `'${v}'`).join(', ')}`
    )
  }
  return value
}

interface Placement {
  readonly provider_region: string
  readonly location: string
  readonly deployment_model: string
  readonly environment: string
}

function placementOf(body: Doc): Placement {
  const regionId = body.provider_region
  if (regionId !== undefined && (typeof regionId !== 'string' || !findRegion(regionId))) {
    throw new HttpError(400, 'InvalidParameter', `invalid provider_region '${String(regionId)}'`)
  }
  const region = typeof regionId === 'string' ? findRegion(regionId) : undefined
  const location = optionalEnum(body, 'location', LOCATIONS, region?.location ?? 'US-VA')
  return {
    provider_region: region?.id ?? regionForLocation(location)?.id ?? 'aws-us-east-1',
    location,
    deployment_model: optionalEnum(body, 'deployment_model', MODELS, 'LOCAL'),
    environment: optionalEnum(body, 'environment', ENVIRONMENTS, '')
  }
}

function appName(body: Doc, apps: Record<string, AppRecord>): string {
  const name = body.name
  if (typeof name !== 'string' || !APP_NAME.test(name)) {
    throw new HttpError(
      400,
      'InvalidParameter',
      `invalid app name '${typeof name === 'string' ? name : ''}': it must begin with a letter, be 1 to 32 characters long and contain only ASCII letters, numbers, underscores and hyphens`
    )
  }
  if (Object.values(apps).some(r => r.app.name === name)) {
    throw new HttpError(409, 'AppAlreadyExists', `an app named '${name}' already exists in this project`)
  }
  return name
}

function uniqueClientAppId(state: EmulatorState, name: string, id: string): string {
  const taken = new Set(
    Object.values(state.groups).flatMap(g => Object.values(g.apps).map(r => r.app.client_app_id))
  )
  for (let attempt = 0; ; attempt++) {
    const candidate = `${name.toLowerCase()}-${clientAppSuffix(`${id}:${attempt}`)}`
    if (!taken.has(candidate)) return candidate
  }
}

/** What a new app starts with: the (disabled) `api-key` provider, and the data source if one was given. */
function initialConfig(ctx: RequestContext, dataSource: unknown): AppConfig {
  const config = emptyConfig()
  const providerId = ctx.newId()
  config.collections.auth_providers = {
    [providerId]: { _id: providerId, name: 'api-key', type: 'api-key', disabled: true }
  }
  if (dataSource && typeof dataSource === 'object') {
    const source = dataSource as Doc
    const serviceId = ctx.newId()
    const name = typeof source.name === 'string' ? source.name : 'mongodb-atlas'
    const type = typeof source.type === 'string' ? source.type : 'mongodb-atlas'
    const given = source.config && typeof source.config === 'object' ? (source.config as Doc) : {}
    // The defaults the service fills for an Atlas cluster, so reads return a complete config.
    const atlasDefaults =
      type === 'mongodb-atlas' ? { readPreference: 'primary', wireProtocolEnabled: false } : {}
    const lastModified = Math.floor(ctx.now() / 1000)
    config.collections.services = {
      [serviceId]: { _id: serviceId, name, type, version: 1, last_modified: lastModified }
    }
    config.singletons[`service_config:${serviceId}`] = { ...atlasDefaults, ...given }
  }
  return config
}

function createApp(ctx: RequestContext, settings: AppSettings): { status: number; body: unknown } {
  const [product] = productsParam(ctx.query)
  const body = ctx.json()
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'BadRequest', 'expected a JSON object describing the app')
  }
  const doc = body as Doc
  const apps = appsOf(ctx.state, ctx.params.groupId)
  const name = appName(doc, apps)
  const id = ctx.newId()
  const nowS = Math.floor(ctx.now() / 1000)
  const app: AppInstance = {
    _id: id,
    client_app_id: uniqueClientAppId(ctx.state, name, id),
    name,
    group_id: ctx.params.groupId,
    domain_id: ctx.newId(),
    ...placementOf(doc),
    product,
    last_used: nowS,
    last_modified: nowS,
    ...(typeof doc.template_id === 'string' ? { template_id: doc.template_id } : {})
  }
  const record: AppRecord = {
    app,
    live: initialConfig(ctx, doc.data_source),
    revision: 0,
    changed_at: {},
    drafts: {},
    deployments: [],
    logs: [],
    hosting_assets: {},
    dependencies: null,
    dependencies_status: null
  }
  apps[id] = record
  if (settings.seedLogs > 0) seedLogs(ctx.state, record, settings.seedLogs, settings.seed, ctx.now())
  return { status: 201, body: app }
}

const DEFAULT_DEPLOY_CONFIG: Doc = {
  ui_drafts_disabled: false,
  automatic_deployment: { enabled: false, provider: 'github', installation_ids: [] },
  last_modified: 0
}

function patchDeployConfig(ctx: RequestContext): { status: number } {
  const body = ctx.json() as Doc | undefined
  if (
    !body ||
    typeof body !== 'object' ||
    typeof body.ui_drafts_disabled !== 'boolean' ||
    !body.automatic_deployment ||
    typeof body.automatic_deployment !== 'object'
  ) {
    throw new HttpError(
      400,
      'InvalidParameter',
      'expected {ui_drafts_disabled: boolean, automatic_deployment: {...}}'
    )
  }
  ctx.appRecord.deploy_config = {
    ui_drafts_disabled: body.ui_drafts_disabled,
    automatic_deployment: body.automatic_deployment,
    last_modified: Math.floor(ctx.now() / 1000)
  }
  return { status: 204 }
}

function listApps(ctx: RequestContext): Reply {
  const products = productsParam(ctx.query)
  const apps = Object.values(appsOf(ctx.state, ctx.params.groupId)).map(r => r.app)
  return { status: 200, body: apps.filter(a => products.includes(a.product)) }
}

function deleteApp(ctx: RequestContext): Reply {
  delete appsOf(ctx.state, ctx.params.groupId)[ctx.appRecord.app._id]
  return { status: 204 }
}

export function appRoutes(settings: AppSettings): Route[] {
  const APPS = '/groups/{groupId}/apps'
  const route = (method: string, pattern: string, handler: Route['handler'], write = false): Route => ({
    method,
    pattern,
    handler,
    options: { write }
  })
  return [
    route('GET', APPS, listApps),
    route('POST', APPS, ctx => createApp(ctx, settings), true),
    route('GET', `${APPS}/{appId}`, ctx => ({ status: 200, body: ctx.appRecord.app })),
    route('DELETE', `${APPS}/{appId}`, deleteApp, true),
    route('GET', `${APPS}/{appId}/deploy/config`, ctx => ({
      status: 200,
      body: ctx.appRecord.deploy_config ?? DEFAULT_DEPLOY_CONFIG
    })),
    route('PATCH', `${APPS}/{appId}/deploy/config`, patchDeployConfig, true),
    route('GET', '/provider_regions', () => ({ status: 200, body: providerRegions() }))
  ]
}
