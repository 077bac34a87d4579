// `context.http` (and a legacy `http` service): App Services' HTTP client methods over a handler the
// test injects. No request leaves the process unless the caller allows the network explicitly.
import { binaryOf } from './bson-global.js'

export interface HttpRequest {
  readonly method: string
  readonly url: string
  readonly headers: Record<string, string[]>
  readonly body?: string
}

export interface HttpReply {
  readonly statusCode?: number
  readonly headers?: Record<string, string | string[]>
  readonly body?: string | Uint8Array | object
}

export type HttpHandler = (request: HttpRequest) => HttpReply | Promise<HttpReply>

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'] as const

/** The `context.http` object; `handler` undefined means every call fails with a message saying why. */
export function createHttpClient(handler: HttpHandler | undefined, allowNetwork: boolean) {
  const send = handler ?? (allowNetwork ? fetchHandler : refuse)
  const client: Record<string, (options: Record<string, unknown>) => Promise<unknown>> = {}
  for (const method of METHODS)
    client[method] = async (options = {}) => toResponse(await send(toRequest(method.toUpperCase(), options)))
  return Object.freeze(client)
}

function toRequest(method: string, options: Record<string, unknown>): HttpRequest {
  const url = typeof options.url === 'string' ? options.url : urlFromParts(options)
  const headers: Record<string, string[]> = {}
  for (const [name, value] of Object.entries((options.headers ?? {}) as Record<string, unknown>))
    headers[name] = Array.isArray(value) ? value.map(String) : [String(value)]
  let body: string | undefined
  if (options.body !== undefined)
    body = options.encodeBodyAsJSON ? JSON.stringify(options.body) : String(options.body)
  return { method, url, headers, ...(body !== undefined ? { body } : {}) }
}

function urlFromParts(options: Record<string, unknown>): string {
  const url = new URL(`${String(options.scheme ?? 'https')}://${String(options.host ?? 'localhost')}`)
  url.pathname = String(options.path ?? '/')
  for (const [key, values] of Object.entries((options.query ?? {}) as Record<string, unknown>))
    for (const value of Array.isArray(values) ? values : [values]) url.searchParams.append(key, String(value))
  return url.toString()
}

function toResponse(reply: HttpReply) {
  const statusCode = reply.statusCode ?? 200
  const headers: Record<string, string[]> = {}
  for (const [name, value] of Object.entries(reply.headers ?? {}))
    headers[name] = Array.isArray(value) ? value : [value]
  const body = reply.body
  const bytes =
    body === undefined
      ? Buffer.alloc(0)
      : typeof body === 'string'
        ? Buffer.from(body)
        : body instanceof Uint8Array
          ? Buffer.from(body)
          : Buffer.from(JSON.stringify(body))
  return { status: `${statusCode}`, statusCode, headers, cookies: {}, body: binaryOf(bytes) }
}

function refuse(request: HttpRequest): never {
  throw new Error(
    `context.http.${request.method.toLowerCase()}(${new URL(request.url).host}): no network in the local ` +
      'runtime; give an `http` handler (or allowNetwork: true)'
  )
}

async function fetchHandler(request: HttpRequest): Promise<HttpReply> {
  const headers = Object.entries(request.headers).flatMap(([n, vs]) =>
    vs.map(v => [n, v] as [string, string])
  )
  const response = await fetch(request.url, {
    method: request.method,
    headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
    signal: AbortSignal.timeout(60_000)
  })
  const replyHeaders: Record<string, string[]> = {}
  response.headers.forEach((value, name) => (replyHeaders[name] = [value]))
  return {
    statusCode: response.status,
    headers: replyHeaders,
    body: new Uint8Array(await response.arrayBuffer())
  }
}
