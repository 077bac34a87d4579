// Rollback with the bundled CLI (dist/cli/index.js) against the emulator over loopback: two deploys
// (v1, v2), then `rollback` goes back to v1 through POST .../deployments/{id}/redeploy, shows what it
// changes, waits and verifies; a plan of v1's config then shows no changes. Unknown targets and the
// current deployment are refused (exit 2) before any write.
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { copyToTemp } from '../app/fixture-dirs.js'
import { jsonResult } from '../cli/json-contract.js'
import { ensureBundle, ROOT } from './action-harness.js'
import { runBundledCli, type BundledCliRun } from './bundled-cli.js'

const EXAMPLE = path.join(ROOT, 'examples', 'inventory-app')
const SECRET = 'slackWebhookUrl=https://hooks.invalid/e2e-rollback'
let emulator: RunningEmulator
let appDir: string
let v1Dir: string
let tmp: string

const cli = (args: string[]): Promise<BundledCliRun> => runBundledCli(args, emulator.url)

interface RollbackResult {
  status: string
  exitCode: number
  error: string | null
  plan: { changes: { kind: string; key: string; action: string }[] }
  deployment: { id: string; name: string; status: string }
  rollback: { from: { id: string; name: string }; to: { id: string; name: string } }
}

const writes = (from: number): string[] =>
  emulator.requestLog.entries
    .slice(from)
    .filter(e => e.method !== 'GET' && !e.path.includes('/auth/'))
    .map(e => `${e.method} ${e.path}`)

beforeAll(async () => {
  await ensureBundle()
  emulator = await startEmulator({ deploymentTimings: { createdMs: 0, pendingMs: 0 } })
  ;({ tmp, app: appDir } = await copyToTemp(EXAMPLE))
  const v1 = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--app',
    'e2e-rollback',
    '--create-app',
    '--secret',
    SECRET,
    '--deployment-name',
    'v1',
    '--json'
  ])
  expect(jsonResult(v1.stdout)).toMatchObject({ status: 'deployed' })
  v1Dir = path.join(tmp, 'v1')
  await cp(appDir, v1Dir, { recursive: true })
  const file = path.join(appDir, 'functions/restockAlert.js')
  await writeFile(file, `${await readFile(file, 'utf8')}\n// v2: a change that broke production\n`)
  const v2 = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--secret',
    SECRET,
    '--deployment-name',
    'v2',
    '--json'
  ])
  expect(jsonResult(v2.stdout)).toMatchObject({ status: 'deployed' })
}, 240_000)
afterAll(async () => {
  await emulator?.stop()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

test('an unknown target and the current deployment are refused before any write', async () => {
  const from = emulator.requestLog.entries.length
  const unknown = await cli(['rollback', '--app-dir', appDir, '--to', 'v0.9', '--json'])
  expect(unknown.code).toBe(2)
  expect(jsonResult<RollbackResult>(unknown.stdout).error).toMatch(
    /no deployment "v0.9" among the \d+ the API lists/
  )
  const current = await cli(['rollback', '--app-dir', appDir, '--to', 'v2'])
  expect(current.code).toBe(2)
  expect(current.stdout + current.stderr).toContain(
    "'v2' is the current deployment: there is nothing to roll back to"
  )
  expect(writes(from)).toEqual([])
}, 120_000)

test('rollback (default target) redeploys v1, reports it, and a plan of v1 then shows no changes', async () => {
  const from = emulator.requestLog.entries.length
  const run = await cli(['rollback', '--app-dir', appDir, '--json'])
  expect(run.code).toBe(0)
  const result = jsonResult<RollbackResult>(run.stdout)
  expect(result).toMatchObject({ command: 'rollback', status: 'deployed', exitCode: 0, error: null })
  expect(result.rollback.to.name).toBe('v1')
  expect(result.rollback.from.name).toBe('v2')
  expect(result.plan.changes).toEqual([
    expect.objectContaining({ kind: 'function', key: 'restockAlert', action: 'update' })
  ])
  expect(result.deployment.status).toBe('successful')
  expect(run.stderr).toContain('Plan: 1 change(s)')
  expect(writes(from)).toEqual([
    expect.stringMatching(/^POST \/api\/admin\/v3\.0\/groups\/.+\/deployments\/[0-9a-f]{24}\/redeploy$/)
  ])
  const plan = await cli(['plan', '--app-dir', v1Dir, '--json'])
  expect(jsonResult(plan.stdout)).toMatchObject({ status: 'no-changes' })
  const again = await cli(['plan', '--app-dir', appDir])
  expect(again.stdout).toMatch(/restockAlert/)
}, 120_000)
