// The transport over real HTTP against a scripted loopback stub: login, refresh, retries,
// Retry-After, timeouts, cancellation, error mapping and response-shape checks.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createAdminClient, type AdminClientOptions } from '../../src/admin/client.js'
import { AdminApiError, CancelledError } from '../../src/errors.js'
import { createStreamLogger } from '../../src/log.js'
import { fakeClock, requestsTo, startStub, stubKeys, type Stub } from './stub-server.js'

const apps = '/groups/g1/apps'
const fns = '/groups/g1/apps/a1/functions'

let stub: Stub
beforeEach(async () => {
  stub = await startStub()
})
afterEach(async () => {
  await stub.stop()
})

function clientFor(extra: Partial<AdminClientOptions> = {}) {
  const time = fakeClock()
  const lines: string[] = []
  const logger = createStreamLogger({ write: line => lines.push(line), debug: true })
  const client = createAdminClient({
    baseUrl: stub.url,
    ...stubKeys,
    logger,
    clock: time.clock,
    retry: { random: () => 0.5 },
    timeoutMs: 2000,
    ...extra
  })
  return { client, time, lines }
}

describe('authentication', () => {
  it('logs in with the key pair and sends the access token as a bearer', async () => {
    stub.on('GET', apps, () => ({ status: 200, body: [] }))
    const { client } = clientFor()
    await client.apps.list('g1')
    const [login] = requestsTo(stub, 'POST', '/auth/providers/mongodb-cloud/login')
    expect(login.json()).toEqual({ username: stubKeys.publicKey, apiKey: stubKeys.privateKey })
    expect(requestsTo(stub, 'GET', apps)[0].headers.authorization).toBe('Bearer access-1')
    await client.apps.list('g1')
    expect(requestsTo(stub, 'POST', '/auth/providers/mongodb-cloud/login')).toHaveLength(1)
  })

  it('refreshes with the refresh token on 401 InvalidSession and replays the call once', async () => {
    let calls = 0
    stub.on('GET', apps, () =>
      ++calls === 1
        ? { status: 401, body: { error: 'invalid session', error_code: 'InvalidSession' } }
        : { status: 200, body: [] }
    )
    const { client } = clientFor()
    await expect(client.apps.list('g1')).resolves.toEqual([])
    const [refresh] = requestsTo(stub, 'POST', '/auth/session')
    expect(refresh.headers.authorization).toBe('Bearer refresh-1')
    expect(requestsTo(stub, 'GET', apps).map(r => r.headers.authorization)).toEqual([
      'Bearer access-1',
      'Bearer access-2-refreshed'
    ])
  })

  it('logs in again when the refresh token is refused', async () => {
    let calls = 0
    stub.on('GET', apps, () =>
      ++calls === 1
        ? { status: 401, body: { error: 'expired', error_code: 'InvalidSession' } }
        : { status: 200, body: [] }
    )
    stub.on('POST', '/auth/session', () => ({
      status: 401,
      body: { error: 'invalid refresh token', error_code: 'InvalidSession' }
    }))
    const { client } = clientFor()
    await client.apps.list('g1')
    expect(requestsTo(stub, 'POST', '/auth/providers/mongodb-cloud/login')).toHaveLength(2)
    expect(requestsTo(stub, 'GET', apps)[1].headers.authorization).toBe('Bearer access-2')
  })

  it('does not loop when the replayed call is refused again', async () => {
    stub.on('GET', apps, () => ({ status: 401, body: { error: 'nope', error_code: 'InvalidSession' } }))
    const { client } = clientFor()
    await expect(client.apps.list('g1')).rejects.toMatchObject({ status: 401, errorCode: 'InvalidSession' })
    expect(requestsTo(stub, 'GET', apps)).toHaveLength(2)
  })

  it('refreshes a JWT before it expires, without a 401 round trip', async () => {
    const time = fakeClock()
    const jwt = (expS: number) =>
      ['e30', Buffer.from(JSON.stringify({ exp: expS })).toString('base64url'), 'sig'].join('.')
    stub.on('POST', '/auth/providers/mongodb-cloud/login', () => ({
      status: 200,
      body: { access_token: jwt(time.clock.now() / 1000 + 1800), refresh_token: 'refresh-jwt', user_id: 'u' }
    }))
    stub.on('GET', apps, () => ({ status: 200, body: [] }))
    const { client } = clientFor({ clock: time.clock })
    await client.apps.list('g1')
    time.advance(1790_000)
    await client.apps.list('g1')
    expect(requestsTo(stub, 'POST', '/auth/session')).toHaveLength(1)
    expect(requestsTo(stub, 'GET', apps)[1].headers.authorization).toMatch(/refreshed$/)
  })

  it('shares one refresh between concurrent calls that all saw the session expire', async () => {
    stub.on('GET', apps, request =>
      request.headers.authorization === 'Bearer access-1'
        ? { status: 401, body: { error: 'expired', error_code: 'InvalidSession' } }
        : { status: 200, body: [] }
    )
    const { client } = clientFor()
    await client.userId()
    await Promise.all([1, 2, 3, 4].map(() => client.apps.list('g1')))
    expect(requestsTo(stub, 'POST', '/auth/session')).toHaveLength(1)
  })

  it('reports a refused login with the server message and no key in it', async () => {
    stub.on('POST', '/auth/providers/mongodb-cloud/login', () => ({
      status: 401,
      body: { error: 'invalid API key' }
    }))
    const { client } = clientFor()
    const error = await client.apps.list('g1').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AdminApiError)
    expect((error as Error).message).toBe(
      'POST /auth/providers/mongodb-cloud/login failed: 401: invalid API key'
    )
  })
})

describe('retries', () => {
  it('waits as long as Retry-After (seconds) asks on 429, then succeeds', async () => {
    let calls = 0
    stub.on('GET', apps, () =>
      ++calls === 1 ? { status: 429, headers: { 'retry-after': '7' } } : { status: 200, body: [] }
    )
    const { client, time, lines } = clientFor()
    await client.apps.list('g1')
    expect(time.sleeps).toEqual([7000])
    expect(lines.join('')).toMatch(
      /debug: GET \/groups\/g1\/apps: 429; retrying in 7000 ms \(attempt 2 of 6\)/
    )
  })

  it('honours Retry-After given as an HTTP date', async () => {
    const time = fakeClock()
    let calls = 0
    stub.on('GET', apps, () =>
      ++calls === 1
        ? { status: 503, headers: { 'retry-after': new Date(time.clock.now() + 12_000).toUTCString() } }
        : { status: 200, body: [] }
    )
    const { client } = clientFor({ clock: time.clock })
    await client.apps.list('g1')
    expect(time.sleeps).toEqual([12_000])
  })

  it('backs off exponentially with jitter and gives up after the attempt limit', async () => {
    stub.on('GET', apps, () => ({ status: 503, body: { error: 'overloaded' } }))
    const { client, time } = clientFor({ retry: { attempts: 4, baseDelayMs: 100, random: () => 0 } })
    const error = await client.apps.list('g1').catch((e: unknown) => e)
    expect(error).toMatchObject({ status: 503, serverMessage: 'overloaded' })
    expect(requestsTo(stub, 'GET', apps)).toHaveLength(4)
    expect(time.sleeps).toEqual([50, 100, 200])
  })

  it('stops when the next wait would pass the total time limit', async () => {
    stub.on('GET', apps, () => ({ status: 500 }))
    const { client, time } = clientFor({
      retry: { attempts: 50, baseDelayMs: 1000, maxElapsedMs: 10_000, random: () => 1 }
    })
    await expect(client.apps.list('g1')).rejects.toMatchObject({ status: 500 })
    expect(time.sleeps).toEqual([1000, 2000, 4000])
  })

  it('retries a GET whose connection dropped', async () => {
    let calls = 0
    stub.on('GET', apps, () => (++calls < 3 ? 'drop' : { status: 200, body: [] }))
    const { client, lines } = clientFor()
    await expect(client.apps.list('g1')).resolves.toEqual([])
    expect(lines.join('')).toMatch(/GET \/groups\/g1\/apps: .*retrying in/)
  })

  it('gives a timed-out attempt up and tries again; reports "no response" when all time out', async () => {
    stub.on('GET', apps, () => 'hang')
    const { client } = clientFor({ timeoutMs: 400, retry: { attempts: 2 } })
    const error = await client.apps.list('g1').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AdminApiError)
    expect((error as Error).message).toBe(
      'GET /groups/g1/apps failed: no response after 2 attempts (no response within 400 ms)'
    )
  })

  it('does not retry a 4xx', async () => {
    stub.on('GET', fns, () => ({ status: 404, body: { error: 'app not found', error_code: 'AppNotFound' } }))
    const { client } = clientFor()
    const error = await client
      .app('g1', 'a1')
      .functions.list()
      .catch((e: unknown) => e)
    expect(error).toMatchObject({
      method: 'GET',
      path: fns,
      status: 404,
      errorCode: 'AppNotFound',
      serverMessage: 'app not found'
    })
    expect(requestsTo(stub, 'GET', fns)).toHaveLength(1)
  })

  it('uses a non-JSON error body as the message', async () => {
    stub.on('GET', fns, () => ({ status: 400, body: 'bad things' }))
    const { client } = clientFor()
    await expect(client.app('g1', 'a1').functions.list()).rejects.toThrow(
      'GET /groups/g1/apps/a1/functions failed: 400: bad things'
    )
  })
})

describe('cancellation', () => {
  it('stops a request in flight with CancelledError', async () => {
    stub.on('GET', apps, () => 'hang')
    const controller = new AbortController()
    const { client } = clientFor({ signal: controller.signal, timeoutMs: 10_000 })
    const pending = client.apps.list('g1')
    setTimeout(() => controller.abort(new Error('received SIGINT')), 50)
    const error = await pending.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CancelledError)
    expect((error as Error).message).toBe('cancelled: received SIGINT')
  })

  it('stops during a backoff wait, and a client bound to another signal still works', async () => {
    let calls = 0
    stub.on('GET', apps, () => (++calls === 1 ? { status: 503 } : { status: 200, body: [] }))
    const controller = new AbortController()
    const client = createAdminClient({
      baseUrl: stub.url,
      ...stubKeys,
      signal: controller.signal,
      retry: { baseDelayMs: 5000 }
    })
    const pending = client.apps.list('g1')
    setTimeout(() => controller.abort(), 100)
    await expect(pending).rejects.toBeInstanceOf(CancelledError)
    await expect(client.withSignal(AbortSignal.timeout(5000)).apps.list('g1')).resolves.toEqual([])
    expect(requestsTo(stub, 'POST', '/auth/providers/mongodb-cloud/login')).toHaveLength(1)
  })

  it('lets a cleanup client log in on its own when the cancelled one was logging in', async () => {
    let logins = 0
    stub.on('POST', '/auth/providers/mongodb-cloud/login', () =>
      ++logins === 1
        ? 'hang'
        : { status: 200, body: { access_token: 'access-x', refresh_token: 'refresh-x', user_id: 'u' } }
    )
    stub.on('GET', apps, () => ({ status: 200, body: [] }))
    const controller = new AbortController()
    const client = createAdminClient({ baseUrl: stub.url, ...stubKeys, signal: controller.signal })
    const cancelled = client.apps.list('g1')
    await new Promise(resolve => setTimeout(resolve, 50))
    const cleanup = client.withSignal(undefined).apps.list('g1')
    controller.abort()
    await expect(cancelled).rejects.toBeInstanceOf(CancelledError)
    await expect(cleanup).resolves.toEqual([])
    expect(logins).toBe(2)
  })
})

describe('response shapes', () => {
  it('names the call and the field when a response has the wrong shape', async () => {
    stub.on('GET', apps, () => ({ status: 200, body: [{ _id: 'a1', client_app_id: 'x-abc', name: 7 }] }))
    const { client } = clientFor()
    await expect(client.apps.list('g1')).rejects.toThrow(
      'GET /groups/g1/apps: unexpected response: `[0].name` expected a string, got a number'
    )
  })

  it('rejects a list that is not a list', async () => {
    stub.on('GET', fns, () => ({ status: 200, body: { functions: [] } }))
    const { client } = clientFor()
    await expect(client.app('g1', 'a1').functions.list()).rejects.toThrow(
      'GET /groups/g1/apps/a1/functions: unexpected response: expected an array, got an object'
    )
  })

  it('accepts any 2xx and a missing body where one is optional', async () => {
    stub.on('PUT', `${fns}/f1`, () => ({ status: 204 }))
    stub.on('DELETE', '/groups/g1/apps/a1/triggers/t1', () => ({ status: 200, body: {} }))
    const { client } = clientFor()
    await expect(
      client.app('g1', 'a1').functions.update('f1', { name: 'f', source: 'x' })
    ).resolves.toBeUndefined()
    await expect(client.app('g1', 'a1').triggers.delete('t1')).resolves.toBeUndefined()
  })
})
