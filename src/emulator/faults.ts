// Reproducible fault injection: a seeded PRNG decides, request by request in arrival order, whether
// a request fails and how. Write routes fail either before the handler ran (nothing changed) or after
// it ran and the state was persisted (the change happened, the client sees a failure), as a real
// server behind a proxy can.
import type { Reply } from './types.js'
import { seededRandom } from './random.js'

export type FaultKind = '500' | '503' | '429' | 'drop'
export type FaultPhase = 'before' | 'after'

export interface Fault {
  readonly kind: FaultKind
  readonly phase: FaultPhase
}

export interface FaultPlan {
  /** Decides the fault for the next request; always consumes the same number of draws. */
  next(isWrite: boolean): Fault | undefined
}

const KINDS: readonly FaultKind[] = ['500', '503', '429', 'drop']

export function createFaultPlan(rate: number, seed: number): FaultPlan {
  const random = seededRandom(seed)
  return {
    next(isWrite) {
      const [hit, kind, phase] = [random(), random(), random()]
      if (rate <= 0 || hit >= rate) return undefined
      return {
        kind: KINDS[Math.floor(kind * KINDS.length)],
        phase: isWrite && phase < 0.5 ? 'after' : 'before'
      }
    }
  }
}

/** The reply a fault sends (a dropped connection sends none). */
export function faultReply(kind: Exclude<FaultKind, 'drop'>): Reply {
  switch (kind) {
    case '500':
      return { status: 500, body: { error: 'internal server error', error_code: 'InternalServerError' } }
    case '503':
      return {
        status: 503,
        body: { error: 'service temporarily unavailable', error_code: 'ServiceUnavailable' }
      }
    case '429':
      return {
        status: 429,
        body: { error: 'too many requests, try again later', error_code: 'TooManyRequests' },
        headers: { 'Retry-After': '1' }
      }
  }
}
