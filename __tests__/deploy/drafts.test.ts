// Someone else's draft, a failed deployment, a conflict, and an interrupted apply.
import { appendFile } from 'node:fs/promises'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY, DEMO_USER } from '../../src/emulator/settings.js'
import { startHarness, writes, type Harness } from './harness.js'

const OTHER = {
  publicKey: 'colleague',
  privateKey: 'colleague-private-key-0001',
  projects: [DEMO_PROJECT_ID]
}

let h: Harness
beforeEach(async () => {
  h = await startHarness(undefined, { users: [DEMO_USER, OTHER] })
})
afterEach(async () => h.close())

function client(publicKey = DEMO_PUBLIC_KEY, privateKey = DEMO_PRIVATE_KEY) {
  return createAdminClient({ baseUrl: h.emulator.url, publicKey, privateKey })
}

/** Deploys the example app, then opens a draft for the same key with one change in it. */
async function deployThenOpenDraft(): Promise<{ appId: string; draftId: string }> {
  const first = await runPipeline(h.settings())
  const appId = first.app?.id as string
  const app = client().app(DEMO_PROJECT_ID, appId)
  const draft = await app.drafts.create()
  const [fn] = (await app.functions.list()).filter(f => f.name === 'nightlyReport')
  await app.functions.update(fn._id, { ...(await app.functions.get(fn._id)), source: 'exports = () => 1' })
  return { appId, draftId: draft._id }
}

test('an open draft is reported with its changes and left alone by default', async () => {
  const { appId, draftId } = await deployThenOpenDraft()
  h.emulator.requestLog.clear()
  const result = await runPipeline(h.settings())
  expect(result.status).toBe('conflict')
  expect(result.exitCode).toBe(3)
  expect(result.conflict?.cause).toBe('open-draft')
  expect(result.conflict?.draftId).toBe(draftId)
  expect(result.conflict?.draftDiff?.join('\n')).toMatch(/nightlyReport/)
  expect(writes(h).filter(w => !/\/auth\//.test(w.path))).toEqual([])
  expect((await client().app(DEMO_PROJECT_ID, appId).drafts.list()).map(d => d._id)).toEqual([draftId])
})

test('--on-draft-conflict discard drops the open draft and deploys', async () => {
  const { appId, draftId } = await deployThenOpenDraft()
  await appendFile(path.join(h.appDir, 'functions/restockAlert.js'), '// v2\n')
  const result = await runPipeline(h.settings({ onDraftConflict: 'discard' }))
  expect(result.status).toBe('deployed')
  expect(h.log.join('')).toContain(draftId)
  const drafts = await client().app(DEMO_PROJECT_ID, appId).drafts.list()
  expect(drafts).toEqual([])
})

/** Writes the emulator received, not counting logins. */
const appWrites = () => writes(h).filter(w => !/\/auth\//.test(w.path))

test('--on-draft-conflict discard shows the draft and the plan first, discards after them, then plans again', async () => {
  const { draftId } = await deployThenOpenDraft()
  await appendFile(path.join(h.appDir, 'functions/restockAlert.js'), '// v2\n')
  h.emulator.requestLog.clear()
  const shown: Array<{ changes: string[]; writesBefore: number; logBefore: string }> = []
  const result = await runPipeline(
    h.settings({
      onDraftConflict: 'discard',
      onPlan: plan =>
        void shown.push({
          changes: plan.changes.map(c => `${c.action} ${c.key}`).sort(),
          writesBefore: appWrites().length,
          logBefore: h.log.join('')
        })
    })
  )
  expect(result.status).toBe('deployed')
  // The plan read through the draft (its nightlyReport edit) came first, before any write, with the
  // report of the draft to discard and that draft's diff.
  expect(shown[0]).toMatchObject({
    changes: ['update nightlyReport', 'update restockAlert'],
    writesBefore: 0
  })
  expect(shown[0].logBefore).toContain(`a draft (${draftId}) is already open`)
  expect(shown[0].logBefore).toMatch(/to discard: .*nightlyReport/)
  // The first write is the discard of that draft; the app without it needs one change, shown again.
  expect(appWrites()[0]).toMatchObject({ method: 'DELETE' })
  expect(appWrites()[0].path).toMatch(new RegExp(`/drafts/${draftId}$`))
  expect(shown[1]).toEqual({
    changes: ['update restockAlert'],
    writesBefore: 1,
    logBefore: expect.any(String)
  })
  expect(result.plan?.changes.map(c => c.key)).toEqual(['restockAlert'])
})

test('--on-draft-conflict discard: a declined confirmation and plan mode discard nothing', async () => {
  const { appId, draftId } = await deployThenOpenDraft()
  h.emulator.requestLog.clear()
  const asked: unknown[] = []
  const declined = await runPipeline(
    h.settings({
      onDraftConflict: 'discard',
      confirmWrite: async intent => {
        asked.push(intent)
        return false
      }
    })
  )
  expect(declined.status).toBe('aborted')
  expect(asked).toEqual([expect.objectContaining({ action: 'apply', discardDraft: draftId })])
  const planned = await runPipeline(h.settings({ onDraftConflict: 'discard', mode: 'plan' }))
  expect(planned.status).toBe('planned')
  expect(appWrites()).toEqual([])
  expect((await client().app(DEMO_PROJECT_ID, appId).drafts.list()).map(d => d._id)).toEqual([draftId])
})

test('--on-draft-conflict wait deploys once the draft goes away, and gives up at the timeout', async () => {
  const { appId, draftId } = await deployThenOpenDraft()
  const app = client().app(DEMO_PROJECT_ID, appId)
  const timedOut = await runPipeline(h.settings({ onDraftConflict: 'wait', timeoutMs: 150 }))
  expect(timedOut.status).toBe('conflict')
  setTimeout(() => void app.drafts.discard(draftId), 200)
  await appendFile(path.join(h.appDir, 'functions/restockAlert.js'), '// v2\n')
  const waited = await runPipeline(h.settings({ onDraftConflict: 'wait', timeoutMs: 10_000 }))
  expect(waited.status).toBe('deployed')
})

test('a change deployed meanwhile fails the deployment with a conflict report naming the resource', async () => {
  const first = await runPipeline(h.settings())
  const appId = first.app?.id as string
  await appendFile(path.join(h.appDir, 'functions/nightlyReport.js'), '// ours\n')
  // A colleague edits the same function live between our draft and our deployment.
  const theirs = client(OTHER.publicKey, OTHER.privateKey).app(DEMO_PROJECT_ID, appId)
  let interfered = false
  const fetchWithColleague: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input)
    if (!interfered && init?.method === 'POST' && /\/drafts\/[0-9a-f]{24}\/deployment$/.test(url)) {
      interfered = true
      const [fn] = (await theirs.functions.list()).filter(f => f.name === 'nightlyReport')
      await theirs.functions.update(fn._id, {
        ...(await theirs.functions.get(fn._id)),
        source: 'exports = () => "theirs"'
      })
    }
    return fetch(input, init)
  }
  const result = await runPipeline(
    h.settings({ client: { fetch: fetchWithColleague, retry: { baseDelayMs: 5, maxDelayMs: 50 } } })
  )
  expect(result.status).toBe('conflict')
  expect(result.exitCode).toBe(3)
  expect(result.deployment?.status).toBe('failed')
  expect(result.conflict?.cause).toBe('deployed-meanwhile')
  expect(result.conflict?.items.map(i => [i.kind, i.key])).toEqual([['function', 'nightlyReport']])
  expect(result.conflict?.items[0].has).toContain('theirs')
  expect(await client().app(DEMO_PROJECT_ID, appId).drafts.list()).toEqual([])
})

test('a failed deployment reports the server message and leaves no draft', async () => {
  const first = await runPipeline(h.settings())
  const appId = first.app?.id as string
  await appendFile(path.join(h.appDir, 'functions/nightlyReport.js'), '// lost\n')
  const record = () => h.emulator.state.groups[DEMO_PROJECT_ID].apps[appId]
  const losingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init)
    const url = String(input instanceof Request ? input.url : input)
    // The server loses the draft while deploying it: the deployment fails (not a conflict).
    if (init?.method === 'POST' && /\/deployment$/.test(url))
      for (const job of Object.values(record().deploying ?? {})) delete (job as { draft?: unknown }).draft
    return response
  }
  const result = await runPipeline(h.settings({ client: { fetch: losingFetch } }))
  expect(result.status).toBe('failed')
  expect(result.exitCode).toBe(1)
  expect(result.error).toContain('draft of this deployment was lost')
  expect(Object.keys(record().drafts)).toEqual([])
  // The app's error log since the run began comes with the result.
  expect(result.errorLogs?.map(e => e.error_code)).toContain('DeploymentFailed')
})

test('a run cancelled in the middle of applying discards its draft; a rerun converges', async () => {
  const controller = new AbortController()
  let writesSeen = 0
  const abortingFetch: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input)
    if (init?.method === 'POST' && /\/functions$/.test(url) && ++writesSeen === 2) controller.abort()
    return fetch(input, init)
  }
  const cancelled = await runPipeline(
    h.settings({ signal: controller.signal, client: { fetch: abortingFetch, signal: controller.signal } })
  )
  expect(cancelled.exitCode).toBe(130)
  const appId = cancelled.app?.id as string
  const record = h.emulator.state.groups[DEMO_PROJECT_ID].apps[appId]
  expect(Object.keys(record.drafts)).toEqual([])
  expect(Object.keys(record.live.collections.functions ?? {})).toEqual([])
  h.emulator.requestLog.clear()
  const rerun = await runPipeline(h.settings({ createApp: false, app: appId }))
  expect(rerun.status).toBe('deployed')
  // The cancelled run's creates died with its draft: the rerun creates each function once.
  expect(h.emulator.requestLog.find('POST', /\/functions$/).filter(e => e.status === 201)).toHaveLength(3)
  const check = await runPipeline(h.settings({ createApp: false, app: appId, mode: 'plan' }))
  expect(check.status).toBe('no-changes')
})
