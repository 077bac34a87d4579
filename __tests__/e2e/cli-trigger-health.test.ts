// Trigger health with the bundled CLI (dist/cli/index.js) against the emulator over loopback: a
// database trigger suspended after a deploy (the emulator's control) is reported by `status` and by
// the next deploy, which ends `degraded` (exit 1); `--resume-suspended` resumes it through
// PUT .../triggers/{id}/resume and the run ends healthy; `--allow-degraded` ends 0 with a warning.
import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { copyToTemp } from '../app/fixture-dirs.js'
import { jsonResult } from '../cli/json-contract.js'
import { captureSensitive, captureText } from '../leak/capture.js'
import { ensureBundle, ROOT } from './action-harness.js'

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js')
const EXAMPLE = path.join(ROOT, 'examples', 'inventory-app')
const SECRET = 'slackWebhookUrl=https://hooks.invalid/e2e-trigger-health'
const APP = 'e2e-trigger-health'
let emulator: RunningEmulator
let appDir: string
let tmp: string

interface Cli {
  code: number | null
  stdout: string
  stderr: string
}

function cli(args: string[]): Promise<Cli> {
  const child = spawn(process.execPath, [CLI, ...args, '--base-url', emulator.url], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      MONGODB_ATLAS_PUBLIC_API_KEY: DEMO_PUBLIC_KEY,
      MONGODB_ATLAS_PRIVATE_API_KEY: DEMO_PRIVATE_KEY,
      MONGODB_ATLAS_PROJECT_ID: DEMO_PROJECT_ID
    }
  })
  const run: Cli = { code: null, stdout: '', stderr: '' }
  child.stdout.on('data', chunk => (run.stdout += String(chunk)))
  child.stderr.on('data', chunk => (run.stderr += String(chunk)))
  captureSensitive('API private key', [DEMO_PRIVATE_KEY])
  return new Promise(resolve =>
    child.on('close', code => {
      run.code = code
      captureText('bundled CLI stdout', run.stdout)
      captureText('bundled CLI stderr', run.stderr)
      resolve(run)
    })
  )
}

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
