// A suspended or failing trigger simulated in a standalone emulator, all through the bundled CLI
// (dist/cli/index.js) as a user's CI runs it: `realm-deploy emulator` as a child process, the example
// app deployed, a trigger suspended (and a run failed) through the emulator's HTTP control routes;
// `status` reports it and ends degraded (exit 1), `status --resume-suspended` resumes it and the next
// status is healthy. With --suspend-trigger-rate 1 the deploy itself leaves the database trigger
// suspended, and a deploy with --resume-suspended resumes it.
import { spawn, type ChildProcess } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { captureSensitive } from '../leak/capture.js'
import { copyToTemp } from '../app/fixture-dirs.js'
import { jsonResult } from '../cli/json-contract.js'
import { CLI, runBundledCli, type BundledCliRun } from './bundled-cli.js'
import { ensureBundle, ROOT } from './action-harness.js'

const EXAMPLE = path.join(ROOT, 'examples', 'inventory-app')
const SECRET = 'slackWebhookUrl=https://hooks.invalid/e2e-emulator-control'

interface HealthResult {
  status: string
  exitCode: number
  app: { clientAppId: string }
  triggerHealth: {
    checked: number
    degraded: boolean
    issues: { name: string; type: string; problem: string; error?: string; resumed?: boolean }[]
  }
}

interface EmulatorProcess {
  readonly url: string
  readonly child: ChildProcess
}

const children: ChildProcess[] = []
const temps: string[] = []

/** `realm-deploy emulator --port 0 <flags>`: resolves with the URL it prints when ready. */
async function startEmulatorProcess(flags: string[] = []): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [CLI, 'emulator', '--port', '0', ...flags], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  children.push(child)
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))
    child.once('exit', code => reject(new Error(`emulator exited with ${code}`)))
  })
  return { url, child }
}

async function exampleApp(): Promise<string> {
  const { tmp, app } = await copyToTemp(EXAMPLE)
  temps.push(tmp)
  return app
}

/** A control request, with the access token the API gives the demo key. */
async function control(
  url: string,
  app: string,
  trigger: string,
  verb: string,
  body?: object
): Promise<number> {
  const login = await fetch(`${url}/api/admin/v3.0/auth/providers/mongodb-cloud/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: DEMO_PUBLIC_KEY, apiKey: DEMO_PRIVATE_KEY })
  })
  const { access_token: token } = (await login.json()) as { access_token: string }
  captureSensitive('emulator access token', [token])
  const res = await fetch(
    `${url}/__emulator/groups/${DEMO_PROJECT_ID}/apps/${app}/triggers/${trigger}/${verb}`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    }
  )
  await res.arrayBuffer()
  return res.status
}

beforeAll(async () => ensureBundle(), 240_000)
afterAll(async () => {
  for (const child of children) child.kill('SIGTERM')
  for (const tmp of temps) await rm(tmp, { recursive: true, force: true })
})

test('a trigger suspended over HTTP: status reports it and ends degraded; --resume-suspended makes it healthy', async () => {
  const emulator = await startEmulatorProcess()
  const appDir = await exampleApp()
  const cli = (args: string[]): Promise<BundledCliRun> => runBundledCli(args, emulator.url)
  const deployed = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--app',
    'e2e-control',
    '--create-app',
    '--secret',
    SECRET,
    '--json'
  ])
  const result = jsonResult<HealthResult>(deployed.stdout)
  expect(result).toMatchObject({ status: 'deployed', exitCode: 0 })
  const app = result.app.clientAppId

  expect(
    await control(emulator.url, app, 'restockAlert', 'suspend', { error: 'resume token <lost> in the oplog' })
  ).toBe(200)
  const status = await cli(['status', '--app-dir', appDir, '--json'])
  expect(status.code).toBe(1)
  const reported = jsonResult<HealthResult>(status.stdout)
  expect(reported).toMatchObject({ status: 'degraded', exitCode: 1 })
  expect(reported.triggerHealth.issues).toEqual([
    {
      name: 'restockAlert',
      type: 'DATABASE',
      problem: 'suspended',
      error: 'resume token <lost> in the oplog'
    }
  ])

  const resumed = await cli(['status', '--app-dir', appDir, '--resume-suspended', '--json'])
  expect(resumed.code).toBe(0)
  const after = jsonResult<HealthResult>(resumed.stdout)
  expect(after).toMatchObject({ status: 'healthy', exitCode: 0 })
  expect(after.triggerHealth.issues).toEqual([
    expect.objectContaining({ name: 'restockAlert', resumed: true })
  ])

  const healthy = await cli(['status', '--app-dir', appDir])
  expect(healthy.code).toBe(0)
  expect(healthy.stdout).toMatch(/: healthy$/m)
  expect(healthy.stdout).toContain('Triggers: all 2 running as deployed.')

  // A failed run of the scheduled trigger is reported (not degraded) until a successful run follows.
  expect(await control(emulator.url, app, 'nightlyReport', 'execution', { error: 'TypeError: boom' })).toBe(
    201
  )
  const failing = await cli(['status', '--app-dir', appDir])
  expect(failing.code).toBe(0)
  expect(failing.stdout).toContain('"nightlyReport" (SCHEDULED) failed on its latest run: "TypeError: boom"')
  expect(await control(emulator.url, app, 'nightlyReport', 'execution')).toBe(201)
  expect((await cli(['status', '--app-dir', appDir])).stdout).toContain(
    'Triggers: all 2 running as deployed.'
  )
}, 180_000)

test('--suspend-trigger-rate 1: the deploy ends degraded with the database trigger suspended; a deploy with --resume-suspended resumes it', async () => {
  const emulator = await startEmulatorProcess(['--suspend-trigger-rate', '1', '--seed', '3'])
  const appDir = await exampleApp()
  const cli = (args: string[]): Promise<BundledCliRun> => runBundledCli(args, emulator.url)
  const args = ['deploy', '--app-dir', appDir, '--app', 'e2e-suspend-rate', '--secret', SECRET, '--json']
  const first = await cli([...args, '--create-app'])
  expect(first.code).toBe(1)
  const result = jsonResult<HealthResult>(first.stdout)
  expect(result).toMatchObject({ status: 'degraded', exitCode: 1 })
  expect(result.triggerHealth.issues).toEqual([
    expect.objectContaining({
      name: 'restockAlert',
      problem: 'suspended',
      error: expect.stringMatching(/^\(ChangeStreamHistoryLost\)/)
    })
  ])
  const again = await cli([...args, '--resume-suspended'])
  expect(again.code).toBe(0)
  expect(jsonResult<HealthResult>(again.stdout)).toMatchObject({ status: 'no-changes', exitCode: 0 })
  expect((await cli(['status', '--app-dir', appDir])).stdout).toContain(
    'Triggers: all 2 running as deployed.'
  )
}, 180_000)
