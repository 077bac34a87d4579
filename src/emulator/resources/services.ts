// Services (`G/A/services`): data sources (mongodb-atlas, datalake, self-managed mongodb) and the
// legacy third-party services, plus their configuration (`…/{id}/config`, PATCH merges top-level
// keys) and the flexible sync view (`G/A/service/{id}/config`). A service's config is a resource of
// its own, the singleton `service_config:<serviceId>`, as the core stores it for new apps.
// Deleting a service that a trigger, log forwarder or custom user data still uses is refused;
// otherwise its config, rules, default rule, webhooks and schemas go with it.
import { createHash } from 'node:crypto'
import { HttpError, type AppConfig, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import {
  DATA_SOURCE_TYPES,
  THIRD_PARTY_TYPES,
  checkSecretConfig,
  isDataSource,
  refuseIfUsed,
  serviceNameUsers,
  serviceUsers
} from './refs.js'
import {
  APP,
  listDocs,
  logWrite,
  omit,
  pick,
  readSingleton,
  removeDoc,
  removeSingleton,
  requireDoc,
  writeSingleton
} from './store.js'
import {
  badRequest,
  isObject,
  optionalArray,
  optionalBoolean,
  optionalObject,
  requireBody,
  requireEnum,
  unsetOrEnum,
  requireSimpleName,
  requireString
} from './validate.js'

const SERVICE_TYPES = [...DATA_SOURCE_TYPES, ...THIRD_PARTY_TYPES] as const
const READ_PREFERENCES = [
  'primary',
  'primaryPreferred',
  'secondary',
  'secondaryPreferred',
  'nearest'
] as const
const SYNC_STATES = ['enabled', 'disabled', '']
/** Server-filled, read-only keys of an Atlas data source's config: ignored when sent. */
const READ_ONLY_CONFIG = ['clusterId', 'groupName', 'orgName']

export function loadService(config: AppConfig, id: string): Doc {
  return requireDoc(config, 'services', id, 'ServiceNotFound', 'service')
}

function configKey(serviceId: unknown): string {
  return `service_config:${String(serviceId)}`
}

/** The stored config of a service (`{}` when it has none). */
export function serviceConfigOf(config: AppConfig, service: Doc): Doc {
  const stored = readSingleton<Doc>(config, configKey(service._id))
  return isObject(stored) ? stored : isObject(service.config) ? service.config : {}
}

/** A service as GET shows it: with its config. */
export function serviceView(config: AppConfig, service: Doc): Doc {
  return { ...service, config: serviceConfigOf(config, service) }
}

/** Sync lives in the data source's config: `flexible_sync` (FlexibleSync) or, partition-based, `sync`
 *  with its `partition` key (DOCS appschema-mongodb). One data source syncs in one mode at a time. */
function checkSync(input: Doc): void {
  for (const field of ['flexible_sync', 'sync']) {
    const sync = optionalObject(input[field], field)
    if (sync && !SYNC_STATES.includes(sync.state as string)) {
      throw badRequest(`"${field}.state" must be "enabled", "disabled" or "" (terminated)`)
    }
  }
  const partition = isObject(input.sync) ? input.sync : undefined
  if (partition?.state === 'enabled') {
    const key = optionalObject(partition.partition, 'sync.partition')?.key
    if (typeof key !== 'string' || key === '') throw badRequest('"sync.partition.key" is required')
  }
  const live = (block: unknown): boolean => isObject(block) && block.state !== '' && block.state !== undefined
  if (live(input.sync) && live(input.flexible_sync)) {
    throw badRequest(
      'a data source syncs either partition-based ("sync") or flexible ("flexible_sync"), not both'
    )
  }
}

function atlasConfig(input: Doc): Doc {
  const out: Doc = omit(input, ...READ_ONLY_CONFIG)
  out.clusterName = requireSimpleName(input.clusterName, 'config.clusterName', 'cluster')
  // Absent: the default; null or "" (unset, as exports may write it) are kept as sent.
  out.readPreference =
    input.readPreference === undefined
      ? 'primary'
      : unsetOrEnum(input.readPreference, 'config.readPreference', READ_PREFERENCES)
  out.wireProtocolEnabled = optionalBoolean(input.wireProtocolEnabled, 'config.wireProtocolEnabled', false)
  optionalArray(input.readPreferenceTagSets, 'config.readPreferenceTagSets')
  checkSync(input)
  return out
}

/** Validates a service's `config` for its type; returns what is stored. */
function serviceConfig(type: string, input: Doc): Doc {
  if (type === 'mongodb-atlas') return atlasConfig(input)
  if (type === 'datalake')
    return {
      ...input,
      dataLakeName: requireSimpleName(input.dataLakeName, 'config.dataLakeName', 'federated database')
    }
  if (type === 'mongodb') {
    checkSync(input)
    return { ...input, uri: requireString(input.uri, 'config.uri') }
  }
  return input
}

function checkServiceChange(config: AppConfig, existing: Doc, name: string, type: string): void {
  if (existing.type !== type) {
    throw badRequest(
      `a service's type cannot change (${String(existing.type)} to ${type}); create a new service`
    )
  }
  if (existing.name !== name) {
    refuseIfUsed(serviceNameUsers(config, existing.name), `rename service "${String(existing.name)}"`)
  }
}

function buildService({ body, config, existing }: BuildInput): Doc {
  const type = requireEnum(body.type, 'type', SERVICE_TYPES)
  const name = requireSimpleName(body.name, 'name', 'service')
  if (existing) checkServiceChange(config, existing, name, type)
  const input = optionalObject(body.config, 'config') ?? (existing ? serviceConfigOf(config, existing) : {})
  const doc: Doc = { name, type, config: serviceConfig(type, input) }
  if (body.secret_config !== undefined) {
    checkSecretConfig(config, body.secret_config, 'secret_config')
    doc.secret_config = body.secret_config
  }
  if (body.version !== undefined && typeof body.version !== 'number')
    throw badRequest('"version" must be a number')
  doc.version = body.version ?? 1
  return doc
}

function removeServiceChildren(ctx: RequestContext, config: AppConfig, service: Doc): void {
  for (const kind of ['rules', 'incoming_webhooks']) {
    for (const child of listDocs(config, kind))
      if (child.service_id === service._id) removeDoc(ctx, config, kind, child._id as string)
  }
  for (const schema of listDocs(config, 'schemas')) {
    if (isObject(schema.metadata) && schema.metadata.data_source === service.name)
      removeDoc(ctx, config, 'schemas', schema._id as string)
  }
  for (const key of [`default_rule:${String(service._id)}`, configKey(service._id)]) {
    if (config.singletons[key] !== undefined) removeSingleton(ctx, config, key)
  }
}

/** Stores the config as the service's own singleton, the rest as the service document. */
function splitConfig(ctx: RequestContext, config: AppConfig, doc: Doc): Doc {
  writeSingleton(ctx, config, configKey(doc._id), doc.config)
  return omit(doc, 'config')
}

export const servicesSpec: CollectionSpec = {
  kind: 'services',
  path: '/services',
  idParam: 'serviceId',
  label: 'service',
  notFoundCode: 'ServiceNotFound',
  uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
  build: buildService,
  stamp: true,
  listView: (_config, doc) => pick(doc, '_id', 'name', 'type', 'version', 'last_modified'),
  fullView: serviceView,
  create: { status: 201, body: serviceView },
  // The spec documents a 200 without a body.
  update: { method: 'PATCH', status: 200, merge: true },
  remove: { status: 204 },
  beforeSave: splitConfig,
  beforeRemove: (config, doc) =>
    refuseIfUsed(serviceUsers(config, doc._id as string), `delete service "${String(doc.name)}"`),
  afterRemove: removeServiceChildren
}

/** The config as GET shows it: an Atlas data source also carries its (made-up) Atlas identifiers. */
function configView(appConfig: AppConfig, service: Doc): Doc {
  const config = serviceConfigOf(appConfig, service)
  if (service.type !== 'mongodb-atlas') return config
  const clusterId = createHash('md5').update(String(config.clusterName)).digest('hex').slice(0, 24)
  return { ...config, clusterId, groupName: 'Project 0', orgName: 'Emulator Organization' }
}

function getServiceConfig(ctx: RequestContext): Reply {
  const config = ctx.config()
  return { status: 200, body: configView(config, loadService(config, ctx.params.serviceId)) }
}

function patchServiceConfig(ctx: RequestContext): Reply {
  const config = ctx.config()
  const service = loadService(config, ctx.params.serviceId)
  const merged = { ...serviceConfigOf(config, service), ...omit(requireBody(ctx), ...READ_ONLY_CONFIG) }
  writeSingleton(ctx, config, configKey(service._id), serviceConfig(service.type as string, merged))
  logWrite(ctx, 204, `updated the config of service ${JSON.stringify(service.name)}`)
  return { status: 204 }
}

function getFlexibleSync(ctx: RequestContext): Reply {
  const appConfig = ctx.config()
  const service = loadService(appConfig, ctx.params.serviceId)
  if (!isDataSource(service))
    throw new HttpError(400, 'InvalidParameter', `service "${String(service.name)}" is not a data source`)
  const config = configView(appConfig, service)
  const body = pick(
    config,
    'clusterId',
    'clusterName',
    'groupName',
    'orgName',
    'readPreference',
    'wireProtocolEnabled'
  )
  return {
    status: 200,
    body: { ...body, clusterType: 'atlas', flexible_sync: config.flexible_sync ?? { state: '' } }
  }
}

export function serviceRoutes(): Route[] {
  return [
    ...collectionRoutes(servicesSpec),
    { method: 'GET', pattern: `${APP}/services/{serviceId}/config`, handler: getServiceConfig, options: {} },
    {
      method: 'PATCH',
      pattern: `${APP}/services/{serviceId}/config`,
      handler: patchServiceConfig,
      options: { write: true }
    },
    { method: 'GET', pattern: `${APP}/service/{serviceId}/config`, handler: getFlexibleSync, options: {} }
  ]
}
