// How many round trips a deploy waits for, one after another: the emulator adds a fixed latency to
// every request, so requests sent together overlap in its request log and a request that waited for
// another starts after it ended. Each request's level is the longest such chain ending with it. The
// levels, not the times, are asserted: they are what the data dependencies allow, whatever the machine.
import { expect, test } from '@jest/globals'
import { appendFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runPipeline } from '../../src/deploy/pipeline.js'
import type { RequestRecord } from '../../src/emulator/request-log.js'
import { startHarness } from './harness.js'

/**
 * Far above the time a request spends in this process, so "sent together" and "waited" never blur,
 * even on a busy machine (at 60 ms, requests sent together were once seen a whole latency apart).
 */
const LATENCY_MS = 250
// Deployments finish at once: the polls of a running deployment are the server's time, not a wait
// the pipeline chooses, and their count would depend on the machine.
const INSTANT_DEPLOYMENTS = { createdMs: 0, pendingMs: 0 }

/** `level METHOD path` of each request, the app's own prefix left out, in level order. */
function levels(records: readonly RequestRecord[]): string[] {
  const spans = records
    .map(r => ({ r, start: Date.parse(r.time), end: Date.parse(r.time) + r.duration_ms }))
    .sort((a, b) => a.end - b.end)
  const level: number[] = []
  spans.forEach((span, i) => {
    let before = 0
    for (let j = 0; j < i; j++) if (spans[j].end <= span.start) before = Math.max(before, level[j])
    level.push(before + 1)
  })
  const name = (r: RequestRecord) =>
    `${r.method} ${r.path.replace(/^.*\/apps\/[0-9a-f]{24}/, '').replace(/[0-9a-f]{24}/g, '<id>') || '/'}`
  return spans.map((s, i) => `${level[i]} ${name(s.r)}`).sort()
}

test('a one-function deploy waits for 9 round trips, each on data the one before brings', async () => {
  const settings = {
    onDrift: 'warn' as const,
    triggerHealth: { resumeSuspended: false, allowDegraded: false }
  }
  // The app is created without latency; a second emulator on the same data directory adds it.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-depth-'))
  const setup = await startHarness(undefined, { dataDir, deploymentTimings: INSTANT_DEPLOYMENTS })
  const first = await runPipeline(setup.settings(settings))
  await setup.close()
  expect(first.status).toBe('deployed')
  const h = await startHarness(undefined, {
    dataDir,
    latencyMs: LATENCY_MS,
    deploymentTimings: INSTANT_DEPLOYMENTS
  })
  // restockAlert.js is the function of the trigger restockAlert: its latest execution is read.
  await appendFile(path.join(h.appDir, 'functions', 'restockAlert.js'), '\n// one change\n')
  const run = await runPipeline(h.settings({ ...settings, app: first.app?.id }))
  const entries = h.emulator.requestLog.entries
  await h.close()
  await rm(dataDir, { recursive: true, force: true })
  expect(run.status).toBe('deployed')
  expect(levels(entries)).toEqual([
    '1 POST /api/admin/v3.0/auth/providers/mongodb-cloud/login',
    '2 GET /', // the app, by its _id
    // Everything the plan and the drift check read, with the open drafts and deployments.
    '3 GET /deployments',
    '3 GET /drafts',
    '3 GET /functions',
    '3 GET /pull',
    '3 GET /secrets',
    '3 GET /security/allowed_request_origins',
    '3 GET /services',
    '4 POST /drafts',
    // The plan-still-current check must follow the draft; the write into the draft need not wait for it.
    '5 GET /deployments',
    '5 PUT /functions/<id>',
    '6 POST /drafts/<id>/deployment',
    '7 GET /deployments/<id>',
    // Once the deployment ended: its verification, the error logs and the triggers' state together.
    '8 GET /deployments',
    '8 GET /event_subscriptions',
    '8 GET /logs',
    // The latest execution needs the subscription's id and state from the list.
    '9 GET /event_subscriptions/<id>/execution'
  ])
})

test('a write sent before the plan-still-current check answered is discarded with the draft when the plan is stale', async () => {
  const h = await startHarness()
  try {
    const first = await runPipeline(h.settings())
    expect(['deployed', 'no-changes']).toContain(first.status)
    const restock = path.join(h.appDir, 'functions', 'restockAlert.js')
    await appendFile(restock, '\n// the stale run\n')
    h.emulator.requestLog.clear()
    const run = await runPipeline(
      h.settings({
        app: first.app?.id,
        // Between this run's plan and its draft, another deploy of the same app goes live.
        confirmWrite: async () => {
          const other = await runPipeline(h.settings({ app: first.app?.id }))
          expect(other.status).toBe('deployed')
          return true
        }
      })
    )
    expect([run.status, run.exitCode]).toEqual(['conflict', 3])
    expect(run.error).toMatch(/was made after this run read the app/)
    // The stale run's own draft was opened, written to (the other run's update and its own) and
    // discarded: only the other run's deployment was made.
    expect(h.emulator.requestLog.find('PUT', /\/functions\/[0-9a-f]{24}$/)).toHaveLength(2)
    const ownDrafts = h.emulator.requestLog.find('DELETE', /\/drafts\/[0-9a-f]{24}$/)
    expect(ownDrafts).toHaveLength(1)
    expect(h.emulator.requestLog.find('POST', /\/drafts\/[0-9a-f]{24}\/deployment$/)).toHaveLength(1)
  } finally {
    await h.close()
  }
})
