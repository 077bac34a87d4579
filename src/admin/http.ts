// One HTTP exchange with the Admin API: fetch with a per-attempt timeout, the caller's cancellation,
// an optional proxy dispatcher, and a classification of failures into "certainly not sent" and
// "outcome unknown", which is what decides whether a write may be repeated.
import { cancelledBy } from './retry.js'

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
  try {
    const response = await fetchFn(request.url, init)
    const bytes = Buffer.from(await response.arrayBuffer())
    const body = request.responseType === 'bytes' ? bytes : parseBody(bytes)
    return { kind: 'response', status: response.status, headers: response.headers, body }
  } catch (error) {
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
    body = JSON.stringify(request.json)
  }
  // `duplex` (required for a streamed body) and `dispatcher` (the proxy) are Node's fetch extensions.
  const init: Record<string, unknown> = { method: request.method, headers, body, signal }
  if (request.body) init.duplex = 'half'
  if (request.dispatcher) init.dispatcher = request.dispatcher
  return init as FetchInit
}

/** JSON when the body is JSON, the text otherwise, undefined when there is no body. */
function parseBody(bytes: Buffer): unknown {
  const text = bytes.toString('utf8')
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
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
