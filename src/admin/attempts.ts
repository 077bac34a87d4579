// The attempt loop behind every Admin API call: repeat what is safe to repeat (with backoff, within
// the policy's attempts and time), and for a write that is not, read the state back after any
// attempt whose outcome is unknown before trying again.
import type { Logger } from '../log.js'
import type { Exchange } from './http.js'
import { classify, httpError, outcomeUnknownError, unreachableError } from './outcomes.js'
import { backoffDelay, givesUpOnRefusal, type Clock, type RetryPolicy } from './retry.js'
import type { ApiCall, ApiResponse } from './api-call.js'

export interface AttemptDeps {
  readonly logger: Logger
  readonly clock: Clock
  readonly retry: RetryPolicy
}

export async function withRetry(
  deps: AttemptDeps,
  call: ApiCall,
  attemptOnce: () => Promise<Exchange>,
  signal: AbortSignal | undefined
): Promise<ApiResponse> {
  const { clock, retry, logger } = deps
  const idempotent = call.idempotent ?? call.method !== 'POST'
  const started = clock.now()
  let uncertain = false
  for (let attempt = 1; ; attempt++) {
    const result = await attemptOnce()
    const outcome = classify(result, clock.now())
    if (outcome.kind === 'success' && result.kind === 'response') {
      return { status: result.status, body: result.body, recovered: false }
    }
    if (outcome.kind !== 'retry')
      return settleRefusal(deps, call, result, uncertain && !idempotent, uncertain)
    if (outcome.applied === 'unknown') {
      uncertain = true
      const found = idempotent ? undefined : await recoverWrite(deps, call, outcome.reason)
      if (found !== undefined) return { status: 200, body: found, recovered: true }
    }
    const delay = backoffDelay(retry, attempt, outcome.retryAfterMs)
    const final = attempt >= retry.attempts || givesUpOnRefusal(outcome.reason, attempt)
    if (final || clock.now() - started + delay > retry.maxElapsedMs) {
      throw result.kind === 'response'
        ? httpError(call.method, call.path, result.status, result.body)
        : unreachableError(call.method, call.path, result.reason, attempt)
    }
    logger.debug(
      `${call.method} ${call.path}: ${outcome.reason}; retrying in ${delay} ms (attempt ${attempt + 1} of ${retry.attempts})`
    )
    await clock.sleep(delay, signal)
  }
}

async function recoverWrite(deps: AttemptDeps, call: ApiCall, reason: string): Promise<unknown> {
  if (!call.recover) throw outcomeUnknownError(call.method, call.path, reason)
  deps.logger.debug(
    `${call.method} ${call.path}: outcome unknown (${reason}); checking whether it took effect`
  )
  const found = await call.recover()
  deps.logger.debug(
    `${call.method} ${call.path}: ${found === undefined ? 'it did not; trying again' : 'it did'}`
  )
  return found
}

/**
 * A refusal (4xx) after an attempt whose outcome was unknown may be the echo of that attempt: a 404
 * on a repeated DELETE means it is gone; a 409 or 404 on a repeated create is checked.
 */
async function settleRefusal(
  deps: AttemptDeps,
  call: ApiCall,
  result: Exchange,
  uncertainWrite: boolean,
  uncertain: boolean
): Promise<ApiResponse> {
  if (result.kind !== 'response') throw new Error('unreachable: a refusal always has a response')
  if (uncertain && call.method === 'DELETE' && result.status === 404) {
    deps.logger.debug(`${call.method} ${call.path}: already gone after an uncertain attempt`)
    return { status: 204, body: undefined, recovered: true }
  }
  if (uncertainWrite && call.recover && result.status >= 400 && result.status < 500) {
    const found = await recoverWrite(deps, call, `${result.status} after an uncertain attempt`)
    if (found !== undefined) return { status: 200, body: found, recovered: true }
  }
  throw httpError(call.method, call.path, result.status, result.body)
}
