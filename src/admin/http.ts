// One HTTP exchange with the Admin API: fetch with a per-attempt timeout, the caller's cancellation,
// an optional proxy dispatcher, and a classification of failures into "certainly not sent" and
// "outcome unknown", which is what decides whether a write may be repeated. Two refusals are final
// (thrown, never retried): a redirect, which is never followed (the login body carries the private
// key and every other call a bearer token, and both go to the configured origin only), and a body
// over the size limit, read no further than the limit.
import { AdminApiError } from '../errors.js'
import { rememberServedIntegers, stringifyExact } from '../exact-numbers.js'
import { redact } from '../secrets.js'
import { cancelledBy } from './retry.js'

/** The largest response body read (JSON or bytes): far above any app's config, far below memory. */
export const defaultMaxResponseBytes = 64 * 1024 * 1024

/** A request body produced afresh for every attempt (a retried upload re-opens its file). */
export interface BodySource {
  readonly contentType: string
  /** `length` is exact and goes out as Content-Length, so no chunked encoding is needed. */
  open(): Promise<{ readonly stream: ReadableStream<Uint8Array>; readonly length: number }>
}

export interface HttpRequest {
  readonly method: string
  readonly url: string
  readonly headers: Record<string, string>
  readonly json?: unknown
  readonly body?: BodySource
  readonly timeoutMs: number
  readonly signal?: AbortSignal
  readonly responseType: 'json' | 'bytes'
  readonly dispatcher?: unknown
  /** `METHOD /path` for errors (never the query: it may carry anything). */
  readonly label: { readonly method: string; readonly path: string }
  readonly maxBytes: number
}

export type Exchange =
  | { readonly kind: 'response'; readonly status: number; readonly headers: Headers; readonly body: unknown }
  /** No usable response. `sent: false` means the server certainly never saw the request. */
  | { readonly kind: 'failure'; readonly sent: boolean; readonly reason: string }

// Errors raised before a single byte reached the server: repeating such a request is always safe.
const notSentCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT'
])

class AttemptTimeout extends Error {}

export async function exchange(fetchFn: typeof fetch, request: HttpRequest): Promise<Exchange> {
  if (request.signal?.aborted) throw cancelledBy(request.signal)
  const timeout = new AbortController()
  const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal
  // Opening the body (a file) fails as itself: a missing file is not a network problem to retry.
  const init = await buildInit(request, signal)
  const timer = setTimeout(() => timeout.abort(new AttemptTimeout()), request.timeoutMs)
  // The request in flight keeps the process alive by itself; the timer that bounds it must not
  // keep it alive for 30 s more after a caller stopped waiting (a sibling call failed first).
  timer.unref()
  try {
    const response = await fetchFn(request.url, init)
    if (response.status >= 300 && response.status < 400) throw redirectRefused(request, response)
    const bytes = await readBounded(request, response)
    const body = request.responseType === 'bytes' ? bytes : parseBody(bytes)
    return { kind: 'response', status: response.status, headers: response.headers, body }
  } catch (error) {
    if (error instanceof AdminApiError) throw error
    if (request.signal?.aborted) throw cancelledBy(request.signal)
    if (timeout.signal.aborted) {
      return { kind: 'failure', sent: true, reason: `no response within ${request.timeoutMs} ms` }
    }
    return describeFailure(error)
  } finally {
    clearTimeout(timer)
  }
}

type FetchInit = NonNullable<Parameters<typeof fetch>[1]>

async function buildInit(request: HttpRequest, signal: AbortSignal): Promise<FetchInit> {
  const headers: Record<string, string> = { ...request.headers }
  let body: unknown
  if (request.body) {
    const opened = await request.body.open()
    headers['content-type'] = request.body.contentType
    headers['content-length'] = String(opened.length)
    body = opened.stream
  } else if (request.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = stringifyExact(request.json)
  }
  // `duplex` (required for a streamed body) and `dispatcher` (the proxy) are Node's fetch extensions.
  const init: Record<string, unknown> = { method: request.method, headers, body, signal, redirect: 'manual' }
  if (request.body) init.duplex = 'half'
  if (request.dispatcher) init.dispatcher = request.dispatcher
  return init as FetchInit
}

/** JSON when the body is JSON, the text otherwise, undefined when there is no body. */
function parseBody(bytes: Buffer): unknown {
  const text = bytes.toString('utf8')
  if (text.trim() === '') return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(text) as unknown
  } catch {
    return text
  }
  rememberServedIntegers(text)
  return parsed
}

function describeFailure(error: unknown): Exchange {
  // Duck-typed: fetch's errors may come from another realm (a VM context), where instanceof fails.
  const outer = asRecord(error)
  const cause = asRecord(outer?.cause) ?? outer
  const code = typeof cause?.code === 'string' ? cause.code : undefined
  const message = typeof cause?.message === 'string' ? cause.message : String(error)
  const reason = code && !message.includes(code) ? `${code}: ${message}` : message
  return { kind: 'failure', sent: !(code && notSentCodes.has(code)), reason: reason || 'network error' }
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
}

/** A redirect is an error naming its status and target; its body is never read. */
function redirectRefused(request: HttpRequest, response: Response): AdminApiError {
  void response.body?.cancel().catch(() => undefined)
  const location = response.headers.get('location')
  let target = '(no Location header)'
  if (location) {
    try {
      const url = new URL(location, request.url)
      target = `${url.origin}${url.pathname}`
    } catch {
      target = 'an unreadable Location header'
    }
  }
  const { method, path } = request.label
  const error = new AdminApiError(method, path, response.status, 'Redirect', '')
  error.message = redact(
    `${method} ${path} failed: the server answered ${response.status} redirecting to ${JSON.stringify(target.slice(0, 300))}; Admin API calls never follow redirects (credentials go to the configured base URL only): check the base URL`
  )
  return error
}

/** The body, read chunk by chunk and given up as soon as it passes the limit (or says it will). */
async function readBounded(request: HttpRequest, response: Response): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN)
  if (declared > request.maxBytes) {
    void response.body?.cancel().catch(() => undefined)
    throw tooLarge(request, response.status, declared)
  }
  if (!response.body) return Buffer.alloc(0)
  const chunks: Buffer[] = []
  let size = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > request.maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge(request, response.status, undefined)
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength))
  }
  return Buffer.concat(chunks, size)
}

function tooLarge(request: HttpRequest, status: number, declared: number | undefined): AdminApiError {
  const { method, path } = request.label
  const mb = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`
  const error = new AdminApiError(method, path, status, 'ResponseTooLarge', '')
  error.message = `${method} ${path} failed: the response body ${declared !== undefined ? `is ${mb(declared)}` : 'kept coming'}, over the ${mb(request.maxBytes)} limit; the rest was not read`
  return error
}
