// Triggers (`triggers/<name>.json`, every layout; config-to-api §4.14). A root `function_name` (v1,
// 20210101 docs) is moved into `event_processors.FUNCTION.config.function_name`, the form the API now
// requires, so the model has one shape. `config.service_name` stays a name.
import { asRecord, omit, readJson, report, reportFile, withoutId, type LoadContext } from './context.js'
import { checkCron } from './cron.js'
import { bool, checkFields, obj, oneOf, required, str, type FieldSpec, type FieldTable } from './fields.js'
import type { JsonDocument } from './json-file.js'
import type { JsonObject, TriggerResource } from './model.js'
import { triggerNameProblem } from './names.js'
import { TRIGGER_OPERATION_TYPES } from '../vocabulary.js'

const isSet = (v: unknown): boolean => typeof v === 'string' && v !== ''

const OPERATION_TYPES = TRIGGER_OPERATION_TYPES
export const PROVIDER_TYPES = [
  'anon-user',
  'local-userpass',
  'api-key',
  'custom-token',
  'custom-function',
  'oauth2-google',
  'oauth2-facebook',
  'oauth2-apple'
]

const functionProcessor: FieldSpec = {
  type: 'object',
  fields: {
    kind: 'FUNCTION event processor',
    unknown: 'warning',
    fields: {
      config: required({
        type: 'object',
        fields: {
          kind: 'FUNCTION processor config',
          unknown: 'warning',
          fields: { function_name: required(str), function_id: str }
        }
      })
    }
  }
}
export const EVENTBRIDGE_CONFIG_TABLE: FieldTable = {
  kind: 'AWS_EVENTBRIDGE config',
  unknown: 'warning',
  fields: { account_id: required(str), region: required(str), extended_json_enabled: bool }
}
const eventBridgeProcessor: FieldSpec = {
  type: 'object',
  fields: {
    kind: 'AWS_EVENTBRIDGE event processor',
    unknown: 'warning',
    fields: { config: required({ type: 'object', fields: EVENTBRIDGE_CONFIG_TABLE }) }
  }
}
export const TRIGGER_TABLE: FieldTable = {
  kind: 'trigger',
  unknown: 'warning',
  fields: {
    name: required(str),
    type: oneOf(['DATABASE', 'SCHEDULED', 'AUTHENTICATION'], true),
    disabled: bool,
    config: required(obj),
    function_name: str,
    event_processors: {
      type: 'object',
      fields: {
        kind: 'event_processors',
        unknown: 'warning',
        fields: { FUNCTION: functionProcessor, AWS_EVENTBRIDGE: eventBridgeProcessor }
      }
    },
    error_handler: {
      type: 'object',
      fields: {
        kind: 'error_handler',
        unknown: 'warning',
        fields: {
          config: {
            type: 'object',
            fields: {
              kind: 'error_handler config',
              unknown: 'warning',
              fields: { enabled: bool, function_name: str }
            }
          }
        }
      }
    },
    id: str
  }
}
export const CONFIG_TABLES: Record<string, FieldTable> = {
  DATABASE: {
    kind: 'DATABASE trigger config',
    unknown: 'warning',
    fields: {
      service_name: str,
      service_id: str,
      database: str,
      collection: str,
      operation_types: required({ type: 'array', items: oneOf(OPERATION_TYPES, false, true) }),
      match: obj,
      project: obj,
      full_document: bool,
      full_document_before_change: bool,
      skip_catchup_events: bool,
      tolerate_resume_errors: bool,
      maximum_throughput: bool,
      unordered: bool
    }
  },
  SCHEDULED: {
    kind: 'SCHEDULED trigger config',
    unknown: 'warning',
    fields: { schedule: required(str), skip_catchup_events: bool, schedule_type: str }
  },
  AUTHENTICATION: {
    kind: 'AUTHENTICATION trigger config',
    unknown: 'warning',
    fields: {
      operation_type: oneOf(['LOGIN', 'CREATE', 'DELETE'], true),
      providers: required({ type: 'array', items: oneOf(PROVIDER_TYPES, false, true) })
    }
  }
}
export async function loadTriggers(ctx: LoadContext): Promise<TriggerResource[]> {
  const triggers: TriggerResource[] = []
  for (const entry of await ctx.dir.list('triggers')) {
    if (entry.kind !== 'file' || !entry.name.endsWith('.json')) {
      if (!entry.name.startsWith('.'))
        reportFile(ctx, entry.rel, 'ignored: triggers are triggers/<name>.json files', 'warning')
      continue
    }
    const doc = await readJson(ctx, entry.rel)
    if (!doc?.ok || !checkFields(doc, [], doc.value, TRIGGER_TABLE, ctx.problems)) continue
    const trigger = buildTrigger(ctx, doc, entry.name)
    if (trigger) triggers.push(trigger)
  }
  return triggers
}

function buildTrigger(ctx: LoadContext, doc: JsonDocument, fileName: string): TriggerResource | undefined {
  const raw = withoutId(asRecord(doc.value))
  const name = raw.name as string
  const type = raw.type as string
  const nameProblem = triggerNameProblem(name)
  if (nameProblem) report(ctx, doc, ['name'], nameProblem)
  else if (`${name}.json` !== fileName)
    report(ctx, doc, ['name'], `trigger '${name}' is in ${fileName}; the name in the file is used`, 'warning')
  const configOk = checkFields(doc, ['config'], raw.config, CONFIG_TABLES[type], ctx.problems)
  const config = withoutReadOnly(asRecord(raw.config))
  if (type === 'SCHEDULED' && typeof config.schedule === 'string') checkSchedule(ctx, doc, config.schedule)
  if (type === 'DATABASE' && !isSet(config.service_name) && !isSet(config.service_id)) {
    report(ctx, doc, ['config'], 'a DATABASE trigger needs config.service_name (the data source it watches)')
  }
  if (type === 'DATABASE' && isSet(config.collection) && !isSet(config.database))
    report(
      ctx,
      doc,
      ['config', 'collection'],
      'config.collection needs config.database (the database the collection is in)'
    )
  const eventProcessors = processorsOf(ctx, doc, raw)
  if (nameProblem || !configOk || !eventProcessors) return undefined
  const rest = omit(raw, ['function_name', 'config', 'event_processors'])
  return {
    ...rest,
    name,
    type,
    disabled: raw.disabled === true,
    config,
    event_processors: eventProcessors,
    file: doc.file
  } as TriggerResource
}

/** The event processors, with a root `function_name` moved into the FUNCTION processor. */
function processorsOf(
  ctx: LoadContext,
  doc: JsonDocument,
  raw: Record<string, unknown>
): JsonObject | undefined {
  // null or "" is no name (as absent): the trigger then needs event_processors.
  const rootName = (raw.function_name === '' ? undefined : (raw.function_name ?? undefined)) as
    string | undefined
  const processors = raw.event_processors as JsonObject | undefined
  if (processors && rootName !== undefined) {
    report(ctx, doc, ['function_name'], 'use either function_name or event_processors, not both')
    return undefined
  }
  if (rootName !== undefined) return { FUNCTION: { config: { function_name: rootName } } }
  const kinds = Object.entries(processors ?? {})
    .filter(([, processor]) => processor !== null && processor !== undefined)
    .map(([kind]) => kind)
  if (kinds.length !== 1) {
    const path = processors ? ['event_processors'] : []
    report(
      ctx,
      doc,
      path,
      'a trigger needs exactly one action: function_name, event_processors.FUNCTION or event_processors.AWS_EVENTBRIDGE'
    )
    return undefined
  }
  return withoutFunctionId(processors as JsonObject)
}

/** An exported `function_id` belongs to the exported app; the function is named by `function_name`. */
function withoutFunctionId(processors: JsonObject): JsonObject {
  const fn = asRecord(processors.FUNCTION)
  if (!('function_id' in asRecord(fn.config))) return processors
  return { ...processors, FUNCTION: { ...fn, config: omit(asRecord(fn.config), ['function_id']) } }
}

function checkSchedule(ctx: LoadContext, doc: JsonDocument, schedule: string): void {
  const { errors, warnings } = checkCron(schedule)
  for (const message of errors) report(ctx, doc, ['config', 'schedule'], `invalid cron schedule: ${message}`)
  for (const message of warnings) report(ctx, doc, ['config', 'schedule'], message, 'warning')
}

/** `schedule_type` is filled in by the server on reads; it is never part of the desired state. */
function withoutReadOnly(config: JsonObject): JsonObject {
  return omit(config, ['schedule_type'])
}
