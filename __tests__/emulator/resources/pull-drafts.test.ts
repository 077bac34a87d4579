// The whole-config view (`GET …/pull`), draft isolation of resource writes, app logs of writes, and
// the guarantee that no route ever returns a secret's value.
import { PROJECT_1 } from '../harness.js'
import {
  apiError,
  createDataSource,
  createFunction,
  createSecret,
  startAppUnderTest,
  type AppUnderTest
} from './setup.js'

let t: AppUnderTest
beforeAll(async () => {
  t = await startAppUnderTest('pulled')
})
afterAll(() => t.stop())

const SECRET_VALUE = 'SUPER-SECRET-VALUE-do-not-leak-42'

describe('pull', () => {
  test('JSON pull reflects the created resources with references by name', async () => {
    const fn = await createFunction(t, 'onInsert', 'exports = function(event) { return event }')
    const svc = await createDataSource(t, 'mongodb-atlas', 'Cluster7')
    await t.api('POST', `/services/${svc}/rules`, {
      body: { database: 'shop', collection: 'orders', roles: [{ name: 'owner', read: true }] }
    })
    await t.api('POST', '/values', { body: { name: 'region', value: 'eu' } })
    await t.api('POST', '/environment_values', {
      body: { name: 'baseUrl', values: { production: 'https://prod' } }
    })
    await t.api('POST', '/triggers', {
      body: {
        name: 'orderInserted',
        type: 'DATABASE',
        config: { service_id: svc, database: 'shop', collection: 'orders', operation_types: ['INSERT'] },
        function_id: fn
      }
    })
    await t.api('PUT', '/environment', { body: { environment: 'production' } })
    const res = await t.api('GET', '/pull', { headers: { Accept: 'application/json' } })
    expect(res.status).toBe(200)
    const required = [
      'auth_providers',
      'data_sources',
      'deployment_model',
      'endpoints',
      'environments',
      'functions',
      'graphql',
      'hosting',
      'https_endpoints',
      'log_forwarders',
      'name',
      'provider_region',
      'schemas',
      'services',
      'sync',
      'triggers',
      'values'
    ]
    for (const key of required) expect(res.body).toHaveProperty(key)
    expect(res.body).toMatchObject({
      name: 'pulled',
      environment: 'production',
      hosting: { enabled: false },
      sync: { state: '' }
    })
    expect(res.body.functions).toContainEqual(
      expect.objectContaining({
        name: 'onInsert',
        source: 'exports = function(event) { return event }',
        private: false
      })
    )
    expect(res.body.triggers).toContainEqual(
      expect.objectContaining({ name: 'orderInserted', function_name: 'onInsert' })
    )
    expect(res.body.data_sources).toEqual([
      expect.objectContaining({
        name: 'mongodb-atlas',
        type: 'mongodb-atlas',
        config: expect.objectContaining({ clusterName: 'Cluster7' }),
        rules: [
          { database: 'shop', collection: 'orders', roles: [{ name: 'owner', read: true }], filters: [] }
        ]
      })
    ])
    expect(res.body.values).toContainEqual({
      name: 'region',
      private: false,
      from_secret: false,
      value: 'eu'
    })
    expect(res.body.environments.values.production.values).toEqual({ baseUrl: 'https://prod' })
    expect(res.body.auth_providers).toContainEqual(
      expect.objectContaining({ name: 'api-key', type: 'api-key' })
    )
    expect(res.body.graphql.config.use_natural_pluralization).toBe(true)
  })
})

describe('drafts', () => {
  test('writes inside a draft are visible to its author only, and live after the deployment', async () => {
    const { base } = await t.newApp('drafted')
    const draft = await t.alice.request('POST', `${base}/drafts`)
    expect(draft.status).toBe(201)
    const fn = await t.alice.request('POST', `${base}/functions`, {
      body: { name: 'draftOnly', private: false, source: 'x' }
    })
    expect(fn.status).toBe(201)
    await t.alice.request('PUT', `${base}/environment`, { body: { environment: 'qa' } })
    await t.alice.request('POST', `${base}/security/allowed_request_origins`, {
      body: ['https://draft.example.com']
    })
    expect(
      (await t.alice.request('GET', `${base}/functions`)).body.map((f: { name: string }) => f.name)
    ).toEqual(['draftOnly'])
    expect((await t.bob.request('GET', `${base}/functions`)).body).toEqual([])
    expect(await t.bob.request('GET', `${base}/functions/${fn.body._id}`)).toMatchObject(
      apiError(404, 'FunctionNotFound')
    )
    expect((await t.bob.request('GET', `${base}/security/allowed_request_origins`)).body).toEqual([])
    expect((await t.bob.request('GET', `${base}/pull`)).body.functions).toEqual([])
    const deployment = await t.alice.request('POST', `${base}/drafts/${draft.body._id}/deployment`, {
      body: { name: 'ship it' }
    })
    expect(deployment.status).toBe(201)
    t.clock.advance(10)
    const status = await t.alice.request('GET', `${base}/deployments/${deployment.body._id}`)
    expect(status.body.status).toBe('successful')
    expect(
      (await t.bob.request('GET', `${base}/functions`)).body.map((f: { name: string }) => f.name)
    ).toEqual(['draftOnly'])
    expect((await t.bob.request('GET', `${base}/security/allowed_request_origins`)).body).toEqual([
      'https://draft.example.com'
    ])
    expect((await t.bob.request('GET', `${base}/pull`)).body.environment).toBe('qa')
  })
})

describe('secrets never leave the server', () => {
  test('no GET route, pull or log shows a secret value', async () => {
    const secretId = await createSecret(t, 'leakCheck', SECRET_VALUE)
    const fn = await createFunction(t, 'leakHandler')
    const http = (
      await t.api('POST', '/services', {
        body: { name: 'leakTwilio', type: 'twilio', config: {}, secret_config: { auth_token: 'leakCheck' } }
      })
    ).body._id
    await t.api('POST', '/values', { body: { name: 'leakValue', from_secret: true, value: 'leakCheck' } })
    await t.api('POST', '/endpoints', {
      body: {
        route: '/leak',
        http_method: 'POST',
        function_id: fn,
        validation_method: 'VERIFY_PAYLOAD',
        secret_id: secretId
      }
    })
    await t.api('PUT', `/secrets/${secretId}`, {
      body: { name: 'leakCheck', value: `${SECRET_VALUE}-rotated` }
    })
    const ids: Record<string, string> = { secretId, functionId: fn, serviceId: http }
    const prefix = '/groups/{groupId}/apps/{appId}'
    const gets = t.h.emulator.routes.filter(r => r.method === 'GET' && r.pattern.startsWith(prefix))
    let checked = 0
    for (const route of gets) {
      const params = [...route.pattern.matchAll(/\{(\w+)\}/g)]
        .map(m => m[1])
        .filter(p => p !== 'groupId' && p !== 'appId')
      if (params.some(p => !ids[p])) continue
      const path = params.reduce(
        (p, name) => p.replace(`{${name}}`, ids[name]),
        route.pattern.slice(prefix.length)
      )
      const res = await t.api('GET', path)
      expect(JSON.stringify(res.body ?? '')).not.toContain('SUPER-SECRET')
      checked++
    }
    expect(checked).toBeGreaterThan(20)
    const logs = await t.alice.request('GET', `/groups/${PROJECT_1}/apps/${t.app._id}/logs`)
    expect(logs.status).toBe(200)
    expect(JSON.stringify(logs.body)).not.toContain('SUPER-SECRET')
  })

  test('each write leaves an app log entry naming the resource', async () => {
    await createFunction(t, 'loggedFunction')
    const logs = (await t.alice.request('GET', `/groups/${PROJECT_1}/apps/${t.app._id}/logs?type=API`)).body
      .logs
    expect(logs).toContainEqual(
      expect.objectContaining({ type: 'API', messages: ['created function "loggedFunction"'], status: 201 })
    )
  })
})
