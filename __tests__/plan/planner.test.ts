// The planner's specification, one rule a row: (desired items, remote items, options) -> changes,
// secrets, warnings or the error, through the same two steps a deploy takes (diffItems, then
// checkRefusals; src/deploy/plan-app.ts). Pure and in memory. A failing row names the rule that moved.
import { ConfigError } from '../../src/errors.js'
import type { JsonObject } from '../../src/plan/canonical.js'
import { diffItems, type DiffOptions } from '../../src/plan/diff.js'
import { item } from '../../src/plan/items.js'
import { KINDS, type KindName } from '../../src/plan/kinds.js'
import { checkRefusals } from '../../src/plan/refusals.js'
import type { Change, SecretsPlan } from '../../src/plan/types.js'

/** One resource as a row writes it: kind, match key, name-form document. */
type Entry = readonly [KindName, string, JsonObject]

interface Row {
  readonly desired: readonly Entry[]
  readonly remote: readonly Entry[]
  readonly options?: DiffOptions
  /** `action kind key [changed,fields] +added -removed`, in plan order. */
  readonly changes?: readonly string[]
  readonly secrets?: SecretsPlan
  /** Each warning, in order, matched by one pattern. */
  readonly warnings?: readonly RegExp[]
  /** The run stops before a draft: a ConfigError whose problems say this. */
  readonly error?: RegExp
}

const noSecrets: SecretsPlan = { create: [], update: [] }

function describeChange(c: Change): string {
  const fields = c.fields ? ` [${c.fields.join(',')}]` : ''
  const lines = c.lines ? ` +${c.lines.added} -${c.lines.removed}` : ''
  return `${c.action} ${c.kind} ${c.key}${fields}${lines}`
}

function plan(row: Row) {
  const items = (side: readonly Entry[]) => side.map(([kind, key, doc]) => item(kind, key, doc))
  const remote = items(row.remote)
  const diff = diffItems(items(row.desired), remote, row.options)
  const { changes, warnings } = checkRefusals(diff.changes, remote)
  return { changes: changes.map(describeChange), secrets: diff.secrets, warnings }
}

const atlas = (config: JsonObject = { clusterName: 'Cluster0' }): JsonObject => ({
  name: 'mongodb-atlas',
  type: 'mongodb-atlas',
  config
})
const fn = (name: string, source: string, more: JsonObject = {}): Entry => [
  'function',
  name,
  { name, source, ...more }
]
const secretValue = (name: string) => ({ secretValues: new Map([[name, 'value']]) })

// prettier-ignore
const rows: ReadonlyArray<readonly [string, Row]> = [
  // --- create, update, delete: the three changes, for every kind ---
  ['create: a function the app lacks, with its source lines', {
    desired: [fn('hello', 'exports = () => 1\nreturn\n')], remote: [],
    changes: ['create function hello +2 -0'] }],
  ['update: names the changed fields; a source change counts its lines', {
    desired: [fn('hello', 'a\nB\nc\n', { private: true })], remote: [fn('hello', 'a\nb\nc\n')],
    changes: ['update function hello [private,source] +1 -1'] }],
  ['delete: a function only the app has', {
    desired: [], remote: [fn('old', 'a\nb\n')],
    changes: ['delete function old +0 -2'] }],
  ['delete withheld when deletes are off (--no-delete)', {
    desired: [], remote: [fn('old', 'a\n'), ['trigger', 't', { name: 't', type: 'SCHEDULED' }]],
    options: { noDelete: true }, changes: [] }],
  ['canonicalisation is not a change: CRLF source and the flags at their defaults', {
    desired: [fn('f', 'a\r\nb\r\n')],
    remote: [fn('f', 'a\nb\n', { private: false, run_as_system: false, can_evaluate: {}, _id: 'x' })],
    changes: [] }],
  ['order: changes come in apply order (kind order), then by key', {
    desired: [['trigger', 't', { name: 't', type: 'SCHEDULED' }], fn('b', ''), fn('a', ''),
      ['data_source', 'mongodb-atlas', atlas()]],
    remote: [],
    changes: ['create function a +0 -0', 'create function b +0 -0',
      'create data_source mongodb-atlas', 'create trigger t'] }],
  ['value: create', {
    desired: [['value', 'v', { name: 'v', value: 'x' }]], remote: [],
    changes: ['create value v'] }],
  ['value: server default (from_secret, private false) is not a change', {
    desired: [['value', 'v', { name: 'v', value: 'x' }]],
    remote: [['value', 'v', { name: 'v', value: 'x', from_secret: false, private: false, _id: 'id' }]],
    changes: [] }],
  ['environment_value: update names `values`', {
    desired: [['environment_value', 'prod', { name: 'prod', values: { a: 1 } }]],
    remote: [['environment_value', 'prod', { name: 'prod', values: { a: 2 } }]],
    changes: ['update environment_value prod [values]'] }],
  ['environment (singleton): update', {
    desired: [['environment', 'environment', { environment: 'production' }]],
    remote: [['environment', 'environment', { environment: 'development' }]],
    changes: ['update environment environment [environment]'] }],
  ['environment (singleton): never deleted when the repository has none', {
    desired: [], remote: [['environment', 'environment', { environment: 'development' }]],
    changes: [] }],
  ['data_source: create', {
    desired: [['data_source', 'mongodb-atlas', atlas()]], remote: [],
    changes: ['create data_source mongodb-atlas'] }],
  ['data_source: readPreference and wireProtocolEnabled the server fills are not a change', {
    desired: [['data_source', 'mongodb-atlas', atlas()]],
    remote: [['data_source', 'mongodb-atlas', atlas({ clusterName: 'Cluster0', readPreference: 'primary',
      wireProtocolEnabled: false, clusterId: 'c1', groupName: 'g', orgName: 'o', sync: { state: 'enabled' } })]],
    changes: [] }],
  ['schema: update', {
    desired: [['schema', 'mongodb-atlas/db.c', { database: 'db', collection: 'c', schema: { title: 'A' } }]],
    remote: [['schema', 'mongodb-atlas/db.c', { database: 'db', collection: 'c', schema: { title: 'B' } }]],
    changes: ['update schema mongodb-atlas/db.c [schema]'] }],
  ['schema: empty relationships equal absent ones', {
    desired: [['schema', 'ds/db.c', { database: 'db', collection: 'c', schema: {} }]],
    remote: [['schema', 'ds/db.c', { database: 'db', collection: 'c', schema: {}, relationships: {} }]],
    changes: [] }],
  ['default_rule: create', {
    desired: [['default_rule', 'mongodb-atlas', { roles: [{ name: 'r' }], data_source: 'mongodb-atlas' }]],
    remote: [], changes: ['create default_rule mongodb-atlas'] }],
  ['rule: role order is meaningful (first match wins)', {
    desired: [['rule', 'ds/db.c', { database: 'db', collection: 'c', roles: [{ name: 'a' }, { name: 'b' }] }]],
    remote: [['rule', 'ds/db.c', { database: 'db', collection: 'c', roles: [{ name: 'b' }, { name: 'a' }] }]],
    changes: ['update rule ds/db.c [roles]'] }],
  ['rule: empty filters equal absent ones', {
    desired: [['rule', 'ds/db.c', { database: 'db', collection: 'c', roles: [] }]],
    remote: [['rule', 'ds/db.c', { database: 'db', collection: 'c', roles: [], filters: [] }]],
    changes: [] }],
  ['sync: queryable fields are a set; type defaults to flexible', {
    desired: [['sync', 'sync', { state: 'enabled', queryable_fields_names: ['b', 'a'] }]],
    remote: [['sync', 'sync', { type: 'flexible', state: 'enabled', queryable_fields_names: ['a', 'b'],
      last_disabled: 123 }]],
    changes: [] }],
  ['sync: a mode change is an update of type', {
    desired: [['sync', 'sync', { type: 'partition', state: 'enabled' }]],
    remote: [['sync', 'sync', { type: 'flexible', state: 'enabled' }]],
    changes: ['update sync sync [type]'] }],
  ['service: update of its config', {
    desired: [['service', 'http', { name: 'http', type: 'http', config: { a: 1 } }]],
    remote: [['service', 'http', { name: 'http', type: 'http', config: { a: 2 }, version: 1 }]],
    changes: ['update service http [config]'] }],
  ['service_rule: actions are a set, an empty `when` is absent', {
    desired: [['service_rule', 'http/r', { name: 'r', service: 'http', actions: ['get', 'post'] }]],
    remote: [['service_rule', 'http/r', { name: 'r', service: 'http', actions: ['post', 'get'], when: {} }]],
    changes: [] }],
  ['webhook: a function_source change counts its lines', {
    desired: [['webhook', 'http/hook', { name: 'hook', service: 'http', function_source: 'a\nb\n' }]],
    remote: [['webhook', 'http/hook', { name: 'hook', service: 'http', function_source: 'a\n' }]],
    changes: ['update webhook http/hook [function_source] +1 -0'] }],
  ['auth_provider: remote providers are left alone when the repository has none', {
    desired: [], remote: [['auth_provider', 'anon-user', { name: 'anon-user', type: 'anon-user' }]],
    changes: [] }],
  ['auth_provider: deleted once the repository manages providers', {
    desired: [['auth_provider', 'local-userpass', { name: 'local-userpass', type: 'local-userpass' }]],
    remote: [['auth_provider', 'anon-user', { name: 'anon-user', type: 'anon-user', disabled: false }]],
    changes: ['create auth_provider local-userpass', 'delete auth_provider anon-user'] }],
  ['auth_provider: function ids the server keeps beside the names are not a change', {
    desired: [['auth_provider', 'custom-function', { name: 'custom-function', type: 'custom-function',
      config: { authFunctionName: 'login' } }]],
    remote: [['auth_provider', 'custom-function', { name: 'custom-function', type: 'custom-function',
      config: { authFunctionName: 'login', authFunctionId: '0123456789abcdef01234567' } }]],
    changes: [] }],
  ['custom_user_data: disabled equals absent `enabled`', {
    desired: [['custom_user_data', 'custom_user_data', { mongo_service_name: '' }]],
    remote: [['custom_user_data', 'custom_user_data', { enabled: false }]],
    changes: [] }],
  ['custom_user_data: update', {
    desired: [['custom_user_data', 'custom_user_data', { enabled: true, mongo_service_name: 'mongodb-atlas' }]],
    remote: [['custom_user_data', 'custom_user_data', { enabled: false }]],
    changes: ['update custom_user_data custom_user_data [enabled,mongo_service_name]'] }],
  ['trigger: update names `disabled`', {
    desired: [['trigger', 't', { name: 't', type: 'SCHEDULED', disabled: true, config: { schedule: '* * * * *' } }]],
    remote: [['trigger', 't', { name: 't', type: 'SCHEDULED', config: { schedule: '* * * * *' } }]],
    changes: ['update trigger t [disabled]'] }],
  ['endpoint: return_type the server fills (JSON) is not a change', {
    desired: [['endpoint', 'GET /r', { route: '/r', http_method: 'GET', function_name: 'f' }]],
    remote: [['endpoint', 'GET /r', { route: '/r', http_method: 'GET', function_name: 'f', function_id: 'x',
      return_type: 'JSON', disabled: false, respond_result: false }]],
    changes: [] }],
  ['endpoint: create', {
    desired: [['endpoint', 'POST /r', { route: '/r', http_method: 'POST', function_name: 'f' }]],
    remote: [], changes: ['create endpoint POST /r'] }],
  ['data_api_config: update', {
    desired: [['data_api_config', 'data_api_config', { disabled: false, versions: ['v1'] }]],
    remote: [['data_api_config', 'data_api_config', { disabled: true, versions: ['v1'] }]],
    changes: ['update data_api_config data_api_config [disabled]'] }],
  ['graphql_config: natural pluralization the server defaults to true is not a change', {
    desired: [['graphql_config', 'graphql_config', {}]],
    remote: [['graphql_config', 'graphql_config', { use_natural_pluralization: true,
      disable_schema_introspection: false }]],
    changes: [] }],
  ['graphql_validation: create', {
    desired: [['graphql_validation', 'graphql_validation', { read_only: false }]], remote: [],
    changes: ['create graphql_validation graphql_validation'] }],
  ['custom_resolver: delete', {
    desired: [], remote: [['custom_resolver', 'Query.x', { on_type: 'Query', field_name: 'x', function_name: 'f' }]],
    changes: ['delete custom_resolver Query.x'] }],
  ['log_forwarder: log types are a set', {
    desired: [['log_forwarder', 'lf', { name: 'lf', log_types: ['auth', 'function'] }]],
    remote: [['log_forwarder', 'lf', { name: 'lf', log_types: ['function', 'auth'], disabled: false }]],
    changes: [] }],
  ['allowed_origins: origins are a set; a new one is an update', {
    desired: [['allowed_origins', 'allowed_request_origins', { origins: ['https://b', 'https://a'] }]],
    remote: [['allowed_origins', 'allowed_request_origins', { origins: ['https://a'] }]],
    changes: ['update allowed_origins allowed_request_origins [origins]'] }],
  ['hosting_config: enabling hosting is an update', {
    desired: [['hosting_config', 'hosting', { enabled: true }]],
    remote: [['hosting_config', 'hosting', { enabled: false }]],
    changes: ['update hosting_config hosting [enabled]'] }],
  // --- secrets: created, never overwritten unless asked, never deleted ---
  ['secret: created when missing and a value is given', {
    desired: [['secret', 'api-key', { name: 'api-key' }]], remote: [], options: secretValue('api-key'),
    changes: [], secrets: { create: ['api-key'], update: [] } }],
  ['secret: an existing one is not overwritten by default', {
    desired: [['secret', 'api-key', { name: 'api-key' }]], remote: [['secret', 'api-key', { name: 'api-key' }]],
    options: secretValue('api-key'), changes: [], secrets: noSecrets }],
  ['secret: overwritten when asked (--update-secrets)', {
    desired: [['secret', 'api-key', { name: 'api-key' }]], remote: [['secret', 'api-key', { name: 'api-key' }]],
    options: { ...secretValue('api-key'), updateSecrets: true }, changes: [],
    secrets: { create: [], update: ['api-key'] } }],
  ['secret: a remote one the repository does not name is never deleted', {
    desired: [], remote: [['secret', 'other', { name: 'other' }]], changes: [], secrets: noSecrets }],
  ['secret: referenced, missing and without a value stops the run', {
    desired: [['secret', 'api-key', { name: 'api-key' }]], remote: [],
    error: /references secret 'api-key'.*--secret api-key=VALUE/ }],
  // --- refusals (src/plan/refusals.ts): what App Services would refuse, found before a draft ---
  ['refusal: use_natural_pluralization is creation-only: narrowed to the rest, with a warning', {
    desired: [['graphql_config', 'graphql_config', { use_natural_pluralization: false,
      disable_schema_introspection: true }]],
    remote: [['graphql_config', 'graphql_config', { use_natural_pluralization: true }]],
    changes: ['update graphql_config graphql_config [disable_schema_introspection]'],
    warnings: [/use_natural_pluralization: false can only be chosen when an app is created; this app has true/] }],
  ['refusal: use_natural_pluralization alone: nothing left to write', {
    desired: [['graphql_config', 'graphql_config', { use_natural_pluralization: false }]],
    remote: [['graphql_config', 'graphql_config', {}]],
    changes: [], warnings: [/can only be chosen when an app is created/] }],
  ['refusal: a data source config without its required field cannot be created', {
    desired: [['data_source', 'mongodb-atlas', atlas({})]], remote: [],
    error: /cannot create data source 'mongodb-atlas' without config\.clusterName/ }],
  ['refusal: a data source config without its required field is left as is on update', {
    desired: [['data_source', 'mongodb-atlas', atlas({})]],
    remote: [['data_source', 'mongodb-atlas', atlas({ clusterName: 'Cluster0' })]],
    changes: [], warnings: [/has no config\.clusterName, so its config is left as the app has it/] }],
  ['refusal: a data source type cannot change', {
    desired: [['data_source', 'db', { name: 'db', type: 'mongodb', config: { uri: 'mongodb://h' } }]],
    remote: [['data_source', 'db', atlas()]],
    error: /cannot change the type of 'db' from mongodb-atlas to mongodb/ }],
  ['refusal: a service type cannot change', {
    desired: [['service', 'svc', { name: 'svc', type: 'aws' }]], remote: [['service', 'svc', { name: 'svc', type: 'http' }]],
    error: /cannot change the type of 'svc' from http to aws/ }],
  ['refusal: a function delete is withheld while a kept auth provider uses it', {
    desired: [],
    remote: [fn('login', 'a\n'), ['auth_provider', 'custom-function', { name: 'custom-function',
      type: 'custom-function', config: { authFunctionName: 'login' } }]],
    changes: [], warnings: [/function 'login' is not deleted: auth provider 'custom-function' still uses it/] }],
  ['refusal: a data source delete is withheld while kept custom user data uses it', {
    desired: [],
    remote: [['data_source', 'mongodb-atlas', atlas()],
      ['custom_user_data', 'custom_user_data', { enabled: true, mongo_service_name: 'mongodb-atlas' }]],
    changes: [], warnings: [/data source 'mongodb-atlas' is not deleted: custom user data 'custom_user_data' still uses it/] }],
  ['refusal: a delete goes ahead when its user is deleted too', {
    desired: [],
    remote: [fn('f', ''), ['endpoint', 'GET /r', { route: '/r', http_method: 'GET', function_name: 'f' }]],
    changes: ['delete function f +0 -0', 'delete endpoint GET /r'] }]
]

test.each(rows.map(([rule, row], i) => [i + 1, rule, row] as const))('%i. %s', (_n, _rule, row) => {
  if (row.error) {
    let thrown: unknown
    try {
      plan(row)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ConfigError)
    expect((thrown as ConfigError).problems.map(p => p.message).join('\n')).toMatch(row.error)
    return
  }
  const result = plan(row)
  expect(result.changes).toEqual(row.changes ?? [])
  expect(result.secrets).toEqual(row.secrets ?? noSecrets)
  expect(result.warnings).toHaveLength(row.warnings?.length ?? 0)
  row.warnings?.forEach((pattern, i) => expect(result.warnings[i]).toMatch(pattern))
})

test('the table has at least one row for every kind the planner knows', () => {
  const covered = new Set(rows.flatMap(([, row]) => [...row.desired, ...row.remote].map(([kind]) => kind)))
  expect(Object.keys(KINDS).filter(kind => !covered.has(kind as KindName))).toEqual([])
})
