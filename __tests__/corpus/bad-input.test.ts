// The bad-input corpus: every way of handing realm-deploy bad input, through the real write path,
// against an in-process Admin API emulator (and the GitHub stand-in for the action):
// - every error case of the broken-app corpus through `realm-deploy deploy --create-app`;
// - bad `deploy` flags, and a `from_secret` value whose secret neither the app nor the run has;
// - bad inputs of the bundled action (dist/index.js) run as the runner runs it: the runner sees
//   exit code 1 (core.setFailed), one `::error::` line listing every bad input, and the output
//   status=invalid (the action has no exit code 2: a step only passes or fails).
// Each must be refused naming the file (and line), flag or input, with nothing written: the
// emulator's request log is the proof. Config and flag errors are found offline, so those cases
// make no request at all; the missing secret needs the app's secrets, so only the login and GETs.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import type { RequestRecord } from '../../src/emulator/request-log.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { brokenCases, prepareBrokenApp, problemLines, whereOf } from '../app/broken-cases.js'
import { adminAs, ensureBundle, makeWorkspace, runAction } from '../e2e/action-harness.js'
import { startGitHubStandIn, type GitHubStandIn } from '../e2e/github-stand-in.js'
import { captureEmulatorTokens, captureSensitive, captureText } from '../leak/capture.js'
import { flagCases, inputCases } from './input-cases.js'

const EXAMPLE_APP = path.resolve('examples/inventory-app')
const LOGIN = '/api/admin/v3.0/auth/providers/mongodb-cloud/login'
const TOKEN = 'ghs_corpusStandInToken0123456789ab'
const WEBHOOK = 'slackWebhookUrl=https://hooks.invalid/corpus-valid-0001'
const errorCases = brokenCases.filter(c => (c.expect ?? 'error') === 'error')
/** Three through the CLI, one through the action. */
const missingSecretCases = 4
const total = errorCases.length + flagCases.length + inputCases.length + missingSecretCases

let emulator: RunningEmulator
let github: GitHubStandIn
let work: string
const ran = new Set<string>()

beforeAll(async () => {
  await ensureBundle()
  emulator = await startEmulator({ deploymentTimings: { createdMs: 0, pendingMs: 0 } })
  github = await startGitHubStandIn({ owner: 'acme', repo: 'shop', token: TOKEN })
  work = await mkdtemp(path.join(tmpdir(), 'realm-deploy-corpus-'))
  captureSensitive('API private key', [DEMO_PRIVATE_KEY])
  captureSensitive('secret value', [WEBHOOK.slice(WEBHOOK.indexOf('=') + 1)])
}, 240_000)

afterAll(async () => {
  process.stdout.write(
    `bad-input corpus: ${ran.size} of ${total} cases ran, each refused with nothing written\n`
  )
  await github?.stop()
  if (emulator) captureEmulatorTokens(emulator)
  await emulator?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

/** Requests since `from`; a write is any but a GET and the login. */
const since = (from: number): RequestRecord[] => emulator.requestLog.entries.slice(from)
const writesIn = (entries: RequestRecord[]) =>
  entries
    .filter(e => e.method !== 'GET' && !(e.method === 'POST' && e.path === LOGIN))
    .map(e => `${e.method} ${e.path}`)

interface DeployOptions {
  readonly connection?: { readonly 'base-url'?: string; readonly 'project-id'?: string }
  readonly noPrivateKey?: boolean
  readonly cwd?: string
}

/** `realm-deploy deploy --app-dir APP --create-app ...` in-process, as a user runs it. */
async function deploy(app: string, args: readonly string[], options: DeployOptions = {}) {
  let stdout = ''
  let stderr = ''
  const connection = { 'base-url': emulator.url, 'project-id': DEMO_PROJECT_ID, ...options.connection }
  const argv = ['deploy', '--app-dir', app, '--create-app', ...args]
  for (const [flag, value] of Object.entries(connection)) argv.push(`--${flag}`, value)
  const code = await runCli(argv, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    env: {
      MONGODB_ATLAS_PUBLIC_API_KEY: DEMO_PUBLIC_KEY,
      ...(options.noPrivateKey ? {} : { MONGODB_ATLAS_PRIVATE_API_KEY: DEMO_PRIVATE_KEY })
    },
    cwd: options.cwd ?? work,
    signal: new AbortController().signal
  })
  captureText('CLI stdout', stdout)
  captureText('CLI stderr', stderr)
  return { code, output: `${stdout}${stderr}` }
}

/** Output lines as problems: without the indent and the result's `error: ` before a single problem. */
const asProblems = (output: string): string =>
  output
    .split('\n')
    .map(l => l.trim().replace(/^error: /, ''))
    .join('\n')

test(`the corpus has at least 40 cases (${total})`, () => {
  expect(errorCases.length).toBeGreaterThanOrEqual(40)
  expect(total).toBeGreaterThanOrEqual(40)
})

describe('a broken app through deploy --create-app: exit 2 naming the file, no request at all', () => {
  test.each(errorCases.map(c => [c.case, c] as const))('%s', async (_name, c) => {
    const app = await prepareBrokenApp(c)
    const before = emulator.requestLog.entries.length
    const args = ['--app', 'corpus-broken', '--include-hosting']
    const { code, output } = await deploy(app, args, { cwd: path.dirname(app) })
    expect([code, output.split('\n')[0]]).toEqual([2, 'Invalid input: nothing was written'])
    const named = problemLines(asProblems(output), c)
    expect({ where: whereOf(c), output, named: named.length > 0 }).toMatchObject({ named: true })
    expect(since(before)).toEqual([])
    ran.add(`broken: ${c.case}`)
  })
})

describe('a bad deploy flag: exit 2 naming the flag, no request at all', () => {
  let app: string
  beforeAll(async () => {
    app = path.join(work, 'flags-app')
    await cp(EXAMPLE_APP, app, { recursive: true })
  })

  test.each(flagCases.map(c => [c.name, c] as const))('%s', async (_name, c) => {
    const cwd = await mkdtemp(path.join(work, 'cwd-'))
    for (const [file, text] of Object.entries(c.files ?? {})) await writeFile(path.join(cwd, file), text)
    captureSensitive('secret value', c.secrets ?? [])
    const before = emulator.requestLog.entries.length
    const { code, output } = await deploy(app, ['--app', 'corpus-flags', ...c.args], { ...c, cwd })
    expect(code).toBe(2)
    const line = output.split('\n').find(l => c.says.every(text => l.includes(text)))
    expect({ output, line: line !== undefined }).toEqual({ output, line: true })
    for (const secret of c.secrets ?? []) expect(output).not.toContain(secret)
    expect(since(before)).toEqual([])
    ran.add(`flag: ${c.name}`)
  })
})

describe('a from_secret value whose secret neither the app nor the run has: exit 2, only reads', () => {
  // The app is found by its config's name (`inventory`): what --create-app names the app it creates.
  let app: string
  beforeAll(async () => {
    app = path.join(work, 'secret-app')
    await cp(EXAMPLE_APP, app, { recursive: true })
    const first = await deploy(app, ['--secret', WEBHOOK])
    expect([first.code, first.output]).toEqual([0, expect.stringContaining('Deployed')])
  })

  const newValue = { name: 'ordersKey', value: 'ordersApiKey', from_secret: true }
  const secretsRead = (entries: RequestRecord[]) =>
    entries.filter(e => /\/apps\/[0-9a-f]{24}\/secrets$/.test(e.path))

  test('an existing app: the new secret is named with its file; the login and GETs only', async () => {
    await writeFile(path.join(app, 'values/ordersKey.json'), JSON.stringify(newValue, null, 2))
    emulator.requestLog.clear()
    const { code, output } = await deploy(app, ['--secret', WEBHOOK])
    expect(code).toBe(2)
    expect(output).toContain(
      "values/ordersKey.json (ordersApiKey): error: the config references secret 'ordersApiKey', which the app does not have and no value was given: pass it with --secret ordersApiKey=VALUE"
    )
    expect(secretsRead(since(0))).toHaveLength(1)
    expect(writesIn(since(0))).toEqual([])
    ran.add('secret: existing app')
  })

  test('an existing app, a value given for another secret only: still refused, only reads', async () => {
    const before = emulator.requestLog.entries.length
    const other = 'unusedSecret=https://hooks.invalid/corpus-unused-0001'
    captureSensitive('secret value', [other.slice(other.indexOf('=') + 1)])
    const { code, output } = await deploy(app, ['--secret', WEBHOOK, '--secret', other])
    expect(code).toBe(2)
    expect(output).toContain(
      "values/ordersKey.json (ordersApiKey): error: the config references secret 'ordersApiKey'"
    )
    expect(secretsRead(since(before))).toHaveLength(1)
    expect(writesIn(since(before))).toEqual([])
    ran.add('secret: existing app, another secret given')
  })

  test('an app --create-app would create: refused before the app is created', async () => {
    const fresh = path.join(work, 'secret-app-new')
    await cp(app, fresh, { recursive: true })
    const config = path.join(fresh, 'realm_config.json')
    const { app_id: _copiedId, ...settings } = JSON.parse(await readFile(config, 'utf8'))
    await writeFile(config, JSON.stringify({ ...settings, name: 'corpus-new' }))
    const before = emulator.requestLog.entries.length
    const { code, output } = await deploy(fresh, [])
    expect(code).toBe(2)
    expect(output).toContain("the config references secret 'ordersApiKey'")
    expect(output).toContain("the config references secret 'slackWebhookUrl'")
    expect(since(before).length).toBeGreaterThan(1)
    expect(writesIn(since(before))).toEqual([])
    ran.add('secret: new app')
  })
})

describe('a bad input of the bundled action: the step fails naming the input, nothing written', () => {
  let workspace: string
  beforeAll(async () => {
    workspace = makeWorkspace('shop')
    const admin = await adminAs(emulator)
    await admin('POST', '{group}/apps', { name: 'shop' })
  })
  afterAll(async () => rm(workspace, { recursive: true, force: true }))

  async function act(inputs: Readonly<Record<string, string>>) {
    const githubBefore = github.requests.length
    const run = await runAction({
      workspace,
      eventName: 'push',
      payload: { ref: 'refs/heads/main' },
      sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
      ref: 'refs/heads/main',
      apiUrl: github.url,
      token: TOKEN,
      inputs: {
        'app-dir': 'apps/shop',
        mode: 'deploy',
        'base-url': emulator.url,
        'public-api-key': DEMO_PUBLIC_KEY,
        'private-api-key': DEMO_PRIVATE_KEY,
        'project-id': DEMO_PROJECT_ID,
        secrets: 'API_KEY=s3cr3t-corpus-valid-0001\n',
        ...inputs
      }
    })
    const githubRequests = github.requests.slice(githubBefore).map(r => `${r.method} ${r.path}`)
    const errors = run.stdout.split('\n').filter(l => l.startsWith('::error::'))
    return { run, errors, githubRequests }
  }

  test.each(inputCases.map(c => [c.name, c] as const))('%s', async (_name, c) => {
    captureSensitive('secret value', c.secrets ?? [])
    const before = emulator.requestLog.entries.length
    const { run, errors, githubRequests } = await act(c.inputs)
    // The runner sees exit code 1 (core.setFailed) and an ::error:: line listing every bad input.
    expect({ code: run.code, status: run.outputs.status }).toEqual({ code: 1, status: 'invalid' })
    expect({ errors, named: errors.some(l => c.says.every(text => l.includes(text))) }).toMatchObject({
      named: true
    })
    for (const secret of c.secrets ?? [])
      expect(`${run.stdout}${run.stderr}`.replace(/^::add-mask::.*$/gm, '')).not.toContain(secret)
    expect(since(before)).toEqual([])
    expect(githubRequests).toEqual([])
    ran.add(`action: ${c.name}`)
  })

  test('a from_secret value without its secret: the value file and the secret are named; only reads', async () => {
    const before = emulator.requestLog.entries.length
    const { run, errors, githubRequests } = await act({ secrets: '' })
    expect({ code: run.code, status: run.outputs.status }).toEqual({ code: 1, status: 'invalid' })
    expect(errors).toEqual([
      expect.stringMatching(
        /^::error::Invalid input or configuration \(nothing was written\): values\/apiKey\.json \(API_KEY\): error: the config references secret 'API_KEY'/
      )
    ])
    expect(since(before).length).toBeGreaterThan(1)
    expect(writesIn(since(before))).toEqual([])
    expect(githubRequests.filter(r => !r.startsWith('GET '))).toEqual([])
    ran.add('action: from_secret without its secret')
  })
})
