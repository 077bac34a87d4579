// Trigger health with the bundled CLI (dist/cli/index.js) against the emulator over loopback: a
// database trigger suspended after a deploy (the emulator's control) is reported by `status` and by
// the next deploy, which ends `degraded` (exit 1); `--resume-suspended` resumes it through
// PUT .../triggers/{id}/resume and the run ends healthy; `--allow-degraded` ends 0 with a warning.
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { copyToTemp } from '../app/fixture-dirs.js'
import { jsonResult } from '../cli/json-contract.js'
import { ensureBundle, ROOT } from './action-harness.js'
import { runBundledCli, type BundledCliRun } from './bundled-cli.js'

const EXAMPLE = path.join(ROOT, 'examples', 'inventory-app')
const SECRET = 'slackWebhookUrl=https://hooks.invalid/e2e-trigger-health'
const APP = 'e2e-trigger-health'
let emulator: RunningEmulator
let appDir: string
let tmp: string

const cli = (args: string[]): Promise<BundledCliRun> => runBundledCli(args, emulator.url)

interface HealthResult {
  status: string
  exitCode: number
  error: string | null
  warnings: string[]
  triggerHealth: {
    checked: number
    degraded: boolean
    issues: { name: string; type: string; problem: string; error?: string; resumed?: boolean }[]
  }
}

const resumes = (): string[] =>
  emulator.requestLog.entries
    .filter(e => e.method === 'PUT' && e.path.endsWith('/resume'))
    .map(e => `${e.path} ${String(e.status)}`)

beforeAll(async () => {
  await ensureBundle()
  emulator = await startEmulator({ deploymentTimings: { createdMs: 0, pendingMs: 0 } })
  ;({ tmp, app: appDir } = await copyToTemp(EXAMPLE))
  const first = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--app',
    APP,
    '--create-app',
    '--secret',
    SECRET,
    '--json'
  ])
  const result = jsonResult<HealthResult>(first.stdout)
  expect(result).toMatchObject({ status: 'deployed', exitCode: 0 })
  // A clean deploy checks both triggers and finds nothing to report.
  expect(result.triggerHealth).toEqual({ checked: 2, issues: [], degraded: false })
}, 240_000)
afterAll(async () => {
  await emulator?.stop()
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

test('a suspended trigger: status and the next deploy report it and end degraded; --resume-suspended resumes it', async () => {
  emulator.control.suspendTrigger(APP, 'restockAlert', 'resume token <lost> in the oplog')

  const status = await cli(['status', '--app-dir', appDir, '--json'])
  expect(status.code).toBe(1)
  const reported = jsonResult<HealthResult>(status.stdout)
  expect(reported).toMatchObject({ command: 'status', status: 'degraded', exitCode: 1 })
  expect(reported.triggerHealth.issues).toEqual([
    {
      name: 'restockAlert',
      type: 'DATABASE',
      problem: 'suspended',
      error: 'resume token <lost> in the oplog'
    }
  ])

  const text = await cli(['deploy', '--app-dir', appDir, '--secret', SECRET])
  expect(text.code).toBe(1)
  expect(text.stdout).toContain('degraded: a trigger is suspended')
  expect(text.stdout).toMatch(
    /"restockAlert" \(DATABASE\) is suspended: "resume token <lost> in the oplog"; rerun with --resume-suspended/
  )
  expect(resumes()).toEqual([])

  const resumed = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--secret',
    SECRET,
    '--resume-suspended',
    '--json'
  ])
  expect(resumed.code).toBe(0)
  const result = jsonResult<HealthResult>(resumed.stdout)
  expect(result).toMatchObject({ status: 'no-changes', exitCode: 0, error: null })
  expect(result.triggerHealth.issues).toEqual([
    expect.objectContaining({ name: 'restockAlert', resumed: true })
  ])
  expect(resumes()).toEqual([expect.stringMatching(/\/triggers\/[0-9a-f]{24}\/resume 204$/)])

  const after = await cli(['status', '--app-dir', appDir])
  expect(after.code).toBe(0)
  expect(after.stdout).toMatch(new RegExp(`^${APP}-[a-z0-9]+: healthy$`, 'm'))
  expect(after.stdout).toContain('Triggers: all 2 running as deployed.')
}, 120_000)

test('--allow-degraded: a trigger left suspended is a warning and exit 0', async () => {
  emulator.control.suspendTrigger(APP, 'restockAlert')
  const run = await cli(['deploy', '--app-dir', appDir, '--secret', SECRET, '--allow-degraded', '--json'])
  expect(run.code).toBe(0)
  const result = jsonResult<HealthResult>(run.stdout)
  expect(result).toMatchObject({ status: 'no-changes', exitCode: 0 })
  expect(result.triggerHealth.degraded).toBe(true)
  expect(result.warnings.join('\n')).toContain('"restockAlert" are suspended')
  const status = await cli([
    'status',
    '--app-dir',
    appDir,
    '--resume-suspended',
    '--skip-missed-events',
    '--json'
  ])
  expect(jsonResult<HealthResult>(status.stdout)).toMatchObject({ status: 'healthy', exitCode: 0 })
}, 120_000)
