// The routes that complete the spec: function execution, network security, app API keys, event
// subscriptions, deployment migration, linking several data sources, redeploy of an unfinished
// deployment, the hosting list without `recursive`, and the operations answered NotEmulated.
import { ALICE, PROJECT_1, createApp, fakeClock, startHarness } from '../harness.js'
import { apiError, createFunction, startAppUnderTest, type AppUnderTest } from './setup.js'

let t: AppUnderTest
beforeAll(async () => {
  t = await startAppUnderTest('specroutes')
})
afterAll(() => t.stop())

describe('debug/execute_function', () => {
  test('runs the deployed function with JSON arguments and answers {result, logs, stats}', async () => {
    await t.api('POST', '/values', { body: { name: 'greeting', private: false, value: 'hi' } })
    await createFunction(
      t,
      'greet',
      'exports = (who) => { console.log("greeting", who); return `${context.values.get("greeting")} ${who}` }'
    )
    const res = await t.api('POST', '/debug/execute_function?run_as_system=true', {
      body: { name: 'greet', arguments: ['ada'] }
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      result: 'hi ada',
      logs: ['greeting ada'],
      stats: { execution_time: expect.stringMatching(/^\d+ms$/) }
    })
  })

  test('exactly one of user_id or run_as_system=true; unknown function 404; service functions 501', async () => {
    const body = { body: { name: 'greet', arguments: [] } }
    expect(await t.api('POST', '/debug/execute_function', body)).toMatchObject(
      apiError(400, 'InvalidParameter', 'user_id')
    )
    expect(await t.api('POST', '/debug/execute_function?user_id=u1&run_as_system=true', body)).toMatchObject(
      apiError(400, 'InvalidParameter', 'cannot both')
    )
    expect((await t.api('POST', '/debug/execute_function?user_id=u1&run_as_system=false', body)).status).toBe(
      200
    )
    expect(
      await t.api('POST', '/debug/execute_function?run_as_system=true', { body: { name: 'nope' } })
    ).toMatchObject(apiError(404, 'FunctionNotFound'))
    expect(
      await t.api('POST', '/debug/execute_function?run_as_system=true', {
        body: { name: 'greet', service: 'http' }
      })
    ).toMatchObject(apiError(501, 'NotEmulated', 'service'))
  })

  test('a function in a draft is not run until deployed (the service runs deployed code)', async () => {
    await t.api('POST', '/drafts')
    await createFunction(t, 'drafted', 'exports = () => 1')
    expect(
      await t.api('POST', '/debug/execute_function?run_as_system=true', { body: { name: 'drafted' } })
    ).toMatchObject(apiError(404, 'FunctionNotFound'))
    const draft = (await t.api('GET', '/drafts')).body[0]
    await t.api('POST', `/drafts/${draft._id}/deployment`, { body: { name: 'with drafted' } })
    const res = await t.api('POST', '/debug/execute_function?run_as_system=true', {
      body: { name: 'drafted' }
    })
    expect(res.body.result).toEqual({ $numberInt: '1' })
  })

  test('execute_function_source runs a source as the given user; errors come back in `error`', async () => {
    const ok = await t.api('POST', '/debug/execute_function_source?user_id=u42', {
      body: { source: 'exports = () => context.user.id' }
    })
    expect(ok.body.result).toBe('u42')
    const failed = await t.api('POST', '/debug/execute_function_source?run_as_system=true', {
      body: { source: 'exports = () => context.services.get("mongodb-atlas")' }
    })
    expect(failed.status).toBe(200)
    expect(failed.body.error).toEqual({
      name: 'Error',
      message: expect.stringContaining('context.services is not emulated')
    })
    expect(
      await t.api('POST', '/debug/execute_function_source?run_as_system=true', {
        body: { source: 'exports = () => 1', eval_source: '{"%%user.id": "x"}' }
      })
    ).toMatchObject(apiError(501, 'NotEmulated', 'eval_source'))
  })
})

describe('security', () => {
  test('IP access list: create, update (201 with the entry), list as {current_ip, allowed_ips}, delete', async () => {
    const created = await t.api('POST', '/security/access_list', {
      body: { address: '192.0.2.1', comment: 'ci' }
    })
    expect(created).toMatchObject({
      status: 201,
      body: { address: '192.0.2.1', ip: '192.0.2.1', comment: 'ci' }
    })
    const id = created.body._id
    expect(await t.api('POST', '/security/access_list', { body: { address: '192.0.2.1' } })).toMatchObject(
      apiError(409, 'DuplicateName')
    )
    expect(await t.api('POST', '/security/access_list', { body: { address: '300.1.1.1' } })).toMatchObject(
      apiError(400, 'InvalidParameter')
    )
    expect(await t.api('POST', '/security/access_list', { body: { address: '10.0.0.0/33' } })).toMatchObject(
      apiError(400, 'InvalidParameter')
    )
    const updated = await t.api('PATCH', `/security/access_list/${id}`, {
      body: { address: '2001:db8::/32' }
    })
    expect(updated).toMatchObject({
      status: 201,
      body: { _id: id, address: '2001:db8::/32', network: '2001:db8::/32', comment: 'ci' }
    })
    expect(updated.body.ip).toBeUndefined()
    const list = await t.api('GET', '/security/access_list')
    expect(list.body).toEqual({ current_ip: '127.0.0.1', allowed_ips: [updated.body] })
    expect((await t.api('DELETE', `/security/access_list/${id}`)).status).toBe(204)
    expect(await t.api('DELETE', `/security/access_list/${id}`)).toMatchObject(
      apiError(404, 'AccessListEntryNotFound')
    )
  })

  test('refresh token expiration: default 60 days, bounded, stored', async () => {
    expect((await t.api('GET', '/security/refresh_token_expiration')).body).toEqual({
      expiration_time_seconds: 5184000
    })
    for (const bad of [1799, 15552001, 3600.5, '3600'])
      expect(
        await t.api('PUT', '/security/refresh_token_expiration', { body: { expiration_time_seconds: bad } })
      ).toMatchObject(apiError(400, 'InvalidParameter'))
    expect(
      (await t.api('PUT', '/security/refresh_token_expiration', { body: { expiration_time_seconds: 1800 } }))
        .status
    ).toBe(204)
    expect((await t.api('GET', '/security/refresh_token_expiration')).body).toEqual({
      expiration_time_seconds: 1800
    })
  })

  test('private endpoints: CRUD with a known region; service infos in the app region', async () => {
    const body = {
      cloud_provider_region: 'aws-us-east-1',
      cloud_provider_endpoint_id: 'vpce-1',
      endpoint_type: 'sync'
    }
    const created = await t.api('POST', '/security/private_endpoints', { body })
    expect(created).toMatchObject({ status: 201, body })
    expect(
      await t.api('POST', '/security/private_endpoints', {
        body: { ...body, cloud_provider_region: 'mars-1' }
      })
    ).toMatchObject(apiError(400, 'InvalidParameter'))
    const put = await t.api('PUT', `/security/private_endpoints/${created.body._id}`, {
      body: { ...body, comment: 'c' }
    })
    expect(put).toMatchObject({ status: 200, body: { comment: 'c' } })
    const infos = (await t.api('GET', '/security/private_endpoint_service_infos')).body
    expect(infos.map((i: { endpoint_type: string }) => i.endpoint_type)).toEqual(['sync', 'general'])
    expect(
      (
        await t.api('POST', '/security/allow_non_vpc_client_requests', {
          body: { allow_non_vpc_client_requests: 1 }
        })
      ).status
    ).toBe(400)
    expect((await t.api('DELETE', `/security/private_endpoints/${created.body._id}`)).status).toBe(204)
  })
})

describe('app API keys', () => {
  test('need the api-key provider enabled; the key is shown once and never again', async () => {
    const { base } = await t.newApp('keys')
    const api = (method: string, path: string, body?: unknown) =>
      t.alice.request(method, `${base}${path}`, body === undefined ? {} : { body })
    expect(await api('POST', '/api_keys', { name: 'ci' })).toMatchObject(
      apiError(400, 'AuthProviderNotFound')
    )
    const provider = (await api('GET', '/auth_providers')).body.find(
      (p: { type: string }) => p.type === 'api-key'
    )
    await api('PUT', `/auth_providers/${provider._id}/enable`)
    const created = await api('POST', '/api_keys', { name: 'ci' })
    expect(created).toMatchObject({
      status: 201,
      body: { name: 'ci', disabled: false, key: expect.stringMatching(/^[0-9a-f]{64}$/) }
    })
    expect(await api('POST', '/api_keys', { name: 'ci' })).toMatchObject(apiError(409, 'APIKeyAlreadyExists'))
    const id = created.body._id
    await api('PUT', `/api_keys/${id}/disable`)
    expect((await api('GET', `/api_keys/${id}`)).body).toEqual({ _id: id, name: 'ci', disabled: true })
    const listed = JSON.stringify((await api('GET', '/api_keys')).body)
    expect(listed).not.toContain(created.body.key)
    expect(JSON.stringify(t.h.emulator.state)).not.toContain(created.body.key)
    expect((await api('DELETE', `/api_keys/${id}`)).status).toBe(204)
    expect(await api('GET', `/api_keys/${id}`)).toMatchObject(apiError(404, 'APIKeyNotFound'))
  })
})

describe('event subscriptions', () => {
  test('are the deployed triggers, filtered by type; execution 404 before one ran', async () => {
    const { base } = await t.newApp('events')
    const api = (method: string, path: string, body?: unknown) =>
      t.alice.request(method, `${base}${path}`, body === undefined ? {} : { body })
    const fn = (
      await api('POST', '/functions', { name: 'tick', private: false, source: 'exports = () => 1' })
    ).body._id
    const trigger = (
      await api('POST', '/triggers', {
        name: 'nightly',
        type: 'SCHEDULED',
        config: { schedule: '0 3 * * *' },
        function_id: fn
      })
    ).body
    const all = (await api('GET', '/event_subscriptions')).body
    expect(all).toEqual([expect.objectContaining({ _id: trigger._id, name: 'nightly', type: 'SCHEDULED' })])
    expect((await api('GET', '/event_subscriptions?type=DATABASE')).body).toEqual([])
    expect((await api('GET', '/event_subscriptions?type=SYNCTRANSLATOR')).body).toEqual([])
    expect(await api('GET', '/event_subscriptions?type=NOPE')).toMatchObject(
      apiError(400, 'InvalidParameter')
    )
    expect((await api('GET', `/event_subscriptions/${trigger._id}`)).body).toMatchObject({ name: 'nightly' })
    expect(await api('GET', `/event_subscriptions/${trigger._id}/execution`)).toMatchObject(
      apiError(404, 'EventSubscriptionExecutionNotFound')
    )
    await api('POST', '/drafts')
    await api('POST', '/triggers', {
      name: 'drafted',
      type: 'SCHEDULED',
      config: { schedule: '0 4 * * *' },
      function_id: fn
    })
    expect((await api('GET', '/event_subscriptions')).body).toHaveLength(1)
  })
})

describe('deployment migration', () => {
  test('started, then successful after 200 ms of emulator time; the app moves', async () => {
    const { base } = await t.newApp('migrating')
    const api = (method: string, path: string, body?: unknown) =>
      t.alice.request(method, `${base}${path}`, body === undefined ? {} : { body })
    expect(await api('GET', '/deployment_migration')).toMatchObject(
      apiError(404, 'DeploymentMigrationNotFound')
    )
    const before = (await api('GET', '')).body
    expect(
      await api('PUT', '/deployment_migration', {
        deployment_model: before.deployment_model,
        provider_region: before.provider_region
      })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'already'))
    const to = { deployment_model: 'GLOBAL', provider_region: 'aws-eu-west-1' }
    expect((await api('PUT', '/deployment_migration', to)).status).toBe(204)
    expect((await api('GET', '/deployment_migration')).body).toMatchObject({ status: 'started', to })
    expect(await api('PUT', '/deployment_migration', { ...to, deployment_model: 'LOCAL' })).toMatchObject(
      apiError(400, 'InvalidParameter', 'in progress')
    )
    t.clock.advance(200)
    expect((await api('GET', '/deployment_migration')).body).toMatchObject({
      status: 'successful',
      from: { provider_region: before.provider_region },
      to
    })
    expect((await api('GET', '')).body).toMatchObject({
      deployment_model: 'GLOBAL',
      provider_region: 'aws-eu-west-1',
      location: 'IE'
    })
  })
})

describe('linking several data sources', () => {
  test('all or nothing; each gets a read-and-write default rule', async () => {
    const { base } = await t.newApp('multi')
    const api = (method: string, path: string, body?: unknown) =>
      t.alice.request(method, `${base}${path}`, body === undefined ? {} : { body })
    const sources = [
      { name: 'one', type: 'mongodb-atlas', config: { clusterName: 'Cluster1' } },
      { name: 'two', type: 'mongodb-atlas', config: { clusterName: 'Cluster2' } }
    ]
    expect((await api('POST', '/multi_data_sources', sources)).status).toBe(201)
    const services = (await api('GET', '/services')).body
    expect(services.map((s: { name: string }) => s.name).sort()).toEqual(['one', 'two'])
    const rule = (await api('GET', `/services/${services[0]._id}/default_rule`)).body
    expect(rule.roles[0]).toMatchObject({ name: 'readAndWriteAll', read: true, write: true })
    const deployments = (await api('GET', '/deployments')).body.length
    const clash = await api('POST', '/multi_data_sources', [
      { name: 'three', type: 'mongodb-atlas', config: { clusterName: 'C3' } },
      sources[0]
    ])
    expect(clash).toMatchObject({
      status: 400,
      body: { error_code: 'InvalidParameter', failedClusterNames: ['one'] }
    })
    expect((await api('GET', '/services')).body).toHaveLength(2)
    expect((await api('GET', '/deployments')).body).toHaveLength(deployments)
    expect(
      await api(
        'POST',
        '/multi_data_sources',
        Array.from({ length: 26 }, (_v, i) => ({ ...sources[0], name: `s${i}` }))
      )
    ).toMatchObject(apiError(400, 'InvalidParameter', 'at most 25'))
  })
})

describe('what the spec leaves open', () => {
  test('redeploying a deployment that is still created finishes it first, then redeploys (204)', async () => {
    const clock = fakeClock()
    const h = await startHarness({ now: clock.now, deploymentTimings: { createdMs: 5000, pendingMs: 5000 } })
    try {
      const alice = await h.as(ALICE)
      const app = await createApp(alice, 'slowdeploy')
      const base = `/groups/${PROJECT_1}/apps/${app._id}`
      const draft = (await alice.request('POST', `${base}/drafts`)).body
      const deployment = (
        await alice.request('POST', `${base}/drafts/${draft._id}/deployment`, { body: { name: 'v1' } })
      ).body
      expect((await alice.request('GET', `${base}/deployments/${deployment._id}`)).body.status).toBe(
        'created'
      )
      expect((await alice.request('POST', `${base}/deployments/${deployment._id}/redeploy`)).status).toBe(204)
      const [latest, source] = (await alice.request('GET', `${base}/deployments`)).body
      expect(latest).toMatchObject({ origin: 'redeploy', status: 'successful' })
      expect(source).toMatchObject({ _id: deployment._id, status: 'successful' })
    } finally {
      await h.stop()
    }
  })

  test('the hosting asset list shows every asset without recursive', async () => {
    expect((await t.api('GET', '/hosting/assets')).status).toBe(200)
  })

  test.each([
    ['GET', '/users', 'adminListUsers'],
    ['POST', '/push/notifications', 'adminCreateNotification'],
    ['GET', '/metrics', 'adminGetMetrics'],
    ['POST', '/user_registrations/by_email/a@b.c/send_confirm', 'adminSendConfirmationEmail']
  ])('%s %s answers 501 NotEmulated naming %s', async (method, path, operationId) => {
    expect(await t.api(method, path, method === 'POST' ? { body: {} } : {})).toMatchObject(
      apiError(501, 'NotEmulated', operationId)
    )
  })

  test('GET /auth/providers needs no token', async () => {
    const res = await t.h.request('GET', '/auth/providers')
    expect(res).toMatchObject({ status: 200, body: [{ name: 'mongodb-cloud', type: 'mongodb-cloud' }] })
  })
})
