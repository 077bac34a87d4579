// The pure writer, resource by resource: names instead of ids, server-only fields left out, the
// local format's fields only, and documents that may be order-sensitive kept as the server sent them.
import { configFiles } from '../../src/pull/index.js'
import { fileJson as json, samplePulledApp } from './sample-pull.js'

describe('configFiles writes', () => {
  test('functions: a manifest sorted by name, sources byte for byte, nested names in folders', () => {
    const { files } = configFiles(samplePulledApp(), { layout: '20210101' })
    const manifest = json(files, 'functions/config.json') as Array<Record<string, unknown>>
    expect(manifest.map(f => f.name)).toEqual([
      'authFn',
      'confirmFn',
      'endpointFn',
      'handleError',
      'onOrder',
      'onUserCreate',
      'resetFn',
      'resolveTotal',
      'utils/add'
    ])
    expect(manifest.find(f => f.name === 'onUserCreate')).toEqual({
      name: 'onUserCreate',
      private: true,
      can_evaluate: { '%%true': true }
    })
    expect(manifest.find(f => f.name === 'utils/add')).toEqual({
      name: 'utils/add',
      private: true,
      run_as_system: true
    })
    expect(files.get('functions/utils/add.js')).toBe('exports = function(arg) {\r\n  return "add";\n};\n')
    expect(files.get('functions/endpointFn.js')).toBe('')
    expect(json(files, 'functions/package.json')).toEqual({
      dependencies: { axios: '1.6.0', lodash: '4.17.21' }
    })
  })

  test('values keep a secret NAME; environments are transposed back into one file per environment', () => {
    const { files } = configFiles(samplePulledApp(), { layout: '20210101' })
    expect(json(files, 'values/apiKey.json')).toEqual({
      name: 'apiKey',
      value: 'apiKeySecret',
      from_secret: true
    })
    expect(files.get('values/plain.json')).toBe(
      '{\n  "name": "plain",\n  "value": {\n    "b": [\n      1,\n      2\n    ],\n    "a": "x"\n  },\n  "from_secret": false\n}\n'
    )
    expect(files.get('environments/development.json')).toBe(
      '{\n  "values": {\n    "debug": true,\n    "host": "dev.example.com"\n  }\n}\n'
    )
    expect(json(files, 'environments/no-environment.json')).toEqual({ values: { host: 'none.example.com' } })
    expect(json(files, 'environments/qa.json')).toEqual({ values: {} })
  })

  test('triggers name their function and data source; server-only fields are left out', () => {
    const { files } = configFiles(samplePulledApp(), { layout: '20210101' })
    expect(json(files, 'triggers/orderTrigger.json')).toEqual({
      name: 'orderTrigger',
      type: 'DATABASE',
      disabled: false,
      config: {
        service_name: 'mongodb-atlas',
        database: 'shop',
        collection: 'orders',
        operation_types: ['INSERT', 'UPDATE'],
        match: { 'fullDocument.address': { zip: '10001', city: 'New York' } },
        project: {},
        full_document: true
      },
      event_processors: { FUNCTION: { config: { function_name: 'onOrder' } } },
      error_handler: { config: { enabled: true, function_name: 'handleError' } }
    })
    // A MongoDB query keeps its key order: `{zip, city}` matches a different document than `{city, zip}`.
    expect(files.get('triggers/orderTrigger.json')).toContain('"zip": "10001",\n        "city": "New York"')
    expect(json(files, 'triggers/nightly.json')).toEqual({
      name: 'nightly',
      type: 'SCHEDULED',
      disabled: true,
      config: { schedule: '0 3 * * *', skip_catchup_events: false },
      event_processors: { FUNCTION: { config: { function_name: 'utils/add' } } }
    })
    expect((json(files, 'triggers/onLogin.json') as { event_processors: unknown }).event_processors).toEqual({
      AWS_EVENTBRIDGE: {
        config: { account_id: '012345678901', region: 'us-east-1', extended_json_enabled: true }
      }
    })
  })

  test('data sources: no server fields, sync in sync/config.json with its data source, rules and schemas per collection', () => {
    const { files } = configFiles(samplePulledApp(), { layout: '20210101' })
    expect(json(files, 'data_sources/mongodb-atlas/config.json')).toEqual({
      name: 'mongodb-atlas',
      type: 'mongodb-atlas',
      config: { clusterName: 'Cluster0', readPreference: 'primary', wireProtocolEnabled: false },
      version: 1
    })
    expect(json(files, 'sync/config.json')).toEqual({
      type: 'flexible',
      state: 'enabled',
      service_name: 'mongodb-atlas',
      database_name: 'shop',
      client_max_offline_days: 30,
      last_disabled: 0,
      queryable_fields_names: ['owner_id']
    })
    expect(json(files, 'data_sources/mongodb-atlas/shop/orders/rules.json')).toMatchObject({
      database: 'shop',
      collection: 'orders',
      filters: [{ name: 'mine' }]
    })
    expect(json(files, 'data_sources/mongodb-atlas/shop/items/relationships.json')).toEqual({})
    expect(json(files, 'data_sources/mongodb-atlas/default_rule.json')).toEqual({
      roles: [{ name: 'readAll', apply_when: {}, read: true, write: false }],
      filters: []
    })
  })

  test('auth, endpoints, resolvers and custom user data reference functions, services and secrets by name', () => {
    const { files } = configFiles(samplePulledApp(), { layout: '20210101' })
    const providers = json(files, 'auth/providers.json') as Record<
      string,
      { config?: Record<string, unknown> }
    >
    expect(Object.keys(providers)).toEqual([
      'anon-user',
      'api-key',
      'custom-function',
      'custom-token',
      'local-userpass'
    ])
    expect(providers['custom-function'].config).toEqual({ authFunctionName: 'authFn' })
    expect(Object.keys(providers['local-userpass'].config ?? {}).filter(k => k.endsWith('Id'))).toEqual([])
    expect(json(files, 'auth/custom_user_data.json')).toEqual({
      enabled: true,
      mongo_service_name: 'mongodb-atlas',
      database_name: 'shop',
      collection_name: 'users',
      user_id_field: 'user_id',
      on_user_creation_function_name: 'onUserCreate'
    })
    const endpoints = json(files, 'http_endpoints/config.json') as Array<Record<string, unknown>>
    expect(endpoints.map(e => `${String(e.http_method)} ${String(e.route)}`)).toEqual([
      'POST /hook',
      'GET /orders'
    ])
    expect(endpoints[0]).toMatchObject({
      function_name: 'endpointFn',
      secret_name: 'hookSecret',
      return_type: 'EJSON'
    })
    expect(Object.keys(endpoints[1])).not.toContain('last_modified')
    expect(json(files, 'graphql/custom_resolvers/Query_total.json')).toMatchObject({
      on_type: 'Query',
      field_name: 'total',
      function_name: 'resolveTotal'
    })
    expect(files.get('http_endpoints/legacyHttp/incoming_webhooks/hook/source.js')).toBe(
      'exports = function(payload, response) {\n  return 1;\n};\n'
    )
    expect(json(files, 'services/twilioSvc/config.json')).toEqual({
      name: 'twilioSvc',
      type: 'twilio',
      config: { sid: 'AC123' },
      secret_config: { auth_token: 'twilioToken' },
      version: 1
    })
  })
})
