// The deploy under injected faults (500, 503, 429, dropped connections, before and after the write):
// every run ends deployed, the app then equals the repository, and the emulator's request log shows
// that no function, draft or deployment was created twice.
import { runPipeline } from '../../src/deploy/pipeline.js'
import type { RequestRecord } from '../../src/emulator/request-log.js'
import { startHarness } from './harness.js'

/** Requests that took effect: answered 2xx, or faulted after the write was done. */
const tookEffect = (e: RequestRecord): boolean =>
  (e.status !== null && e.status < 300) || e.fault_phase === 'after'

const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8]

test.each(SEEDS)('seed %i: fault rate 0.2 still deploys exactly once', async seed => {
  const h = await startHarness(undefined, { faultRate: 0.2, seed })
  try {
    const result = await runPipeline(
      h.settings({ client: { retry: { baseDelayMs: 1, maxDelayMs: 20, attempts: 8 } } })
    )
    expect([result.status, result.error]).toEqual(['deployed', undefined])
    const effective = (method: string, pattern: RegExp) =>
      h.emulator.requestLog.find(method, pattern).filter(tookEffect).length
    expect(effective('POST', /\/apps$/)).toBe(1)
    expect(effective('POST', /\/functions$/)).toBe(3)
    expect(effective('POST', /\/triggers$/)).toBe(2)
    expect(effective('POST', /\/drafts$/)).toBe(1)
    expect(effective('POST', /\/drafts\/[0-9a-f]{24}\/deployment$/)).toBe(1)
    const check = await runPipeline(
      h.settings({
        app: result.app?.id,
        mode: 'plan',
        client: { retry: { baseDelayMs: 1, maxDelayMs: 20, attempts: 8 } }
      })
    )
    expect(check.status).toBe('no-changes')
    const faults = h.emulator.requestLog.entries.filter(e => e.fault).length
    expect(faults).toBeGreaterThan(0)
  } finally {
    await h.close()
  }
})
