// One deadline for the whole run: waiting for someone else's deployment and then for our own share
// the run's --timeout, instead of each getting all of it; and a server that answers slowly cannot
// keep the run going long past it.
import { afterEach, expect, test } from '@jest/globals'
import { appendFile } from 'node:fs/promises'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import { DEMO_PROJECT_ID, DEMO_USER } from '../../src/emulator/settings.js'
import { startHarness, type Harness } from '../deploy/harness.js'
import { startHostileApi } from './hostile-api.js'

const OTHER = {
  publicKey: 'colleague',
  privateKey: 'colleague-private-key-0002',
  projects: [DEMO_PROJECT_ID]
}

let h: Harness
afterEach(async () => h.close())

test('two waits in one run end within the run timeout, not one timeout each', async () => {
  h = await startHarness(undefined, {
    users: [DEMO_USER, OTHER],
    deploymentTimings: { createdMs: 700, pendingMs: 700 }
  })
  const first = await runPipeline(h.settings())
  const appId = first.app?.id as string
  // A colleague's deployment is in progress when our run starts (about 1.4 s to go) ...
  const theirs = createAdminClient({ baseUrl: h.emulator.url, ...OTHER }).app(DEMO_PROJECT_ID, appId)
  const draft = await theirs.drafts.create()
  const [value] = (await theirs.values.list()).filter(v => v.name === 'reportSource')
  await theirs.values.update(value._id, { ...(await theirs.values.get(value._id)), value: 'theirs' })
  await theirs.drafts.deploy(draft._id, 'colleague')
  // ... and ours needs about 1.4 s more: more than the 2 s the run has in all.
  await appendFile(path.join(h.appDir, 'functions/nightlyReport.js'), '// ours\n')
  const started = Date.now()
  const result = await runPipeline(h.settings({ app: appId, timeoutMs: 2000 }))
  const elapsed = Date.now() - started
  expect(result.exitCode).toBe(1)
  expect(result.error).toMatch(/was still '(created|pending)'/)
  expect(elapsed).toBeLessThan(2000 + 600)
})

test('a server that never answers a read: the run stops shortly after its timeout, saying why', async () => {
  h = await startHarness()
  const first = await runPipeline(h.settings())
  const api = await startHostileApi(h.emulator.url)
  try {
    api.intercept(r =>
      r.method === 'GET' && r.path.endsWith('/pull') ? { status: 200, hang: true } : undefined
    )
    await appendFile(path.join(h.appDir, 'functions/nightlyReport.js'), '// slow\n')
    const started = Date.now()
    const result = await runPipeline(h.settings({ app: first.app?.id, baseUrl: api.url, timeoutMs: 1500 }))
    expect(result.exitCode).toBe(1)
    expect(result.error).toMatch(/the run's time is up \(timeout 2 s\)/)
    // The timeout plus the 2 s grace for calls in flight, not the 30 s an attempt may take.
    expect(Date.now() - started).toBeLessThan(1500 + 2000 + 1000)
  } finally {
    await api.stop()
  }
})
