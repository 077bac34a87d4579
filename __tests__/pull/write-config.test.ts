// The pure writer: a hand-written pull of an app with every kind of resource becomes exactly the
// files of each layout, with names instead of ids, stable order and formatting.
import { configFiles, type PulledApp } from '../../src/pull/index.js'
import { APP_ID, fileJson as json, GROUP_ID, samplePulledApp } from './sample-pull.js'

const SHARED_FILES = [
  'auth/custom_user_data.json',
  'auth/providers.json',
  'data_sources/mongodb-atlas/config.json',
  'data_sources/mongodb-atlas/default_rule.json',
  'data_sources/mongodb-atlas/shop/items/relationships.json',
  'data_sources/mongodb-atlas/shop/items/schema.json',
  'data_sources/mongodb-atlas/shop/orders/relationships.json',
  'data_sources/mongodb-atlas/shop/orders/rules.json',
  'data_sources/mongodb-atlas/shop/orders/schema.json',
  'environments/development.json',
  'environments/no-environment.json',
  'environments/production.json',
  'environments/qa.json',
  'environments/testing.json',
  'functions/authFn.js',
  'functions/config.json',
  'functions/confirmFn.js',
  'functions/endpointFn.js',
  'functions/handleError.js',
  'functions/onOrder.js',
  'functions/onUserCreate.js',
  'functions/package.json',
  'functions/resetFn.js',
  'functions/resolveTotal.js',
  'functions/utils/add.js',
  'graphql/config.json',
  'graphql/custom_resolvers/Query_total.json',
  'graphql/validation_settings.json',
  'hosting/config.json',
  'hosting/metadata.json',
  'log_forwarders/toColl.json',
  'log_forwarders/toFunction.json',
  'services/twilioSvc/config.json',
  'sync/config.json',
  'triggers/nightly.json',
  'triggers/onLogin.json',
  'triggers/orderTrigger.json',
  'values/apiKey.json',
  'values/plain.json'
]
const endpointFiles = (folder: string): string[] => [
  `${folder}/config.json`,
  `${folder}/data_api_config.json`,
  `${folder}/legacyHttp/config.json`,
  `${folder}/legacyHttp/incoming_webhooks/hook/config.json`,
  `${folder}/legacyHttp/incoming_webhooks/hook/source.js`,
  `${folder}/legacyHttp/rules/allowGet.json`
]

describe('configFiles', () => {
  test('20210101: realm_config.json, http_endpoints/ and every resource file, sorted', () => {
    const { files, notes } = configFiles(samplePulledApp(), { layout: '20210101' })
    const expected = [...SHARED_FILES, ...endpointFiles('http_endpoints'), 'realm_config.json'].sort()
    expect([...files.keys()]).toEqual(expected)
    expect(notes).toEqual([])
    expect(files.get('realm_config.json')).toBe(
      JSON.stringify(
        {
          config_version: 20210101,
          app_id: 'everykind-abcde',
          name: 'EveryKind',
          location: 'US-VA',
          provider_region: 'aws-us-east-1',
          deployment_model: 'LOCAL',
          environment: 'production',
          allowed_request_origins: ['https://a.example.com', 'https://b.example.com']
        },
        null,
        2
      ) + '\n'
    )
  })

  test('20230101: root_config.json without config_version, .mdb/meta.json with the ids, https_endpoints/', () => {
    const { files } = configFiles(samplePulledApp(), { layout: '20230101' })
    const expected = [
      ...SHARED_FILES,
      ...endpointFiles('https_endpoints'),
      'root_config.json',
      '.mdb/meta.json'
    ].sort()
    expect([...files.keys()]).toEqual(expected)
    expect(json(files, 'root_config.json')).toEqual({
      name: 'EveryKind',
      provider_region: 'aws-us-east-1',
      deployment_model: 'LOCAL',
      environment: 'production',
      allowed_request_origins: ['https://a.example.com', 'https://b.example.com']
    })
    expect(json(files, '.mdb/meta.json')).toEqual({
      config_version: 20230101,
      app_id: APP_ID,
      group_id: GROUP_ID,
      client_app_id: 'everykind-abcde'
    })
  })

  test('every JSON file is 2-space indented with a final newline, and the output does not depend on input order', () => {
    const { files } = configFiles(samplePulledApp(), { layout: '20210101' })
    for (const [path, text] of files) {
      if (!path.endsWith('.json')) continue
      expect([path, text]).toEqual([path, `${JSON.stringify(JSON.parse(text), null, 2)}\n`])
    }
    const shuffled = samplePulledApp() as { snapshot: { pull: Record<string, unknown[]> } } & PulledApp
    for (const key of [
      'functions',
      'triggers',
      'values',
      'endpoints',
      'log_forwarders',
      'auth_providers',
      'schemas'
    ])
      shuffled.snapshot.pull[key].reverse()
    expect(configFiles(shuffled, { layout: '20210101' }).files).toEqual(files)
  })

  test('hosting: config.json, and the assets with their attrs in metadata.json sorted by path', () => {
    const pulled = samplePulledApp()
    const { files } = configFiles(pulled, { layout: '20210101' })
    expect(json(files, 'hosting/config.json')).toEqual({
      enabled: true,
      app_default_domain: 'everykind-abcde.mongodbstitch.com'
    })
    expect(json(files, 'hosting/metadata.json')).toEqual([
      {
        path: '/css/site.css',
        attrs: [
          { name: 'Content-Type', value: 'text/css' },
          { name: 'Cache-Control', value: 'max-age=60' }
        ]
      },
      { path: '/index.html', attrs: [{ name: 'Content-Type', value: 'text/html' }] }
    ])
    const withoutAssets = configFiles({ ...pulled, assets: undefined }, { layout: '20210101' }).files
    expect(withoutAssets.has('hosting/metadata.json')).toBe(false)
  })

  test('what the files cannot say exactly becomes a note', () => {
    const pulled = samplePulledApp()
    const pull = pulled.snapshot.pull as {
      values: Array<Record<string, unknown>>
      triggers: Array<Record<string, unknown>>
    }
    pull.values[0].private = true
    pull.triggers[1].function_id = '65f0c0de9999999999999999'
    const { notes } = configFiles(pulled, { layout: '20210101' })
    expect(notes).toEqual([
      "values/plain.json: the value is private in the app; the config format has no 'private' field, so a deploy makes it public",
      'triggers/nightly.json: refers to function 65f0c0de9999999999999999, which the app does not list; the reference is left out'
    ])
  })

  test('an app without custom user data, data API, dependencies or sync gets no such files; endpoints are []', () => {
    const pulled = samplePulledApp()
    const pull = pulled.snapshot.pull as Record<string, unknown>
    Object.assign(pull, { custom_user_data: null, data_api_config: null, endpoints: [], sync: undefined })
    const { files } = configFiles(
      { ...pulled, dependencies: { dependencies_list: [] } },
      { layout: '20230101' }
    )
    for (const path of [
      'auth/custom_user_data.json',
      'https_endpoints/data_api_config.json',
      'functions/package.json',
      'sync/config.json'
    ]) {
      expect([path, files.has(path)]).toEqual([path, false])
    }
    expect(files.get('https_endpoints/config.json')).toBe('[]\n')
  })
})
