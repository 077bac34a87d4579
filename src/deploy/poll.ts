// Bounded waits: every poll has a deadline, backs off, and can be cancelled.
import { CancelledError } from '../errors.js'

export interface Poll {
  readonly min: number
  readonly max: number
  readonly timeoutMs: number
  /** The run's deadline (on `now`'s clock): no wait goes past it, whatever its own timeout. */
  readonly deadline?: number
  readonly now: () => number
  readonly signal?: AbortSignal
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new CancelledError())
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(new CancelledError())
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** When a wait starting now must end: its own timeout or the run's deadline, whichever is first. */
export function waitEnd(poll: Poll): number {
  return Math.min(poll.now() + poll.timeoutMs, poll.deadline ?? Number.POSITIVE_INFINITY)
}

/** Calls `check` until it returns a value or the deadline passes (then undefined). */
export async function pollUntil<T>(
  poll: Poll,
  check: () => Promise<T | undefined>,
  onWait?: (elapsed: number) => void
): Promise<T | undefined> {
  const start = poll.now()
  const end = waitEnd(poll)
  let delay = poll.min
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    const left = end - poll.now()
    if (left <= 0) return undefined
    onWait?.(poll.now() - start)
    await sleep(Math.min(delay, left), poll.signal)
    delay = Math.min(delay * 2, poll.max)
  }
}
