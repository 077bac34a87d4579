// The deploy pipeline end to end over real HTTP against the emulator.
import { appendFile, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { loadApp } from '../../src/app/index.js'
import { changedTriggers } from '../../src/deploy/health-phase.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import { requests, startHarness, writes, type Harness } from './harness.js'

let h: Harness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(async () => h.close())

test('deploys the example app, then a second run has no changes and writes nothing', async () => {
  const first = await runPipeline(h.settings())
  expect(first.error).toBeUndefined()
  expect(first.status).toBe('deployed')
  expect(first.app?.created).toBe(true)
  expect(first.deployment?.status).toBe('successful')
  expect(
    first.plan?.changes
      .filter(c => c.kind === 'function')
      .map(c => c.key)
      .sort()
  ).toEqual(['nightlyReport', 'orders/summarize', 'restockAlert'])
  expect(first.plan?.secrets.create).toEqual(['slackWebhookUrl'])

  h.emulator.requestLog.clear()
  const second = await runPipeline(h.settings({ createApp: false }))
  expect(second.status).toBe('no-changes')
  expect(second.plan?.changes).toEqual([])
  expect(writes(h).filter(w => !/\/auth\//.test(w.path))).toEqual([])
})

test('a plan after changing one function shows exactly that change, with its line counts', async () => {
  await runPipeline(h.settings())
  await appendFile(path.join(h.appDir, 'functions/nightlyReport.js'), '// tuned\n')
  const plan = await runPipeline(h.settings({ mode: 'plan' }))
  expect(plan.status).toBe('planned')
  expect(plan.plan?.changes.map(c => [c.kind, c.key, c.action, c.fields, c.lines])).toEqual([
    ['function', 'nightlyReport', 'update', ['source'], { added: 1, removed: 0 }]
  ])
  const deployed = await runPipeline(h.settings())
  expect(deployed.status).toBe('deployed')
  expect(requests(h, 'PUT', /\/functions\/[0-9a-f]{24}$/)).toHaveLength(1)
})

test('a removed trigger is deleted; with --no-delete it is kept', async () => {
  await runPipeline(h.settings())
  await writeFile(path.join(h.appDir, 'triggers/nightlyReport.json'), '')
  const { rm } = await import('node:fs/promises')
  await rm(path.join(h.appDir, 'triggers/nightlyReport.json'))
  const kept = await runPipeline(h.settings({ mode: 'plan', noDelete: true }))
  expect(kept.status).toBe('no-changes')
  const removed = await runPipeline(h.settings())
  expect(removed.plan?.changes.map(c => [c.kind, c.key, c.action])).toEqual([
    ['trigger', 'nightlyReport', 'delete']
  ])
  expect(removed.status).toBe('deployed')
})

test('a config error is reported before any request', async () => {
  const file = path.join(h.appDir, 'triggers/nightlyReport.json')
  await writeFile(file, (await readFile(file, 'utf8')).replace('0 2 * * *', '0 25 * * *'))
  const result = await runPipeline(h.settings())
  expect(result.status).toBe('invalid')
  expect(result.exitCode).toBe(2)
  expect(result.error).toContain('triggers/nightlyReport.json')
  expect(h.emulator.requestLog.entries).toEqual([])
})

test('a missing secret value is an input error and nothing is written, not even the new app', async () => {
  const result = await runPipeline(h.settings({ secretValues: new Map() }))
  expect(result.status).toBe('invalid')
  expect(result.error).toContain('slackWebhookUrl')
  expect(result.app).toBeUndefined()
  expect(writes(h).filter(w => !/\/auth\//.test(w.path))).toEqual([])
})

test('--app NAME --create-app creates the app under that name, so the next run finds it', async () => {
  const created = await runPipeline(h.settings({ app: 'inventory-staging' }))
  expect([created.status, created.app?.name, created.app?.created]).toEqual([
    'deployed',
    'inventory-staging',
    true
  ])
  const again = await runPipeline(h.settings({ app: 'inventory-staging' }))
  expect([again.status, again.app?.id, again.app?.created]).toEqual(['no-changes', created.app?.id, false])
})

test('a redeploy with nothing to change reads the app in a fixed handful of requests', async () => {
  const first = await runPipeline(h.settings())
  h.emulator.requestLog.clear()
  const again = await runPipeline(h.settings({ app: first.app?.id }))
  expect(again.status).toBe('no-changes')
  // login, the app by _id, drafts, deployments in progress, pull, functions, services, secrets, origins
  expect(
    h.emulator.requestLog.entries
      .map(e => `${e.method} ${e.path.replace(/^.*\/apps\/[0-9a-f]{24}/, '')}`)
      .sort()
  ).toEqual(
    [
      'GET ',
      'GET /deployments',
      'GET /drafts',
      'GET /functions',
      'GET /pull',
      'GET /secrets',
      'GET /security/allowed_request_origins',
      'GET /services',
      'POST /api/admin/v3.0/auth/providers/mongodb-cloud/login'
    ].sort()
  )
})

test('trigger health reads the latest execution of the triggers a deploy changed, and no others', async () => {
  const health = { triggerHealth: { resumeSuspended: false, allowDegraded: false } }
  const first = await runPipeline(h.settings(health))
  expect(first.triggerHealth?.checked).toBe(2)
  const executions = () =>
    h.emulator.requestLog.entries.filter(e => /\/event_subscriptions\/[^/]+\/execution$/.test(e.path))

  h.emulator.requestLog.clear()
  const same = await runPipeline(h.settings({ ...health, app: first.app?.id }))
  expect([same.status, same.triggerHealth?.checked]).toEqual(['no-changes', 2])
  expect(requests(h, 'GET', /\/event_subscriptions$/)).toHaveLength(1)
  expect(executions()).toEqual([])

  // A change to the function restockAlert calls: that trigger's latest run is read, nightlyReport's not.
  await appendFile(path.join(h.appDir, 'functions/restockAlert.js'), '\n// reviewed\n')
  h.emulator.requestLog.clear()
  const changed = await runPipeline(h.settings({ ...health, app: first.app?.id }))
  expect(changed.status).toBe('deployed')
  expect(executions()).toHaveLength(1)
  expect(changedTriggers(await loadApp({ appDir: h.appDir }), changed.plan)).toEqual(
    new Set(['restockAlert'])
  )
})
