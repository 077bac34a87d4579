// `logs --since 1h` and `logs --follow`: a time ago instead of a date, and new entries printed as
// they arrive, oldest first, each once, until --follow-for runs out. The app named by --app-dir.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createAdminClient } from '../../../src/admin/client.js'
import { runCli } from '../../../src/cli/run.js'
import { startEmulator, type RunningEmulator } from '../../../src/emulator/server.js'
import type { LogEntry } from '../../../src/emulator/types.js'
import { jsonResult } from '../json-contract.js'

const project = '5f00000000000000000000c5'
const user = { publicKey: 'followpub', privateKey: 'follow-private-1a2b-3c4d', projects: [project] }
let emulator: RunningEmulator
let appDir: string

beforeAll(async () => {
  emulator = await startEmulator({ users: [user] })
  const client = createAdminClient({
    baseUrl: emulator.url,
    publicKey: user.publicKey,
    privateKey: user.privateKey
  })
  await client.apps.create(project, { name: 'followme' })
  appDir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-follow-'))
  await writeFile(
    path.join(appDir, 'realm_config.json'),
    JSON.stringify({
      config_version: 20210101,
      name: 'followme',
      location: 'US-VA',
      deployment_model: 'GLOBAL'
    })
  )
})
afterAll(async () => {
  await emulator.stop()
  await rm(appDir, { recursive: true, force: true })
})

function logsOf(): LogEntry[] {
  const apps = Object.values(emulator.state.groups[project].apps)
  return apps[0].logs
}

function entry(id: string, minutesAgo: number): LogEntry {
  return {
    _id: id,
    type: 'FUNCTION',
    function_name: 'f',
    started: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    completed: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    messages: [id]
  } as LogEntry
}

async function logs(args: string[], during?: () => void) {
  let stdout = ''
  let stderr = ''
  const run = runCli(
    ['logs', '--base-url', emulator.url, '--project-id', project, '--app-dir', appDir, ...args],
    {
      stdout: t => void (stdout += t),
      stderr: t => void (stderr += t),
      env: {
        MONGODB_ATLAS_PUBLIC_API_KEY: user.publicKey,
        MONGODB_ATLAS_PRIVATE_API_KEY: user.privateKey,
        REALM_DEPLOY_FOLLOW_INTERVAL_MS: '100'
      },
      cwd: process.cwd(),
      signal: new AbortController().signal
    }
  )
  if (during) setTimeout(during, 250)
  const code = await run
  return {
    code,
    stdout,
    stderr,
    ids: stdout
      .split('\n')
      .filter(Boolean)
      .map(l => (JSON.parse(l) as LogEntry)._id)
  }
}

test('--since 1h takes a time ago; the app comes from --app-dir', async () => {
  logsOf().push(entry('old', 180), entry('recent', 30))
  const { code, ids } = await logs(['--since', '1h', '--json-lines'])
  expect(code).toBe(0)
  expect(ids).toEqual(['recent'])
})

test('--follow prints entries that arrive later, once each, and stops at --follow-for', async () => {
  const { code, ids, stderr } = await logs(
    ['--since', '1h', '--follow', '--follow-for', '1s', '--json-lines'],
    () => logsOf().push(entry('new-1', 0.001), entry('new-2', 0))
  )
  expect(code).toBe(0)
  expect(ids).toEqual(['recent', 'new-1', 'new-2'])
  expect(stderr).toContain('following followme')
})

test('--json refuses --follow (one object at the end cannot stream): exit 2 with the error result', async () => {
  const { code, stdout, stderr } = await logs(['--follow', '--json'])
  expect(code).toBe(2)
  const result = jsonResult<{ error: string }>(stdout)
  expect(result).toMatchObject({ command: 'logs', status: 'invalid', exitCode: 2 })
  expect(result.error).toContain(
    '--json: error: prints one object at the end and --follow streams: use --json-lines'
  )
  expect(stderr).toContain('use --json-lines with --follow')
  const both = await logs(['--json', '--json-lines'])
  expect(jsonResult<{ error: string }>(both.stdout).error).toContain(
    '--json-lines: error: cannot be combined with --json'
  )
})

test('--follow-for is bounded and --since names what it accepts', async () => {
  const { code, stderr } = await logs(['--follow', '--follow-for', '3d', '--since', 'yesterday'])
  expect(code).toBe(2)
  expect(stderr).toContain("--follow-for: error: '3d' is not a duration from 1s to 24h")
  expect(stderr).toContain('nor a time ago (90s, 15m, 1h, 2d, 1w)')
})
