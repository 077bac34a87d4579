// GraphQL settings and custom resolvers (config-to-api §4.17) and log forwarders (§4.18): the same
// files in every layout. realm-cli never read `graphql/validation_settings.json`; we do, because the
// API has an endpoint for it.
import { asRecord, readJson, report, reportFile, withoutId, type LoadContext } from './context.js'
import { bool, checkFields, oneOf, required, str, type FieldTable } from './fields.js'
import type { JsonDocument } from './json-file.js'
import type { CustomResolverResource, GraphQLResource, LogForwarderResource } from './model.js'
import { FORWARDER_LOG_STATUSES, FORWARDER_LOG_TYPES } from '../vocabulary.js'

const TYPE_FORMATS = ['scalar', 'scalar-list', 'generated', 'generated-list', 'custom']
export const CONFIG_TABLE: FieldTable = {
  kind: 'GraphQL config',
  unknown: 'warning',
  fields: { use_natural_pluralization: bool, disable_schema_introspection: bool }
}
export const VALIDATION_TABLE: FieldTable = {
  kind: 'GraphQL validation settings',
  unknown: 'warning',
  fields: {
    read_validation_action: oneOf(['ERROR', 'WARN'], true),
    read_validation_level: oneOf(['STRICT', 'OFF'], true),
    write_validation_action: oneOf(['ERROR', 'WARN'], true),
    write_validation_level: oneOf(['STRICT', 'OFF'], true)
  }
}
export const RESOLVER_TABLE: FieldTable = {
  kind: 'custom resolver',
  unknown: 'warning',
  fields: {
    on_type: required(str),
    field_name: required(str),
    function_name: required(str),
    input_type: { type: ['string', 'object'] },
    input_type_format: oneOf(TYPE_FORMATS),
    payload_type: { type: ['string', 'object'] },
    payload_type_format: oneOf(TYPE_FORMATS),
    id: str
  }
}
export const LOG_FORWARDER_TABLE: FieldTable = {
  kind: 'log forwarder',
  unknown: 'warning',
  fields: {
    name: required(str),
    disabled: bool,
    log_types: required({ type: 'array', items: oneOf(FORWARDER_LOG_TYPES, false, true) }),
    log_statuses: required({ type: 'array', items: oneOf(FORWARDER_LOG_STATUSES, false, true) }),
    policy: required({
      type: 'object',
      fields: { kind: 'policy', unknown: 'warning', fields: { type: oneOf(['single', 'batch'], true) } }
    }),
    action: required({
      type: 'object',
      fields: {
        kind: 'action',
        unknown: 'warning',
        fields: {
          type: oneOf(['collection', 'function'], true),
          name: str,
          data_source: str,
          database: str,
          collection: str
        }
      }
    }),
    id: str
  }
}
export async function loadGraphQL(ctx: LoadContext): Promise<GraphQLResource | undefined> {
  if ((await ctx.dir.kindOf('graphql')) !== 'dir') return undefined
  const graphql: { -readonly [K in keyof GraphQLResource]: GraphQLResource[K] } = { custom_resolvers: [] }
  for (const [key, file, table] of [
    ['config', 'graphql/config.json', CONFIG_TABLE],
    ['validation_settings', 'graphql/validation_settings.json', VALIDATION_TABLE]
  ] as const) {
    const doc = await readJson(ctx, file)
    if (doc?.ok && checkFields(doc, [], doc.value, table, ctx.problems))
      graphql[key] = { ...asRecord(doc.value), file }
  }
  for (const entry of await ctx.dir.list('graphql/custom_resolvers')) {
    if (entry.kind !== 'file' || !entry.name.endsWith('.json')) continue
    const doc = await readJson(ctx, entry.rel)
    if (doc?.ok && checkFields(doc, [], doc.value, RESOLVER_TABLE, ctx.problems) && formatsGiven(ctx, doc)) {
      graphql.custom_resolvers.push({
        ...(withoutId(asRecord(doc.value)) as CustomResolverResource),
        file: doc.file
      })
    }
  }
  return graphql
}

/** A resolver's input or payload type needs its format: the server refuses one without the other. */
function formatsGiven(ctx: LoadContext, doc: JsonDocument): boolean {
  const resolver = asRecord(doc.value)
  let ok = true
  for (const [typeKey, formatKey] of [
    ['input_type', 'input_type_format'],
    ['payload_type', 'payload_type_format']
  ]) {
    const unset = (v: unknown) => v === undefined || v === null || v === ''
    if (!unset(resolver[typeKey]) && unset(resolver[formatKey])) {
      report(
        ctx,
        doc,
        [formatKey],
        `${typeKey} needs ${formatKey} (one of ${TYPE_FORMATS.map(f => JSON.stringify(f)).join(', ')})`
      )
      ok = false
    }
  }
  return ok
}

export async function loadLogForwarders(ctx: LoadContext): Promise<LogForwarderResource[]> {
  const forwarders: LogForwarderResource[] = []
  for (const entry of await ctx.dir.list('log_forwarders')) {
    if (entry.kind !== 'file' || !entry.name.endsWith('.json')) {
      if (!entry.name.startsWith('.'))
        reportFile(ctx, entry.rel, 'ignored: log forwarders are log_forwarders/<name>.json files', 'warning')
      continue
    }
    const doc = await readJson(ctx, entry.rel)
    if (!doc?.ok || !checkFields(doc, [], doc.value, LOG_FORWARDER_TABLE, ctx.problems)) continue
    const raw = withoutId(asRecord(doc.value))
    const action = asRecord(raw.action)
    const missing = action.type === 'function' ? ['name'] : ['data_source', 'database', 'collection']
    const absent = missing.filter(k => typeof action[k] !== 'string' || action[k] === '')
    if (absent.length) {
      report(ctx, doc, ['action'], `a ${String(action.type)} action needs ${absent.join(', ')}`)
      continue
    }
    forwarders.push({
      ...(raw as unknown as LogForwarderResource),
      disabled: raw.disabled === true,
      file: doc.file
    })
  }
  return forwarders
}
