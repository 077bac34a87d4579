import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { loadApp, validateApp } from '../../src/app/load.js'
import { triggerFunctionName, type AppModel } from '../../src/app/model.js'
import { ConfigError } from '../../src/errors.js'
import { copyToTemp, OWN_APPS } from './fixture-dirs.js'

const load = (layout: string): Promise<AppModel> =>
  loadApp({ appDir: path.join(OWN_APPS, `layout-${layout}`) })

describe.each(['20230101', '20210101', '20200603', '20180301'])('the %s project fixture', layout => {
  let model: AppModel
  beforeAll(async () => {
    model = await load(layout)
  })

  test('loads without errors or warnings', () => {
    expect(model.layout).toBe(layout)
    expect(model.warnings).toEqual([])
  })

  test('reads functions with their manifest flags and LF sources', () => {
    const restock = model.functions.find(f => f.name === 'restock')
    expect(restock).toMatchObject({ private: false })
    expect(restock?.source).toMatch(/^exports = async function\(request, response\)/)
    expect(model.functions.find(f => f.name === 'onOrderInsert')).toMatchObject({
      private: true,
      run_as_system: true
    })
  })

  test('normalizes both triggers to the event processor form, names intact', () => {
    const byName = new Map(model.triggers.map(t => [t.name, t]))
    const db = byName.get('onOrderInsert')
    const scheduled = byName.get('nightlyReport')
    expect(db).toMatchObject({
      type: 'DATABASE',
      disabled: false,
      config: { service_name: 'mongodb-atlas', operation_types: ['INSERT', 'UPDATE'] }
    })
    expect(scheduled?.config).toEqual({ schedule: '30 2 * * MON-FRI', skip_catchup_events: true })
    expect(scheduled && triggerFunctionName(scheduled)).toBe('nightlyReport')
    expect(scheduled).not.toHaveProperty('function_name')
  })

  test('reads values (with from_secret) and transposes the environments', () => {
    expect(model.values).toEqual([
      { name: 'lowStockThreshold', value: 5, from_secret: false, file: 'values/lowStockThreshold.json' },
      { name: 'slackWebhook', value: 'slackWebhookUrl', from_secret: true, file: 'values/slackWebhook.json' }
    ])
    const cluster = model.environmentValues.find(v => v.name === 'clusterName')
    expect(cluster?.values).toEqual({
      none: 'Cluster0',
      development: 'InventoryDev',
      testing: 'InventoryTest',
      qa: 'InventoryQA',
      production: 'InventoryProd'
    })
    expect(model.environmentValues.find(v => v.name === 'reportRecipients')?.values).toEqual({
      development: ['dev@example.com'],
      production: ['ops@example.com', 'buyers@example.com']
    })
  })

  test('reads the data source with its default rule, collection rule and schema', () => {
    expect(model.dataSources).toHaveLength(1)
    const [atlas] = model.dataSources
    expect(atlas).toMatchObject({ name: 'mongodb-atlas', type: 'mongodb-atlas', version: 1 })
    expect(atlas.config.clusterName).toBe('%(%%environment.values.clusterName)')
    expect(atlas.default_rule?.roles?.[0]).toMatchObject({ name: 'readAll', read: true })
    expect(atlas.rules).toEqual([
      expect.objectContaining({ database: 'inventory', collection: 'orders', filters: [] })
    ])
    expect(atlas.rules[0].roles?.[0]).toMatchObject({ name: 'owner', apply_when: { owner_id: '%%user.id' } })
  })

  test('records hosting and the secrets the config needs', () => {
    expect(model.hosting?.present).toBe(true)
    expect(model.secretsNeeded).toContain('slackWebhookUrl')
  })
})

describe('v2 layouts (20230101, 20210101)', () => {
  test.each(['20230101', '20210101'])('%s: nested functions, endpoints, auth, dependencies', async layout => {
    const model = await load(layout)
    expect(model.functions.map(f => f.name).sort()).toEqual([
      'nightlyReport',
      'onOrderInsert',
      'restock',
      'utils/formatSku'
    ])
    expect(model.functions.find(f => f.name === 'utils/formatSku')).toMatchObject({
      private: true,
      file: 'functions/config.json',
      sourceFile: 'functions/utils/formatSku.js'
    })
    const folder = layout === '20230101' ? 'https_endpoints' : 'http_endpoints'
    expect(model.endpoints).toEqual([
      expect.objectContaining({
        route: '/restock',
        http_method: 'POST',
        function_name: 'restock',
        secret_name: 'restockToken',
        file: `${folder}/config.json`
      })
    ])
    expect(model.secretsNeeded).toEqual(['restockToken', 'slackWebhookUrl'])
    expect(model.authProviders.map(p => [p.name, p.disabled])).toEqual([
      ['anon-user', true],
      ['api-key', false]
    ])
    expect(model.customUserData).toEqual({ enabled: false, file: 'auth/custom_user_data.json' })
    expect(model.dependencies).toEqual({
      kind: 'package.json',
      file: 'functions/package.json',
      dependencies: { lodash: '^4.17.21' }
    })
    expect(model.hosting?.config).toMatchObject({ enabled: true, file: 'hosting/config.json' })
    expect(model.dataSources[0].schemas).toEqual([
      expect.objectContaining({
        database: 'inventory',
        collection: 'orders',
        relationships: {},
        file: 'data_sources/mongodb-atlas/inventory/orders/schema.json'
      })
    ])
  })

  test('20230101: settings from root_config.json and .mdb/meta.json', async () => {
    const model = await load('20230101')
    expect(model.settings).toEqual({
      file: 'root_config.json',
      name: 'inventory-23',
      provider_region: 'aws-us-east-1',
      deployment_model: 'LOCAL',
      environment: 'development',
      allowed_request_origins: ['https://inventory.example.com'],
      group_id: '5f1e2d3c4b5a697887766554',
      app_id: '64b7f0c2a1b2c3d4e5f60718',
      client_app_id: 'inventory-23-abcde'
    })
    expect(model.dataApiConfig).toMatchObject({
      disabled: true,
      versions: ['v1'],
      file: 'https_endpoints/data_api_config.json'
    })
    expect(model.sync).toMatchObject({
      type: 'flexible',
      service_name: 'mongodb-atlas',
      file: 'sync/config.json'
    })
    expect(model.logForwarders).toEqual([
      expect.objectContaining({
        name: 'errors',
        disabled: false,
        action: expect.objectContaining({ type: 'collection' })
      })
    ])
  })

  test('20210101: the root file app_id is the client app id', async () => {
    const model = await load('20210101')
    expect(model.settings).toMatchObject({
      client_app_id: 'inventory-21-fghij',
      location: 'US-VA',
      environment: 'production'
    })
    expect(model.graphql).toEqual({
      config: {
        use_natural_pluralization: true,
        disable_schema_introspection: false,
        file: 'graphql/config.json'
      },
      custom_resolvers: []
    })
  })
})

describe('v1 layouts (20200603, 20180301)', () => {
  test.each(['20200603', '20180301'])(
    '%s: services/ holds the data source and the http service with its webhook',
    async layout => {
      const model = await load(layout)
      expect(model.dataSources.map(d => [d.name, d.file])).toEqual([
        ['mongodb-atlas', 'services/mongodb-atlas/config.json']
      ])
      expect(model.dataSources[0].rules).toEqual([
        expect.objectContaining({
          database: 'inventory',
          collection: 'orders',
          file: 'services/mongodb-atlas/rules/inventory.orders.json'
        })
      ])
      expect(model.services).toHaveLength(1)
      const [http] = model.services
      expect(http).toMatchObject({
        name: 'http',
        type: 'http',
        rules: [expect.objectContaining({ name: 'restock', actions: ['post'] })]
      })
      expect(http.incoming_webhooks).toEqual([
        expect.objectContaining({
          name: 'restock',
          sourceFile: 'services/http/incoming_webhooks/restock/source.js',
          source: expect.stringContaining('execute("restock"')
        })
      ])
      expect(model.functions.map(f => [f.name, f.file])).toContainEqual([
        'restock',
        'functions/restock/config.json'
      ])
      expect(model.authProviders.map(p => p.file).sort()).toEqual([
        'auth_providers/anon-user.json',
        'auth_providers/api-key.json'
      ])
      expect(model.settings.allowed_request_origins).toEqual(['https://inventory.example.com'])
      expect(model.hosting?.config).toEqual({ enabled: true, file: model.rootFile })
      expect(model.customUserData).toEqual({ enabled: false, file: model.rootFile })
      expect(model.endpoints).toEqual([])
    }
  )

  test('20180301: the schema embedded in a rule file becomes a schema', async () => {
    const model = await load('20180301')
    const [atlas] = model.dataSources
    expect(atlas.schemas).toEqual([
      expect.objectContaining({ database: 'inventory', collection: 'orders', relationships: {} })
    ])
    expect(atlas.schemas[0].schema).toMatchObject({ title: 'Order', bsonType: 'object' })
    expect(atlas.rules[0]).not.toHaveProperty('schema')
  })

  test('20200603: ids come from .mdb/app_meta.json, the client app id from config.json', async () => {
    const model = await load('20200603')
    expect(model.settings).toMatchObject({
      app_id: '64b7f0c2a1b2c3d4e5f60719',
      group_id: '5f1e2d3c4b5a697887766554',
      client_app_id: 'inventory-20-klmno'
    })
  })
})

describe('reading details', () => {
  test('CRLF sources become LF; node_modules and exported ids are left out', async () => {
    const { app } = await copyToTemp(path.join(OWN_APPS, 'layout-20210101'))
    await writeFile(path.join(app, 'functions/restock.js'), 'exports = function() {\r\n  return 1;\r\n};\r\n')
    await mkdir(path.join(app, 'functions/node_modules/lodash'), { recursive: true })
    await writeFile(path.join(app, 'functions/node_modules/lodash/index.js'), 'module.exports = {}\n')
    const trigger = JSON.parse(await readFile(path.join(app, 'triggers/nightlyReport.json'), 'utf8'))
    await writeFile(
      path.join(app, 'triggers/nightlyReport.json'),
      JSON.stringify({ id: '638dc26dfaf248aa5ff7d012', ...trigger })
    )
    const model = await loadApp({ appDir: app })
    expect(model.functions.find(f => f.name === 'restock')?.source).toBe(
      'exports = function() {\n  return 1;\n};\n'
    )
    expect(model.functions.some(f => f.name.includes('node_modules'))).toBe(false)
    expect(model.triggers.find(t => t.name === 'nightlyReport')).not.toHaveProperty('id')
    expect(model.dependencies?.kind).toBe('package.json')
    expect(model.warnings).toContainEqual(
      expect.objectContaining({
        source: 'functions/',
        message: expect.stringContaining('several dependency sources')
      })
    )
  })

  test('a UTF-8 BOM is accepted; the root is the real path', async () => {
    const { app } = await copyToTemp(path.join(OWN_APPS, 'layout-20210101'))
    const text = await readFile(path.join(app, 'values/lowStockThreshold.json'), 'utf8')
    await writeFile(path.join(app, 'values/lowStockThreshold.json'), `\ufeff${text}`)
    const model = await loadApp({ appDir: app })
    expect(model.values.find(v => v.name === 'lowStockThreshold')?.value).toBe(5)
    expect(model.root).toBe(await realpath(app))
  })

  test('loadApp throws one ConfigError carrying every error, each naming its file', async () => {
    const { app } = await copyToTemp(path.join(OWN_APPS, 'layout-20230101'))
    await writeFile(
      path.join(app, 'values/lowStockThreshold.json'),
      '{"name": "lowStockThreshold", "value": 5,}'
    )
    await writeFile(
      path.join(app, 'triggers/nightlyReport.json'),
      JSON.stringify({
        name: 'nightlyReport',
        type: 'SCHEDULED',
        config: { schedule: '0 25 * * *' },
        function_name: 'nope'
      })
    )
    const error = (await loadApp({ appDir: app }).catch((e: unknown) => e)) as ConfigError
    expect(error).toBeInstanceOf(ConfigError)
    expect(error.exitCode).toBe(2)
    const errors = error.problems.filter(p => p.severity === 'error').map(p => [p.source, p.field])
    expect(errors).toEqual([
      ['triggers/nightlyReport.json', 'config.schedule'],
      ['triggers/nightlyReport.json', 'function_name'],
      ['values/lowStockThreshold.json', undefined]
    ])
  })

  test('a symlink inside the app is followed; a loop of folders is read once', async () => {
    const { app } = await copyToTemp(path.join(OWN_APPS, 'layout-20210101'))
    const { symlink } = await import('node:fs/promises')
    await symlink(path.join(app, 'functions/utils'), path.join(app, 'functions/utils/again'))
    await symlink(
      path.join(app, 'values/lowStockThreshold.json'),
      path.join(app, 'values/threshold-link.json')
    )
    const result = await validateApp({ appDir: app })
    expect(result.problems.filter(p => p.severity === 'error')).toEqual([
      expect.objectContaining({
        source: 'values/threshold-link.json',
        message: expect.stringContaining("value 'lowStockThreshold' is defined twice")
      })
    ])
  })

  test('20210101: legacy HTTP services under http_endpoints/<service>/ are read with their webhooks', async () => {
    const { app } = await copyToTemp(path.join(OWN_APPS, 'layout-20210101'))
    const hook = path.join(app, 'http_endpoints/payments/incoming_webhooks/onCharge')
    await mkdir(hook, { recursive: true })
    await writeFile(
      path.join(app, 'http_endpoints/payments/config.json'),
      JSON.stringify({ name: 'payments', type: 'http', config: {}, version: 1 })
    )
    const options = {
      httpMethod: 'POST',
      validationMethod: 'SECRET_AS_QUERY_PARAM',
      secret: 'whsec-literal-value'
    }
    await writeFile(
      path.join(hook, 'config.json'),
      JSON.stringify({ name: 'onCharge', respond_result: true, options })
    )
    await writeFile(
      path.join(hook, 'source.js'),
      'exports = function(payload) {\r\n  return payload;\r\n};\r\n'
    )
    const model = await loadApp({ appDir: app })
    expect(model.endpoints).toHaveLength(1)
    expect(model.services).toEqual([
      expect.objectContaining({
        name: 'payments',
        file: 'http_endpoints/payments/config.json',
        incoming_webhooks: [
          expect.objectContaining({
            name: 'onCharge',
            source: 'exports = function(payload) {\n  return payload;\n};\n'
          })
        ]
      })
    ])
    // A legacy webhook secret is the secret itself: it is masked from then on.
    const { redact } = await import('../../src/secrets.js')
    expect(redact('whsec-literal-value')).toBe('***')
  })

  test('ids exported with functions (provider *FunctionId, processor function_id) are dropped', async () => {
    const { app } = await copyToTemp(path.join(OWN_APPS, 'layout-20230101'))
    const providers = {
      'custom-function': {
        name: 'custom-function',
        type: 'custom-function',
        config: { authFunctionName: 'restock', authFunctionId: '64b7f0c2a1b2c3d4e5f60799' }
      },
      'local-userpass': {
        name: 'local-userpass',
        type: 'local-userpass',
        config: { resetFunctionId: '64b7f0c2a1b2c3d4e5f60798' }
      }
    }
    await writeFile(path.join(app, 'auth/providers.json'), JSON.stringify(providers))
    const trigger = JSON.parse(await readFile(path.join(app, 'triggers/nightlyReport.json'), 'utf8'))
    trigger.event_processors.FUNCTION.config.function_id = '64b7f0c2a1b2c3d4e5f60797'
    await writeFile(path.join(app, 'triggers/nightlyReport.json'), JSON.stringify(trigger))
    const model = await loadApp({ appDir: app })
    expect(model.authProviders.map(p => p.config)).toEqual([{ authFunctionName: 'restock' }, {}])
    expect(model.triggers.find(t => t.name === 'nightlyReport')?.event_processors).toEqual({
      FUNCTION: { config: { function_name: 'nightlyReport' } }
    })
    expect(model.warnings).toEqual([
      expect.objectContaining({
        source: 'auth/providers.json',
        field: 'local-userpass.config.resetFunctionId'
      })
    ])
  })
})
