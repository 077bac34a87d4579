// The `context` global of one invocation, built from the App Services function context reference:
// app, environment, values, functions.execute, services.get(<data source>).db().collection(), http,
// user, request and runningAsSystem().
import type { AppModel } from '../app/model.js'
import type { DatabaseEngine } from './database/types.js'
import { UnknownNameError } from './errors.js'
import type { createHttpClient } from './http.js'
import { environmentValues, resolveValue, type ValueSources } from './values.js'

/** `context.user`: the caller, or App Services' system user (no id, no data) for triggers and system calls. */
export interface FunctionUser {
  readonly id: string
  readonly type: 'normal' | 'server' | 'system'
  readonly data: Record<string, unknown>
  readonly custom_data: Record<string, unknown>
  readonly identities: Array<{ id: string; provider_type: string }>
}

export const SYSTEM_USER: FunctionUser = Object.freeze({
  id: '',
  type: 'system',
  data: {},
  custom_data: {},
  identities: []
})

export interface ContextParts {
  readonly model: AppModel
  readonly values: ValueSources
  readonly engine: DatabaseEngine
  readonly http: ReturnType<typeof createHttpClient>
  readonly user: FunctionUser
  readonly request: Record<string, unknown>
  readonly runningAsSystem: boolean
  readonly execute: (name: string, args: unknown[]) => unknown
}

const MONGODB_TYPES = new Set(['mongodb', 'mongodb-atlas', 'mongodb-datafederation'])

export function buildContext(parts: ContextParts): Record<string, unknown> {
  const { model, values } = parts
  return {
    app: appInfo(model),
    environment: Object.freeze({
      tag: values.environment,
      values: environmentValues(model, values.environment)
    }),
    values: Object.freeze({ get: (name: string) => resolveValue(values, name) }),
    functions: Object.freeze({ execute: (name: string, ...args: unknown[]) => parts.execute(name, args) }),
    services: Object.freeze({ get: (name: string) => service(parts, name) }),
    http: parts.http,
    user: structuredClone(parts.user),
    request: structuredClone(parts.request),
    runningAsSystem: () => parts.runningAsSystem
  }
}

function appInfo(model: AppModel) {
  const s = model.settings
  return Object.freeze({
    id: s.app_id ?? '',
    clientAppId: s.client_app_id ?? '',
    name: s.name ?? '',
    projectId: s.group_id ?? '',
    deployment: { model: s.deployment_model ?? 'GLOBAL', providerRegion: s.provider_region ?? '' },
    lastDeployed: new Date().toISOString(),
    hostingUri: ''
  })
}

function service(parts: ContextParts, name: string): unknown {
  const dataSource = parts.model.dataSources.find(d => d.name === name)
  if (dataSource && MONGODB_TYPES.has(dataSource.type)) return mongoService(parts.engine, name)
  const legacy = parts.model.services.find(s => s.name === name)
  if (legacy && MONGODB_TYPES.has(legacy.type)) return mongoService(parts.engine, name)
  if (legacy?.type === 'http') return parts.http
  throw new UnknownNameError(
    `context.services.get('${name}'): the app has no MongoDB data source or HTTP service named '${name}' ` +
      `(data sources: ${parts.model.dataSources.map(d => d.name).join(', ') || 'none'})`
  )
}

function mongoService(engine: DatabaseEngine, dataSource: string) {
  return Object.freeze({
    db: (database: string) =>
      Object.freeze({
        collection: (collection: string) => engine.collection(dataSource, database, collection),
        getCollectionNames: () => engine.collectionNames(dataSource, database)
      })
  })
}
