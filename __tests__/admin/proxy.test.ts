// Proxies: with HTTP_PROXY set (and NO_PROXY cleared) every Admin API request goes through the proxy.
// The target host name exists only for the proxy, which maps it to the loopback stub, so the test
// proves the client never connected directly (it could not resolve that name) and stays on loopback.
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { createServer, request as httpRequest, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { createAdminClient } from '../../src/admin/client.js'
import { proxyDispatcherFor } from '../../src/admin/proxy.js'
import { requestsTo, startStub, stubKeys, type Stub } from './stub-server.js'

const proxyEnv = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'] as const
const unresolvableHost = 'admin-api.realm-deploy.invalid'

interface Proxy {
  readonly url: string
  /** `CONNECT host:port` targets and absolute-form request URLs, in order. */
  readonly seen: string[]
  stop(): Promise<void>
}

/** A forward proxy on loopback that sends every target host to 127.0.0.1 (same port). */
async function startProxy(): Promise<Proxy> {
  const seen: string[] = []
  const sockets = new Set<Socket>()
  const server: Server = createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`)
    const target = new URL(req.url ?? '')
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: target.port,
        method: req.method,
        path: target.pathname + target.search,
        headers: req.headers
      },
      answer => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      }
    )
    req.pipe(upstream)
  })
  server.on('connect', (req, client: Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`)
    const port = Number((req.url ?? '').split(':').pop())
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    for (const s of [client, upstream]) {
      sockets.add(s)
      s.on('error', () => s.destroy())
      s.on('close', () => sockets.delete(s))
    }
  })
  server.on('connection', s => {
    sockets.add(s)
    s.on('close', () => sockets.delete(s))
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    stop: async () => {
      for (const s of sockets) s.destroy()
      await new Promise<void>(resolve => server.close(() => resolve()))
    }
  }
}

let stub: Stub
let proxy: Proxy
let saved: Record<string, string | undefined>
beforeEach(async () => {
  saved = Object.fromEntries(proxyEnv.map(name => [name, process.env[name]]))
  for (const name of proxyEnv) delete process.env[name]
  stub = await startStub()
  proxy = await startProxy()
})
afterEach(async () => {
  for (const name of proxyEnv) {
    if (saved[name] === undefined) delete process.env[name]
    else process.env[name] = saved[name]
  }
  await proxy.stop()
  await stub.stop()
})

it('sends every request through HTTP_PROXY when NO_PROXY does not exclude the host', async () => {
  process.env.HTTP_PROXY = proxy.url
  stub.on('GET', '/groups/g1/apps', () => ({
    status: 200,
    body: [{ _id: 'a1', client_app_id: 'shop-abcde', name: 'shop' }]
  }))
  const port = new URL(stub.url).port
  const client = createAdminClient({ baseUrl: `http://${unresolvableHost}:${port}`, ...stubKeys })
  await expect(client.apps.list('g1')).resolves.toHaveLength(1)
  expect(requestsTo(stub, 'GET', '/groups/g1/apps')).toHaveLength(1)
  // Login and the list: each over its own tunnel (or absolute-form request) through the proxy.
  expect(proxy.seen.length).toBeGreaterThanOrEqual(2)
  expect(proxy.seen.every(line => line.includes(`${unresolvableHost}:${port}`))).toBe(true)
})

it('uses no proxy for a host NO_PROXY names, nor for loopback', () => {
  process.env.HTTP_PROXY = proxy.url
  process.env.HTTPS_PROXY = proxy.url
  expect(proxyDispatcherFor(`http://${unresolvableHost}:8080`)).toBeDefined()
  expect(proxyDispatcherFor('https://services.cloud.mongodb.com')).toBeDefined()
  expect(proxyDispatcherFor('http://127.0.0.1:8080')).toBeUndefined()
  process.env.NO_PROXY = 'localhost,.realm-deploy.invalid'
  expect(proxyDispatcherFor(`http://${unresolvableHost}:8080`)).toBeUndefined()
  expect(proxyDispatcherFor('https://services.cloud.mongodb.com')).toBeDefined()
})
