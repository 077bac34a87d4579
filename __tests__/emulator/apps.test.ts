// Apps: create (rules and defaults), list with the product filter, get, delete, deploy config.
import {
  ALICE,
  BOB,
  PROJECT_1,
  PROJECT_2,
  createApp,
  startHarness,
  type Client,
  type Harness
} from './harness.js'

describe('apps', () => {
  let h: Harness
  let alice: Client
  beforeAll(async () => {
    h = await startHarness()
    alice = await h.as(ALICE)
  })
  afterAll(() => h.stop())

  const apps = (group = PROJECT_1, query = ''): string => `/groups/${group}/apps${query}`

  test('create returns an AppInstance with ids and defaults', async () => {
    const res = await alice.request('POST', apps(), { body: { name: 'My_App-1' } })
    expect(res.status).toBe(201)
    expect(res.body).toEqual({
      _id: expect.stringMatching(/^[0-9a-f]{24}$/),
      client_app_id: expect.stringMatching(/^my_app-1-[a-z]{5}$/),
      name: 'My_App-1',
      group_id: PROJECT_1,
      domain_id: expect.stringMatching(/^[0-9a-f]{24}$/),
      location: 'US-VA',
      deployment_model: 'LOCAL',
      provider_region: 'aws-us-east-1',
      environment: '',
      product: 'standard',
      last_used: expect.any(Number),
      last_modified: expect.any(Number)
    })
    expect((await alice.request('GET', apps(PROJECT_1, `/${res.body._id}`))).body).toEqual(res.body)
  })

  test('create honours location, region, model and environment', async () => {
    const app = await createApp(alice, 'placed', PROJECT_1, {
      provider_region: 'aws-eu-west-1',
      deployment_model: 'GLOBAL',
      environment: 'production'
    })
    expect(app).toMatchObject({
      provider_region: 'aws-eu-west-1',
      location: 'IE',
      deployment_model: 'GLOBAL',
      environment: 'production'
    })
    const byLocation = await createApp(alice, 'placed2', PROJECT_1, { location: 'DE-FF' })
    expect(byLocation).toMatchObject({ location: 'DE-FF', provider_region: 'aws-eu-central-1' })
  })

  test.each([
    ['starts with a digit', '1app'],
    ['has a space', 'my app'],
    ['has a dot', 'my.app'],
    ['is empty', ''],
    ['is longer than 32 characters', `a${'b'.repeat(32)}`]
  ])('a name that %s is refused with 400', async (_why, name) => {
    const res = await alice.request('POST', apps(), { body: { name } })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({
      error: expect.stringContaining('invalid app name'),
      error_code: 'InvalidParameter'
    })
  })

  test('bad placement values are refused', async () => {
    for (const body of [
      { location: 'MARS' },
      { deployment_model: 'EVERYWHERE' },
      { environment: 'prod' },
      { provider_region: 'aws-moon-1' }
    ]) {
      const res = await alice.request('POST', apps(), { body: { name: 'placement', ...body } })
      expect(res.status).toBe(400)
    }
  })

  test('a duplicate name in the same project conflicts; another project is fine', async () => {
    await createApp(alice, 'twin')
    const again = await alice.request('POST', apps(), { body: { name: 'twin' } })
    expect(again.status).toBe(409)
    expect(again.body.error_code).toBe('AppAlreadyExists')
    const other = await createApp(alice, 'twin', PROJECT_2)
    expect(other.group_id).toBe(PROJECT_2)
  })

  test('list returns standard apps by default and filters by product', async () => {
    await createApp(alice, 'triggersapp', PROJECT_2)
    const atlas = await alice.request('POST', `/groups/${PROJECT_2}/apps?product=atlas`, {
      body: { name: 'atlasapp' }
    })
    expect(atlas.body.product).toBe('atlas')
    const dataApi = await alice.request('POST', `/groups/${PROJECT_2}/apps?product=data-api`, {
      body: { name: 'dataapi' }
    })
    const names = async (query: string): Promise<string[]> =>
      (await alice.request('GET', apps(PROJECT_2, query))).body.map((a: { name: string }) => a.name).sort()
    expect(await names('')).toEqual(['triggersapp', 'twin'])
    expect(await names('?product=standard')).toEqual(['triggersapp', 'twin'])
    expect(await names('?product=atlas')).toEqual(['atlasapp'])
    expect(await names('?product=atlas,data-api')).toEqual(['atlasapp', 'dataapi'])
    expect(dataApi.status).toBe(201)
    expect((await alice.request('GET', apps(PROJECT_2, '?product=nonsense'))).status).toBe(400)
  })

  test('a new app has the disabled api-key provider; a data source becomes a service', async () => {
    const app = await createApp(alice, 'withsource', PROJECT_1, {
      data_source: { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'Cluster0' } }
    })
    const live = h.emulator.state.groups[PROJECT_1].apps[app._id].live
    expect(Object.values(live.collections.auth_providers)).toEqual([
      { _id: expect.any(String), name: 'api-key', type: 'api-key', disabled: true }
    ])
    const [service] = Object.values(live.collections.services)
    expect(service).toMatchObject({ name: 'mongodb-atlas', type: 'mongodb-atlas' })
    expect(live.singletons[`service_config:${service._id}`]).toEqual({
      clusterName: 'Cluster0',
      readPreference: 'primary',
      wireProtocolEnabled: false
    })
    const bare = await createApp(alice, 'nosource')
    expect(h.emulator.state.groups[PROJECT_1].apps[bare._id].live.collections.services).toBeUndefined()
  })

  test('an unknown app is a 404 AppNotFound', async () => {
    const res = await alice.request('GET', apps(PROJECT_1, '/65f0c0de0000000000000fff'))
    expect(res.status).toBe(404)
    expect(res.body.error_code).toBe('AppNotFound')
  })

  test('delete removes the app with its drafts, and another user of the project sees it gone', async () => {
    const bob = await h.as(BOB)
    const app = await createApp(alice, 'doomed')
    expect((await alice.request('POST', apps(PROJECT_1, `/${app._id}/drafts`))).status).toBe(201)
    expect((await bob.request('DELETE', apps(PROJECT_1, `/${app._id}`))).status).toBe(204)
    expect((await alice.request('GET', apps(PROJECT_1, `/${app._id}`))).status).toBe(404)
    expect((await alice.request('GET', apps(PROJECT_1, `/${app._id}/drafts`))).status).toBe(404)
    expect((await alice.request('DELETE', apps(PROJECT_1, `/${app._id}`))).status).toBe(404)
  })

  test('deploy config reads defaults and takes a PATCH', async () => {
    const app = await createApp(alice, 'deployconf')
    const path = apps(PROJECT_1, `/${app._id}/deploy/config`)
    expect((await alice.request('GET', path)).body).toMatchObject({
      ui_drafts_disabled: false,
      automatic_deployment: { enabled: false }
    })
    const patch = {
      ui_drafts_disabled: true,
      automatic_deployment: { enabled: false, provider: 'github', installation_ids: [] }
    }
    expect((await alice.request('PATCH', path, { body: patch })).status).toBe(204)
    expect((await alice.request('GET', path)).body).toMatchObject(patch)
    expect((await alice.request('PATCH', path, { body: { ui_drafts_disabled: 'yes' } })).status).toBe(400)
  })

  test('provider regions are listed', async () => {
    const res = await alice.request('GET', '/provider_regions')
    expect(res.body).toContainEqual(expect.objectContaining({ id: 'aws-us-east-1', cloud_provider: 'aws' }))
  })
})
