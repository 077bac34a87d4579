// What a new user meets first, with the CLI in process against the emulator over loopback: the plan
// printed before the first write and a confirmation only where a person can answer, --create-app
// writing the app id back, access errors as exit 2 with a hint, and a --json result for every
// outcome (each validated against the schema by jsonResult).
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { runCli, type CliHost } from '../../src/cli/run.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { copyToTemp } from '../app/fixture-dirs.js'
import { jsonResult } from './json-contract.js'

const EXAMPLE = path.resolve('examples/inventory-app')
const KEYS = {
  MONGODB_ATLAS_PUBLIC_API_KEY: DEMO_PUBLIC_KEY,
  MONGODB_ATLAS_PRIVATE_API_KEY: DEMO_PRIVATE_KEY
}

let emulator: RunningEmulator
const temps: string[] = []

beforeAll(async () => {
  emulator = await startEmulator({ deploymentTimings: { createdMs: 0, pendingMs: 0 } })
})
afterAll(async () => {
  await emulator.stop()
  for (const dir of temps) await rm(dir, { recursive: true, force: true })
})

async function exampleCopy(): Promise<string> {
  const { tmp, app } = await copyToTemp(EXAMPLE)
  temps.push(tmp)
  return app
}

const writes = () => emulator.requestLog.entries.filter(e => e.method !== 'GET' && !e.path.endsWith('/login'))

interface Run {
  code: number
  out: string
  err: string
  /** How many writes the emulator had seen when the plan reached stdout (or stderr with --json). */
  writesAtPlan?: number
  questions: string[]
}

async function cli(argv: string[], options: { answer?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const run: Run = { code: -1, out: '', err: '', questions: [] }
  const before = writes().length
  const seePlan = (text: string): void => {
    if (run.writesAtPlan === undefined && /^(Plan|No changes)/m.test(text))
      run.writesAtPlan = writes().length - before
  }
  const host: CliHost = {
    stdout: t => void ((run.out += t), seePlan(t)),
    stderr: t => void ((run.err += t), seePlan(t)),
    env: options.env ?? KEYS,
    cwd: process.cwd(),
    signal: new AbortController().signal,
    ...(options.answer !== undefined
      ? {
          prompt: async (q: string) => {
            run.questions.push(q)
            return options.answer as string
          }
        }
      : {})
  }
  run.code = await runCli(argv, host)
  return run
}

const remote = (appDir: string, ...extra: string[]) => [
  '--app-dir',
  appDir,
  '--base-url',
  emulator.url,
  '--project-id',
  DEMO_PROJECT_ID,
  '--secret',
  'slackWebhookUrl=https://hooks.invalid/first-hour',
  ...extra
]

describe('deploy: the plan first, a question only in a terminal, the app id written back', () => {
  test('--create-app without a terminal: plan before the first write, no question, app_id written', async () => {
    const appDir = await exampleCopy()
    const run = await cli(['deploy', ...remote(appDir, '--create-app', '--app', 'first-hour-1')])
    expect(run.code).toBe(0)
    expect(run.questions).toEqual([])
    // The app creation is the first write; the plan of the new app comes before the draft.
    expect(run.writesAtPlan).toBe(1)
    expect(run.out.indexOf('Plan')).toBeLessThan(run.out.indexOf('Deployed'))
    const config = JSON.parse(await readFile(path.join(appDir, 'realm_config.json'), 'utf8'))
    expect(config.app_id).toMatch(/^first-hour-1-[a-z]{5}$/)
    expect(run.err).toContain(
      `wrote "app_id": "${config.app_id}" into ${path.join(appDir, 'realm_config.json')}`
    )
    // The next run goes to that app by its id: nothing to do.
    const again = await cli(['deploy', ...remote(appDir), '--json'])
    expect(jsonResult(again.out)).toMatchObject({ status: 'no-changes', app: { clientAppId: config.app_id } })
  })

  test('in a terminal, deploy asks after printing the plan; no is exit 4 with nothing written', async () => {
    const appDir = await exampleCopy()
    await cli(['deploy', ...remote(appDir, '--create-app', '--yes', '--app', 'first-hour-2')])
    await writeFile(path.join(appDir, 'functions/getInventory.js'), 'exports = () => 42\n', { flag: 'a' })
    const before = writes().length
    const declined = await cli(['deploy', ...remote(appDir)], { answer: 'n' })
    expect(declined.code).toBe(4)
    expect(declined.questions).toEqual([
      expect.stringMatching(/^Apply \d+ change\(s\) to first-hour-2-\w+ and deploy\? \[y\/N\] $/)
    ])
    expect(declined.writesAtPlan).toBe(0)
    expect(writes().length).toBe(before)
    expect(declined.out).toContain('Not confirmed: nothing was written')

    const yes = await cli(['deploy', ...remote(appDir)], { answer: 'y' })
    expect([yes.code, yes.writesAtPlan]).toEqual([0, 0])
    expect(yes.out).toMatch(/^Deployed/m)
  })

  test('--yes never asks, even in a terminal; --json puts the plan on stderr', async () => {
    const appDir = await exampleCopy()
    const run = await cli(
      ['deploy', ...remote(appDir, '--create-app', '--yes', '--json', '--app', 'first-hour-3')],
      {
        answer: 'n'
      }
    )
    expect(run.questions).toEqual([])
    expect(run.code).toBe(0)
    expect(run.err).toMatch(/^Plan/m)
    const result = jsonResult<{ status: string; configUpdated: { file: string } }>(run.out)
    expect(result.status).toBe('deployed')
    expect(result.configUpdated.file).toBe('realm_config.json')
  })

  test('the example app carries services past end of life: one warning per service, with the date', async () => {
    const appDir = await exampleCopy()
    const run = await cli([
      'deploy',
      ...remote(appDir, '--create-app', '--yes', '--json', '--app', 'first-hour-4')
    ])
    const result = jsonResult<{ warnings: string[] }>(run.out)
    const eol = result.warnings.filter(w => w.includes('reached end of life on 2025-09-30'))
    expect(eol.map(w => w.split(' reached')[0]).sort()).toEqual([
      'Authentication (App Services users)',
      'HTTPS Endpoints',
      'Rules (for Sync, Data API and GraphQL)'
    ])
    const excluded = await cli([
      'plan',
      ...remote(appDir, '--exclude', 'endpoint', '--exclude', 'auth_provider', '--exclude', 'rule', '--json')
    ])
    const plan = jsonResult<{ warnings: string[]; plan?: { changes: Array<{ kind: string }> } }>(excluded.out)
    expect(plan.warnings.filter(w => w.includes('end of life'))).toEqual([])
  })
})

describe('errors that say what to do', () => {
  test('a refused key pair: exit 2 naming the flags and the Atlas CLI check, in text and JSON', async () => {
    const appDir = await exampleCopy()
    const env = {
      MONGODB_ATLAS_PUBLIC_API_KEY: DEMO_PUBLIC_KEY,
      MONGODB_ATLAS_PRIVATE_API_KEY: 'not-the-key-0000'
    }
    const run = await cli(['plan', ...remote(appDir), '--json'], { env })
    expect(run.code).toBe(2)
    const result = jsonResult<{ error: string; problems: Array<{ source: string }> }>(run.out)
    expect(result).toMatchObject({ status: 'invalid', exitCode: 2 })
    expect(result.error).toContain(
      '--public-api-key/--private-api-key: error: the Admin API refused the API key pair (401'
    )
    expect(result.error).toContain("'atlas projects list' must succeed")
    expect(run.out + run.err).not.toContain('not-the-key-0000')
    const text = await cli(['plan', ...remote(appDir)], { env })
    expect([text.code, text.out]).toEqual([2, expect.stringContaining('refused the API key pair')])
  })

  test('an unknown project: exit 2 naming the id and how to check it', async () => {
    const appDir = await exampleCopy()
    const other = '5f0000000000000000000bad'
    const run = await cli(['plan', '--app-dir', appDir, '--base-url', emulator.url, '--project-id', other])
    expect(run.code).toBe(2)
    expect(run.out).toContain(
      `--project-id: error: project ${other} does not exist or this API key has no access to it`
    )
    expect(run.out).toContain(`atlas projects apiKeys list --projectId ${other}`)
  })

  test('flag and credential errors still give one JSON object', async () => {
    const flag = await cli(['deploy', '--app-dri', '.', '--json'])
    expect(flag.code).toBe(2)
    expect(flag.err).toContain("did you mean '--app-dir'?")
    expect(jsonResult(flag.out)).toMatchObject({ command: 'deploy', status: 'invalid', exitCode: 2 })
    const creds = await cli(['plan', '--app-dir', EXAMPLE, '--json'], { env: {} })
    expect(jsonResult<{ problems: unknown[] }>(creds.out).problems).toHaveLength(3)
    const unknown = await cli(['deplyo', '--json'])
    expect(unknown.err).toContain("did you mean 'deploy'?")
    expect(jsonResult(unknown.out)).toMatchObject({ command: null, exitCode: 2 })
  })

  test('deploy --dry-run points to plan; a problem list has one error: prefix per line', async () => {
    const dry = await cli(['deploy', '--dry-run'])
    expect(dry.code).toBe(2)
    expect(dry.err).toContain("unknown option '--dry-run': deploy has no dry run: 'realm-deploy plan'")
    const noApp = await cli(['plan', ...remote(EXAMPLE, '--app', 'nope-zzzzz')])
    expect(noApp.code).toBe(2)
    expect(noApp.out).toContain("  --app: error: no app 'nope-zzzzz'")
    expect(noApp.out).not.toMatch(/error: --app: error:/)
  })
})

test('nothing listening at --base-url: a clear failure within a few seconds, not ~11 s of retries', async () => {
  const { createServer } = await import('node:net')
  // A port that was just free: nothing listens there once the server is closed.
  const server = createServer().listen(0, '127.0.0.1')
  await new Promise(resolve => server.once('listening', resolve))
  const port = (server.address() as { port: number }).port
  await new Promise(resolve => server.close(resolve))
  const started = Date.now()
  const run = await cli([
    'plan',
    '--app-dir',
    EXAMPLE,
    '--base-url',
    `http://127.0.0.1:${port}`,
    '--project-id',
    DEMO_PROJECT_ID
  ])
  expect(Date.now() - started).toBeLessThan(4000)
  expect(run.code).toBe(1)
  expect(run.out).toMatch(/no response after 3 attempts \(.*ECONNREFUSED/)
  expect(run.out).toContain(
    'Nothing accepts connections there: check --base-url and that the server is running'
  )
})

test('in a terminal, --create-app asks before creating the app; no creates nothing', async () => {
  const appDir = await exampleCopy()
  const before = writes().length
  const run = await cli(['deploy', ...remote(appDir, '--create-app', '--app', 'first-hour-5', '--json')], {
    answer: 'no'
  })
  expect(run.code).toBe(4)
  expect(run.questions).toEqual([
    `Create app 'first-hour-5' in project ${DEMO_PROJECT_ID} and deploy this config to it? [y/N] `
  ])
  expect(writes().length).toBe(before)
  expect(jsonResult(run.out)).toMatchObject({ status: 'aborted', exitCode: 4, error: expect.any(String) })
})

test('in a terminal, --on-draft-conflict discard asks after the draft and the plan; no discards nothing', async () => {
  const appDir = await exampleCopy()
  const first = await cli([
    'deploy',
    ...remote(appDir, '--create-app', '--yes', '--app', 'first-hour-6', '--json')
  ])
  const { app } = jsonResult<{ app: { id: string } }>(first.out)
  const api = createAdminClient({
    baseUrl: emulator.url,
    publicKey: DEMO_PUBLIC_KEY,
    privateKey: DEMO_PRIVATE_KEY
  }).app(DEMO_PROJECT_ID, app.id)
  const draft = await api.drafts.create()
  await writeFile(path.join(appDir, 'functions/restockAlert.js'), '// v2\n', { flag: 'a' })
  const before = writes().length
  const declined = await cli(['deploy', ...remote(appDir, '--on-draft-conflict', 'discard')], { answer: 'n' })
  expect(declined.code).toBe(4)
  expect(declined.err).toContain(`a draft (${draft._id}) is already open`)
  expect(declined.writesAtPlan).toBe(0)
  expect(declined.questions).toEqual([
    expect.stringMatching(
      new RegExp(`^Discard draft ${draft._id}, then apply 1 change\\(s\\) to first-hour-6-\\w+`)
    )
  ])
  expect(writes().length).toBe(before)
  expect((await api.drafts.list()).map(d => d._id)).toEqual([draft._id])
  const yes = await cli(['deploy', ...remote(appDir, '--on-draft-conflict', 'discard')], { answer: 'y' })
  expect([yes.code, yes.writesAtPlan]).toEqual([0, 0])
  expect(writes().slice(before)[0]).toMatchObject({
    method: 'DELETE',
    path: expect.stringContaining(`/drafts/${draft._id}`)
  })
})

test('--exclude with a name that is no kind: exit 2 listing the kinds, before any request', async () => {
  const before = emulator.requestLog.entries.length
  const run = await cli(['plan', ...remote(EXAMPLE, '--exclude', 'graphql', '--json')])
  expect(run.code).toBe(2)
  expect(run.err).toContain("--exclude: error: 'graphql' is not a kind: use one of allowed_origins")
  expect(jsonResult(run.out)).toMatchObject({ status: 'invalid' })
  expect(emulator.requestLog.entries.length).toBe(before)
})

test('the demo (npm start) prints each plan before the writes it makes', async () => {
  let all = ''
  const code = await runCli(['demo'], {
    stdout: t => void (all += t),
    stderr: t => void (all += t),
    env: {},
    cwd: process.cwd(),
    signal: new AbortController().signal
  })
  expect(code).toBe(0)
  const first = all.slice(0, all.indexOf('== 2.'))
  expect(first.indexOf('Plan: ')).toBeGreaterThan(-1)
  expect(first.indexOf('Plan: ')).toBeLessThan(first.search(/draft [0-9a-f]{24} opened/))
  expect(all.match(/^Plan: /gm)?.length).toBe(3) // first deploy, the plan of the edit, its deploy
}, 60_000)
