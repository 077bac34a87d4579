// The real-world apps in the shared fixtures (read through REALM_DEPLOY_SHARED_FIXTURES).
import path from 'node:path'
import { loadApp, validateApp } from '../../src/app/load.js'
import { triggerFunctionName } from '../../src/app/model.js'
import { redact } from '../../src/secrets.js'
import { sharedFixtures } from './fixture-dirs.js'

const shared = sharedFixtures()
const maybe = shared ? describe : describe.skip
const appDir = (name: string): string => path.join(shared as string, 'apps', name)

maybe('shared fixture apps', () => {
  test.each([
    ['platfour', '20210101'],
    ['template-edge-server', '20230101'],
    ['template-triggers', '20210101'],
    ['cli-testdata-20210101', '20210101']
  ])('%s loads (%s)', async (name, layout) => {
    const model = await loadApp({ appDir: appDir(name) })
    expect(model.layout).toBe(layout)
  })

  test('platfour: functions, values, triggers with their exported ids dropped, hosting', async () => {
    const model = await loadApp({ appDir: appDir('platfour') })
    expect(model.functions).toHaveLength(9)
    expect(model.values).toHaveLength(6)
    expect(model.warnings).toEqual([])
    const expire = model.triggers.find(t => t.name === 'expiregames')
    expect(expire).toMatchObject({ type: 'SCHEDULED', config: { schedule: '*/1 * * * *' } })
    expect(expire && triggerFunctionName(expire)).toBe('expireGames')
    expect(model.triggers.every(t => !('id' in t))).toBe(true)
    expect(model.settings).toMatchObject({
      client_app_id: 'platfour-qhfdw',
      location: 'US-VA',
      provider_region: 'aws-us-east-1'
    })
    expect(model.hosting?.config).toMatchObject({ enabled: true, custom_domain: 'platfour.me' })
    expect(model.endpoints).toEqual([])
  })

  test('template-edge-server: root_config.json without .mdb, https_endpoints, flexible sync, schema', async () => {
    const model = await loadApp({ appDir: appDir('template-edge-server') })
    expect(model.rootFile).toBe('root_config.json')
    expect(model.sync).toMatchObject({
      type: 'flexible',
      state: 'enabled',
      service_name: 'mongodb-atlas',
      database_name: 'todo'
    })
    expect(model.graphql?.validation_settings).toMatchObject({
      read_validation_action: 'ERROR',
      file: 'graphql/validation_settings.json'
    })
    expect(model.dataSources[0].schemas.map(s => `${s.database}.${s.collection}`)).toEqual(['todo.Item'])
    expect(model.hosting).toEqual({ present: true, config: { enabled: false, file: 'hosting/config.json' } })
  })

  test('cli-testdata-20200603: the references App Services would refuse are errors; the rest reads', async () => {
    // realm-cli's parser test app: its resolver calls a function it lacks and its enabled custom user
    // data names a data source it lacks. Both writes need an id that does not exist, so App Services
    // refuses them, and validate says so before anything is sent.
    const { model: read, problems } = await validateApp({ appDir: appDir('cli-testdata-20200603') })
    expect(problems.filter(p => p.severity === 'error')).toEqual([
      expect.objectContaining({ source: 'config.json', field: 'custom_user_data_config.mongo_service_name' }),
      expect.objectContaining({
        source: 'graphql/custom_resolvers/query_result.json',
        message: expect.stringContaining("'addOne'")
      })
    ])
    const model = read as NonNullable<typeof read>
    expect(model.layout).toBe('20200603')
    expect(model.dataSources.map(d => [d.name, d.type])).toEqual([['mdbSvc', 'mongodb']])
    expect(model.services.map(s => [s.name, s.incoming_webhooks.map(w => w.name)])).toEqual([
      ['http', ['find']]
    ])
    const yell = model.triggers[0]
    expect(yell.event_processors).toEqual({ FUNCTION: { config: { function_name: 'test' } } })
    expect(model.logForwarders[0]).toMatchObject({
      name: 'forwarder',
      action: { type: 'function', name: 'test' }
    })
    expect(model.secretsNeeded).toEqual(['secret'])
    expect(model.settings).toMatchObject({
      group_id: 'groupID',
      app_id: 'appID',
      client_app_id: 'full-abcde'
    })
  })

  test('cli-testdata-20210101: a schema-only collection gets a schema and no rule', async () => {
    const model = await loadApp({ appDir: appDir('cli-testdata-20210101') })
    const [atlas] = model.dataSources
    const ns = (list: Array<{ database: string; collection: string }>): string[] =>
      list.map(r => `${r.database}.${r.collection}`).sort()
    expect(ns(atlas.rules)).toEqual(['foo.bar', 'foo.onlyRulesColl', 'test.test'])
    expect(ns(atlas.schemas)).toEqual(['foo.bar', 'foo.onlySchemasColl', 'test.test'])
    expect(atlas.schemas.find(s => s.collection === 'test')?.relationships).toEqual({
      user_id: {
        ref: '#/relationship/mongodb-atlas/foo/bar',
        source_key: 'user_id',
        foreign_key: 'user_id',
        is_list: false
      }
    })
  })

  test('stitch-legacy: every upstream defect is reported in one run, each naming its file', async () => {
    const result = await validateApp({ appDir: appDir('stitch-legacy') })
    const errors = result.problems.filter(p => p.severity === 'error')
    expect(errors).toEqual([
      expect.objectContaining({
        source: 'secrets.json',
        line: 9,
        message: expect.stringContaining('trailing comma')
      })
    ])
    // No name is not a defect: a run names the app with --app (issue of 20180301 exports).
    expect(result.problems).toContainEqual(
      expect.objectContaining({ source: 'stitch.json', field: 'name', severity: 'warning' })
    )
    expect(result.problems).toContainEqual(
      expect.objectContaining({ source: 'stitch.json', field: 'app_id', severity: 'warning' })
    )
    expect(result.problems).toContainEqual(
      expect.objectContaining({ source: 'hosting/metadata.json', line: 3, field: '[0].path' })
    )
    await expect(loadApp({ appDir: appDir('stitch-legacy') })).rejects.toThrow('trailing comma')
  })

  test('stitch-legacy: the rest of the app is still read (v1 providers, function, rule with schema)', async () => {
    const { model } = await validateApp({ appDir: appDir('stitch-legacy') })
    expect(model?.authProviders.map(p => p.name).sort()).toEqual([
      'anon-user',
      'oauth2-facebook',
      'oauth2-google'
    ])
    expect(model?.authProviders.every(p => !('id' in p))).toBe(true)
    expect(model?.secretsNeeded).toEqual(['FBSekrit', 'GoogleSekrit'])
    expect(model?.functions.map(f => [f.name, f.run_as_system])).toEqual([['changeMyRandomDoc', true]])
    expect(model?.dataSources[0].schemas).toEqual([
      expect.objectContaining({ database: 'todo', collection: 'items' })
    ])
  })

  test('stitch-legacy: secret values in secrets.json are masked at once and never kept', async () => {
    const { model } = await validateApp({ appDir: appDir('stitch-legacy') })
    expect(JSON.stringify(model)).not.toContain('abcdefghijklmnop')
    expect(redact('FBSekrit=abcdefghijklmnop')).toBe('FBSekrit=***')
  })
})
