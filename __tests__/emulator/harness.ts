// Test helper: starts an emulator in-process and talks to it over real HTTP (loopback), recording
// every exchange so a test (and the contract test) can check what went over the wire.
import {
  startEmulator,
  API_PREFIX,
  type EmulatorOptions,
  type RunningEmulator
} from '../../src/emulator/server.js'
import type { UserSpec } from '../../src/emulator/state.js'
import { HttpError, type AppInstance, type Route } from '../../src/emulator/types.js'

export const PROJECT_1 = '5f1111111111111111111111'
export const PROJECT_2 = '5f2222222222222222222222'
export const PROJECT_3 = '5f3333333333333333333333'

export const ALICE: UserSpec = {
  publicKey: 'alicepub',
  privateKey: 'alice-private-0001',
  projects: [PROJECT_1, PROJECT_2]
}
export const BOB: UserSpec = { publicKey: 'bobpub', privateKey: 'bob-private-0002', projects: [PROJECT_1] }
export const CAROL: UserSpec = {
  publicKey: 'carolpub',
  privateKey: 'carol-private-0003',
  projects: [PROJECT_3]
}

export interface Exchange {
  readonly method: string
  /** Path below the API prefix, with the query string. */
  readonly path: string
  readonly status: number
  readonly contentType: string
  readonly body: unknown
  /** The JSON body sent, if any. */
  readonly requestBody?: unknown
}

export interface ApiResponse {
  readonly status: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any
  readonly headers: Headers
}

export interface RequestOptions {
  readonly body?: unknown
  readonly rawBody?: string | Buffer
  readonly headers?: Record<string, string>
  readonly token?: string
}

export interface Client {
  readonly userId: string
  readonly accessToken: string
  readonly refreshToken: string
  request(method: string, path: string, options?: RequestOptions): Promise<ApiResponse>
}

export interface Harness {
  readonly emulator: RunningEmulator
  readonly api: string
  readonly exchanges: Exchange[]
  request(method: string, path: string, options?: RequestOptions): Promise<ApiResponse>
  as(user: UserSpec): Promise<Client>
  stop(): Promise<void>
}

export async function startHarness(options: EmulatorOptions = {}): Promise<Harness> {
  const emulator = await startEmulator({
    users: [ALICE, BOB, CAROL],
    deploymentTimings: { createdMs: 0, pendingMs: 0 },
    ...options
  })
  const api = `${emulator.url}${API_PREFIX}`
  const exchanges: Exchange[] = []
  const request = async (method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) }
    if (opts.token) headers.Authorization = `Bearer ${opts.token}`
    let body: string | Buffer | undefined = opts.rawBody
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body)
      headers['Content-Type'] ??= 'application/json'
    }
    const res = await fetch(`${api}${path}`, { method, headers, body })
    const text = await res.text()
    const contentType = res.headers.get('content-type') ?? ''
    const parsed = contentType.includes('json') && text ? JSON.parse(text) : text || undefined
    exchanges.push({ method, path, status: res.status, contentType, body: parsed, requestBody: opts.body })
    return { status: res.status, body: parsed, headers: res.headers }
  }
  const as = async (user: UserSpec): Promise<Client> => {
    const login = await request('POST', '/auth/providers/mongodb-cloud/login', {
      body: { username: user.publicKey, apiKey: user.privateKey }
    })
    if (login.status !== 200) throw new Error(`login failed: ${login.status}`)
    const { access_token, refresh_token, user_id } = login.body
    return {
      userId: user_id,
      accessToken: access_token,
      refreshToken: refresh_token,
      request: (method, path, opts = {}) => request(method, path, { token: access_token, ...opts })
    }
  }
  return { emulator, api, exchanges, request, as, stop: () => emulator.stop() }
}

/** Creates an app and returns its AppInstance. */
export async function createApp(
  client: Client,
  name: string,
  groupId = PROJECT_1,
  body: object = {}
): Promise<AppInstance> {
  const res = await client.request('POST', `/groups/${groupId}/apps`, { body: { name, ...body } })
  if (res.status !== 201) throw new Error(`create app failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

/** A controllable emulator clock. */
export function fakeClock(start = Date.UTC(2025, 0, 15, 12, 0, 0)): {
  now: () => number
  advance(ms: number): void
} {
  let current = start
  return { now: () => current, advance: ms => void (current += ms) }
}

/**
 * A minimal resource for tests of the core's draft semantics: `test_docs` documents written through
 * `ctx.config()` and `ctx.touch()`, exactly as resource modules do.
 */
export function testDocRoutes(): Route[] {
  const base = '/groups/{groupId}/apps/{appId}/test_docs/{docId}'
  return [
    {
      method: 'PUT',
      pattern: base,
      options: { write: true },
      handler: ctx => {
        const config = ctx.config()
        config.collections.test_docs ??= {}
        config.collections.test_docs[ctx.params.docId] = { _id: ctx.params.docId, ...(ctx.json() as object) }
        ctx.touch(`test_docs/${ctx.params.docId}`)
        return { status: 204 }
      }
    },
    {
      method: 'DELETE',
      pattern: base,
      options: { write: true },
      handler: ctx => {
        delete ctx.config().collections.test_docs?.[ctx.params.docId]
        ctx.touch(`test_docs/${ctx.params.docId}`)
        return { status: 204 }
      }
    },
    {
      method: 'GET',
      pattern: base,
      options: {},
      handler: ctx => {
        const doc = ctx.config().collections.test_docs?.[ctx.params.docId]
        if (!doc) throw new HttpError(404, 'NotFound', 'no such test doc')
        return { status: 200, body: doc }
      }
    }
  ]
}
