// Fault injection: reproducible by seed, some faults land after a write took effect, and each fault
// looks like what a real server or proxy sends.
import { ALICE, PROJECT_1, startHarness, type Harness } from './harness.js'

const LOGIN = '/auth/providers/mongodb-cloud/login'
const credentials = { username: ALICE.publicKey, apiKey: ALICE.privateKey }

type Outcome = number | 'drop'

async function attempt(h: Harness, method: string, path: string, options = {}): Promise<Outcome> {
  try {
    return (await h.request(method, path, options)).status
  } catch {
    return 'drop'
  }
}

async function loginSequence(seed: number, count: number): Promise<Outcome[]> {
  const h = await startHarness({ faultRate: 0.3, seed })
  try {
    const outcomes: Outcome[] = []
    for (let i = 0; i < count; i++) outcomes.push(await attempt(h, 'POST', LOGIN, { body: credentials }))
    const recorded = h.emulator.requestLog.entries.map(e => (e.fault === 'drop' ? 'drop' : e.status))
    expect(recorded).toEqual(outcomes)
    return outcomes
  } finally {
    await h.stop()
  }
}

/** Logs in despite faults (as a client with retries would). */
async function loginThroughFaults(h: Harness): Promise<string> {
  for (let i = 0; i < 50; i++) {
    try {
      const res = await h.request('POST', LOGIN, { body: credentials })
      if (res.status === 200) return res.body.access_token
    } catch {
      // dropped connection: try again
    }
  }
  throw new Error('could not log in')
}

describe('faults', () => {
  test('the same seed gives the same sequence of outcomes; login can fault', async () => {
    const first = await loginSequence(42, 60)
    const second = await loginSequence(42, 60)
    expect(second).toEqual(first)
    expect(new Set(first)).toEqual(new Set([200, 500, 503, 429, 'drop']))
    const failures = first.filter(o => o !== 200).length
    expect(failures).toBeGreaterThan(8)
    expect(failures).toBeLessThan(30)
    expect(await loginSequence(43, 60)).not.toEqual(first)
  })

  test('write faults land before (nothing changed) or after the change (it happened)', async () => {
    const h = await startHarness({ faultRate: 0.5, seed: 5 })
    try {
      const token = await loginThroughFaults(h)
      h.emulator.requestLog.clear()
      for (let i = 0; i < 40; i++) {
        await attempt(h, 'POST', `/groups/${PROJECT_1}/apps`, { token, body: { name: `app${i}` } })
      }
      const names = new Set(Object.values(h.emulator.state.groups[PROJECT_1].apps).map(r => r.app.name))
      const log = h.emulator.requestLog.entries
      expect(log).toHaveLength(40)
      const phases = log.map((entry, i) => ({ entry, created: names.has(`app${i}`) }))
      const after = phases.filter(p => p.entry.fault_phase === 'after')
      const before = phases.filter(p => p.entry.fault_phase === 'before')
      expect(after.length).toBeGreaterThan(3)
      expect(before.length).toBeGreaterThan(3)
      expect(after.every(p => p.created)).toBe(true)
      expect(before.every(p => !p.created)).toBe(true)
      expect(phases.filter(p => !p.entry.fault).every(p => p.created && p.entry.status === 201)).toBe(true)
    } finally {
      await h.stop()
    }
  })

  test('fault replies: 429 with Retry-After, 5xx with the error shape, drops without a response', async () => {
    const h = await startHarness({ faultRate: 1, seed: 9 })
    try {
      const seen = new Map<string, Response | 'drop'>()
      for (let i = 0; i < 40 && seen.size < 4; i++) {
        try {
          const res = await fetch(`${h.api}/auth/profile`)
          seen.set(String(res.status), res)
        } catch {
          seen.set('drop', 'drop')
        }
      }
      expect([...seen.keys()].sort()).toEqual(['429', '500', '503', 'drop'])
      const tooMany = seen.get('429') as Response
      expect(tooMany.headers.get('retry-after')).toBe('1')
      expect(await tooMany.json()).toEqual({ error: expect.any(String), error_code: 'TooManyRequests' })
      expect(await (seen.get('503') as Response).json()).toMatchObject({ error_code: 'ServiceUnavailable' })
      expect(await (seen.get('500') as Response).json()).toMatchObject({ error_code: 'InternalServerError' })
    } finally {
      await h.stop()
    }
  })

  test('paths outside the API are never faulted', async () => {
    const h = await startHarness({ faultRate: 1 })
    try {
      for (let i = 0; i < 10; i++) expect((await fetch(`${h.emulator.url}/favicon.ico`)).status).toBe(404)
    } finally {
      await h.stop()
    }
  })
})
