// Interruptions at the worst moments, found by the soak: while the draft is being created (the run
// never learns its id), and while the deployment is being requested (it may start anyway); and a
// deployment still in progress when a run starts.
import { appendFile } from 'node:fs/promises'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import { DEMO_PROJECT_ID, DEMO_USER } from '../../src/emulator/settings.js'
import { requests, startHarness, type Harness } from './harness.js'

const OTHER = {
  publicKey: 'colleague',
  privateKey: 'colleague-private-key-0001',
  projects: [DEMO_PROJECT_ID]
}

let h: Harness
afterEach(async () => h.close())

/** A fetch that aborts `controller` just after sending the first request matching `pattern`. */
function abortAfterSending(controller: AbortController, method: string, pattern: RegExp): typeof fetch {
  let done = false
  return async (input, init) => {
    const url = String(input instanceof Request ? input.url : input)
    const response = fetch(input, init)
    if (!done && init?.method === method && pattern.test(url)) {
      done = true
      // Give the request time to reach the server, then cancel the run while it waits for the reply.
      await new Promise(resolve => setTimeout(resolve, 30))
      controller.abort()
    }
    return response
  }
}

const record = (appId: string) => h.emulator.state.groups[DEMO_PROJECT_ID].apps[appId]

// Changed by issue 17: a draft whose id the run never learned may be another run's (same key), so
// it is named and left alone; it used to be discarded. A rerun asked to discard it clears it.
test('cancelled while the draft is being created: the draft it never saw is named, not deleted', async () => {
  h = await startHarness(undefined, { latencyMs: 60 })
  const first = await runPipeline(h.settings())
  await appendFile(path.join(h.appDir, 'functions/nightlyReport.js'), '// v2\n')
  const controller = new AbortController()
  const fetchFn = abortAfterSending(controller, 'POST', /\/drafts$/)
  const result = await runPipeline(
    h.settings({
      app: first.app?.id,
      signal: controller.signal,
      client: { fetch: fetchFn, signal: controller.signal }
    })
  )
  expect(result.exitCode).toBe(130)
  const left = Object.keys(record(first.app?.id as string).drafts)
  expect(left).toHaveLength(1)
  expect(h.log.join('')).toContain(`draft ${left[0]} is open on this app`)
  expect(requests(h, 'DELETE', /\/drafts\//)).toHaveLength(0)
  const rerun = await runPipeline(h.settings({ app: first.app?.id, onDraftConflict: 'discard' }))
  expect(rerun.status).toBe('deployed')
  expect(Object.keys(record(first.app?.id as string).drafts)).toEqual([])
})

test('cancelled while the deployment is requested: the result says the deployment started', async () => {
  h = await startHarness(undefined, { latencyMs: 60 })
  const controller = new AbortController()
  const fetchFn = abortAfterSending(controller, 'POST', /\/deployment$/)
  const result = await runPipeline(
    h.settings({ signal: controller.signal, client: { fetch: fetchFn, signal: controller.signal } })
  )
  expect(result.exitCode).toBe(130)
  expect(result.deployment?.id).toMatch(/^[0-9a-f]{24}$/)
  expect(result.error).toContain(`deployment ${result.deployment?.id} of this run was started`)
  const again = await runPipeline(h.settings({ app: result.app?.id }))
  expect(again.status).toBe('no-changes')
})

test('a deployment still in progress is waited for before planning', async () => {
  h = await startHarness(undefined, {
    users: [DEMO_USER, OTHER],
    deploymentTimings: { createdMs: 200, pendingMs: 300 }
  })
  const first = await runPipeline(h.settings())
  const appId = first.app?.id as string
  // A colleague deploys a change to a function; it is still in progress when our run starts.
  const theirs = createAdminClient({ baseUrl: h.emulator.url, ...OTHER }).app(DEMO_PROJECT_ID, appId)
  const draft = await theirs.drafts.create()
  const [fn] = (await theirs.functions.list()).filter(f => f.name === 'nightlyReport')
  await theirs.functions.update(fn._id, {
    ...(await theirs.functions.get(fn._id)),
    source: 'exports = () => "theirs"'
  })
  await theirs.drafts.deploy(draft._id, 'colleague')
  const result = await runPipeline(h.settings({ app: appId }))
  expect(h.log.join('')).toMatch(/is still (created|pending): waiting for it to finish before planning/)
  // Planned after their change landed: the repository's version is put back, not "no changes".
  expect(result.plan?.changes.map(c => [c.kind, c.key, c.action])).toEqual([
    ['function', 'nightlyReport', 'update']
  ])
  expect(result.status).toBe('deployed')
})
