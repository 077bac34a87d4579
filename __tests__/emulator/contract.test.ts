// The emulator against the official OpenAPI spec (path from ADMIN_API_SPEC). Every registered route
// must be a spec operation, and every exchange of a scripted session (core flows plus a sweep over
// all registered routes, so resource routes added later are covered too) must have a documented
// success status and a body valid against the documented schema. Error replies must have the
// documented schema when the spec has one, else the `{error, error_code}` shape. A mismatch is
// tolerated only for an operation listed in src/emulator/divergences.ts (see contract-checker.ts).
import { divergences } from '../../src/emulator/divergences.js'
import { resourceSession } from './resources/session.js'
import { RouteTable } from '../../src/emulator/router.js'
import { ContractChecker, SPEC_FILE, exemptions, loadSpec } from './contract-checker.js'
import { ALICE, BOB, PROJECT_1, createApp, startHarness, type Client, type Harness } from './harness.js'

const GA = '/groups/{groupId}/apps/{appId}'
const FAKE_ID = '65f0c0de0000000000000bad'

/** The core flows, with the statuses a client meets: success, conflict, not found, bad input. */
async function scriptedSession(h: Harness, alice: Client): Promise<void> {
  const bob = await h.as(BOB)
  await h.request('POST', '/auth/session', { token: alice.refreshToken })
  await h.request('POST', '/auth/session', { token: alice.accessToken })
  await h.request('POST', '/auth/providers/mongodb-cloud/login', {
    body: { username: 'nobody', apiKey: 'wrong-key' }
  })
  await alice.request('GET', '/auth/profile')
  await alice.request('GET', '/provider_regions')
  const app = await createApp(alice, 'contract', PROJECT_1, {
    data_source: { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'Cluster0' } }
  })
  const base = `/groups/${PROJECT_1}/apps/${app._id}`
  await alice.request('POST', `/groups/${PROJECT_1}/apps`, { body: { name: 'contract' } })
  await alice.request('POST', `/groups/${PROJECT_1}/apps`, { body: { name: '9lives' } })
  await alice.request('GET', `/groups/${PROJECT_1}/apps?product=standard,atlas`)
  await alice.request('GET', base)
  const draft = (await alice.request('POST', `${base}/drafts`)).body
  await alice.request('POST', `${base}/drafts`)
  await alice.request('GET', `${base}/drafts`)
  await alice.request('GET', `${base}/drafts/${draft._id}/diff`)
  const deployment = (
    await alice.request('POST', `${base}/drafts/${draft._id}/deployment`, { body: { name: 'v1' } })
  ).body
  await alice.request('GET', `${base}/deployments/${deployment._id}`)
  await alice.request('GET', `${base}/deployments`)
  await alice.request('POST', `${base}/deployments/${deployment._id}/redeploy`)
  await alice.request('POST', `${base}/deployments/${FAKE_ID}/redeploy`)
  const bobDraft = (await bob.request('POST', `${base}/drafts`)).body
  await bob.request('DELETE', `${base}/drafts/${bobDraft._id}`)
  const page = (await alice.request('GET', `${base}/logs?limit=50`)).body
  await alice.request('GET', `${base}/logs?end_date=${page.nextEndDate}&skip=${page.nextSkip ?? 0}&limit=50`)
  await alice.request('GET', `${base}/logs?errors_only=true&type=FUNCTION,TRIGGER_FAILURE`)
  await alice.request('GET', `${base}/deploy/config`)
  await alice.request('PATCH', `${base}/deploy/config`, {
    body: {
      ui_drafts_disabled: false,
      automatic_deployment: { enabled: false, provider: 'github', installation_ids: [] }
    }
  })
}

/** Calls every registered app route once with plausible ids and an empty JSON object as body. */
async function sweepRoutes(h: Harness, alice: Client): Promise<void> {
  const app = await createApp(alice, 'sweep', PROJECT_1, {
    data_source: { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'Cluster0' } }
  })
  const ids: Record<string, string> = { groupId: PROJECT_1, appId: app._id }
  const services = await alice.request('GET', `/groups/${PROJECT_1}/apps/${app._id}/services`)
  if (services.status === 200 && services.body[0]?._id) ids.serviceId = services.body[0]._id
  const created = async (path: string, body: object, param: string): Promise<void> => {
    const res = await alice.request('POST', `/groups/${PROJECT_1}/apps/${app._id}${path}`, { body })
    if (res.status === 201 && res.body?._id) ids[param] = res.body._id
  }
  await created('/functions', { name: 'hello', private: false, source: 'exports = () => 1' }, 'functionId')
  await created('/values', { name: 'greeting', private: false, value: 'hi' }, 'valueId')
  await created('/secrets', { name: 'token', value: 'not-a-real-secret' }, 'secretId')
  const routes = h.emulator.routes.filter(
    r => r.pattern.startsWith(GA) && !(r.method === 'DELETE' && r.pattern === GA)
  )
  for (const route of [...routes].sort(
    (a, b) => (a.method === 'DELETE' ? 1 : 0) - (b.method === 'DELETE' ? 1 : 0)
  )) {
    const path = route.pattern.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? FAKE_ID)
    const query = path.endsWith('/hosting/assets/asset') ? '?path=/index.html' : ''
    await alice.request(route.method, `${path}${query}`, route.method === 'GET' ? {} : { body: {} })
  }
  await alice.request('DELETE', `/groups/${PROJECT_1}/apps/${app._id}`)
}

const SKIPPED = 'contract test skipped: set ADMIN_API_SPEC to the path of openapi-admin-v3.yaml'
const suite = SPEC_FILE ? describe : describe.skip
if (!SPEC_FILE) process.stderr.write(`\n${SKIPPED}\n`)

suite(SPEC_FILE ? 'contract with the official spec' : SKIPPED, () => {
  let h: Harness
  let checker: ContractChecker
  beforeAll(async () => {
    checker = new ContractChecker(loadSpec(SPEC_FILE as string, exemptions(divergences).schemas))
    h = await startHarness({ seedLogs: 300 })
  })
  afterAll(() => h?.stop())

  beforeEach(() => {
    checker.failures.length = 0
  })

  test('every registered route is a spec operation or a listed divergence', () => {
    for (const route of h.emulator.routes) checker.checkRoute(route.method, route.pattern)
    expect(checker.failures).toEqual([])
  })

  test('every exchange of a scripted session matches the documented status and schema', async () => {
    const alice = await h.as(ALICE)
    await scriptedSession(h, alice)
    await sweepRoutes(h, alice)
    // Valid bodies over every resource kind, so success replies are checked too, not only errors.
    await resourceSession(alice, PROJECT_1)
    const table = new RouteTable(h.emulator.routes)
    for (const exchange of h.exchanges) {
      const match = table.match(exchange.method, exchange.path.split('?')[0])
      if (match.kind === 'found') checker.checkExchange(exchange, match.route.pattern)
    }
    expect(h.exchanges.length).toBeGreaterThan(h.emulator.routes.length)
    expect(checker.failures).toEqual([])
  })
})
