// Every resource kind the planner manages: its match key, how a document of it (in "name form":
// references by name, as the repository has them) becomes the canonical fields that are compared,
// and its position in the apply order (config-to-api §5). Both sides go through the same `fields`.
import { canonicalize, isObject, type JsonObject } from './canonical.js'
import { syncServiceName } from './sync.js'

export type KindName =
  | 'secret'
  | 'value'
  | 'environment_value'
  | 'environment'
  | 'function'
  | 'data_source'
  | 'schema'
  | 'default_rule'
  | 'rule'
  | 'sync'
  | 'service'
  | 'service_rule'
  | 'webhook'
  | 'auth_provider'
  | 'custom_user_data'
  | 'trigger'
  | 'endpoint'
  | 'data_api_config'
  | 'graphql_config'
  | 'graphql_validation'
  | 'custom_resolver'
  | 'log_forwarder'
  | 'allowed_origins'
  | 'hosting_config'

export interface KindSpec {
  readonly name: KindName
  /** Plural heading in reports. */
  readonly title: string
  /** Apply position: creates and updates ascend; deletes run in reverse. */
  readonly order: number
  readonly singleton: boolean
  /** The comparable form of one document in name form. */
  readonly fields: (doc: JsonObject) => JsonObject
}

const pick = (doc: JsonObject, omit: readonly string[]): JsonObject =>
  Object.fromEntries(Object.entries(doc).filter(([k]) => !omit.includes(k)))

const functionFields = (doc: JsonObject): JsonObject =>
  canonicalize(
    { ...pick(doc, ['name', 'file', 'sourceFile']), source: String(doc.source ?? '').replace(/\r\n/g, '\n') },
    {
      defaults: { private: false, run_as_system: false, disable_arg_logs: false },
      emptyIsAbsent: ['can_evaluate', 'run_as_user_id', 'run_as_user_id_script_source']
    }
  )

const TRIGGER_CONFIG_DEFAULTS = {
  full_document: false,
  full_document_before_change: false,
  skip_catchup_events: false,
  tolerate_resume_errors: false,
  maximum_throughput: false,
  unordered: false
}

/** A processor reduced to its kind and settings; a FUNCTION processor to the function's name. */
function processorFields(processors: unknown): JsonObject {
  if (!isObject(processors)) return {}
  const out: JsonObject = {}
  for (const [kind, value] of Object.entries(processors)) {
    const config = isObject(value) && isObject(value.config) ? value.config : {}
    out[kind] =
      kind === 'FUNCTION'
        ? { function_name: config.function_name }
        : canonicalize(config, { defaults: { extended_json_enabled: false } })
  }
  return out
}

const triggerFields = (doc: JsonObject): JsonObject => {
  const config = isObject(doc.config) ? doc.config : {}
  const handler = isObject(doc.error_handler) ? doc.error_handler : undefined
  const handlerConfig = handler && isObject(handler.config) ? handler.config : {}
  return canonicalize(
    {
      type: doc.type,
      disabled: doc.disabled,
      config: canonicalize(pick(config, ['service_id', 'schedule_type']), {
        defaults: TRIGGER_CONFIG_DEFAULTS,
        // "" database or collection is a trigger on every one, as absent: the server keeps neither.
        emptyIsAbsent: ['match', 'project', 'database', 'collection'],
        sets: ['operation_types', 'providers']
      }),
      event_processors: processorFields(doc.event_processors),
      // The handler's whole config counts (enabled, ...), its function by name only.
      error_handler: handler
        ? canonicalize({
            ...pick(handler, ['config']),
            config: canonicalize(pick(handlerConfig, ['function_id']))
          })
        : undefined
    },
    { defaults: { disabled: false }, emptyIsAbsent: ['error_handler'] }
  )
}

const roleList = (roles: unknown): unknown =>
  Array.isArray(roles) ? roles.map(r => (isObject(r) ? canonicalize(r) : r)) : roles

const ruleFields = (doc: JsonObject): JsonObject =>
  canonicalize(
    {
      ...pick(doc, ['database', 'collection', 'file', 'data_source']),
      roles: roleList(doc.roles),
      filters: roleList(doc.filters)
    },
    { emptyIsAbsent: ['filters'] }
  )

const simple =
  (omit: readonly string[], rules: Parameters<typeof canonicalize>[1] = {}) =>
  (doc: JsonObject): JsonObject =>
    canonicalize(pick(doc, ['file', ...omit]), rules)

export const KINDS: Readonly<Record<KindName, KindSpec>> = {
  secret: { name: 'secret', title: 'Secrets', order: 2, singleton: false, fields: () => ({}) },
  value: {
    name: 'value',
    title: 'Values',
    order: 3,
    singleton: false,
    fields: simple(['name'], { defaults: { from_secret: false, private: false } })
  },
  environment_value: {
    name: 'environment_value',
    title: 'Environment values',
    order: 3,
    singleton: false,
    fields: simple(['name', 'files'])
  },
  environment: { name: 'environment', title: 'Environment', order: 3, singleton: true, fields: simple([]) },
  function: { name: 'function', title: 'Functions', order: 4, singleton: false, fields: functionFields },
  data_source: {
    name: 'data_source',
    title: 'Data sources',
    order: 5,
    singleton: false,
    fields: doc =>
      canonicalize({
        type: doc.type,
        // Sync lives in the data source's config on the server but is planned as its own kind; an
        // Atlas cluster's read preference and wire protocol default when the file leaves them out.
        config: isObject(doc.config)
          ? canonicalize(pick(doc.config, ['clusterId', 'groupName', 'orgName', 'flexible_sync', 'sync']), {
              defaults:
                doc.type === 'mongodb-atlas' ? { readPreference: 'primary', wireProtocolEnabled: false } : {}
            })
          : doc.config
      })
  },
  schema: {
    name: 'schema',
    title: 'Schemas',
    order: 6,
    singleton: false,
    fields: simple(['database', 'collection', 'data_source'], { emptyIsAbsent: ['relationships'] })
  },
  default_rule: {
    name: 'default_rule',
    title: 'Default rules',
    order: 7,
    singleton: false,
    fields: doc =>
      canonicalize(
        { roles: roleList(doc.roles), filters: roleList(doc.filters) },
        { emptyIsAbsent: ['filters'] }
      )
  },
  rule: { name: 'rule', title: 'Rules', order: 7, singleton: false, fields: ruleFields },
  sync: {
    name: 'sync',
    title: 'Sync',
    order: 8,
    singleton: true,
    fields: doc =>
      simple(['last_disabled'], {
        sets: ['queryable_fields_names', 'indexed_queryable_fields_names', 'asymmetric_tables']
      })({
        ...doc,
        type: doc.type === undefined || doc.type === null || doc.type === '' ? 'flexible' : doc.type,
        // Unset, it is the data source the apply writes to: the two compare as what the app will hold.
        service_name: syncServiceName(doc)
      })
  },
  service: {
    name: 'service',
    title: 'Services (legacy)',
    order: 9,
    singleton: false,
    fields: simple(['name', 'rules', 'incoming_webhooks', 'version'])
  },
  service_rule: {
    name: 'service_rule',
    title: 'Service rules',
    order: 9,
    singleton: false,
    fields: simple(['name', 'service'], { emptyIsAbsent: ['when'], sets: ['actions'] })
  },
  webhook: {
    name: 'webhook',
    title: 'Incoming webhooks',
    order: 9,
    singleton: false,
    fields: simple(['name', 'service', 'sourceFile'], {
      emptyIsAbsent: ['run_as_user_id', 'run_as_user_id_script_source', 'can_evaluate']
    })
  },
  auth_provider: {
    name: 'auth_provider',
    title: 'Auth providers',
    order: 10,
    singleton: false,
    // The server keeps a `*FunctionId` next to each `*FunctionName` (bodies.ts sends both): compare the names (config-to-api §4.12).
    fields: doc =>
      simple(['name'], {
        defaults: { disabled: false },
        emptyIsAbsent: ['config', 'secret_config', 'metadata_fields', 'redirect_uris', 'domain_restrictions'],
        sets: ['redirect_uris', 'domain_restrictions']
      })({
        ...doc,
        config: isObject(doc.config)
          ? pick(doc.config, ['authFunctionId', 'confirmationFunctionId', 'resetFunctionId'])
          : doc.config
      })
  },
  custom_user_data: {
    name: 'custom_user_data',
    title: 'Custom user data',
    order: 11,
    singleton: true,
    fields: simple([], {
      defaults: { enabled: false },
      emptyIsAbsent: ['mongo_service_name', 'on_user_creation_function_name']
    })
  },
  trigger: { name: 'trigger', title: 'Triggers', order: 12, singleton: false, fields: triggerFields },
  endpoint: {
    name: 'endpoint',
    title: 'HTTPS endpoints',
    order: 13,
    singleton: false,
    // `return_type` is required by the API but absent from the local format: JSON unless set.
    fields: simple(['route', 'http_method', 'function_id', 'secret_id'], {
      defaults: {
        respond_result: false,
        fetch_custom_user_data: false,
        create_user_on_auth: false,
        disabled: false,
        return_type: 'JSON'
      }
    })
  },
  data_api_config: {
    name: 'data_api_config',
    title: 'Data API',
    order: 13,
    singleton: true,
    // A flag the file leaves out is false (apply.ts sends it so).
    fields: simple([], {
      defaults: {
        disabled: false,
        create_user_on_auth: false,
        fetch_custom_user_data: false,
        log_function_arguments: false
      }
    })
  },
  graphql_config: {
    name: 'graphql_config',
    title: 'GraphQL config',
    order: 14,
    singleton: true,
    fields: simple([], { defaults: { disable_schema_introspection: false, use_natural_pluralization: true } })
  },
  graphql_validation: {
    name: 'graphql_validation',
    title: 'GraphQL validation',
    order: 14,
    singleton: true,
    fields: simple([])
  },
  custom_resolver: {
    name: 'custom_resolver',
    title: 'GraphQL resolvers',
    order: 14,
    singleton: false,
    fields: simple(['on_type', 'field_name', 'function_id'])
  },
  log_forwarder: {
    name: 'log_forwarder',
    title: 'Log forwarders',
    order: 15,
    singleton: false,
    fields: simple(['name'], { defaults: { disabled: false }, sets: ['log_types', 'log_statuses'] })
  },
  allowed_origins: {
    name: 'allowed_origins',
    title: 'Allowed request origins',
    order: 15,
    singleton: true,
    fields: simple([], { sets: ['origins'] })
  },
  hosting_config: {
    name: 'hosting_config',
    title: 'Hosting',
    order: 16,
    singleton: true,
    fields: doc => canonicalize({ enabled: doc.enabled === true })
  }
}

/** Kinds in apply order (creates and updates); deletes use the reverse. */
export const APPLY_ORDER: readonly KindName[] = (Object.keys(KINDS) as KindName[]).sort(
  (a, b) => KINDS[a].order - KINDS[b].order
)
