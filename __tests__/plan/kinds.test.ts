// What "equal" means per kind: defaults, empty expressions, sets, ids against names.
import { KINDS } from '../../src/plan/kinds.js'
import { changedFields } from '../../src/plan/canonical.js'

const diff = (kind: keyof typeof KINDS, a: Record<string, unknown>, b: Record<string, unknown>) =>
  changedFields(KINDS[kind].fields(a), KINDS[kind].fields(b))

test('a trigger equals its exported form with defaults, {} expressions, and ids the server adds', () => {
  const local = {
    name: 't',
    type: 'DATABASE',
    config: {
      service_name: 'mongodb-atlas',
      database: 'd',
      collection: 'c',
      operation_types: ['UPDATE', 'INSERT']
    },
    event_processors: { FUNCTION: { config: { function_name: 'f' } } }
  }
  const remote = {
    name: 't',
    type: 'DATABASE',
    disabled: false,
    config: {
      service_name: 'mongodb-atlas',
      database: 'd',
      collection: 'c',
      operation_types: ['INSERT', 'UPDATE'],
      match: {},
      project: {},
      full_document: false,
      unordered: false,
      schedule_type: 'ADVANCED'
    },
    event_processors: { FUNCTION: { config: { function_name: 'f' } } }
  }
  expect(diff('trigger', local, remote)).toEqual([])
  expect(diff('trigger', local, { ...remote, disabled: true })).toEqual(['disabled'])
})

test('a trigger error handler counts whole: enabling it is a change', () => {
  const base = { name: 't', type: 'SCHEDULED', config: { schedule: '* * * * *' }, event_processors: {} }
  const off = { ...base, error_handler: { config: { enabled: false, function_name: 'h' } } }
  const on = {
    ...base,
    error_handler: { config: { enabled: true, function_name: 'h', function_id: '0123456789abcdef01234567' } }
  }
  expect(diff('trigger', off, on)).toEqual(['error_handler'])
  expect(
    diff('trigger', on, { ...on, error_handler: { config: { enabled: true, function_name: 'h' } } })
  ).toEqual([])
})

test('a function: the flags default, source is exact after CRLF normalization', () => {
  const local = { name: 'f', source: 'a\r\nb\n', private: false }
  expect(
    diff('function', local, {
      name: 'f',
      source: 'a\nb\n',
      private: false,
      run_as_system: false,
      can_evaluate: {}
    })
  ).toEqual([])
  expect(diff('function', local, { name: 'f', source: 'a\nc\n', private: true })).toEqual([
    'private',
    'source'
  ])
})

test('an auth provider compares function names, never the ids the server keeps beside them', () => {
  const local = {
    name: 'local-userpass',
    type: 'local-userpass',
    config: { resetFunctionName: 'reset', autoConfirm: true }
  }
  const remote = {
    ...local,
    disabled: false,
    config: { ...local.config, resetFunctionId: '0123456789abcdef01234567' }
  }
  expect(diff('auth_provider', local, remote)).toEqual([])
})

test('an endpoint without return_type equals one with the JSON default', () => {
  const local = { route: '/r', http_method: 'GET', function_name: 'f', validation_method: 'NO_VALIDATION' }
  expect(
    diff('endpoint', local, {
      ...local,
      return_type: 'JSON',
      disabled: false,
      respond_result: false,
      function_id: 'x'
    })
  ).toEqual([])
})

test('rules keep role order; a schema property named _id is compared', () => {
  const roles = [{ name: 'a' }, { name: 'b' }]
  expect(
    diff(
      'rule',
      { database: 'd', collection: 'c', roles },
      { database: 'd', collection: 'c', roles: [...roles].reverse() }
    )
  ).toEqual(['roles'])
  const schema = (t: string) => ({
    database: 'd',
    collection: 'c',
    schema: { properties: { _id: { bsonType: t } } }
  })
  expect(diff('schema', schema('objectId'), schema('string'))).toEqual(['schema'])
})

test("an Atlas data source without readPreference and wireProtocolEnabled equals the server's defaults", () => {
  const local = { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'Cluster0' } }
  const remote = {
    ...local,
    config: { clusterName: 'Cluster0', readPreference: 'primary', wireProtocolEnabled: false, clusterId: 'x' }
  }
  expect(diff('data_source', local, remote)).toEqual([])
  expect(
    diff('data_source', local, { ...remote, config: { ...remote.config, readPreference: 'secondary' } })
  ).toEqual(['config'])
})
