// Drift with the bundled CLI (dist/cli/index.js) against the emulator over loopback: after a deploy,
// a second API key edits a function directly in the live app (as the App Services UI does: a
// deployment without a draft, by another user). `plan` reports the edit resource by resource, with
// the changed fields; `deploy --on-drift fail` stops with exit 3 before any write (no draft in the
// request log); `--on-drift overwrite` deploys; a clean deploy leaves no drift to report.
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { API_PREFIX, startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PROJECT_ID, DEMO_USER } from '../../src/emulator/settings.js'
import { copyToTemp } from '../app/fixture-dirs.js'
import { jsonResult } from '../cli/json-contract.js'
import { ensureBundle, ROOT } from './action-harness.js'
import { runBundledCli, type BundledCliRun } from './bundled-cli.js'

const EXAMPLE = path.join(ROOT, 'examples', 'inventory-app')
const SECRET = 'slackWebhookUrl=https://hooks.invalid/e2e-drift'
const UI_USER = {
  publicKey: 'uiperson',
  privateKey: 'u1u1u1u1-0000-4000-8000-000000000000',
  projects: [DEMO_PROJECT_ID]
}
let emulator: RunningEmulator
let appDir: string
let tmp: string
let appId: string

const cli = (args: string[]): Promise<BundledCliRun> =>
  runBundledCli(args, emulator.url, [UI_USER.privateKey])

/** The edit someone makes in the App Services UI: a direct write to the live app with another key. */
async function editInUi(functionName: string): Promise<void> {
  const api = `${emulator.url}${API_PREFIX}`
  const login = await fetch(`${api}/auth/providers/mongodb-cloud/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: UI_USER.publicKey, apiKey: UI_USER.privateKey })
  })
  const { access_token } = (await login.json()) as { access_token: string }
  const headers = { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' }
  const base = `${api}/groups/${DEMO_PROJECT_ID}/apps/${appId}/functions`
  const list = (await (await fetch(base, { headers })).json()) as { _id: string; name: string }[]
  const id = list.find(f => f.name === functionName)?._id
  const { _id, last_modified, ...fn } = (await (await fetch(`${base}/${id}`, { headers })).json()) as Record<
    string,
    unknown
  >
  expect([_id, typeof last_modified]).toEqual([id, 'number'])
  const put = await fetch(`${base}/${id}`, {
    method: 'PUT',
    headers,
    body: JSON.stringify({ ...fn, source: `${String(fn.source)}\n// hotfix made in the UI\n` })
  })
  expect(put.ok).toBe(true)
}

interface DriftResult {
  status: string
  exitCode: number
  error: string | null
  warnings: string[]
  app: { id: string }
  drift: {
    summary: string
    others: number
    items: { kind: string; key: string; action: string; fields?: string[]; file?: string }[]
  }
}

beforeAll(async () => {
  await ensureBundle()
  emulator = await startEmulator({
    users: [DEMO_USER, UI_USER],
    deploymentTimings: { createdMs: 0, pendingMs: 0 }
  })
  ;({ tmp, app: appDir } = await copyToTemp(EXAMPLE))
  const first = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--app',
    'e2e-drift',
    '--create-app',
    '--secret',
    SECRET,
    '--json'
  ])
  const result = jsonResult<DriftResult>(first.stdout)
  expect(result).toMatchObject({ status: 'deployed', exitCode: 0 })
  expect(result.drift.summary).toBe('no drift: realm-deploy has not deployed this app yet')
  appId = result.app.id
}, 240_000)
afterAll(async () => {
  await emulator?.stop()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

test('a clean deploy leaves no drift; an edit outside git is reported by plan, stops --on-drift fail, and overwrite deploys', async () => {
  const clean = jsonResult<DriftResult>((await cli(['plan', '--app-dir', appDir, '--json'])).stdout)
  expect(clean).toMatchObject({ status: 'no-changes', drift: { items: [] } })
  expect(clean.drift.summary).toMatch(/^no drift: nothing was deployed since /)

  await editInUi('restockAlert')
  const planned = await cli(['plan', '--app-dir', appDir, '--json'])
  const plan = jsonResult<DriftResult>(planned.stdout)
  expect(plan.status).toBe('planned')
  expect(plan.drift.items).toEqual([
    {
      kind: 'function',
      key: 'restockAlert',
      action: 'changed',
      fields: ['source'],
      file: 'functions/restockAlert.js'
    }
  ])
  expect(plan.drift.others).toBe(1)
  expect(plan.warnings.join('\n')).toContain('--on-drift fail stops instead')
  const text = await cli(['plan', '--app-dir', appDir])
  expect(text.stdout).toMatch(/function "restockAlert" changed in the app outside git \(source\)/)

  const before = emulator.requestLog.entries.length
  const stopped = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--secret',
    SECRET,
    '--on-drift',
    'fail',
    '--json'
  ])
  expect(stopped.code).toBe(3)
  const result = jsonResult<DriftResult>(stopped.stdout)
  expect(result).toMatchObject({ status: 'drift', exitCode: 3 })
  expect(result.error).toContain('realm-deploy pull --app-dir')
  expect(result.error).toContain('--only "functions/restockAlert.js"')
  const writes = emulator.requestLog.entries
    .slice(before)
    .filter(e => e.method !== 'GET' && !e.path.startsWith('/api/admin/v3.0/auth'))
  expect(writes).toEqual([])

  const overwritten = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--secret',
    SECRET,
    '--on-drift',
    'overwrite',
    '--json'
  ])
  expect(jsonResult<DriftResult>(overwritten.stdout)).toMatchObject({ status: 'deployed', exitCode: 0 })
  const after = jsonResult<DriftResult>((await cli(['plan', '--app-dir', appDir, '--json'])).stdout)
  expect(after).toMatchObject({ status: 'no-changes', drift: { items: [] } })
  expect(after.drift.summary).toMatch(/^no drift: nothing was deployed since /)
}, 180_000)

test('the drift report names the files; pulling exactly those brings the edit into git, and the plan is clean', async () => {
  await editInUi('nightlyReport')
  const plan = jsonResult<DriftResult>((await cli(['plan', '--app-dir', appDir, '--json'])).stdout)
  const files = plan.drift.items.map(i => i.file)
  expect(files).toEqual(['functions/nightlyReport.js'])
  const pulled = await cli(['pull', '--app-dir', appDir, '--only', 'functions/nightlyReport.js'])
  expect(pulled.code).toBe(0)
  expect(await readFile(path.join(appDir, 'functions/nightlyReport.js'), 'utf8')).toContain(
    '// hotfix made in the UI'
  )
  // Nothing else was rewritten: the other function still has the repository's text.
  expect(await readFile(path.join(appDir, 'functions/restockAlert.js'), 'utf8')).not.toContain('hotfix')
  const after = jsonResult<DriftResult>((await cli(['plan', '--app-dir', appDir, '--json'])).stdout)
  expect(after).toMatchObject({ status: 'no-changes', drift: { items: [] } })
}, 120_000)
