// Two deploys of one app at once, with one API key, against the emulator: seeded delays on every
// request, and both runs held at the door of their draft until both have planned, then let in with a
// seeded order and gap. Whoever opens its draft first deploys; the other must end with exit 3 and a
// conflict report, never by deleting the winner's draft (which would let the winner's later writes
// go live outside any draft and lose them).
import { appendFile, cp } from 'node:fs/promises'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import type { DeployResult } from '../../src/deploy/types.js'
import { seededRandom } from '../../src/emulator/random.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { createStreamLogger } from '../../src/log.js'
import { startHarness, type Harness } from '../deploy/harness.js'

const RACES = 20
/** How each race's loser ended (the conflict's cause), to show both ways of losing were exercised. */
const causes: string[] = []

/** Holds each run's POST .../drafts until both arrived (bounded), then releases them in order. */
function draftDoor(random: () => number) {
  const waiting: Array<() => void> = []
  const gapMs = Math.floor(random() * 40)
  const firstIndex = random() < 0.5 ? 0 : 1
  let opened = false
  let timer: NodeJS.Timeout | undefined
  const open = (): void => {
    opened = true
    clearTimeout(timer)
    const [a, b] = firstIndex === 0 || waiting.length < 2 ? waiting : [...waiting].reverse()
    a?.()
    if (b) setTimeout(b, gapMs)
  }
  return {
    gapMs,
    enter: (): Promise<void> =>
      new Promise(resolve => {
        if (opened) return resolve()
        waiting.push(resolve)
        if (waiting.length === 2) open()
        // A run that never reaches its draft must not hold the other forever.
        else timer = setTimeout(open, 5_000)
      })
  }
}

function racingFetch(random: () => number, door: ReturnType<typeof draftDoor>): typeof fetch {
  return async (input, init) => {
    await new Promise(resolve => setTimeout(resolve, Math.floor(random() * 8)))
    const url = String(input instanceof Request ? input.url : input)
    if (init?.method === 'POST' && /\/drafts$/.test(url)) await door.enter()
    return fetch(input, init)
  }
}

async function race(seed: number): Promise<void> {
  const h: Harness = await startHarness(undefined, { deploymentTimings: { createdMs: 20, pendingMs: 40 } })
  try {
    const first = await runPipeline(h.settings())
    expect(first.status).toBe('deployed')
    const appId = first.app?.id as string
    // Two commits of the app changing the same function: each run deploys its own.
    const dirs = ['a', 'b'].map(n => path.join(path.dirname(h.appDir), n))
    for (const [i, dir] of dirs.entries()) {
      await cp(h.appDir, dir, { recursive: true })
      await appendFile(path.join(dir, 'functions/nightlyReport.js'), `// run ${i} of race ${seed}\n`)
    }
    h.emulator.requestLog.clear()
    const random = seededRandom(seed)
    const door = draftDoor(random)
    const logs: string[][] = [[], []]
    const results = await Promise.all(
      dirs.map((appDir, i) =>
        runPipeline(
          h.settings({
            appDir,
            app: appId,
            logger: createStreamLogger({ write: line => logs[i].push(line), debug: true }),
            client: { fetch: racingFetch(seededRandom(seed * 31 + i), door), retry: { baseDelayMs: 5 } }
          })
        )
      )
    )
    const context = `seed ${seed}, gap ${door.gapMs} ms: ${results.map(r => `${r.status}(${r.error ?? ''})`).join(' / ')}`
    const winners = results.filter(r => r.status === 'deployed')
    const losers = results.filter(r => r.status !== 'deployed')
    expect({ context, winners: winners.length }).toEqual({ context, winners: 1 })
    const [winner, loser] = [winners[0], losers[0]] as [DeployResult, DeployResult]
    expect({ context, exit: loser.exitCode, status: loser.status }).toEqual({
      context,
      exit: 3,
      status: 'conflict'
    })
    causes.push(String(loser.conflict?.cause))
    expect(loser.conflict?.message).toBeTruthy()
    expect(loser.conflict?.resolution).toBeTruthy()

    // The request log: no draft the winner deployed was ever deleted.
    const record = h.emulator.state.groups[DEMO_PROJECT_ID].apps[appId]
    const deployed = record.deployments.find(d => d._id === winner.deployment?.id)
    expect(deployed?.status).toBe('successful')
    const deletes = h.emulator.requestLog.find('DELETE', /\/drafts\//).map(e => e.path.split('/').pop())
    expect(deletes).not.toContain(deployed?.draft_id)

    // The app is the winner's commit: a plan of it finds nothing to do.
    const winnerDir = dirs[results.indexOf(winner)]
    const check = await runPipeline(h.settings({ appDir: winnerDir, app: appId, mode: 'plan' }))
    expect({ context, status: check.status }).toEqual({ context, status: 'no-changes' })
    expect(Object.keys(record.drafts)).toEqual([])
  } finally {
    await h.close()
  }
}

test(`${RACES} seeded races of two deploys: exactly one deploys, the other exits 3, nothing of the winner is lost`, async () => {
  for (let seed = 1; seed <= RACES; seed++) await race(seed)
  // Losing at the door (409 on its draft) and losing after it (a deployment newer than its plan).
  expect(new Set(causes)).toEqual(new Set(['concurrent-run', 'deployed-meanwhile']))
}, 120_000)

/**
 * Run A's request to open its draft never reaches the server, yet fails as if its answer were lost
 * on the way back: meanwhile run B (same key) opens its draft, and writes a value into it when
 * `bWrites`. Requests of A whose URL `failing` matches are refused with 400, to drive A into its
 * cleanup. Returns A's result, B's draft id and the emulator.
 */
async function lostDraftCreate(h: Harness, bWrites: boolean, failing?: RegExp) {
  const first = await runPipeline(h.settings())
  const appId = first.app?.id as string
  await appendFile(path.join(h.appDir, 'functions/nightlyReport.js'), '// run A\n')
  const b = createAdminClient({
    baseUrl: h.emulator.url,
    publicKey: DEMO_PUBLIC_KEY,
    privateKey: DEMO_PRIVATE_KEY,
    dispatcher: null
  }).app(DEMO_PROJECT_ID, appId)
  let bDraft = ''
  let lost = false
  const lossy: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input)
    if (!lost && init?.method === 'POST' && /\/drafts$/.test(url)) {
      lost = true
      bDraft = (await b.drafts.create())._id
      if (bWrites) await b.values.create({ name: 'fromRunB', value: 'b', from_secret: false })
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })
      })
    }
    if (failing?.test(url) && init?.method !== 'GET')
      return new Response(JSON.stringify({ error: 'refused', error_code: 'InvalidParameter' }), {
        status: 400,
        headers: { 'content-type': 'application/json' }
      })
    return fetch(input, init)
  }
  h.emulator.requestLog.clear()
  const log: string[] = []
  const a = await runPipeline(
    h.settings({
      app: appId,
      createApp: false,
      logger: createStreamLogger({ write: line => log.push(line), debug: true }),
      client: { fetch: lossy, retry: { baseDelayMs: 5 } }
    })
  )
  const drafts = h.emulator.state.groups[DEMO_PROJECT_ID].apps[appId].drafts
  return { a, bDraft, drafts, log: log.join('\n') }
}

test("after a lost draft create, a draft with changes is another run's: exit 3, and it is left as it is", async () => {
  const h = await startHarness()
  try {
    const { a, bDraft, drafts } = await lostDraftCreate(h, true)
    expect([a.status, a.exitCode, a.conflict?.cause]).toEqual(['conflict', 3, 'concurrent-run'])
    expect(Object.keys(drafts)).toEqual([expect.any(String)])
    expect(h.emulator.requestLog.find('DELETE', /\/drafts\//)).toEqual([])
    expect(h.emulator.requestLog.find('PUT', /\/functions\//)).toEqual([])
    expect(bDraft).toBeTruthy()
  } finally {
    await h.close()
  }
})

test("after a lost draft create, an empty draft is taken but never discarded: it may be another run's", async () => {
  const h = await startHarness()
  try {
    const { a, drafts, log } = await lostDraftCreate(h, false, /\/functions\//)
    expect(a.status).toBe('failed')
    expect(log).toMatch(/draft \S+ opened \(found after its request's answer was lost\)/)
    expect(h.emulator.requestLog.find('DELETE', /\/drafts\//)).toEqual([])
    expect(Object.keys(drafts)).toHaveLength(1)
    expect(log).toMatch(/it was left as it is/)
  } finally {
    await h.close()
  }
})

test('after a lost draft create, the empty draft it finds is deployed like its own', async () => {
  const h = await startHarness()
  try {
    const { a, drafts } = await lostDraftCreate(h, false)
    expect(a.status).toBe('deployed')
    expect(Object.keys(drafts)).toEqual([])
  } finally {
    await h.close()
  }
})
