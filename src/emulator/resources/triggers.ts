// Triggers (`G/A/triggers`): DATABASE, SCHEDULED and AUTHENTICATION, with a FUNCTION or an
// AWS_EVENTBRIDGE event processor. Stored with function ids and the spec's defaults filled; reads
// mirror `function_id`/`function_name` between the root and the processor as the backend does.
// Status codes per spec: POST 201, PUT 204, DELETE 200 `{}`, resume 204.
import { HttpError, type AppConfig, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import { cronProblem } from './cron.js'
import { functionName, requireDataSource, resolveFunction } from './refs.js'
import { APP, logWrite, pick, requireDoc } from './store.js'
import { PROVIDER_TYPES } from './auth.js'
import {
  badRequest,
  isObject,
  optionalBoolean,
  optionalObject,
  optionalString,
  requireEnum,
  requireEnumList,
  requireObject,
  requireSimpleName,
  requireString
} from './validate.js'
import { TRIGGER_OPERATION_TYPES } from '../../vocabulary.js'
import { resumeSuspended } from '../trigger-suspension.js'

const TRIGGER_TYPES = ['DATABASE', 'AUTHENTICATION', 'SCHEDULED'] as const
const OPERATION_TYPES = TRIGGER_OPERATION_TYPES
const DATABASE_FLAGS = [
  'full_document',
  'full_document_before_change',
  'skip_catchup_events',
  'tolerate_resume_errors',
  'maximum_throughput',
  'unordered'
]
const AUTH_OPERATIONS = ['LOGIN', 'CREATE', 'DELETE'] as const
const ZERO_ID = '000000000000000000000000'

// Only the spec's keys are kept, so a local-only `service_name` or a read-only `schedule_type` sent
// back by a client is not stored.
function databaseConfig(input: Doc, config: AppConfig): Doc {
  const out: Doc = { service_id: requireString(input.service_id, 'config.service_id') }
  requireDataSource(config, out.service_id, 'config.service_id')
  const database = optionalString(input.database, 'config.database')
  const collection = optionalString(input.collection, 'config.collection')
  if (collection && !database) throw badRequest('"config.collection" needs "config.database"')
  if (database) out.database = database
  if (collection) out.collection = collection
  out.operation_types = requireEnumList(input.operation_types, 'config.operation_types', OPERATION_TYPES)
  for (const key of ['match', 'project']) {
    const expression = optionalObject(input[key], `config.${key}`)
    if (expression) out[key] = expression
  }
  for (const flag of DATABASE_FLAGS) out[flag] = optionalBoolean(input[flag], `config.${flag}`, false)
  return out
}

function authenticationConfig(input: Doc): Doc {
  const operation = requireEnum(input.operation_type, 'config.operation_type', AUTH_OPERATIONS)
  // SPEC types `providers` as one string; DOCS and exports use an array: both are accepted as sent.
  const providers =
    typeof input.providers === 'string'
      ? requireEnum(input.providers, 'config.providers', PROVIDER_TYPES)
      : requireEnumList(input.providers, 'config.providers', PROVIDER_TYPES)
  return { operation_type: operation, providers }
}

function scheduledConfig(input: Doc): Doc {
  const schedule = requireString(input.schedule, 'config.schedule')
  const problem = cronProblem(schedule)
  if (problem)
    throw badRequest(
      `"config.schedule" ${JSON.stringify(schedule)} is not a valid cron expression: ${problem}`
    )
  return {
    schedule,
    skip_catchup_events: optionalBoolean(input.skip_catchup_events, 'config.skip_catchup_events', false)
  }
}

function hasRootFunction(body: Doc): boolean {
  return [body.function_id, body.function_name].some(v => typeof v === 'string' && v !== '' && v !== ZERO_ID)
}

function functionProcessor(body: Doc, config: AppConfig, processor: unknown): Doc {
  const fnConfig =
    processor === undefined
      ? {}
      : requireObject(
          requireObject(processor, 'event_processors.FUNCTION').config,
          'event_processors.FUNCTION.config'
        )
  const inProcessor = fnConfig.function_id !== undefined || fnConfig.function_name !== undefined
  const ref = inProcessor
    ? resolveFunction(
        config,
        fnConfig.function_id,
        fnConfig.function_name,
        'event_processors.FUNCTION.config'
      )
    : resolveFunction(config, body.function_id, body.function_name, '')
  if (inProcessor && hasRootFunction(body)) {
    const root = resolveFunction(
      config,
      body.function_id === ZERO_ID ? undefined : body.function_id,
      body.function_name,
      ''
    )
    if (root.function_id !== ref.function_id)
      throw badRequest(
        'the root "function_id"/"function_name" and "event_processors.FUNCTION.config" name different functions'
      )
  }
  return { FUNCTION: { config: { function_id: ref.function_id } } }
}

function eventBridgeProcessor(processor: unknown): Doc {
  const awsConfig = requireObject(
    requireObject(processor, 'event_processors.AWS_EVENTBRIDGE').config,
    'event_processors.AWS_EVENTBRIDGE.config'
  )
  return {
    AWS_EVENTBRIDGE: {
      config: {
        account_id: requireString(awsConfig.account_id, 'event_processors.AWS_EVENTBRIDGE.config.account_id'),
        region: requireString(awsConfig.region, 'event_processors.AWS_EVENTBRIDGE.config.region'),
        extended_json_enabled: optionalBoolean(
          awsConfig.extended_json_enabled,
          'event_processors.AWS_EVENTBRIDGE.config.extended_json_enabled',
          false
        )
      }
    }
  }
}

function eventProcessors(body: Doc, config: AppConfig): Doc {
  const processors = optionalObject(body.event_processors, 'event_processors') ?? {}
  const kinds = Object.keys(processors)
  if (kinds.length === 0) {
    if (!hasRootFunction(body))
      throw badRequest('"event_processors" is required (a FUNCTION or AWS_EVENTBRIDGE processor)')
    return functionProcessor(body, config, undefined)
  }
  if (kinds.length > 1 || !['FUNCTION', 'AWS_EVENTBRIDGE'].includes(kinds[0])) {
    throw badRequest('"event_processors" must hold exactly one of FUNCTION, AWS_EVENTBRIDGE')
  }
  return kinds[0] === 'FUNCTION'
    ? functionProcessor(body, config, processors.FUNCTION)
    : eventBridgeProcessor(processors.AWS_EVENTBRIDGE)
}

function errorHandler(value: unknown, config: AppConfig): Doc | undefined {
  const handler = optionalObject(value, 'error_handler')
  if (!handler) return undefined
  const handlerConfig = requireObject(handler.config, 'error_handler.config')
  const enabled = optionalBoolean(handlerConfig.enabled, 'error_handler.config.enabled', false)
  const named = handlerConfig.function_id !== undefined || handlerConfig.function_name !== undefined
  if (!enabled && !named) return { config: { enabled } }
  const ref = resolveFunction(
    config,
    handlerConfig.function_id,
    handlerConfig.function_name,
    'error_handler.config'
  )
  return { config: { enabled, function_id: ref.function_id } }
}

function buildTrigger({ body, config }: BuildInput): Doc {
  const type = requireEnum(body.type, 'type', TRIGGER_TYPES)
  const input = requireObject(body.config, 'config')
  const doc: Doc = {
    name: requireSimpleName(body.name, 'name', 'trigger'),
    type,
    disabled: optionalBoolean(body.disabled, 'disabled', false),
    config:
      type === 'DATABASE'
        ? databaseConfig(input, config)
        : type === 'SCHEDULED'
          ? scheduledConfig(input)
          : authenticationConfig(input),
    event_processors: eventProcessors(body, config)
  }
  const handler = errorHandler(body.error_handler, config)
  if (handler) doc.error_handler = handler
  return doc
}

/** The Trigger as the server shows it: function names next to ids, at the root and in the processor. */
export function triggerView(config: AppConfig, doc: Doc): Doc {
  const view = structuredClone(doc)
  const processors = view.event_processors as Doc
  const fn = isObject(processors.FUNCTION) ? (processors.FUNCTION.config as Doc) : undefined
  if (fn) {
    fn.function_name = functionName(config, fn.function_id) ?? ''
    view.function_id = fn.function_id
    view.function_name = fn.function_name
  }
  const handlerConfig = isObject(view.error_handler) ? (view.error_handler.config as Doc) : undefined
  if (handlerConfig?.function_id)
    handlerConfig.function_name = functionName(config, handlerConfig.function_id) ?? ''
  return view
}

export const triggersSpec: CollectionSpec = {
  kind: 'triggers',
  path: '/triggers',
  idParam: 'triggerId',
  label: 'trigger',
  notFoundCode: 'TriggerNotFound',
  uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
  build: buildTrigger,
  fullView: triggerView,
  create: { status: 201, body: triggerView },
  update: { method: 'PUT', status: 204 },
  remove: { status: 200, body: {} }
}

function resumeTrigger(ctx: RequestContext): Reply {
  const trigger = requireDoc(ctx.config(), 'triggers', ctx.params.triggerId, 'TriggerNotFound', 'trigger')
  const body = ctx.json()
  if (body !== undefined && !isObject(body)) throw badRequest('the request body must be a JSON object')
  optionalBoolean(isObject(body) ? body.disable_token : undefined, 'disable_token', false)
  if (trigger.type !== 'DATABASE')
    throw new HttpError(
      400,
      'InvalidParameter',
      `only database triggers can be resumed; "${String(trigger.name)}" is ${String(trigger.type)}`
    )
  resumeSuspended(ctx.appRecord, String(trigger._id))
  logWrite(ctx, 204, `resumed trigger ${JSON.stringify(trigger.name)}`)
  return { status: 204 }
}

export function triggerRoutes(): Route[] {
  return [
    ...collectionRoutes(triggersSpec),
    {
      method: 'PUT',
      pattern: `${APP}/triggers/{triggerId}/resume`,
      handler: resumeTrigger,
      options: { write: true }
    }
  ]
}

/** Pull form: a TriggerConstructor that names its function. */
export function triggerForPull(config: AppConfig, doc: Doc): Doc {
  const view = triggerView(config, doc)
  return pick(
    view,
    'name',
    'type',
    'disabled',
    'config',
    'event_processors',
    'function_id',
    'function_name',
    'error_handler'
  )
}
