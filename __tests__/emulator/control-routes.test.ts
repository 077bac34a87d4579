// The emulator's control routes over HTTP (below /__emulator): suspending a database trigger and
// recording a trigger's runs, with the API's own token rules; what the Admin API then answers
// (event subscriptions, the latest execution, the app log) and that resume ends the suspension.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ALICE, CAROL, PROJECT_1, createApp, startHarness, type Harness } from './harness.js'
import {
  apiError,
  createDataSource,
  createFunction,
  startAppUnderTest,
  type AppUnderTest
} from './resources/setup.js'
import type { ApiResponse } from './harness.js'

let t: AppUnderTest
let databaseId: string
let scheduledId: string

beforeAll(async () => {
  t = await startAppUnderTest('control')
  await createFunction(t, 'onChange')
  const serviceId = await createDataSource(t)
  const processors = { FUNCTION: { config: { function_name: 'onChange' } } }
  const database = await t.api('POST', '/triggers', {
    body: {
      name: 'onOrder',
      type: 'DATABASE',
      config: { service_id: serviceId, database: 'shop', collection: 'orders', operation_types: ['INSERT'] },
      event_processors: processors
    }
  })
  const scheduled = await t.api('POST', '/triggers', {
    body: {
      name: 'nightly',
      type: 'SCHEDULED',
      config: { schedule: '0 3 * * *' },
      event_processors: processors
    }
  })
  expect([database.status, scheduled.status]).toEqual([201, 201])
  ;[databaseId, scheduledId] = [database.body._id, scheduled.body._id]
})
afterAll(() => t.stop())

/** A control request to `/__emulator/groups/{group}/apps/{app}/triggers/{trigger}/{verb}`. */
async function control(
  verb: string,
  trigger: string,
  options: { body?: unknown; token?: string | null; app?: string; group?: string } = {}
): Promise<ApiResponse> {
  const app = options.app ?? t.app.client_app_id
  const path = `/__emulator/groups/${options.group ?? PROJECT_1}/apps/${app}/triggers/${trigger}/${verb}`
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  const token = options.token === undefined ? t.alice.accessToken : options.token
  if (token !== null) headers.Authorization = `Bearer ${token}`
  const body = options.body === undefined ? undefined : JSON.stringify(options.body)
  const res = await fetch(`${t.h.emulator.url}${path}`, { method: 'POST', headers, body })
  return { status: res.status, body: await res.json(), headers: res.headers }
}

const subscription = async (id: string): Promise<Record<string, unknown>> =>
  (await t.api('GET', `/event_subscriptions/${id}`)).body

test('control routes take the API token of a key with access to the project, and name what is missing', async () => {
  const carol = await t.h.as(CAROL)
  expect(await control('suspend', 'onOrder', { token: null })).toMatchObject(apiError(401, 'InvalidSession'))
  expect(await control('suspend', 'onOrder', { token: carol.accessToken })).toMatchObject(
    apiError(404, 'GroupNotFound')
  )
  expect(await control('suspend', 'onOrder', { app: 'no-such-app' })).toMatchObject(
    apiError(404, 'AppNotFound', 'no-such-app')
  )
  expect(await control('suspend', 'nope')).toMatchObject(
    apiError(404, 'TriggerNotFound', 'has no trigger nope')
  )
  expect(await control('suspend', 'nightly')).toMatchObject(
    apiError(400, 'InvalidParameter', 'only database triggers are suspended')
  )
  expect(await control('execution', 'onOrder', { body: { error: 7 } })).toMatchObject(
    apiError(400, 'InvalidParameter', "'error' must be a non-empty string")
  )
  expect(await control('suspend', 'onOrder', { body: [] })).toMatchObject(apiError(400, 'InvalidParameter'))
  // Nothing above changed the trigger.
  expect(await subscription(databaseId)).not.toHaveProperty('state')
})

test('suspend: the event subscription shows it with its error and the app log records it; resume ends it', async () => {
  const reply = await control('suspend', 'onOrder', {
    body: { error: 'resume token <lost>' },
    app: t.app._id
  })
  expect(reply.status).toBe(200)
  expect(reply.body).toMatchObject({
    _id: databaseId,
    name: 'onOrder',
    state: 'SUSPENDED',
    error: 'resume token <lost>'
  })
  expect(await subscription(databaseId)).toMatchObject({ state: 'SUSPENDED', error: 'resume token <lost>' })
  const listed = (await t.api('GET', '/event_subscriptions')).body as Record<string, unknown>[]
  expect(listed.find(s => s._id === scheduledId)).not.toHaveProperty('state')
  const failures = await t.api('GET', '/logs?errors_only=true&type=TRIGGER_FAILURE')
  expect(failures.body.logs).toEqual([
    expect.objectContaining({
      type: 'TRIGGER_FAILURE',
      error: 'resume token <lost>',
      event_subscription_id: databaseId,
      event_subscription_name: 'onOrder'
    })
  ])
  // A suspension is not a run: the trigger has still never executed.
  expect((await t.api('GET', `/event_subscriptions/${databaseId}/execution`)).status).toBe(404)
  expect((await t.api('PUT', `/triggers/${databaseId}/resume`, { body: {} })).status).toBe(204)
  expect(await subscription(databaseId)).not.toHaveProperty('state')
  expect(await subscription(databaseId)).not.toHaveProperty('error')
})

test('suspend without a body uses the change-stream error the service reports', async () => {
  expect((await control('suspend', 'onOrder')).body.error).toMatch(/^\(ChangeStreamHistoryLost\)/)
  expect(
    (await t.api('PUT', `/triggers/${databaseId}/resume`, { body: { disable_token: true } })).status
  ).toBe(204)
})

test('execution: a failed run is the latest execution until a successful one follows', async () => {
  const failed = await control('execution', 'nightly', { body: { error: 'TypeError: x is undefined' } })
  expect(failed.status).toBe(201)
  const latest = await t.api('GET', `/event_subscriptions/${scheduledId}/execution`)
  expect(latest.status).toBe(200)
  expect(latest.body).toEqual(failed.body)
  expect(latest.body).toMatchObject({
    resource_id: { $oid: scheduledId },
    data: { type: 'SCHEDULED_TRIGGER', error: 'TypeError: x is undefined' }
  })
  const ok = await control('execution', 'nightly')
  expect(ok.status).toBe(201)
  const after = await t.api('GET', `/event_subscriptions/${scheduledId}/execution`)
  expect(after.body.data).toEqual({ log_id: expect.any(String), type: 'SCHEDULED_TRIGGER' })
  const runs = await t.api('GET', '/logs?type=SCHEDULED_TRIGGER')
  expect(runs.body.logs).toEqual([
    expect.objectContaining({ function_name: 'onChange', event_subscription_name: 'nightly' })
  ])
})

test('control routes are not Admin API routes, and an unknown control path is 404', async () => {
  expect(
    t.h.emulator.routes.some(r => r.pattern.includes('__emulator') || r.pattern.endsWith('/suspend'))
  ).toBe(false)
  const res = await fetch(`${t.h.emulator.url}/__emulator/nothing`, { method: 'POST' })
  expect(res.status).toBe(404)
})

test('a failed run recorded over HTTP is kept in --data-dir across a restart', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'emulator-control-'))
  const running: Harness[] = []
  try {
    const first = await startHarness({ dataDir: dir })
    running.push(first)
    const alice = await first.as(ALICE)
    const app = await createApp(alice, 'kept')
    const base = `/groups/${PROJECT_1}/apps/${app._id}`
    const fn = { name: 'f', private: false, source: 'exports = () => 1' }
    expect((await alice.request('POST', `${base}/functions`, { body: fn })).status).toBe(201)
    const created = await alice.request('POST', `${base}/triggers`, {
      body: {
        name: 'nightly',
        type: 'SCHEDULED',
        config: { schedule: '0 3 * * *' },
        event_processors: { FUNCTION: { config: { function_name: 'f' } } }
      }
    })
    expect(created.status).toBe(201)
    const url = `${first.emulator.url}/__emulator/groups/${PROJECT_1}/apps/kept/triggers/nightly/execution`
    const headers = { Authorization: `Bearer ${alice.accessToken}`, 'Content-Type': 'application/json' }
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ error: 'kept error' }) })
    expect(res.status).toBe(201)
    await running.pop()?.stop()
    const second = await startHarness({ dataDir: dir })
    running.push(second)
    const again = await second.as(ALICE)
    const latest = await again.request('GET', `${base}/event_subscriptions/${created.body._id}/execution`)
    expect(latest.body.data).toMatchObject({ error: 'kept error' })
  } finally {
    for (const h of running) await h.stop()
    await rm(dir, { recursive: true, force: true })
  }
})
