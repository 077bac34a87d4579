// A tiny Admin API stand-in on loopback for transport tests: each test scripts exactly what the
// server does (429 + Retry-After, 503, a socket dropped before or after a side effect, a slow
// answer, an expired session). Requests nobody scripted are answered 404, recorded, and fail the
// test they arrived in (../stand-in-check.ts), or stop() when they came outside a test.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { cancelledBy } from '../../src/admin/retry.js'
import { watchUnexpected } from '../stand-in-check.js'

export interface StubRequest {
  readonly method: string
  /** Below /api/admin/v3.0. */
  readonly path: string
  readonly query: URLSearchParams
  readonly headers: IncomingMessage['headers']
  readonly body: Buffer
  json(): unknown
}

export type StubReply =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
  /** Destroys the socket without an answer. */
  | 'drop'
  /** Never answers (until the server stops). */
  | 'hang'

export type StubHandler = (request: StubRequest) => StubReply | Promise<StubReply>

export interface Stub {
  readonly name: string
  readonly url: string
  readonly requests: StubRequest[]
  readonly unexpected: string[]
  on(method: string, path: string, handler: StubHandler): void
  stop(): Promise<void>
}

const prefix = '/api/admin/v3.0'

export const stubKeys = { publicKey: 'pubkey-abcdefgh', privateKey: 'privkey-0123-4567-89ab-cdef01234567' }

/** Starts a stub that answers login and session refresh like the Admin API, with numbered tokens. */
export async function startStub(): Promise<Stub> {
  const routes = new Map<string, StubHandler>()
  const requests: StubRequest[] = []
  const unexpected: string[] = []
  const sockets = new Set<Socket>()
  let tokens = 0
  routes.set('POST /auth/providers/mongodb-cloud/login', () => {
    tokens++
    return {
      status: 200,
      body: { access_token: `access-${tokens}`, refresh_token: `refresh-${tokens}`, user_id: 'user-1' }
    }
  })
  routes.set('POST /auth/session', () => ({
    status: 201,
    body: { access_token: `access-${++tokens}-refreshed` }
  }))

  const server = createServer((req, res) => {
    void handle(req, res)
  })
  server.on('connection', socket => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const url = new URL(req.url ?? '/', 'http://stub')
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname
    const body = Buffer.concat(chunks)
    const request: StubRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      json: () => (body.length ? JSON.parse(body.toString('utf8')) : undefined)
    }
    requests.push(request)
    const handler = routes.get(`${request.method} ${path}`)
    if (!handler) unexpected.push(`${request.method} ${path}`)
    const reply = handler ? await handler(request) : { status: 404, body: { error: 'no such route' } }
    if (reply === 'drop') return void req.socket.destroy()
    if (reply === 'hang') return
    const text =
      reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body)
    const type = typeof reply.body === 'string' ? 'text/plain' : 'application/json'
    res.writeHead(reply.status, { ...(text ? { 'content-type': type } : {}), ...reply.headers })
    res.end(text)
  }

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const stub: Stub = {
    name: 'the Admin API stub',
    url: `http://127.0.0.1:${port}`,
    requests,
    unexpected,
    on: (method, path, handler) => void routes.set(`${method} ${path}`, handler),
    stop: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
      finish()
    }
  }
  const finish = watchUnexpected(stub)
  return stub
}

/** Requests to `method path`, in order. */
export function requestsTo(stub: Stub, method: string, path: string): StubRequest[] {
  return stub.requests.filter(r => r.method === method && r.path === path)
}

/** A clock whose sleeps return at once and are recorded; `now` advances by each sleep. */
export function fakeClock(start = Date.parse('2025-01-01T00:00:00Z')) {
  let now = start
  const sleeps: number[] = []
  return {
    sleeps,
    advance: (ms: number) => void (now += ms),
    clock: {
      now: () => now,
      sleep: async (ms: number, signal?: AbortSignal) => {
        if (signal?.aborted) throw cancelledBy(signal)
        sleeps.push(ms)
        now += ms
      }
    }
  }
}
