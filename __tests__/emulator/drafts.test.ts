// Drafts and deployments with the real semantics: one draft per user, writes land in the draft,
// deployment lifecycle over emulator time, conflicts, history, redeploy, and live writes.
import {
  ALICE,
  BOB,
  PROJECT_1,
  createApp,
  fakeClock,
  startHarness,
  testDocRoutes,
  type Client,
  type Harness
} from './harness.js'

describe('drafts and deployments', () => {
  const clock = fakeClock()
  let h: Harness
  let alice: Client
  let bob: Client
  beforeAll(async () => {
    h = await startHarness({
      now: clock.now,
      extraRoutes: testDocRoutes(),
      deploymentTimings: { createdMs: 100, pendingMs: 200 }
    })
    alice = await h.as(ALICE)
    bob = await h.as(BOB)
  })
  afterAll(() => h.stop())

  async function newApp(name: string): Promise<string> {
    return `/groups/${PROJECT_1}/apps/${(await createApp(alice, name))._id}`
  }

  /** Deploys the caller's draft and lets emulator time finish the deployment. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function deploy(client: Client, app: string, draftId: string, body?: object): Promise<any> {
    const created = await client.request('POST', `${app}/drafts/${draftId}/deployment`, body ? { body } : {})
    expect(created.status).toBe(201)
    clock.advance(1000)
    return (await client.request('GET', `${app}/deployments/${created.body._id}`)).body
  }

  test('one draft per user: a second is a 409; another user is not blocked', async () => {
    const app = await newApp('onedraft')
    const first = await alice.request('POST', `${app}/drafts`)
    expect(first.status).toBe(201)
    expect(first.body).toMatchObject({
      _id: expect.any(String),
      user_id: alice.userId,
      app: { name: 'onedraft' }
    })
    const second = await alice.request('POST', `${app}/drafts`)
    expect(second.status).toBe(409)
    expect(second.body).toEqual({ error: expect.any(String), error_code: 'DraftAlreadyExists' })
    expect((await bob.request('POST', `${app}/drafts`)).status).toBe(201)
    const mine = await alice.request('GET', `${app}/drafts`)
    expect(mine.body).toEqual([first.body])
  })

  test('discarding a draft: 204, then 404; another user cannot discard it', async () => {
    const app = await newApp('discard')
    const draft = (await alice.request('POST', `${app}/drafts`)).body
    expect((await bob.request('DELETE', `${app}/drafts/${draft._id}`)).status).toBe(404)
    expect((await alice.request('DELETE', `${app}/drafts/${draft._id}`)).status).toBe(204)
    const again = await alice.request('DELETE', `${app}/drafts/${draft._id}`)
    expect(again.status).toBe(404)
    expect(again.body.error_code).toBe('DraftNotFound')
    expect((await alice.request('GET', `${app}/drafts`)).body).toEqual([])
  })

  test('writes land in the draft, the diff lists them, and live changes only when the deployment succeeds', async () => {
    const app = await newApp('lifecycle')
    await alice.request('PUT', `${app}/test_docs/keep`, { body: { name: 'keep', v: 1 } })
    await alice.request('PUT', `${app}/test_docs/gone`, { body: { name: 'gone' } })
    const draft = (await alice.request('POST', `${app}/drafts`)).body
    await alice.request('PUT', `${app}/test_docs/keep`, { body: { name: 'keep', v: 2 } })
    await alice.request('PUT', `${app}/test_docs/new`, { body: { name: 'new' } })
    await alice.request('DELETE', `${app}/test_docs/gone`)
    expect((await alice.request('GET', `${app}/test_docs/keep`)).body.v).toBe(2)
    expect((await bob.request('GET', `${app}/test_docs/keep`)).body.v).toBe(1)
    const diff = await alice.request('GET', `${app}/drafts/${draft._id}/diff`)
    expect(diff.body).toEqual({
      diffs: ["test_docs: removed 'gone'", "test_docs: updated 'keep'", "test_docs: added 'new'"],
      hosting_files_diff: { added: [], deleted: [], modified: [] }
    })
    const created = await alice.request('POST', `${app}/drafts/${draft._id}/deployment`, {
      body: { name: 'release-1' }
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      status: 'created',
      name: 'release-1',
      draft_id: draft._id,
      user_id: alice.userId
    })
    expect((await alice.request('GET', `${app}/drafts`)).body).toEqual([])
    const poll = async (): Promise<string> =>
      (await alice.request('GET', `${app}/deployments/${created.body._id}`)).body.status
    expect(await poll()).toBe('created')
    clock.advance(150)
    expect(await poll()).toBe('pending')
    expect((await bob.request('GET', `${app}/test_docs/keep`)).body.v).toBe(1)
    clock.advance(200)
    expect(await poll()).toBe('successful')
    expect((await bob.request('GET', `${app}/test_docs/keep`)).body.v).toBe(2)
    expect((await bob.request('GET', `${app}/test_docs/new`)).status).toBe(200)
    expect((await bob.request('GET', `${app}/test_docs/gone`)).status).toBe(404)
  })

  test('a deployment without a body (as realm-cli sends) is named after its id', async () => {
    const app = await newApp('nobody')
    const draft = (await alice.request('POST', `${app}/drafts`)).body
    const deployment = await deploy(alice, app, draft._id)
    expect(deployment.status).toBe('successful')
    expect(deployment.name).toBe(deployment._id)
  })

  test('a draft touching a resource changed in live after it was opened fails to deploy, naming it', async () => {
    const app = await newApp('conflict')
    await alice.request('PUT', `${app}/test_docs/shared`, { body: { v: 1 } })
    const draft = (await alice.request('POST', `${app}/drafts`)).body
    await alice.request('PUT', `${app}/test_docs/shared`, { body: { v: 'alice' } })
    await alice.request('PUT', `${app}/test_docs/mine`, { body: { v: 'alice' } })
    await bob.request('PUT', `${app}/test_docs/shared`, { body: { v: 'bob' } })
    const deployment = await deploy(alice, app, draft._id)
    expect(deployment.status).toBe('failed')
    expect(deployment.status_error_message).toBe(
      'conflict: the draft changes test_docs/shared which changed after the draft was created'
    )
    expect((await bob.request('GET', `${app}/test_docs/shared`)).body.v).toBe('bob')
    expect((await bob.request('GET', `${app}/test_docs/mine`)).status).toBe(404)
    const logs = await alice.request('GET', `${app}/logs?errors_only=true`)
    expect(logs.body.logs[0]).toMatchObject({ type: 'API', error: deployment.status_error_message })
  })

  test('another user deploying first makes a later draft of the same resource conflict', async () => {
    const app = await newApp('race')
    const aliceDraft = (await alice.request('POST', `${app}/drafts`)).body
    const bobDraft = (await bob.request('POST', `${app}/drafts`)).body
    await alice.request('PUT', `${app}/test_docs/x`, { body: { by: 'alice' } })
    await bob.request('PUT', `${app}/test_docs/x`, { body: { by: 'bob' } })
    await bob.request('PUT', `${app}/test_docs/y`, { body: { by: 'bob' } })
    expect((await deploy(bob, app, bobDraft._id)).status).toBe('successful')
    expect((await deploy(alice, app, aliceDraft._id)).status).toBe('failed')
    expect((await bob.request('GET', `${app}/test_docs/x`)).body.by).toBe('bob')
  })

  test('without a draft a write applies to live at once and is recorded as a deployment', async () => {
    const app = await newApp('livewrite')
    const put = await alice.request('PUT', `${app}/test_docs/direct`, { body: { v: 1 } })
    expect(put.status).toBe(204)
    expect((await bob.request('GET', `${app}/test_docs/direct`)).body.v).toBe(1)
    const [latest] = (await alice.request('GET', `${app}/deployments`)).body
    expect(latest).toMatchObject({
      status: 'successful',
      origin: 'admin-api',
      user_id: alice.userId,
      draft_id: ''
    })
  })

  test('deployments are listed newest first, at most 25; an unknown one is a 404', async () => {
    const app = await newApp('history')
    const ids: string[] = []
    for (let i = 0; i < 27; i++) {
      await alice.request('PUT', `${app}/test_docs/d`, { body: { i } })
      ids.push((await alice.request('GET', `${app}/deployments`)).body[0]._id)
    }
    const list = (await alice.request('GET', `${app}/deployments`)).body
    expect(list).toHaveLength(25)
    expect(list.map((d: { _id: string }) => d._id)).toEqual(ids.slice(2).reverse())
    const missing = await alice.request('GET', `${app}/deployments/65f0c0de00000000000fffff`)
    expect(missing.status).toBe(404)
    expect(missing.body).toEqual({ error: 'deployment not found', error_code: 'DeploymentNotFound' })
  })

  test('redeploy puts back the config of an earlier successful deployment', async () => {
    const app = await newApp('rollback')
    const d1 = (await alice.request('POST', `${app}/drafts`)).body
    await alice.request('PUT', `${app}/test_docs/cfg`, { body: { v: 'one' } })
    const first = await deploy(alice, app, d1._id)
    const d2 = (await alice.request('POST', `${app}/drafts`)).body
    await alice.request('PUT', `${app}/test_docs/cfg`, { body: { v: 'two' } })
    await alice.request('PUT', `${app}/test_docs/extra`, { body: { v: 'two' } })
    await deploy(alice, app, d2._id)
    expect((await bob.request('GET', `${app}/test_docs/cfg`)).body.v).toBe('two')
    const res = await bob.request('POST', `${app}/deployments/${first._id}/redeploy`)
    expect(res.status).toBe(204)
    expect((await bob.request('GET', `${app}/test_docs/cfg`)).body.v).toBe('one')
    expect((await bob.request('GET', `${app}/test_docs/extra`)).status).toBe(404)
    expect((await bob.request('GET', `${app}/deployments`)).body[0]).toMatchObject({
      status: 'successful',
      origin: 'redeploy'
    })
    const unknown = await bob.request('POST', `${app}/deployments/65f0c0de00000000000fffff/redeploy`)
    expect(unknown.status).toBe(404)
    expect(unknown.body.error_code).toBe('DeploymentNotFound')
  })

  test('a failed deployment cannot be redeployed', async () => {
    const app = await newApp('nofailed')
    const draft = (await alice.request('POST', `${app}/drafts`)).body
    await alice.request('PUT', `${app}/test_docs/a`, { body: { v: 1 } })
    await bob.request('PUT', `${app}/test_docs/a`, { body: { v: 2 } })
    const failed = await deploy(alice, app, draft._id)
    expect(failed.status).toBe('failed')
    expect((await alice.request('POST', `${app}/deployments/${failed._id}/redeploy`)).status).toBe(400)
  })

  test('deploying an unknown or another user draft is a 404; a bad body a 400', async () => {
    const app = await newApp('baddeploy')
    const bobDraft = (await bob.request('POST', `${app}/drafts`)).body
    expect((await alice.request('POST', `${app}/drafts/${bobDraft._id}/deployment`)).status).toBe(404)
    const bad = await bob.request('POST', `${app}/drafts/${bobDraft._id}/deployment`, { body: { name: 42 } })
    expect(bad.status).toBe(400)
    expect((await bob.request('GET', `${app}/drafts`)).body).toHaveLength(1)
  })
})
