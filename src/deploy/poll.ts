// Bounded waits: every poll has a deadline, backs off, and can be cancelled.
import { CancelledError } from '../errors.js'

export interface Poll {
  readonly min: number
  readonly max: number
  readonly timeoutMs: number
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

/** Calls `check` until it returns a value or the deadline passes (then undefined). */
export async function pollUntil<T>(
  poll: Poll,
  check: () => Promise<T | undefined>,
  onWait?: (elapsed: number) => void
): Promise<T | undefined> {
  const start = poll.now()
  let delay = poll.min
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    const left = start + poll.timeoutMs - poll.now()
    if (left <= 0) return undefined
    onWait?.(poll.now() - start)
    await sleep(Math.min(delay, left), poll.signal)
    delay = Math.min(delay * 2, poll.max)
  }
}
