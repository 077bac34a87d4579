// Test helper for the resource routes: an emulator over loopback with a controllable clock, a
// logged-in user and a fresh app; `api` sends requests below that app's path.
import {
  ALICE,
  BOB,
  PROJECT_1,
  createApp,
  fakeClock,
  startHarness,
  type ApiResponse,
  type Client,
  type Harness,
  type RequestOptions
} from '../harness.js'

export interface AppUnderTest {
  readonly h: Harness
  readonly alice: Client
  readonly bob: Client
  readonly clock: ReturnType<typeof fakeClock>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly app: any
  /** `/groups/{g}/apps/{a}` */
  readonly base: string
  /** A request by `client` (Alice by default) to `base + path`. */
  api(method: string, path: string, options?: RequestOptions & { client?: Client }): Promise<ApiResponse>
  /** A fresh app, for tests that need an empty one. */
  newApp(name: string): Promise<{ base: string; app: { _id: string } }>
  stop(): Promise<void>
}

export async function startAppUnderTest(name = 'resources'): Promise<AppUnderTest> {
  const clock = fakeClock()
  const h = await startHarness({ now: clock.now })
  const alice = await h.as(ALICE)
  const bob = await h.as(BOB)
  const app = await createApp(alice, name)
  const base = `/groups/${PROJECT_1}/apps/${app._id}`
  return {
    h,
    alice,
    bob,
    clock,
    app,
    base,
    api: (method, path, options = {}) => (options.client ?? alice).request(method, `${base}${path}`, options),
    newApp: async appName => {
      const created = await createApp(alice, appName)
      return { app: created, base: `/groups/${PROJECT_1}/apps/${created._id}` }
    },
    stop: () => h.stop()
  }
}

/** Creates a function and returns its id. */
export async function createFunction(
  t: AppUnderTest,
  name: string,
  source = 'exports = function() { return 1 }'
): Promise<string> {
  const res = await t.api('POST', '/functions', { body: { name, private: false, source } })
  if (res.status !== 201)
    throw new Error(`create function ${name}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body._id
}

/** Creates a mongodb-atlas data source and returns its id. */
export async function createDataSource(
  t: AppUnderTest,
  name = 'mongodb-atlas',
  clusterName = 'Cluster0'
): Promise<string> {
  const res = await t.api('POST', '/services', {
    body: { name, type: 'mongodb-atlas', config: { clusterName } }
  })
  if (res.status !== 201) throw new Error(`create service ${name}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body._id
}

export async function createSecret(t: AppUnderTest, name: string, value: string): Promise<string> {
  const res = await t.api('POST', '/secrets', { body: { name, value } })
  if (res.status !== 201) throw new Error(`create secret ${name}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body._id
}

/** The error reply shape every failure has. */
export function apiError(status: number, code: string | RegExp, message?: string | RegExp): object {
  return {
    status,
    body: {
      error:
        message === undefined
          ? expect.any(String)
          : typeof message === 'string'
            ? expect.stringContaining(message)
            : expect.stringMatching(message),
      error_code: typeof code === 'string' ? code : expect.stringMatching(code)
    }
  }
}
