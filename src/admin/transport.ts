// The one place that talks HTTP to the Admin API: authentication (login, refresh, replay after an
// expired session), retries with backoff for calls that are safe to repeat, and for writes that are
// not, a look at the server's state before any second attempt, so a dropped connection never
// creates a thing twice. Every call is bounded by a per-attempt timeout and the caller's signal.
import type { Logger } from '../log.js'
import type { ApiCall, ApiResponse, Query } from './api-call.js'
import { defaultMaxResponseBytes, exchange, type Exchange } from './http.js'
import { withRetry, type AttemptDeps } from './attempts.js'
import { errorCodeOf } from './outcomes.js'
import type { Clock, RetryPolicy } from './retry.js'
import { createSession, type LoginResult } from './session.js'
import { AdminApiError } from '../errors.js'
import { expectObject, expectString } from './shapes.js'

export type { ApiCall, ApiResponse, HttpMethod, Query } from './api-call.js'

export interface TransportOptions {
  readonly baseUrl: string
  readonly publicKey: string
  readonly privateKey: string
  readonly logger: Logger
  readonly fetch: typeof fetch
  readonly signal?: AbortSignal
  readonly retry: RetryPolicy
  readonly timeoutMs: number
  readonly clock: Clock
  /** An undici dispatcher (the proxy), passed to fetch as `dispatcher`. */
  readonly dispatcher?: unknown
  /** The largest response body read; default `defaultMaxResponseBytes`. */
  readonly maxResponseBytes?: number
}

export interface Transport {
  call(call: ApiCall): Promise<ApiResponse>
  /** The Admin API user id of this session (logs in when needed). */
  userId(): Promise<string>
  /** The same session, bound to another signal (cleanup after a cancellation uses its own). */
  withSignal(signal: AbortSignal | undefined): Transport
  readonly logger: Logger
}

export const apiPrefix = '/api/admin/v3.0'
const userAgent = 'realm-deploy/0.1'

export function createTransport(options: TransportOptions): Transport {
  const { logger, clock } = options
  const deps: AttemptDeps = { logger, clock, retry: options.retry }
  const send: Send = (call, bearer, signal) => sendOnce(options, call, bearer, signal)
  const session = createSession({
    clock,
    logger,
    login: signal => logIn(deps, send, options, signal),
    refresh: (refreshToken, signal) => refreshAccessToken(deps, send, refreshToken, signal)
  })

  // An expired session is refused before any work is done, so any call may be replayed once.
  const authorized = async (call: ApiCall, signal: Signal): Promise<Exchange> => {
    const token = await session.accessToken(signal)
    const first = await send(call, token, signal)
    if (!isExpiredSession(first)) return first
    logger.debug(`${call.method} ${call.path}: the session is no longer valid; refreshing it and replaying`)
    return send(call, await session.renew(token, signal), signal)
  }

  const bind = (signal: Signal): Transport => ({
    call: call => withRetry(deps, call, () => authorized(call, signal), signal),
    userId: () => session.userId(signal),
    withSignal: bind,
    logger
  })
  return bind(options.signal)
}

type Signal = AbortSignal | undefined
type Send = (call: ApiCall, bearer: string | undefined, signal: Signal) => Promise<Exchange>

async function sendOnce(
  options: TransportOptions,
  call: ApiCall,
  bearer: string | undefined,
  signal: Signal
) {
  const headers: Record<string, string> = {
    accept: call.accept ?? 'application/json',
    'user-agent': userAgent
  }
  if (bearer) headers.authorization = `Bearer ${bearer}`
  const started = options.clock.now()
  const base = options.baseUrl.replace(/\/+$/, '')
  const url = base + apiPrefix + call.path + queryString(call.query)
  // Credentials go to the configured origin only, whatever a path built from server data holds.
  if (new URL(url).origin !== new URL(base).origin) {
    throw new AdminApiError(
      call.method,
      call.path,
      0,
      'ForeignOrigin',
      'the request would leave the configured origin'
    )
  }
  const result = await exchange(options.fetch, {
    method: call.method,
    url,
    label: { method: call.method, path: call.path },
    maxBytes: options.maxResponseBytes ?? defaultMaxResponseBytes,
    headers,
    json: call.json,
    body: call.body,
    timeoutMs: call.timeoutMs ?? options.timeoutMs,
    signal,
    responseType: call.responseType ?? 'json',
    dispatcher: options.dispatcher
  })
  const what = result.kind === 'response' ? String(result.status) : result.reason
  options.logger.debug(`${call.method} ${call.path} -> ${what} (${options.clock.now() - started} ms)`)
  return result
}

async function logIn(
  deps: AttemptDeps,
  send: Send,
  options: TransportOptions,
  signal: Signal
): Promise<LoginResult> {
  const call = loginCall(options)
  return loginResult(await withRetry(deps, call, () => send(call, undefined, signal), signal))
}

/** A new access token; undefined when the server refuses the refresh token (then: log in again). */
async function refreshAccessToken(deps: AttemptDeps, send: Send, refreshToken: string, signal: Signal) {
  const call: ApiCall = { method: 'POST', path: '/auth/session', idempotent: true }
  try {
    const response = await withRetry(deps, call, () => send(call, refreshToken, signal), signal)
    return expectString(
      expectObject(response.body, 'POST /auth/session'),
      'access_token',
      'POST /auth/session'
    )
  } catch (error) {
    if (error instanceof AdminApiError && error.status === 401) return undefined
    throw error
  }
}

function loginCall(options: TransportOptions): ApiCall {
  return {
    method: 'POST',
    path: '/auth/providers/mongodb-cloud/login',
    json: { username: options.publicKey, apiKey: options.privateKey },
    idempotent: true
  }
}

function loginResult(response: ApiResponse): LoginResult {
  const what = 'POST /auth/providers/mongodb-cloud/login'
  const body = expectObject(response.body, what)
  return {
    accessToken: expectString(body, 'access_token', what),
    refreshToken: expectString(body, 'refresh_token', what),
    userId: typeof body.user_id === 'string' ? body.user_id : ''
  }
}

function isExpiredSession(result: Exchange): boolean {
  if (result.kind !== 'response' || result.status !== 401) return false
  const code = errorCodeOf(result.body)
  return code === undefined || code === 'InvalidSession'
}

export function queryString(query: Query | undefined): string {
  if (!query) return ''
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.append(key, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
