// The bundled CLI (dist/cli/index.js) as a new user runs it, against the emulator over loopback:
// the plan reaches stdout before the first write reaches the server (a loopback relay holds the
// first write until it sees the plan, or fails); --create-app writes the id into the config; a wrong
// key is exit 2 with the hint; a missing environment value fails validate naming the file; with
// --on-draft-conflict discard the open draft is discarded only after the plan was printed; assets
// and logs keep the --json contract, flag errors included. Every --json result is checked against
// the schema.
import { readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, request as httpRequest, type Server } from 'node:http'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { copyToTemp } from '../app/fixture-dirs.js'
import { jsonResult } from '../cli/json-contract.js'
import { ensureBundle, ROOT } from './action-harness.js'
import { spawnBundledCli, type BundledCliRun } from './bundled-cli.js'

const EXAMPLE = path.join(ROOT, 'examples', 'inventory-app')
const SECRET = 'slackWebhookUrl=https://hooks.invalid/e2e-first-hour'
let emulator: RunningEmulator
const temps: string[] = []

beforeAll(async () => {
  await ensureBundle()
  emulator = await startEmulator({ deploymentTimings: { createdMs: 0, pendingMs: 0 } })
}, 240_000)
afterAll(async () => {
  await emulator?.stop()
  for (const dir of temps) await rm(dir, { recursive: true, force: true })
})

/** Runs the bundled CLI; `onStdout` sees stdout as it grows. No stdin: no terminal, so it never asks. */
function cli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  onStdout?: (all: string) => void
): Promise<BundledCliRun> {
  return spawnBundledCli(args, { env, onStdout })
}

async function exampleCopy(): Promise<string> {
  const { tmp, app } = await copyToTemp(EXAMPLE)
  temps.push(tmp)
  return app
}

/** A loopback relay to the emulator that holds the first write until `ready()` (bounded: 5 s). */
async function startRelay(
  ready: () => boolean
): Promise<{ url: string; verdicts: boolean[]; server: Server }> {
  const verdicts: boolean[] = []
  const target = new URL(emulator.url)
  const server = createServer((req, res) => {
    const body: Buffer[] = []
    req.on('data', chunk => body.push(chunk as Buffer))
    req.on('end', async () => {
      const write =
        req.method !== 'GET' && !req.url?.endsWith('/login') && !req.url?.includes('/auth/session')
      if (write && verdicts.length === 0) {
        const deadline = Date.now() + 5000
        while (!ready() && Date.now() < deadline) await new Promise(r => setTimeout(r, 20))
        verdicts.push(ready())
      }
      const upstream = httpRequest(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        answer => {
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        }
      )
      upstream.end(Buffer.concat(body))
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  return { url: `http://127.0.0.1:${port}`, verdicts, server }
}

test('deploy prints the plan before its first write reaches the server, and never asks without a terminal', async () => {
  const appDir = await exampleCopy()
  const first = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--base-url',
    emulator.url,
    '--app',
    'e2e-order',
    '--create-app',
    '--secret',
    SECRET,
    '--json'
  ])
  expect(jsonResult(first.stdout)).toMatchObject({ status: 'deployed', exitCode: 0 })
  await writeFile(path.join(appDir, 'functions/getInventory.js'), '\n// changed\n', { flag: 'a' })
  let planSeen = false
  const relay = await startRelay(() => planSeen)
  try {
    const run = await cli(
      ['deploy', '--app-dir', appDir, '--base-url', relay.url, '--secret', SECRET],
      {},
      out => {
        planSeen ||= /^Plan: 1 change/m.test(out)
      }
    )
    expect(run.code).toBe(0)
    expect(relay.verdicts).toEqual([true])
    expect(run.stdout.indexOf('Plan: 1 change')).toBeLessThan(run.stdout.indexOf('Deployed'))
  } finally {
    await new Promise(resolve => relay.server.close(resolve))
  }
}, 60_000)

test('--create-app writes the created app id into realm_config.json and says so', async () => {
  const appDir = await exampleCopy()
  const run = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--base-url',
    emulator.url,
    '--app',
    'e2e-created',
    '--create-app',
    '--secret',
    SECRET,
    '--json'
  ])
  const result = jsonResult<{ app: { clientAppId: string } }>(run.stdout)
  const config = JSON.parse(await readFile(path.join(appDir, 'realm_config.json'), 'utf8'))
  expect(config.app_id).toBe(result.app.clientAppId)
  expect(run.stderr).toContain(
    `wrote "app_id": "${config.app_id}" into ${path.join(appDir, 'realm_config.json')}: commit it`
  )
  expect(result).toMatchObject({
    configUpdated: { file: 'realm_config.json', appId: config.app_id, changed: true }
  })
}, 60_000)

test('a wrong private key: exit 2 with the hint, in text and in JSON', async () => {
  const env = { MONGODB_ATLAS_PRIVATE_API_KEY: 'wrong-key-e2e-0000' }
  const text = await cli(['plan', '--app-dir', EXAMPLE, '--base-url', emulator.url], env)
  expect(text.code).toBe(2)
  expect(text.stdout).toContain('the Admin API refused the API key pair (401 InvalidPassword)')
  expect(text.stdout).toContain("'atlas projects list' must succeed")
  const json = await cli(['plan', '--app-dir', EXAMPLE, '--base-url', emulator.url, '--json'], env)
  expect(json.code).toBe(2)
  expect(jsonResult(json.stdout)).toMatchObject({ status: 'invalid', exitCode: 2 })
  expect(text.stdout + text.stderr + json.stdout + json.stderr).not.toContain('wrong-key-e2e-0000')
}, 60_000)

test('validate fails naming the environment file that lacks a templated value', async () => {
  const appDir = await exampleCopy()
  await writeFile(path.join(appDir, 'environments/production.json'), '{ "values": {} }\n')
  const run = await cli(['validate', '--app-dir', appDir])
  expect(run.code).toBe(2)
  expect(run.stderr).toContain(
    "values/reportSource.json (value): error: %%environment.values.reportSource has no value for environment 'production': add it to environments/production.json"
  )
  const other = await cli(['validate', '--app-dir', appDir, '--environment', 'qa', '--json'])
  expect(other.code).toBe(0)
  const result = jsonResult<{ warnings: string[] }>(other.stdout)
  expect(result.warnings).toEqual([expect.stringContaining('add it to environments/production.json')])
}, 60_000)

test('--on-draft-conflict discard: the draft and the plan are printed before the draft is discarded (the first write)', async () => {
  const appDir = await exampleCopy()
  const args = ['deploy', '--app-dir', appDir, '--secret', SECRET]
  const first = await cli([
    ...args,
    '--base-url',
    emulator.url,
    '--app',
    'e2e-discard',
    '--create-app',
    '--json'
  ])
  const { app } = jsonResult<{ app: { id: string } }>(first.stdout)
  // A draft of this key, left open with one change in it (the UI, or a run killed mid-apply).
  const api = createAdminClient({
    baseUrl: emulator.url,
    publicKey: DEMO_PUBLIC_KEY,
    privateKey: DEMO_PRIVATE_KEY
  }).app(DEMO_PROJECT_ID, app.id)
  const draft = await api.drafts.create()
  const [fn] = (await api.functions.list()).filter(f => f.name === 'nightlyReport')
  await api.functions.update(fn._id, { ...(await api.functions.get(fn._id)), source: 'exports = () => 1' })
  await writeFile(path.join(appDir, 'functions/restockAlert.js'), '\n// changed\n', { flag: 'a' })
  let planSeen = false
  const relay = await startRelay(() => planSeen)
  const before = emulator.requestLog.entries.length
  try {
    const run = await cli([...args, '--base-url', relay.url, '--on-draft-conflict', 'discard'], {}, out => {
      planSeen ||= /^Plan: 2 change/m.test(out)
    })
    expect(run.code).toBe(0)
    expect(relay.verdicts).toEqual([true])
    const writes = emulator.requestLog.entries
      .slice(before)
      .filter(r => r.method !== 'GET' && !/\/auth\/|\/login$/.test(r.path))
    expect(`${writes[0].method} ${writes[0].path}`).toMatch(new RegExp(`^DELETE .*/drafts/${draft._id}$`))
    expect(run.stderr).toContain(`a draft (${draft._id}) is already open on this app for this API key`)
    expect(run.stderr).toMatch(/to discard: .*nightlyReport/)
    // Without the draft the app needs one change: that plan is printed too, before the deployment.
    const second = run.stdout.indexOf('Plan: 1 change')
    expect(run.stdout.indexOf('Plan: 2 change')).toBeLessThan(second)
    expect(second).toBeLessThan(run.stdout.indexOf('Deployed'))
  } finally {
    await new Promise(resolve => relay.server.close(resolve))
  }
}, 60_000)

test('assets --json and logs --json: one result object with the data, and one for a flag error', async () => {
  const hosting = path.join(ROOT, '__tests__', 'fixtures', 'hosting')
  const assets = await cli(['assets', '--app-dir', hosting, '--json'])
  expect(assets.code).toBe(0)
  const listed = jsonResult<{ assets: Array<{ path: string }> }>(assets.stdout)
  expect(listed).toMatchObject({ command: 'assets', status: 'listed', exitCode: 0 })
  expect(listed.assets.map(a => a.path)).toContain('/index.html')
  const badFlag = await cli(['assets', '--json', '--bogus'])
  expect(badFlag.code).toBe(2)
  expect(jsonResult(badFlag.stdout)).toMatchObject({ command: 'assets', status: 'invalid', exitCode: 2 })

  const appDir = await exampleCopy()
  const deployed = await cli([
    'deploy',
    '--app-dir',
    appDir,
    '--base-url',
    emulator.url,
    '--app',
    'e2e-logs',
    '--create-app',
    '--secret',
    SECRET,
    '--json'
  ])
  const { app } = jsonResult<{ app: { clientAppId: string } }>(deployed.stdout)
  const logs = await cli(['logs', '--app-dir', appDir, '--base-url', emulator.url, '--json'])
  expect(logs.code).toBe(0)
  const entries = jsonResult<{ logs: unknown[] }>(logs.stdout)
  expect(entries).toMatchObject({ command: 'logs', status: 'listed', app: { clientAppId: app.clientAppId } })
  expect(Array.isArray(entries.logs)).toBe(true)
  const since = await cli(['logs', '--json', '--since', 'yesterday-ish', '--base-url', emulator.url])
  expect(since.code).toBe(2)
  expect(jsonResult<{ error: string }>(since.stdout).error).toContain("--since: error: 'yesterday-ish'")
  const follow = await cli(['logs', '--app-dir', appDir, '--json', '--follow', '--base-url', emulator.url])
  expect(follow.code).toBe(2)
  expect(jsonResult<{ error: string }>(follow.stdout).error).toContain('use --json-lines with --follow')
}, 60_000)
