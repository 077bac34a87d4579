// The logs endpoint: filters, validation, and pagination that returns every entry exactly once,
// including through long runs of identical timestamps.
import type { LogEntry } from '../../src/emulator/types.js'
import { ALICE, PROJECT_1, createApp, startHarness, type Client, type Harness } from './harness.js'

const SEEDED = 1500

describe('logs', () => {
  let h: Harness
  let alice: Client
  let app: string
  let appId: string
  beforeAll(async () => {
    h = await startHarness({ seedLogs: SEEDED, seed: 7 })
    alice = await h.as(ALICE)
    appId = (await createApp(alice, 'logged'))._id
    app = `/groups/${PROJECT_1}/apps/${appId}`
  })
  afterAll(() => h.stop())

  const stored = (): LogEntry[] => h.emulator.state.groups[PROJECT_1].apps[appId].logs

  /** Follows nextEndDate/nextSkip from the first page; returns every entry served and the pages. */
  async function readAll(
    query: string
  ): Promise<{ entries: LogEntry[]; pages: Array<Record<string, unknown>> }> {
    const entries: LogEntry[] = []
    const pages: Array<Record<string, unknown>> = []
    let next = query
    for (let guard = 0; guard < 1000; guard++) {
      const res = await alice.request('GET', `${app}/logs?${next}`)
      expect(res.status).toBe(200)
      entries.push(...res.body.logs)
      pages.push(res.body)
      if (!res.body.nextEndDate) return { entries, pages }
      const params = new URLSearchParams(query)
      params.set('end_date', res.body.nextEndDate)
      if (res.body.nextSkip !== undefined) params.set('skip', String(res.body.nextSkip))
      else params.delete('skip')
      next = params.toString()
    }
    throw new Error('pagination did not end')
  }

  function expectExactlyOnce(served: LogEntry[], expected: LogEntry[]): void {
    const ids = served.map(e => e._id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ids)).toEqual(new Set(expected.map(e => e._id)))
    const times = served.map(e => Date.parse(e.started))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  }

  test('the seeded log has long runs of identical timestamps, errors and several types', () => {
    const counts = new Map<string, number>()
    for (const e of stored()) counts.set(e.started, (counts.get(e.started) ?? 0) + 1)
    expect(stored()).toHaveLength(SEEDED)
    expect(Math.max(...counts.values())).toBeGreaterThan(100)
    expect(stored().filter(e => e.error).length).toBeGreaterThan(50)
    expect(new Set(stored().map(e => e.type)).size).toBeGreaterThan(4)
  })

  test('following nextEndDate/nextSkip returns every non-error entry exactly once, newest first', async () => {
    const { entries, pages } = await readAll('')
    expectExactlyOnce(
      entries,
      stored().filter(e => !e.error)
    )
    expect(pages.every(p => (p.logs as unknown[]).length <= 100)).toBe(true)
    expect(pages.some(p => p.nextSkip !== undefined)).toBe(true)
    expect(pages.at(-1)).not.toHaveProperty('nextEndDate')
    expect(pages.at(-1)).not.toHaveProperty('nextSkip')
  })

  test('errors_only (any value) pages through exactly the error entries', async () => {
    const { entries } = await readAll('errors_only=false&limit=37')
    expectExactlyOnce(
      entries,
      stored().filter(e => e.error)
    )
  })

  test('a run of 350 identical timestamps spans several pages without loss or repeats', async () => {
    const fresh = await createApp(alice, 'ties')
    const record = h.emulator.state.groups[PROJECT_1].apps[fresh._id]
    record.logs.length = 0
    const base = { co_id: 'c', domain_id: 'd', app_id: fresh._id, group_id: PROJECT_1, type: 'FUNCTION' }
    const at = (ms: number, n: number): LogEntry => {
      const t = new Date(ms).toISOString()
      return { ...base, _id: `tie${ms}-${n}`, started: t, completed: t }
    }
    record.logs.push(at(3000, 0), at(3000, 1))
    for (let i = 0; i < 350; i++) record.logs.push(at(2000, i))
    record.logs.push(at(1000, 0))
    const path = `/groups/${PROJECT_1}/apps/${fresh._id}/logs`
    const served: LogEntry[] = []
    let query = 'limit=100'
    const skips: number[] = []
    for (;;) {
      const page = (await alice.request('GET', `${path}?${query}`)).body
      served.push(...page.logs)
      if (!page.nextEndDate) break
      skips.push(page.nextSkip)
      query = `limit=100&end_date=${page.nextEndDate}${page.nextSkip !== undefined ? `&skip=${page.nextSkip}` : ''}`
    }
    expectExactlyOnce(served, record.logs)
    expect(skips).toEqual([98, 198, 298])
  })

  test('filters: type, user_id, start_date (exclusive), end_date (inclusive)', async () => {
    const all = stored().filter(e => !e.error)
    const fn = (await readAll('type=FUNCTION,AUTH')).entries
    expectExactlyOnce(
      fn,
      all.filter(e => e.type === 'FUNCTION' || e.type === 'AUTH')
    )
    const user = (await readAll('user_id=seeduser1')).entries
    expectExactlyOnce(
      user,
      all.filter(e => e.user_id === 'seeduser1')
    )
    const times = [...new Set(all.map(e => e.started))].sort()
    const [from, to] = [times[Math.floor(times.length / 4)], times[Math.floor((times.length * 3) / 4)]]
    const window = (await readAll(`start_date=${from}&end_date=${to}`)).entries
    expectExactlyOnce(
      window,
      all.filter(e => e.started > from && e.started <= to)
    )
  })

  test('co_id selects the entries of one request', async () => {
    const target = stored().find(e => !e.error)!
    const res = await alice.request('GET', `${app}/logs?co_id=${target.co_id}`)
    expect(res.body.logs.map((e: LogEntry) => e._id)).toEqual([target._id])
  })

  test.each([
    ['limit=0'],
    ['limit=101'],
    ['limit=abc'],
    ['skip=-1'],
    ['start_date=yesterday'],
    ['type=NOT_A_TYPE']
  ])('%s is a 400', async query => {
    const res = await alice.request('GET', `${app}/logs?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.error_code).toBe('InvalidParameter')
  })

  test('a deployment leaves API log entries', async () => {
    const fresh = `/groups/${PROJECT_1}/apps/${(await createApp(alice, 'deploylog'))._id}`
    const draft = (await alice.request('POST', `${fresh}/drafts`)).body
    const deployment = (await alice.request('POST', `${fresh}/drafts/${draft._id}/deployment`)).body
    await alice.request('GET', `${fresh}/deployments/${deployment._id}`)
    const logs = (await alice.request('GET', `${fresh}/logs?type=API`)).body.logs as LogEntry[]
    const messages = logs.map(e => String(e.messages?.[0])).filter(m => m.startsWith('deployment '))
    expect(messages).toEqual([
      `deployment ${deployment._id} successful`,
      `deployment ${deployment._id} created from draft ${draft._id}`
    ])
  })
})
