// Authentication as a client meets it: login, expiry, refresh, logout, profile, project isolation.
import {
  ALICE,
  BOB,
  CAROL,
  PROJECT_1,
  PROJECT_2,
  PROJECT_3,
  createApp,
  fakeClock,
  startHarness,
  type Harness
} from './harness.js'

const LOGIN = '/auth/providers/mongodb-cloud/login'

describe('auth', () => {
  const clock = fakeClock()
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({ now: clock.now, tokenTtlS: 60 })
  })
  afterAll(() => h.stop())

  test('login with a key pair returns tokens and the user id', async () => {
    const res = await h.request('POST', LOGIN, {
      body: { username: ALICE.publicKey, apiKey: ALICE.privateKey }
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      user_id: expect.stringMatching(/^[0-9a-f]{24}$/),
      device_id: expect.any(String)
    })
    expect(res.body.access_token).not.toBe(res.body.refresh_token)
  })

  test('a wrong private key, an unknown key or a missing field is refused', async () => {
    const wrong = await h.request('POST', LOGIN, {
      body: { username: ALICE.publicKey, apiKey: BOB.privateKey }
    })
    expect(wrong.status).toBe(401)
    expect(wrong.body).toEqual({ error: expect.any(String), error_code: 'InvalidPassword' })
    const unknown = await h.request('POST', LOGIN, { body: { username: 'nobody', apiKey: ALICE.privateKey } })
    expect(unknown.status).toBe(401)
    const missing = await h.request('POST', LOGIN, { body: { username: ALICE.publicKey } })
    expect(missing.status).toBe(400)
  })

  test('calls need a valid bearer access token', async () => {
    const none = await h.request('GET', '/auth/profile')
    expect(none.status).toBe(401)
    expect(none.body.error_code).toBe('InvalidSession')
    const bogus = await h.request('GET', '/auth/profile', { token: 'not-a-token' })
    expect(bogus.status).toBe(401)
    expect(bogus.body).toEqual({
      error: expect.stringMatching(/^invalid session: /),
      error_code: 'InvalidSession'
    })
    const alice = await h.as(ALICE)
    const withRefresh = await h.request('GET', '/auth/profile', { token: alice.refreshToken })
    expect(withRefresh.status).toBe(401)
    expect(withRefresh.body.error_code).toBe('InvalidSession')
  })

  test('an access token expires after the TTL; the refresh token gets a new one', async () => {
    const alice = await h.as(ALICE)
    expect((await alice.request('GET', '/auth/profile')).status).toBe(200)
    clock.advance(61_000)
    const expired = await alice.request('GET', '/auth/profile')
    expect(expired.status).toBe(401)
    expect(expired.body).toEqual({
      error: 'invalid session: access token expired',
      error_code: 'InvalidSession'
    })
    const refreshed = await h.request('POST', '/auth/session', { token: alice.refreshToken })
    expect(refreshed.status).toBe(201)
    expect(Object.keys(refreshed.body)).toEqual(['access_token'])
    expect((await h.request('GET', '/auth/profile', { token: refreshed.body.access_token })).status).toBe(200)
  })

  test('refreshing with an access token or an unknown token is a 401', async () => {
    const alice = await h.as(ALICE)
    const wrongType = await h.request('POST', '/auth/session', { token: alice.accessToken })
    expect(wrongType.status).toBe(401)
    expect(wrongType.body.error).toBe('invalid refresh token: incorrect token type')
    const unknown = await h.request('POST', '/auth/session', { token: 'unknown' })
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual({
      error: 'invalid session: failed to find refresh token',
      error_code: 'InvalidSession'
    })
  })

  test('logout ends the refresh token', async () => {
    const alice = await h.as(ALICE)
    expect((await h.request('DELETE', '/auth/session', { token: alice.refreshToken })).status).toBe(204)
    const after = await h.request('POST', '/auth/session', { token: alice.refreshToken })
    expect(after.status).toBe(401)
    expect(after.body.error_code).toBe('InvalidSession')
  })

  test('the profile lists the key projects as GROUP_OWNER roles', async () => {
    const alice = await h.as(ALICE)
    const res = await alice.request('GET', '/auth/profile')
    expect(res.status).toBe(200)
    expect(res.body.user_id).toBe(alice.userId)
    expect(res.body.roles).toEqual([
      { role_name: 'GROUP_OWNER', group_id: PROJECT_1 },
      { role_name: 'GROUP_OWNER', group_id: PROJECT_2 }
    ])
  })

  test('a key sees only its projects and their apps', async () => {
    const alice = await h.as(ALICE)
    const carol = await h.as(CAROL)
    const app = await createApp(alice, 'alicesapp', PROJECT_2)
    const list = await carol.request('GET', `/groups/${PROJECT_2}/apps`)
    expect(list.status).toBe(404)
    expect(list.body.error_code).toBe('GroupNotFound')
    const get = await carol.request('GET', `/groups/${PROJECT_2}/apps/${app._id}`)
    expect(get.status).toBe(404)
    const del = await carol.request('DELETE', `/groups/${PROJECT_2}/apps/${app._id}`)
    expect(del.status).toBe(404)
    expect((await alice.request('GET', `/groups/${PROJECT_2}/apps/${app._id}`)).status).toBe(200)
    expect((await carol.request('GET', `/groups/${PROJECT_3}/apps`)).body).toEqual([])
  })
})
