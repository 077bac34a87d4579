// When and how long the Admin API client waits before trying a call again: exponential backoff with
// jitter, Retry-After honoured, every wait bounded by attempts and by total time. The clock is
// injectable so tests run retries without real sleeps.
import { CancelledError } from '../errors.js'

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number
  /** Resolves after `ms`; rejects with CancelledError when `signal` aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(cancelledBy(signal))
      const onAbort = (): void => {
        clearTimeout(timer)
        reject(cancelledBy(signal))
      }
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
}

export function cancelledBy(signal: AbortSignal | undefined): CancelledError {
  const reason: unknown = signal?.reason
  const detail = reason instanceof Error && reason.message ? `: ${reason.message}` : ''
  return new CancelledError(`cancelled${detail}`)
}

export interface RetryPolicy {
  /** Total attempts per call, the first included. */
  readonly attempts: number
  /** No new attempt starts once this much time has passed since the first. */
  readonly maxElapsedMs: number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  /** Source of jitter in [0, 1); injectable for deterministic tests. */
  readonly random: () => number
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 6,
  maxElapsedMs: 120_000,
  baseDelayMs: 500,
  maxDelayMs: 20_000,
  random: Math.random
}

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1). "Equal jitter": half the
 * exponential step is fixed, half random, so concurrent clients spread out but never retry at once.
 * A server's Retry-After wins when it asks for longer.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfterMs?: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1))
  const jittered = step / 2 + (step / 2) * policy.random()
  return Math.round(retryAfterMs !== undefined ? Math.max(retryAfterMs, jittered) : jittered)
}

/** Parses a Retry-After header: delay-seconds or an HTTP date. Undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | undefined {
  if (!value) return undefined
  const trimmed = value.trim()
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - nowMs)
}

/** Attempts before a refused connection is final: ~0.75 s of backoff, enough for a server restarting. */
export const REFUSED_ATTEMPTS = 3

/**
 * A refused connection means nothing listens at that address (a wrong base URL, a server not running):
 * unlike a timeout or a reset, waiting ~11 s of backoff for it rarely helps, so it fails fast.
 */
export function givesUpOnRefusal(reason: string, attempt: number): boolean {
  return reason.includes('ECONNREFUSED') && attempt >= REFUSED_ATTEMPTS
}
