// Independent requests go out together: a deploy reads the draft list, the deployment list and the
// app's snapshot at once, and the verification read with the error logs; the deployment is read as
// soon as it is started. With latency on every request, requests sent together overlap in the
// emulator's request log. A snapshot read before an open draft was discarded is read again.
import { appendFile } from 'node:fs/promises'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import type { RequestRecord } from '../../src/emulator/request-log.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { startHarness, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await startHarness(undefined, { latencyMs: 40 })
})
afterEach(async () => h.close())

const span = (r: RequestRecord) => ({ start: Date.parse(r.time), end: Date.parse(r.time) + r.duration_ms })
/** Both were in flight at the same moment: each started before the other ended. */
const overlap = (a: RequestRecord, b: RequestRecord) =>
  span(a).start < span(b).end && span(b).start < span(a).end

function one(records: RequestRecord[], method: string, pattern: RegExp): RequestRecord {
  const found = records.filter(r => r.method === method && pattern.test(r.path))
  expect(found).toHaveLength(1)
  return found[0]
}

test('a one-function deploy sends the reads that do not depend on each other together', async () => {
  expect((await runPipeline(h.settings())).status).toBe('deployed')
  await appendFile(path.join(h.appDir, 'functions/restockAlert.js'), '// v2\n')
  const before = h.emulator.requestLog.entries.length
  expect((await runPipeline(h.settings({ createApp: false }))).status).toBe('deployed')
  const run = h.emulator.requestLog.entries.slice(before)
  const drafts = one(run, 'GET', /\/drafts$/)
  const deployments = run.filter(r => r.method === 'GET' && /\/deployments$/.test(r.path))
  const pull = one(run, 'GET', /\/pull$/)
  expect(overlap(drafts, pull)).toBe(true)
  expect(overlap(drafts, deployments[0])).toBe(true)
  // The second deployment list checks, once the draft is open, that no other run deployed since the
  // plan (a race must not lose a change); the third is the verification read, with the error logs.
  expect(deployments).toHaveLength(3)
  expect(overlap(deployments[2], one(run, 'GET', /\/logs$/))).toBe(true)
  // No read of the deployment before it was started, and the first one right after (no list between).
  const started = one(run, 'POST', /\/drafts\/[^/]+\/deployment$/)
  const next = run[run.indexOf(started) + 1]
  expect(next.method).toBe('GET')
  expect(next.path).toMatch(/\/deployments\/[^/]+$/)
})

test('a snapshot read while a draft was open is read again after the draft is discarded', async () => {
  const first = await runPipeline(h.settings())
  expect(first.status).toBe('deployed')
  const client = createAdminClient({
    baseUrl: h.emulator.url,
    publicKey: DEMO_PUBLIC_KEY,
    privateKey: DEMO_PRIVATE_KEY
  })
  const app = client.app(DEMO_PROJECT_ID, first.app?.id as string)
  await app.drafts.create()
  const [fn] = (await app.functions.list()).filter(f => f.name === 'nightlyReport')
  await app.functions.update(fn._id, { ...(await app.functions.get(fn._id)), source: 'exports = () => 1' })
  const before = h.emulator.requestLog.entries.length
  const result = await runPipeline(h.settings({ createApp: false, onDraftConflict: 'discard' }))
  expect(result.status).toBe('no-changes')
  const pulls = h.emulator.requestLog.entries.slice(before).filter(r => /\/pull$/.test(r.path))
  expect(pulls).toHaveLength(2)
  // The app converged: a plan now finds nothing to change.
  expect((await runPipeline(h.settings({ createApp: false, mode: 'plan' }))).status).toBe('no-changes')
})
