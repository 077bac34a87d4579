// `realm-deploy logs` end to end: the CLI against the emulator over loopback, with 1,500 seeded
// entries that include long runs of identical timestamps, under faults too.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createAdminClient } from '../../../src/admin/client.js'
import { runCli } from '../../../src/cli/run.js'
import { startEmulator, type RunningEmulator } from '../../../src/emulator/server.js'
import type { LogEntry } from '../../../src/emulator/types.js'
import { jsonResult } from '../json-contract.js'

const project = '5f00000000000000000000c4'
const user = { publicKey: 'logspub1', privateKey: 'logs-private-5e6f-7a8b-9c0d', projects: [project] }

let emulator: RunningEmulator | undefined
afterEach(async () => {
  await emulator?.stop()
  emulator = undefined
})

async function emulatorWithLogs() {
  const running = await startEmulator({ users: [user], seedLogs: 1500, seed: 7 })
  emulator = running
  const client = createAdminClient({
    baseUrl: running.url,
    publicKey: user.publicKey,
    privateKey: user.privateKey
  })
  const app = await client.apps.create(project, { name: 'logsapp' })
  return { running, app, logs: running.state.groups[project].apps[app._id].logs }
}

async function logsCli(running: RunningEmulator, args: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['logs', '--base-url', running.url, '--project-id', project, ...args], {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    env: { MONGODB_ATLAS_PUBLIC_API_KEY: user.publicKey, MONGODB_ATLAS_PRIVATE_API_KEY: user.privateKey },
    cwd: process.cwd(),
    signal: new AbortController().signal
  })
  return { code, stdout, stderr, lines: stdout.split('\n').filter(Boolean) }
}

const ties = (logs: readonly LogEntry[]): number => {
  const counts = new Map<string, number>()
  for (const entry of logs) counts.set(entry.started, (counts.get(entry.started) ?? 0) + 1)
  return Math.max(...counts.values())
}

describe('realm-deploy logs', () => {
  it('prints every one of 1,500 entries exactly once, newest first, through runs of equal timestamps', async () => {
    const { running, app, logs } = await emulatorWithLogs()
    expect(ties(logs)).toBeGreaterThan(100)
    const result = await logsCli(running, ['--app', 'logsapp', '--json'])
    expect(result.code).toBe(0)
    const json = jsonResult<{ logs: LogEntry[] }>(result.stdout)
    expect(json).toMatchObject({
      command: 'logs',
      status: 'listed',
      app: { id: app._id, clientAppId: app.client_app_id }
    })
    const printed = json.logs
    expect(printed).toHaveLength(logs.length)
    expect(new Set(printed.map(e => e._id)).size).toBe(logs.length)
    expect(new Set(printed.map(e => e._id))).toEqual(new Set(logs.map(e => e._id)))
    const times = printed.map(e => Date.parse(e.started))
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })

  it('filters errors, types, dates and a total limit', async () => {
    const { running, app, logs } = await emulatorWithLogs()
    const errors = await logsCli(running, ['--app', app.client_app_id, '--errors-only', '--json-lines'])
    expect(errors.lines.map(l => (JSON.parse(l) as LogEntry)._id).sort()).toEqual(
      logs
        .filter(e => e.error)
        .map(e => e._id)
        .sort()
    )
    const typed = await logsCli(running, [
      '--app',
      app._id,
      '--type',
      'function,ENDPOINT',
      '--limit',
      '150',
      '--json-lines'
    ])
    expect(typed.lines).toHaveLength(150)
    expect(new Set(typed.lines.map(l => (JSON.parse(l) as LogEntry).type))).toEqual(
      new Set(['FUNCTION', 'ENDPOINT'])
    )
    const sorted = logs.map(e => e.started).sort()
    const since = sorted[Math.floor(sorted.length / 2)]
    const recent = await logsCli(running, ['--app', 'logsapp', '--since', since, '--json'])
    expect(jsonResult<{ logs: LogEntry[] }>(recent.stdout).logs).toHaveLength(
      logs.filter(e => Date.parse(e.started) > Date.parse(since)).length
    )
  })

  it('prints one readable line per entry: time, type, status or error, function, first message', async () => {
    const { running, logs } = await emulatorWithLogs()
    // An error entry alone at its time: with --until at that time it is the newest match.
    const alone = (e: LogEntry) => logs.filter(other => other.started === e.started).length === 1
    const failed = logs.find(e => e.type === 'FUNCTION' && e.error && alone(e)) as LogEntry
    const result = await logsCli(running, [
      '--app',
      'logsapp',
      '--errors-only',
      '--until',
      failed.started,
      '--type',
      'FUNCTION',
      '--limit',
      '1'
    ])
    expect(result.lines).toEqual([
      `${failed.started}  FUNCTION  error: ${failed.error_code}: ${failed.error}  ${failed.function_name}  ${String(failed.messages?.[0])}`
    ])
  })

  it('reads every entry exactly once when the server fails 30% of requests', async () => {
    const running = await startEmulator({ users: [user], seedLogs: 1200, seed: 11, faultRate: 0.3 })
    emulator = running
    const client = createAdminClient({
      baseUrl: running.url,
      publicKey: user.publicKey,
      privateKey: user.privateKey,
      retry: { attempts: 12 },
      clock: { now: () => Date.now(), sleep: async () => undefined }
    })
    const app = await client.apps.create(project, { name: 'logsapp' })
    const logs = running.state.groups[project].apps[app._id].logs
    const read: string[] = []
    for await (const entry of client.app(project, app._id).allLogs()) read.push(entry._id as string)
    expect(read.sort()).toEqual(logs.map(e => e._id).sort())
    expect(
      running.requestLog.entries.filter(r => r.fault && r.path.endsWith('/logs')).length
    ).toBeGreaterThan(3)
  })

  it('documents its flags in --help', async () => {
    let out = ''
    const code = await runCli(['logs', '--help'], {
      stdout: text => void (out += text),
      stderr: text => void (out += text),
      env: {},
      cwd: process.cwd()
    })
    expect(code).toBe(0)
    for (const flag of [
      '--app',
      '--since',
      '--until',
      '--errors-only',
      '--type',
      '--limit',
      '--json',
      '--json-lines',
      '--base-url',
      '--project-id',
      '--public-api-key',
      '--private-api-key'
    ]) {
      expect(out).toContain(flag)
    }
  })

  it('names an app it cannot find', async () => {
    const running = await startEmulator({ users: [user] })
    emulator = running
    const result = await logsCli(running, ['--app', 'nosuchapp'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `--app: error: no app 'nosuchapp' in project ${project} (looked for a client app id, a name and an _id, in every product)\n`
    )
  })

  it('reports every bad flag at once, naming each, with exit code 2', async () => {
    const running = await startEmulator({ users: [user] })
    emulator = running
    const result = await logsCli(running, [
      '--since',
      'yesterday',
      '--type',
      'FUNCTIONS',
      '--limit',
      '0',
      '--project-id',
      'nope'
    ])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--app: error: the app is required')
    expect(result.stderr).toContain("--since: error: 'yesterday' is not an ISO 8601 date")
    expect(result.stderr).toContain("--type: error: unknown log type 'FUNCTIONS'")
    expect(result.stderr).toContain("--limit: error: '0' is not a positive whole number")
    expect(result.stderr).toContain("--project-id: error: 'nope' is not a project id")
    expect(running.requestLog.entries).toHaveLength(0)
  })
})
