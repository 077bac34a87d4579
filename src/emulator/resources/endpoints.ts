// HTTPS endpoints (`G/A/endpoints`, unique per route and method, DELETE 200 `{}`) and the Data API
// config singleton (`G/A/data_api/config`: POST 201 to enable, PATCH 204, GET 404 until created).
import { HttpError, type AppConfig, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import { functionName, requireSecretName, resolveFunction } from './refs.js'
import { APP, docById, logWrite, readSingleton, writeSingleton } from './store.js'
import {
  badRequest,
  optionalBoolean,
  optionalObject,
  optionalString,
  requireBody,
  requireEnum,
  requireEnumList,
  requireString,
  unsetOrEnum
} from './validate.js'

const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*'] as const
const VALIDATION_METHODS = ['NO_VALIDATION', 'SECRET_AS_QUERY_PARAM', 'VERIFY_PAYLOAD'] as const
const RETURN_TYPES = ['JSON', 'EJSON'] as const
const ENDPOINT_FLAGS = ['respond_result', 'fetch_custom_user_data', 'create_user_on_auth', 'disabled']

function buildEndpoint({ body, config }: BuildInput): Doc {
  const route = requireString(body.route, 'route')
  if (!route.startsWith('/')) throw badRequest(`"route" must start with "/": ${JSON.stringify(route)}`)
  const doc: Doc = {
    route,
    http_method: requireEnum(body.http_method, 'http_method', HTTP_METHODS),
    function_id: resolveFunction(config, requireString(body.function_id, 'function_id'), undefined, '')
      .function_id,
    validation_method: requireEnum(body.validation_method, 'validation_method', VALIDATION_METHODS),
    // `return_type` is required by the spec but absent from the local file format: JSON when omitted.
    return_type:
      body.return_type === undefined ? 'JSON' : unsetOrEnum(body.return_type, 'return_type', RETURN_TYPES)
  }
  for (const flag of ENDPOINT_FLAGS) doc[flag] = optionalBoolean(body[flag], flag, false)
  if (doc.validation_method !== 'NO_VALIDATION') {
    const secretId = requireString(body.secret_id, 'secret_id')
    if (!docById(config, 'secrets', secretId))
      throw badRequest(`"secret_id" names no secret of this app: ${JSON.stringify(secretId)}`)
    doc.secret_id = secretId
  }
  return doc
}

/** An endpoint as reads show it: with its function's name. */
export function endpointView(config: AppConfig, doc: Doc): Doc {
  return { ...doc, function_name: functionName(config, doc.function_id) ?? '' }
}

export const endpointsSpec: CollectionSpec = {
  kind: 'endpoints',
  path: '/endpoints',
  idParam: 'endpointId',
  label: 'endpoint',
  notFoundCode: 'EndpointNotFound',
  uniqueKey: doc => `route ${JSON.stringify(doc.route)} and http_method ${JSON.stringify(doc.http_method)}`,
  build: buildEndpoint,
  fullView: endpointView,
  create: { status: 201, body: endpointView },
  update: { method: 'PUT', status: 200, body: endpointView },
  remove: { status: 200, body: {} }
}

function checkDataApiConfig(config: AppConfig, body: Doc): Doc {
  const doc: Doc = {
    ...body,
    disabled: optionalBoolean(body.disabled, 'disabled', false),
    versions: requireEnumList(body.versions, 'versions', ['v1'] as const),
    return_type: requireEnum(body.return_type, 'return_type', RETURN_TYPES),
    // Exports write "" for a Data API that never chose a method (no validation).
    validation_method:
      body.validation_method === ''
        ? ''
        : requireEnum(body.validation_method, 'validation_method', VALIDATION_METHODS)
  }
  for (const field of ['run_as_user_id', 'run_as_user_id_script_source']) optionalString(body[field], field)
  optionalObject(body.can_evaluate, 'can_evaluate')
  if (doc.validation_method !== 'NO_VALIDATION' && doc.validation_method !== '')
    requireSecretName(config, body.secret_name, 'secret_name')
  return doc
}

function getDataApiConfig(ctx: RequestContext): Reply {
  const stored = readSingleton<Doc>(ctx.config(), 'data_api_config')
  if (!stored)
    throw new HttpError(404, 'DataApiConfigNotFound', 'the Data API is not configured for this app')
  return { status: 200, body: stored }
}

function createDataApiConfig(ctx: RequestContext): Reply {
  const config = ctx.config()
  if (readSingleton(config, 'data_api_config'))
    throw new HttpError(409, 'DataApiConfigExists', 'the Data API is already configured: use PATCH')
  const doc = checkDataApiConfig(config, requireBody(ctx))
  writeSingleton(ctx, config, 'data_api_config', doc)
  logWrite(ctx, 201, 'created the Data API config')
  return { status: 201, body: doc }
}

function patchDataApiConfig(ctx: RequestContext): Reply {
  const config = ctx.config()
  const stored = readSingleton<Doc>(config, 'data_api_config')
  if (!stored)
    throw new HttpError(
      404,
      'DataApiConfigNotFound',
      'the Data API is not configured for this app: POST it first'
    )
  writeSingleton(
    ctx,
    config,
    'data_api_config',
    checkDataApiConfig(config, { ...stored, ...requireBody(ctx) })
  )
  logWrite(ctx, 204, 'updated the Data API config')
  return { status: 204 }
}

export function endpointRoutes(): Route[] {
  const path = `${APP}/data_api/config`
  return [
    ...collectionRoutes(endpointsSpec),
    { method: 'GET', pattern: path, handler: getDataApiConfig, options: {} },
    { method: 'POST', pattern: path, handler: createDataApiConfig, options: { write: true } },
    { method: 'PATCH', pattern: path, handler: patchDataApiConfig, options: { write: true } },
    {
      method: 'GET',
      pattern: `${APP}/data_api/versions`,
      handler: () => ({ status: 200, body: ['v1'] }),
      options: {}
    }
  ]
}
