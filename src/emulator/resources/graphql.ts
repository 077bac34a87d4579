// GraphQL: the config singleton (PUT 204; `use_natural_pluralization` cannot be turned off after
// app creation: 400), validation settings (`G/A/validation_settings/graphql`), the null type schema
// validation setting, and custom resolvers (unique per on_type and field_name, PUT 204).
import type { AppConfig, Doc, Reply, RequestContext, Route } from '../types.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import { resolveFunction } from './refs.js'
import { APP, logWrite, readSingleton, writeSingleton } from './store.js'
import {
  badRequest,
  isObject,
  optionalBoolean,
  requireBody,
  requireEnum,
  requireString,
  unsetOrEnum
} from './validate.js'

const TYPE_FORMATS = ['scalar', 'scalar-list', 'generated', 'generated-list', 'custom'] as const
const VALIDATION_ACTIONS = ['ERROR', 'WARN'] as const
const VALIDATION_LEVELS = ['STRICT', 'OFF'] as const

/** New apps start with natural pluralization on. */
export function graphqlConfig(config: AppConfig): Doc {
  const stored = readSingleton<Doc>(config, 'graphql_config')
  return isObject(stored) ? stored : { use_natural_pluralization: true, disable_schema_introspection: false }
}

export function graphqlValidation(config: AppConfig): Doc {
  const stored = readSingleton<Doc>(config, 'graphql_validation')
  return isObject(stored)
    ? stored
    : {
        read_validation_action: 'ERROR',
        read_validation_level: 'OFF',
        write_validation_action: 'ERROR',
        write_validation_level: 'OFF'
      }
}

function putGraphqlConfig(ctx: RequestContext): Reply {
  const body = requireBody(ctx)
  if (body.use_natural_pluralization === false) {
    throw badRequest(
      'cannot set "use_natural_pluralization" to false: it can only be chosen when the app is created'
    )
  }
  const doc = {
    use_natural_pluralization: optionalBoolean(
      body.use_natural_pluralization,
      'use_natural_pluralization',
      true
    ),
    disable_schema_introspection: optionalBoolean(
      body.disable_schema_introspection,
      'disable_schema_introspection',
      false
    )
  }
  writeSingleton(ctx, ctx.config(), 'graphql_config', doc)
  logWrite(ctx, 204, 'updated the GraphQL config')
  return { status: 204 }
}

function putGraphqlValidation(ctx: RequestContext): Reply {
  const body = requireBody(ctx)
  const doc: Doc = {}
  for (const op of ['read', 'write']) {
    doc[`${op}_validation_action`] = requireEnum(
      body[`${op}_validation_action`],
      `${op}_validation_action`,
      VALIDATION_ACTIONS
    )
    doc[`${op}_validation_level`] = requireEnum(
      body[`${op}_validation_level`],
      `${op}_validation_level`,
      VALIDATION_LEVELS
    )
  }
  writeSingleton(ctx, ctx.config(), 'graphql_validation', doc)
  logWrite(ctx, 204, 'updated the GraphQL validation settings')
  return { status: 204 }
}

function putNullTypeValidation(ctx: RequestContext): Reply {
  const body = requireBody(ctx)
  const doc = { enabled: optionalBoolean(body.enabled, 'enabled', false) }
  writeSingleton(ctx, ctx.config(), 'null_type_schema_validation', doc)
  logWrite(ctx, 204, `set null type schema validation (enabled: ${String(doc.enabled)})`)
  return { status: 204 }
}

function checkType(body: Doc, typeKey: string, formatKey: string): void {
  // Unset: absent, null or "" (kept as sent).
  const type = body[typeKey]
  const unset = type === undefined || type === null || type === ''
  if (!unset && typeof type !== 'string' && !isObject(type))
    throw badRequest(`"${typeKey}" must be a type name or a JSON schema object`)
  unsetOrEnum(body[formatKey], formatKey, TYPE_FORMATS)
  if (!unset && (body[formatKey] === undefined || body[formatKey] === null || body[formatKey] === ''))
    throw badRequest(`"${formatKey}" is required with "${typeKey}"`)
}

function buildResolver({ body, config }: BuildInput): Doc {
  const doc: Doc = {
    ...body,
    on_type: requireString(body.on_type, 'on_type'),
    field_name: requireString(body.field_name, 'field_name'),
    function_id: resolveFunction(config, requireString(body.function_id, 'function_id'), undefined, '')
      .function_id
  }
  delete doc.function_name
  checkType(body, 'input_type', 'input_type_format')
  checkType(body, 'payload_type', 'payload_type_format')
  return doc
}

export const customResolversSpec: CollectionSpec = {
  kind: 'custom_resolvers',
  path: '/graphql/custom_resolvers',
  idParam: 'customResolverId',
  label: 'custom resolver',
  notFoundCode: 'CustomResolverNotFound',
  uniqueKey: doc => `on_type ${JSON.stringify(doc.on_type)} and field_name ${JSON.stringify(doc.field_name)}`,
  build: buildResolver,
  create: { status: 201, body: (_config, doc) => doc },
  update: { method: 'PUT', status: 204 },
  remove: { status: 204 }
}

export function graphqlRoutes(): Route[] {
  const singleton = (
    path: string,
    read: (config: AppConfig) => unknown,
    put: (ctx: RequestContext) => Reply
  ): Route[] => [
    {
      method: 'GET',
      pattern: `${APP}${path}`,
      handler: ctx => ({ status: 200, body: read(ctx.config()) }),
      options: {}
    },
    { method: 'PUT', pattern: `${APP}${path}`, handler: put, options: { write: true } }
  ]
  const nullType = (config: AppConfig): unknown =>
    readSingleton(config, 'null_type_schema_validation') ?? { enabled: false }
  return [
    ...singleton('/graphql/config', graphqlConfig, putGraphqlConfig),
    ...singleton('/validation_settings/graphql', graphqlValidation, putGraphqlValidation),
    ...singleton('/validation_settings/null_type_schema_validation', nullType, putNullTypeValidation),
    ...collectionRoutes(customResolversSpec)
  ]
}
