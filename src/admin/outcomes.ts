// What an exchange with the Admin API means for the caller: success, a failure worth another attempt
// (and whether a write may have landed), or a final error. Also the errors themselves: they carry the
// call and what the server said, never a header or a request body.
import { AdminApiError } from '../errors.js'
import { redact } from '../secrets.js'
import type { Exchange } from './http.js'
import { parseRetryAfter } from './retry.js'

export type Outcome =
  | { readonly kind: 'success' }
  /** Worth another attempt. `applied: 'no'` means the server certainly did not act on it. */
  | {
      readonly kind: 'retry'
      readonly applied: 'no' | 'unknown'
      readonly reason: string
      readonly retryAfterMs?: number
    }
  | { readonly kind: 'final' }

export function classify(exchange: Exchange, nowMs: number): Outcome {
  if (exchange.kind === 'failure') {
    return { kind: 'retry', applied: exchange.sent ? 'unknown' : 'no', reason: exchange.reason }
  }
  const { status } = exchange
  if (status >= 200 && status < 300) return { kind: 'success' }
  const reason = `${status}${errorCodeOf(exchange.body) ? ` ${errorCodeOf(exchange.body)}` : ''}`
  const retryAfterMs = parseRetryAfter(exchange.headers.get('retry-after'), nowMs)
  // Any of these may come from a proxy or gateway after the server acted (even a 429: nothing
  // promises it was sent before the write), so only a request that never left counts as not applied.
  if (status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505)) {
    return { kind: 'retry', applied: 'unknown', reason, retryAfterMs }
  }
  return { kind: 'final' }
}

export function errorCodeOf(body: unknown): string | undefined {
  if (body && typeof body === 'object' && 'error_code' in body && typeof body.error_code === 'string') {
    return body.error_code || undefined
  }
  return undefined
}

/** The server's message: `error` of an `{error, error_code}` body, the raw text, or the status text. */
export function serverMessageOf(status: number, body: unknown): string {
  if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string') return body.error
  if (typeof body === 'string' && body.trim()) return body.trim().slice(0, 500)
  return statusText(status)
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    409: 'Conflict',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout'
  }
  return texts[status] ?? `HTTP ${status}`
}

export function httpError(method: string, path: string, status: number, body: unknown): AdminApiError {
  return new AdminApiError(method, path, status, errorCodeOf(body), redact(serverMessageOf(status, body)))
}

/** No response at all, after every attempt the retry policy allowed. */
export function unreachableError(
  method: string,
  path: string,
  reason: string,
  attempts: number
): AdminApiError {
  const error = new AdminApiError(method, path, 0, 'NoResponse', redact(reason))
  error.message = redact(
    `${method} ${path} failed: no response after ${attempts} attempt${attempts === 1 ? '' : 's'} (${reason})`
  )
  return error
}

/** A write whose effect could not be confirmed and must not be repeated blindly. */
export function outcomeUnknownError(method: string, path: string, reason: string): AdminApiError {
  const error = new AdminApiError(method, path, 0, 'OutcomeUnknown', redact(reason))
  error.message = redact(
    `${method} ${path}: the outcome is unknown (${reason}) and it cannot be checked, so it was not repeated`
  )
  return error
}
