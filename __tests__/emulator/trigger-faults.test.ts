// Trigger faults at deployment time (--suspend-trigger-rate, --fail-trigger-rate, with --seed): what
// the API then reports (event subscriptions, latest executions), that the same seed suspends the same
// triggers, and that the request faults of --fault-rate keep their sequence.
import type { EmulatorOptions } from '../../src/emulator/settings.js'
import { HISTORY_LOST } from '../../src/emulator/trigger-suspension.js'
import { INJECTED_FAILURE } from '../../src/emulator/trigger-faults.js'
import { ALICE, PROJECT_1, createApp, startHarness, type Client, type Harness } from './harness.js'

interface World {
  readonly h: Harness
  readonly alice: Client
  readonly base: string
}

const started: Harness[] = []
afterAll(async () => {
  for (const h of started) await h.stop()
})

async function world(options: EmulatorOptions): Promise<World> {
  const h = await startHarness(options)
  started.push(h)
  const alice = await h.as(ALICE)
  const app = await createApp(alice, 'faults')
  return { h, alice, base: `/groups/${PROJECT_1}/apps/${app._id}` }
}

/** Creates a function, a data source and the triggers, each a write outside a draft (one deployment each). */
async function deployTriggers(w: World, names: string[], type = 'DATABASE'): Promise<Map<string, string>> {
  const call = async (path: string, body: object): Promise<string> => {
    const res = await w.alice.request('POST', `${w.base}${path}`, { body })
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body._id
  }
  await call('/functions', { name: 'onEvent', private: false, source: 'exports = () => 1' })
  const serviceId = await call('/services', {
    name: 'mongodb-atlas',
    type: 'mongodb-atlas',
    config: { clusterName: 'C0' }
  })
  const ids = new Map<string, string>()
  for (const name of names) {
    const config =
      type === 'DATABASE'
        ? { service_id: serviceId, database: 'shop', collection: name, operation_types: ['INSERT'] }
        : { schedule: '0 3 * * *' }
    const processors = { FUNCTION: { config: { function_name: 'onEvent' } } }
    ids.set(name, await call('/triggers', { name, type, config, event_processors: processors }))
  }
  return ids
}

async function suspendedNames(w: World): Promise<string[]> {
  const list = (await w.alice.request('GET', `${w.base}/event_subscriptions`)).body as Record<
    string,
    unknown
  >[]
  return list
    .filter(s => s.state === 'SUSPENDED')
    .map(s => String(s.name))
    .sort()
}

const NAMES = ['t1', 't2', 't3', 't4', 't5', 't6', 't7', 't8']

test('--suspend-trigger-rate 1: every database trigger is suspended by the deployment that made it; resume ends it', async () => {
  const w = await world({ suspendTriggerRate: 1 })
  const ids = await deployTriggers(w, ['onOrder'])
  const id = ids.get('onOrder') as string
  const subscription = (await w.alice.request('GET', `${w.base}/event_subscriptions/${id}`)).body
  expect(subscription).toMatchObject({ name: 'onOrder', state: 'SUSPENDED', error: HISTORY_LOST })
  expect((await w.alice.request('PUT', `${w.base}/triggers/${id}/resume`, { body: {} })).status).toBe(204)
  expect(await suspendedNames(w)).toEqual([])
})

test('--fail-trigger-rate 1: a trigger of any type has a failed latest execution after a deployment', async () => {
  const w = await world({ failTriggerRate: 1 })
  const ids = await deployTriggers(w, ['nightly'], 'SCHEDULED')
  const execution = await w.alice.request(
    'GET',
    `${w.base}/event_subscriptions/${ids.get('nightly')}/execution`
  )
  expect(execution.status).toBe(200)
  expect(execution.body.data).toMatchObject({ type: 'SCHEDULED_TRIGGER', error: INJECTED_FAILURE })
  expect(await suspendedNames(w)).toEqual([])
})

test('the same seed suspends the same triggers; rate 0 suspends none', async () => {
  const first = await world({ suspendTriggerRate: 0.3, seed: 11 })
  const second = await world({ suspendTriggerRate: 0.3, seed: 11 })
  const none = await world({ seed: 11 })
  for (const w of [first, second, none]) await deployTriggers(w, NAMES)
  const suspended = await suspendedNames(first)
  expect(suspended.length).toBeGreaterThan(0)
  expect(suspended.length).toBeLessThan(NAMES.length)
  expect(await suspendedNames(second)).toEqual(suspended)
  expect(await suspendedNames(none)).toEqual([])
})

test('trigger faults draw from their own sequence: the request faults of --fault-rate are unchanged', async () => {
  const faultsOf = async (options: EmulatorOptions): Promise<string[]> => {
    const h = await startHarness({ faultRate: 0.3, seed: 5, ...options })
    started.push(h)
    // Each step is retried until it succeeds: the same faults make the same requests.
    const until = async (
      method: string,
      path: string,
      body: object,
      token?: string
    ): Promise<Record<string, unknown>> => {
      for (let attempt = 0; attempt < 20; attempt++) {
        const res = await h.request(method, path, { body, token }).catch(() => undefined)
        if (res && res.status < 300) return res.body
      }
      throw new Error(`${method} ${path} kept failing`)
    }
    const login = await until('POST', '/auth/providers/mongodb-cloud/login', {
      username: ALICE.publicKey,
      apiKey: ALICE.privateKey
    })
    const token = login.access_token as string
    const app = await until('POST', `/groups/${PROJECT_1}/apps`, { name: 'faults' }, token)
    const base = `/groups/${PROJECT_1}/apps/${String(app._id)}`
    await until(
      'POST',
      `${base}/functions`,
      { name: 'f', private: false, source: 'exports = () => 1' },
      token
    )
    for (const name of ['a', 'b', 'c'])
      await until(
        'POST',
        `${base}/triggers`,
        {
          name,
          type: 'SCHEDULED',
          config: { schedule: '0 3 * * *' },
          event_processors: { FUNCTION: { config: { function_name: 'f' } } }
        },
        token
      )
    return h.emulator.requestLog.entries.map(e => `${e.method} ${e.path} ${e.fault ?? '-'}`)
  }
  const plain = await faultsOf({})
  expect(plain.some(line => !line.endsWith(' -'))).toBe(true)
  expect(await faultsOf({ suspendTriggerRate: 1, failTriggerRate: 1 })).toEqual(plain)
})

test('rates outside 0..1 are refused', async () => {
  await expect(startHarness({ suspendTriggerRate: 1.5 })).rejects.toThrow('suspend trigger rate 1.5')
  await expect(startHarness({ failTriggerRate: -1 })).rejects.toThrow('fail trigger rate -1')
})
