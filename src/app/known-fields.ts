// The top-level fields our tables know for each kind of resource the planner compares. The planner
// asks it for one rule: a field the tables do not know, which the server does not give back, is no
// change (validate warned about it; App Services may well drop it), so it never shows on every run.
import { CUSTOM_USER_DATA_TABLE, PROVIDER_TABLE } from './load-auth.js'
import { DATA_API_TABLE, ENDPOINT_TABLE } from './load-endpoints.js'
import { HOSTING_TABLE, SYNC_TABLE } from './load-extras.js'
import type { FieldTable } from './fields.js'
import { MANIFEST_ENTRY } from './load-functions.js'
import { CONFIG_TABLE, LOG_FORWARDER_TABLE, RESOLVER_TABLE, VALIDATION_TABLE } from './load-graphql.js'
import { DEFAULT_RULE_TABLE, RULE_TABLE } from './load-rules.js'
import { SERVICE_RULE_TABLE, SERVICE_TABLE, WEBHOOK_TABLE } from './load-services.js'
import { CONFIG_TABLES, EVENTBRIDGE_CONFIG_TABLE, TRIGGER_TABLE } from './load-triggers.js'
import { VALUE_TABLE } from './load-values.js'

const TABLES: Readonly<Record<string, FieldTable>> = {
  value: VALUE_TABLE,
  function: MANIFEST_ENTRY,
  trigger: TRIGGER_TABLE,
  endpoint: ENDPOINT_TABLE,
  data_api_config: DATA_API_TABLE,
  auth_provider: PROVIDER_TABLE,
  custom_user_data: CUSTOM_USER_DATA_TABLE,
  graphql_config: CONFIG_TABLE,
  graphql_validation: VALIDATION_TABLE,
  custom_resolver: RESOLVER_TABLE,
  log_forwarder: LOG_FORWARDER_TABLE,
  rule: RULE_TABLE,
  default_rule: DEFAULT_RULE_TABLE,
  service: SERVICE_TABLE,
  service_rule: SERVICE_RULE_TABLE,
  webhook: WEBHOOK_TABLE,
  sync: SYNC_TABLE,
  hosting_config: HOSTING_TABLE
}

const cache = new Map<string, ReadonlySet<string>>()

/** The fields the tables know for a planner kind; undefined for kinds without a table. */
export function knownFields(kind: string): ReadonlySet<string> | undefined {
  const table = TABLES[kind]
  if (!table) return undefined
  let known = cache.get(kind)
  if (!known) {
    known = new Set(Object.keys(table.fields))
    cache.set(kind, known)
  }
  return known
}

/**
 * The fields our tables know inside an object at `path` in a resource as the planner compares it:
 * the tables' own nesting (a log forwarder's `action`, its `policy`), or where the fields differ by
 * the resource, a trigger's `config` per trigger type and its AWS EventBridge processor's config
 * (compared as `event_processors.AWS_EVENTBRIDGE`). Undefined where no table says, or where the table
 * leaves the object open (its keys are data).
 */
export function knownNestedFields(
  kind: string,
  path: readonly string[],
  doc: Record<string, unknown>
): ReadonlySet<string> | undefined {
  const at = path.join('.')
  if (kind === 'trigger' && at === 'config') {
    const table = CONFIG_TABLES[String(doc.type)]
    return table ? new Set(Object.keys(table.fields)) : undefined
  }
  if (kind === 'trigger' && at === 'event_processors.AWS_EVENTBRIDGE')
    return new Set(Object.keys(EVENTBRIDGE_CONFIG_TABLE.fields))
  // The planner reshapes a trigger's processors and handler; only the two paths above are the file's.
  if (kind === 'trigger') return undefined
  let table: FieldTable | undefined = TABLES[kind]
  for (const key of path) table = table?.fields[key]?.fields
  return table && table !== TABLES[kind] && table.unknown === 'warning'
    ? new Set(Object.keys(table.fields))
    : undefined
}
