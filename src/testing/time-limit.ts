// The deadline of one invocation, as the checks instrument.ts inserts into function sources see it:
// a check throws the timeout error once the deadline has passed, and so does every check after that,
// so a function that catches the error (try/catch, .catch, Promise.allSettled) is stopped at its next
// loop iteration, function entry, catch clause or finally block, and its call still fails.

/** The clock is read every CLOCK_EVERY checks only: a check is then a decrement and a compare. */
const CLOCK_EVERY = 256

/** What the inserted checks see: `left` counts down, `check()` runs when it goes below zero. */
export interface TimeGate {
  left: number
  readonly check: () => void
}

export interface TimeLimit {
  readonly gate: TimeGate
  /** Whether the deadline was seen to pass (by a check, or by `expire`). */
  expired(): boolean
  /** Marks the deadline as passed: work the call left running is stopped at its next check. */
  expire(): void
}

export function createTimeLimit(deadline: number, timeout: () => Error): TimeLimit {
  let expired = false
  const gate: TimeGate = {
    left: CLOCK_EVERY,
    check: () => {
      if (!expired && Date.now() < deadline) {
        gate.left = CLOCK_EVERY
        return
      }
      // Zero: the next check goes below it again, and throws again.
      expired = true
      gate.left = 0
      throw timeout()
    }
  }
  return {
    gate,
    expired: () => expired || Date.now() >= deadline,
    expire: () => {
      expired = true
      gate.left = 0
    }
  }
}
