// Writes that must never happen twice: when an attempt's outcome is unknown (the connection dropped,
// the server answered 5xx or nothing at all), the client reads the state back before any retry.
// The stub keeps real state, so "exactly one" is counted on the server's side.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createAdminClient } from '../../src/admin/client.js'
import type { Doc } from '../../src/admin/types.js'
import { fakeClock, requestsTo, startStub, stubKeys, type Stub, type StubReply } from './stub-server.js'

const app = '/groups/g1/apps/a1'

let stub: Stub
beforeEach(async () => {
  stub = await startStub()
})
afterEach(async () => {
  await stub.stop()
})

function client(timeoutMs = 2000) {
  return createAdminClient({
    baseUrl: stub.url,
    ...stubKeys,
    clock: fakeClock().clock,
    timeoutMs,
    retry: { random: () => 0 }
  })
}

/** A stored collection whose POST misbehaves on its first attempt as `fault` says. */
function collection(path: string, fault: 'drop-after' | 'drop-before' | '503-after' | 'hang-after' | 'none') {
  const docs: Doc[] = []
  let posts = 0
  stub.on('GET', path, () => ({ status: 200, body: docs }))
  stub.on('POST', path, request => {
    posts++
    const body = request.json() as Doc
    if (fault === 'drop-before' && posts === 1) return 'drop'
    if (docs.some(d => d.name === body.name))
      return { status: 409, body: { error: 'name exists', error_code: 'Conflict' } }
    const doc = { _id: `id-${docs.length + 1}`, name: body.name }
    docs.push(doc)
    const afterFaults: Record<string, StubReply> = {
      'drop-after': 'drop',
      '503-after': { status: 503 },
      'hang-after': 'hang'
    }
    return posts === 1 && afterFaults[fault] ? afterFaults[fault] : { status: 201, body: doc }
  })
  return docs
}

describe('creating a resource', () => {
  it.each(['drop-after', '503-after', 'hang-after'] as const)(
    'finds the function it created when the answer was lost (%s), and creates it once',
    async fault => {
      const docs = collection(`${app}/functions`, fault)
      const created = await client(300)
        .app('g1', 'a1')
        .functions.create({ name: 'sum', source: 'x', private: false })
      expect(created).toMatchObject({ _id: 'id-1', name: 'sum' })
      expect(docs).toHaveLength(1)
      expect(requestsTo(stub, 'POST', `${app}/functions`)).toHaveLength(1)
    }
  )

  it('creates it again when the state shows the first attempt never landed', async () => {
    const docs = collection(`${app}/functions`, 'drop-before')
    await client().app('g1', 'a1').functions.create({ name: 'sum', source: 'x', private: false })
    expect(docs).toHaveLength(1)
    expect(requestsTo(stub, 'POST', `${app}/functions`)).toHaveLength(2)
    expect(requestsTo(stub, 'GET', `${app}/functions`)).toHaveLength(1)
  })

  it('checks the state even after a 429 before repeating a create (a gateway may answer after the write)', async () => {
    let posts = 0
    stub.on('GET', `${app}/values`, () => ({ status: 200, body: [] }))
    stub.on('POST', `${app}/values`, () =>
      ++posts === 1 ? { status: 429 } : { status: 201, body: { _id: 'v1', name: 'v' } }
    )
    await client().app('g1', 'a1').values.create({ name: 'v', value: 1, private: false })
    expect(requestsTo(stub, 'GET', `${app}/values`)).toHaveLength(1)
    expect(posts).toBe(2)
  })

  it('repeats a create whose connection was refused without reading the state', async () => {
    let refusals = 0
    const refusingOnce: typeof fetch = async (input, init) => {
      if (init?.method === 'POST' && String(input).endsWith('/values') && refusals++ === 0) {
        const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:443'), { code: 'ECONNREFUSED' })
        throw new TypeError('fetch failed', { cause })
      }
      return fetch(input, init)
    }
    stub.on('POST', `${app}/values`, () => ({ status: 201, body: { _id: 'v1', name: 'v' } }))
    const c = createAdminClient({
      baseUrl: stub.url,
      ...stubKeys,
      clock: fakeClock().clock,
      fetch: refusingOnce
    })
    await c.app('g1', 'a1').values.create({ name: 'v', value: 1, private: false })
    expect(refusals).toBe(2)
    expect(requestsTo(stub, 'POST', `${app}/values`)).toHaveLength(1)
    expect(stub.unexpected).toEqual([])
  })

  it('treats a 409 as success when it answers a retry of its own uncertain create', async () => {
    let posts = 0
    let listed = 0
    stub.on('GET', `${app}/triggers`, () =>
      ++listed === 1 ? { status: 200, body: [] } : { status: 200, body: [{ _id: 't1', name: 'nightly' }] }
    )
    stub.on('POST', `${app}/triggers`, () =>
      ++posts === 1 ? 'drop' : { status: 409, body: { error: 'exists' } }
    )
    const created = await client().app('g1', 'a1').triggers.create({ name: 'nightly', type: 'SCHEDULED' })
    expect(created._id).toBe('t1')
  })

  it('reports a 409 on a first attempt: the thing existed before', async () => {
    collection(`${app}/functions`, 'none')
    const functions = client().app('g1', 'a1').functions
    await functions.create({ name: 'sum', source: 'x', private: false })
    await expect(functions.create({ name: 'sum', source: 'x', private: false })).rejects.toMatchObject({
      status: 409
    })
  })

  it('matches endpoints by route and method, rules by namespace', async () => {
    const endpoints = [
      { _id: 'e1', route: '/hello', http_method: 'POST' },
      { _id: 'e2', route: '/hello', http_method: 'GET' }
    ]
    stub.on('GET', `${app}/endpoints`, () => ({ status: 200, body: endpoints }))
    stub.on('POST', `${app}/endpoints`, () => 'drop')
    const rules = [
      { _id: 'r1', database: 'db', collection: 'a' },
      { _id: 'r2', database: 'db', collection: 'b' }
    ]
    stub.on('GET', `${app}/services/s1/rules`, () => ({ status: 200, body: rules }))
    stub.on('POST', `${app}/services/s1/rules`, () => 'drop')
    const c = client().app('g1', 'a1')
    expect((await c.endpoints.create({ route: '/hello', http_method: 'GET', function_id: 'f' }))._id).toBe(
      'e2'
    )
    expect((await c.rules('s1').create({ database: 'db', collection: 'b', roles: [] }))._id).toBe('r2')
  })
})

describe('drafts, deployments, apps', () => {
  it('uses the draft its lost create made instead of making a second one', async () => {
    const drafts: Doc[] = []
    stub.on('GET', `${app}/drafts`, () => ({ status: 200, body: drafts }))
    stub.on('POST', `${app}/drafts`, () => {
      if (drafts.length)
        return { status: 409, body: { error: 'draft exists', error_code: 'DraftAlreadyExists' } }
      drafts.push({ _id: 'd1', user_id: 'user-1' })
      return 'drop'
    })
    stub.on('GET', `${app}/drafts/d1/diff`, () => ({ status: 200, body: { diffs: [] } }))
    await expect(client().app('g1', 'a1').drafts.create()).resolves.toMatchObject({
      _id: 'd1',
      adopted: true
    })
    expect(requestsTo(stub, 'POST', `${app}/drafts`)).toHaveLength(1)
  })

  it('does not take a draft with changes after a lost create: it cannot be this one', async () => {
    let posts = 0
    stub.on('GET', `${app}/drafts`, () => ({ status: 200, body: [{ _id: 'theirs', user_id: 'user-1' }] }))
    stub.on('GET', `${app}/drafts/theirs/diff`, () => ({
      status: 200,
      body: { diffs: ["values: added 'x'"] }
    }))
    stub.on('POST', `${app}/drafts`, () =>
      ++posts === 1
        ? 'drop'
        : { status: 409, body: { error: 'draft exists', error_code: 'DraftAlreadyExists' } }
    )
    await expect(client().app('g1', 'a1').drafts.create()).rejects.toMatchObject({ status: 409 })
    expect(requestsTo(stub, 'DELETE', `${app}/drafts/theirs`)).toHaveLength(0)
  })

  it('does not adopt a draft of another user', async () => {
    let posts = 0
    stub.on('POST', `${app}/drafts`, () =>
      ++posts === 1 ? 'drop' : { status: 201, body: { _id: 'mine', user_id: 'user-1' } }
    )
    stub.on('GET', `${app}/drafts`, () => ({ status: 200, body: { _id: 'theirs', user_id: 'user-2' } }))
    await expect(client().app('g1', 'a1').drafts.create()).resolves.toMatchObject({
      _id: 'mine',
      adopted: false
    })
    expect(posts).toBe(2)
  })

  it('finds the deployment of its draft after a lost deploy, and deploys once', async () => {
    const deployments: Doc[] = []
    stub.on('GET', `${app}/deployments`, () => ({ status: 200, body: deployments }))
    stub.on('POST', `${app}/drafts/d1/deployment`, request => {
      deployments.push({ _id: 'dep1', draft_id: 'd1', status: 'pending', name: (request.json() as Doc).name })
      return { status: 502 }
    })
    const deployment = await client().app('g1', 'a1').drafts.deploy('d1', 'release 7')
    expect(deployment).toMatchObject({ _id: 'dep1', status: 'pending', name: 'release 7' })
    expect(requestsTo(stub, 'POST', `${app}/drafts/d1/deployment`)).toHaveLength(1)
  })

  it('finds an app it created by name after a lost create', async () => {
    const list: Doc[] = []
    stub.on('GET', '/groups/g1/apps', () => ({ status: 200, body: list }))
    stub.on('POST', '/groups/g1/apps', request => {
      list.push({ _id: 'a9', client_app_id: 'shop-abcde', name: (request.json() as Doc).name })
      return 'drop'
    })
    await expect(client().apps.create('g1', { name: 'shop' })).resolves.toMatchObject({ _id: 'a9' })
    expect(requestsTo(stub, 'POST', '/groups/g1/apps')).toHaveLength(1)
  })

  it('counts a DELETE that answers 404 after a dropped attempt as done', async () => {
    let deleted = false
    stub.on('DELETE', `${app}/functions/f1`, () => {
      if (deleted) return { status: 404, body: { error: 'function not found' } }
      deleted = true
      return 'drop'
    })
    await expect(client().app('g1', 'a1').functions.delete('f1')).resolves.toBeUndefined()
  })

  it('reports a 404 on a first DELETE', async () => {
    stub.on('DELETE', `${app}/functions/f1`, () => ({ status: 404, body: { error: 'function not found' } }))
    await expect(client().app('g1', 'a1').functions.delete('f1')).rejects.toMatchObject({ status: 404 })
  })

  it('repeats idempotent writes (PUT) after a dropped connection', async () => {
    let puts = 0
    stub.on('PUT', `${app}/environment`, () => (++puts === 1 ? 'drop' : { status: 200, body: { _id: 'a1' } }))
    await client().app('g1', 'a1').setEnvironment('production')
    expect(requestsTo(stub, 'PUT', `${app}/environment`).map(r => r.json())).toEqual([
      { environment: 'production' },
      { environment: 'production' }
    ])
  })
})
