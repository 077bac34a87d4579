// Log forwarders (`G/A/log_forwarders`): POST 201, PATCH 200 with the whole LogForwarderConstructor
// (every field required), DELETE 204, enable/disable 204. The action names its function or data
// source by name (no ids in the spec), and that function or data source must exist.
import type { AppConfig, Doc, Route } from '../types.js'
import { collectionRoutes, itemActionRoute, type BuildInput, type CollectionSpec } from './collection.js'
import { isDataSource } from './refs.js'
import { docByName } from './store.js'
import {
  badRequest,
  requireBoolean,
  requireEnum,
  requireEnumList,
  requireObject,
  requireSimpleName,
  requireString
} from './validate.js'
import { FORWARDER_LOG_STATUSES, FORWARDER_LOG_TYPES } from '../../vocabulary.js'

const LOG_TYPES = FORWARDER_LOG_TYPES
const LOG_STATUSES = FORWARDER_LOG_STATUSES

function buildAction(config: AppConfig, value: unknown): Doc {
  const action = requireObject(value, 'action')
  const type = requireEnum(action.type, 'action.type', ['collection', 'function'] as const)
  if (type === 'function') {
    const name = requireString(action.name, 'action.name')
    if (!docByName(config, 'functions', name))
      throw badRequest(`"action.name" names no function of this app: ${JSON.stringify(name)}`)
    return { type, name }
  }
  const dataSource = requireString(action.data_source, 'action.data_source')
  if (!isDataSource(docByName(config, 'services', dataSource))) {
    throw badRequest(`"action.data_source" names no data source of this app: ${JSON.stringify(dataSource)}`)
  }
  return {
    type,
    data_source: dataSource,
    database: requireString(action.database, 'action.database'),
    collection: requireString(action.collection, 'action.collection')
  }
}

function buildPolicy(value: unknown): Doc {
  const policy = requireObject(value, 'policy')
  return { ...policy, type: requireEnum(policy.type, 'policy.type', ['single', 'batch'] as const) }
}

function buildForwarder({ body, config }: BuildInput): Doc {
  return {
    name: requireSimpleName(body.name, 'name', 'log forwarder'),
    disabled: requireBoolean(body.disabled, 'disabled'),
    log_types: requireEnumList(body.log_types, 'log_types', LOG_TYPES),
    log_statuses: requireEnumList(body.log_statuses, 'log_statuses', LOG_STATUSES),
    policy: buildPolicy(body.policy),
    action: buildAction(config, body.action)
  }
}

export const logForwardersSpec: CollectionSpec = {
  kind: 'log_forwarders',
  path: '/log_forwarders',
  idParam: 'forwarderId',
  label: 'log forwarder',
  notFoundCode: 'LogForwarderNotFound',
  uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
  build: buildForwarder,
  create: { status: 201, body: (_config, doc) => doc },
  update: { method: 'PATCH', status: 200, body: (_config, doc) => doc },
  remove: { status: 204 }
}

export function logForwarderRoutes(): Route[] {
  return [
    ...collectionRoutes(logForwardersSpec),
    itemActionRoute(logForwardersSpec, 'enable', doc => (doc.disabled = false)),
    itemActionRoute(logForwardersSpec, 'disable', doc => (doc.disabled = true))
  ]
}
