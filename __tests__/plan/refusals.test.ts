// Each write App Services refuses is found when the plan is made, over real HTTP to the emulator:
// either the run stops with exit 2 before a draft opens (the request log shows no POST of a draft),
// or the plan says what happens instead and the deploy goes through. Also: a field our tables do not
// know is sent but never a change on every run, and partition-based sync stays partition sync.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import { DEMO_PRIVATE_KEY, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { pullApp } from '../../src/pull/index.js'
import { requests, startHarness, type Harness } from '../deploy/harness.js'

const write = (h: Harness, rel: string, value: unknown) =>
  writeFile(path.join(h.appDir, rel), `${JSON.stringify(value, null, 2)}\n`)

const drafts = (h: Harness) => requests(h, 'POST', /\/drafts$/)

async function deployed(h: Harness, app = 'refusals') {
  const result = await runPipeline(h.settings({ app, createName: app }))
  expect([result.status, result.error]).toEqual(['deployed', undefined])
  return result
}

let h: Harness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(async () => {
  await h.close()
})

test('a data source App Services cannot create (no clusterName) stops the run before the app is created', async () => {
  await write(h, 'data_sources/mongodb-atlas/config.json', {
    name: 'mongodb-atlas',
    type: 'mongodb-atlas',
    config: {}
  })
  const result = await runPipeline(h.settings({ app: 'no-cluster', createName: 'no-cluster' }))
  expect([result.status, result.exitCode]).toEqual(['invalid', 2])
  expect(result.error).toContain('data_sources/mongodb-atlas/config.json')
  expect(result.error).toContain('without config.clusterName')
  expect(requests(h, 'POST', /\/apps$/)).toEqual([])
  expect(drafts(h)).toEqual([])
})

test('the same config on an existing data source leaves its cluster as it is, with a warning', async () => {
  const first = await deployed(h)
  await write(h, 'data_sources/mongodb-atlas/config.json', {
    name: 'mongodb-atlas',
    type: 'mongodb-atlas',
    config: {}
  })
  const plan = await runPipeline(h.settings({ app: first.app?.id, mode: 'plan' }))
  expect([plan.status, plan.plan?.changes ?? []]).toEqual(['no-changes', []])
  expect(plan.warnings.join('\n')).toContain("data source 'mongodb-atlas' has no config.clusterName")
})

test('a data source whose type changes is refused before a draft opens', async () => {
  const first = await deployed(h)
  const before = drafts(h).length
  await write(h, 'data_sources/mongodb-atlas/config.json', {
    name: 'mongodb-atlas',
    type: 'datalake',
    config: { dataLakeName: 'Lake0' }
  })
  const result = await runPipeline(h.settings({ app: first.app?.id }))
  expect([result.status, result.exitCode]).toEqual(['invalid', 2])
  expect(result.error).toContain('cannot change the type')
  expect(drafts(h)).toHaveLength(before)
})

test('use_natural_pluralization: false (creation-only) is kept as the app has it, with a warning', async () => {
  await mkdir(path.join(h.appDir, 'graphql'), { recursive: true })
  await write(h, 'graphql/config.json', { use_natural_pluralization: false })
  const first = await deployed(h)
  expect(first.warnings.join('\n')).toContain('can only be chosen when an app is created')
  expect(requests(h, 'PUT', /\/graphql\/config$/)).toEqual([])
  const again = await runPipeline(h.settings({ app: first.app?.id, mode: 'plan' }))
  expect([again.status, again.plan?.changes ?? []]).toEqual(['no-changes', []])
})

test('a function still used by an auth provider the repository does not manage is not deleted', async () => {
  await write(h, 'auth/providers.json', {
    'custom-function': {
      name: 'custom-function',
      type: 'custom-function',
      disabled: false,
      config: { authFunctionName: 'orders/summarize' }
    }
  })
  const first = await deployed(h)
  // The repository stops managing auth (no auth/) and drops the function the provider calls.
  await rm(path.join(h.appDir, 'auth'), { recursive: true })
  const manifest = JSON.parse(await readFile(path.join(h.appDir, 'functions/config.json'), 'utf8')) as Array<{
    name: string
  }>
  await write(
    h,
    'functions/config.json',
    manifest.filter(f => f.name !== 'orders/summarize')
  )
  await rm(path.join(h.appDir, 'functions/orders/summarize.js'))
  await write(h, 'http_endpoints/config.json', [])
  for (const fn of ['nightlyReport.js']) {
    const file = path.join(h.appDir, 'functions', fn)
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace(/context\.functions\.execute\([^)]*\)/g, '[]'))
  }
  const result = await runPipeline(h.settings({ app: first.app?.id }))
  expect([result.status, result.error]).toEqual(['deployed', undefined])
  expect(result.plan?.changes.filter(c => c.kind === 'function' && c.action === 'delete')).toEqual([])
  expect(result.warnings.join('\n')).toContain(
    "function 'orders/summarize' is not deleted: auth provider 'custom-function' still uses it"
  )
  const app = h.emulator.state.groups[h.settings().projectId].apps[first.app?.id as string]
  const names = Object.values(app.live.collections.functions ?? {}).map(f => f.name)
  expect(names).toContain('orders/summarize')
})

test('a provider every new app has (api-key) is updated, never created twice', async () => {
  const first = await deployed(h)
  const created = first.plan?.changes.filter(c => c.kind === 'auth_provider' && c.action === 'create')
  expect(created).toEqual([])
  expect(requests(h, 'POST', /\/auth_providers$/)).toEqual([])
})

test('a field the tables do not know is sent, warned about, and never a change on every run', async () => {
  const manifest = JSON.parse(await readFile(path.join(h.appDir, 'functions/config.json'), 'utf8')) as Array<
    Record<string, unknown>
  >
  manifest[0] = { ...manifest[0], exported_by: 'App Services UI' }
  await write(h, 'functions/config.json', manifest)
  const first = await deployed(h)
  expect(first.warnings.join('\n')).toContain("unknown field 'exported_by' in function manifest entry")
  const again = await runPipeline(h.settings({ app: first.app?.id, mode: 'plan' }))
  expect([again.status, again.plan?.changes ?? []]).toEqual(['no-changes', []])
})

test('partition-based sync is deployed, stored and pulled as partition sync', async () => {
  await mkdir(path.join(h.appDir, 'sync'), { recursive: true })
  await write(h, 'sync/config.json', {
    type: 'partition',
    state: 'enabled',
    development_mode_enabled: false,
    service_name: 'mongodb-atlas',
    database_name: 'inventory',
    partition: { key: '_partition', type: 'string', required: true, permissions: { read: true, write: true } }
  })
  const first = await deployed(h)
  const app = h.emulator.state.groups[h.settings().projectId].apps[first.app?.id as string]
  const configs = Object.entries(app.live.singletons ?? {}).filter(([key]) =>
    key.startsWith('service_config:')
  )
  const stored = configs.map(([, value]) => value as Record<string, unknown>).find(c => c.sync !== undefined)
  expect(stored?.sync).toMatchObject({ state: 'enabled', partition: { key: '_partition' } })
  expect(stored?.flexible_sync).toBeUndefined()

  const out = path.join(path.dirname(h.appDir), 'pulled')
  const client = createAdminClient({
    baseUrl: h.emulator.url,
    publicKey: DEMO_PUBLIC_KEY,
    privateKey: DEMO_PRIVATE_KEY
  })
  await pullApp(client, {
    projectId: h.settings().projectId,
    app: first.app?.id as string,
    outDir: out,
    layout: '20210101',
    includeHosting: false,
    force: false
  })
  const pulled = JSON.parse(await readFile(path.join(out, 'sync/config.json'), 'utf8')) as Record<
    string,
    unknown
  >
  expect(pulled).toMatchObject({
    type: 'partition',
    service_name: 'mongodb-atlas',
    partition: { key: '_partition' }
  })
  const again = await runPipeline(h.settings({ app: first.app?.id, mode: 'plan' }))
  expect([again.status, again.plan?.changes ?? []]).toEqual(['no-changes', []])
})
