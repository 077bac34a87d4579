// The check every local HTTP stand-in gets without its test asking: a request nobody scripted fails
// the test it arrived in (an afterEach installed when a test file imports a stand-in), and one that
// arrived outside any test (beforeAll, afterAll) fails the stand-in's stop(). A test that provokes
// an unscripted request on purpose says so with `expectUnexpected`, which also asserts it came.
import { afterEach, expect } from '@jest/globals'

/** What a stand-in exposes to the check: its name and the requests it did not expect, in order. */
export interface UnexpectedLog {
  readonly name: string
  readonly unexpected: readonly string[]
}

const live = new Set<UnexpectedLog>()
/** How many of each stand-in's unexpected requests were already reported or expected. */
const seen = new WeakMap<UnexpectedLog, number>()

function unreported(log: UnexpectedLog): string[] {
  return log.unexpected.slice(seen.get(log) ?? 0)
}

function failure(log: UnexpectedLog, requests: readonly string[]): Error {
  return new Error(
    `${log.name} received ${requests.length} request(s) nobody scripted:\n` +
      requests.map(r => `  ${r}`).join('\n') +
      '\nScript them in the test, or assert them with expectUnexpected() when the test provokes them.'
  )
}

/** Throws for the unexpected requests not reported yet, and marks them reported. */
export function checkUnexpected(log: UnexpectedLog): void {
  const requests = unreported(log)
  seen.set(log, log.unexpected.length)
  if (requests.length > 0) throw failure(log, requests)
}

/** Starts watching a stand-in; the returned function is for its stop(): it stops watching and
 *  throws for what was not reported yet. */
export function watchUnexpected(log: UnexpectedLog): () => void {
  live.add(log)
  return () => {
    live.delete(log)
    checkUnexpected(log)
  }
}

/** For a test that sends an unscripted request on purpose: asserts exactly these arrived since the
 *  last check, so the afterEach check does not fail the test for them. */
export function expectUnexpected(log: UnexpectedLog, requests: readonly string[]): void {
  expect(unreported(log)).toEqual(requests)
  seen.set(log, log.unexpected.length)
}

afterEach(() => {
  const errors: Error[] = []
  for (const log of live) {
    try {
      checkUnexpected(log)
    } catch (error) {
      errors.push(error as Error)
    }
  }
  if (errors.length > 0) throw new Error(errors.map(e => e.message).join('\n'))
})
