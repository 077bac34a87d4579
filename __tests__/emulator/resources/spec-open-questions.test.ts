// The routes that complete the spec (2/2): event subscriptions, deployment migration, linking several
// data sources, redeploy of an unfinished deployment, the hosting list without `recursive`, the
// admin auth providers, and the operations answered NotEmulated.
import { ALICE, PROJECT_1, createApp, fakeClock, startHarness } from '../harness.js'
import { apiError, startAppUnderTest, type AppUnderTest } from './setup.js'

let t: AppUnderTest
beforeAll(async () => {
  t = await startAppUnderTest('specopen')
})
afterAll(() => t.stop())

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
