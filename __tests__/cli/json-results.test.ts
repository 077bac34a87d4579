// Every command with --json keeps the contract: exactly one schema-valid object on stdout for every
// outcome (success, flag errors, missing credentials, bad config, an unreachable server), with the
// command's data inside it. Each result is checked by jsonResult (json-contract.ts).
import { appendFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import { commands } from '../../src/cli/commands/index.js'
import { runCli } from '../../src/cli/run.js'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { copyToTemp } from '../app/fixture-dirs.js'
import { captureText } from '../leak/capture.js'
import { runCommand, secretValueFor, startTestEmulator } from '../pull/emulator-app.js'
import { jsonResult } from './json-contract.js'

const EXAMPLE = path.resolve('examples/inventory-app')
const HOSTING = path.resolve('__tests__/fixtures/hosting')
const JSON_COMMANDS = ['validate', 'assets', 'plan', 'deploy', 'status', 'rollback', 'logs']
const REMOTE_COMMANDS = ['plan', 'deploy', 'status', 'rollback', 'logs']

interface Result {
  command: string | null
  status: string
  exitCode: number
  error: string | null
  warnings: string[]
  problems?: Array<{ source: string; message: string }>
  [field: string]: unknown
}

/** `realm-deploy <argv>` in process, with no credentials unless `env` has them. */
async function offline(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    env,
    cwd: process.cwd(),
    signal: new AbortController().signal
  })
  captureText(`realm-deploy ${argv[0]} stdout`, stdout)
  captureText(`realm-deploy ${argv[0]} stderr`, stderr)
  return { code, stdout, stderr, result: jsonResult<Result>(stdout) }
}

/** `realm-deploy <args> --json` against the emulator; the exit code is the result's. */
async function remote(emulator: RunningEmulator, args: string[]): Promise<Result> {
  const run = await runCommand(emulator, [...args, '--json'])
  const result = jsonResult<Result>(run.stdout)
  expect(result.exitCode).toBe(run.code)
  return result
}

test('the commands with a --json flag are exactly the ones that promise the result object', async () => {
  const withJson: string[] = []
  for (const entry of commands) {
    const command = await entry.load()
    expect([entry.name, command.jsonResult === true]).toEqual([entry.name, 'json' in command.options])
    if (command.jsonResult) withJson.push(entry.name)
  }
  expect(withJson).toEqual(JSON_COMMANDS)
})

test.each(JSON_COMMANDS)('%s --json --bogus: the error result, exit 2', async name => {
  const { code, stderr, result } = await offline([name, '--json', '--bogus'])
  expect(code).toBe(2)
  expect(result).toMatchObject({ command: name, status: 'invalid', exitCode: 2 })
  expect(result.error).toContain("unknown option '--bogus'")
  expect(stderr).toContain("unknown option '--bogus'")
})

test.each(REMOTE_COMMANDS)('%s --json without credentials: exit 2, each missing one named', async name => {
  const { code, result } = await offline([name, '--app-dir', EXAMPLE, '--json'])
  expect(code).toBe(2)
  expect(result).toMatchObject({ command: name, status: 'invalid', exitCode: 2 })
  expect(result.problems?.map(p => p.source)).toEqual(
    expect.arrayContaining(['--public-api-key', '--private-api-key', '--project-id'])
  )
})

describe('offline commands', () => {
  test('validate --json: valid, with the layout', async () => {
    const { code, result } = await offline(['validate', '--app-dir', EXAMPLE, '--json'])
    expect(code).toBe(0)
    expect(result).toMatchObject({ command: 'validate', status: 'valid', error: null, layout: '20210101' })
  })

  test('assets --json: the documents in assets[], the count and bytes in total', async () => {
    const { code, result } = await offline(['assets', '--app-dir', HOSTING, '--json'])
    expect(code).toBe(0)
    expect(result).toMatchObject({ command: 'assets', status: 'listed', exitCode: 0, error: null })
    const assets = result.assets as Array<{ path: string; size: number }>
    expect(assets.map(a => a.path)).toContain('/index.html')
    expect(result.total).toEqual({ files: assets.length, bytes: assets.reduce((n, a) => n + a.size, 0) })
  })

  test('assets --json: a bad --workers and a directory without an app are error results', async () => {
    const workers = await offline(['assets', '--app-dir', HOSTING, '--workers', 'many', '--json'])
    expect(workers.result).toMatchObject({ command: 'assets', status: 'invalid', exitCode: 2 })
    expect(workers.result.error).toContain("--workers: error: 'many' is not a whole number")
    const none = await offline(['assets', '--app-dir', path.resolve('__tests__/cli'), '--json'])
    expect(none.result).toMatchObject({ command: 'assets', status: 'invalid', exitCode: 2 })
  })
})

describe('against the emulator', () => {
  let emulator: RunningEmulator
  let appDir: string
  let tmp: string
  const secret = () => ['--secret', `slackWebhookUrl=${secretValueFor('slackWebhookUrl')}`]

  beforeAll(async () => {
    emulator = await startTestEmulator()
    ;({ tmp, app: appDir } = await copyToTemp(EXAMPLE))
  })
  afterAll(async () => {
    await emulator.stop()
    await rm(tmp, { recursive: true, force: true })
  })

  test('deploy, plan, status, rollback and logs: each success is one result with its data', async () => {
    const created = await remote(emulator, [
      'deploy',
      '--app-dir',
      appDir,
      '--create-app',
      '--app',
      'json-results',
      ...secret()
    ])
    expect(created).toMatchObject({ command: 'deploy', status: 'deployed', app: { created: true } })
    await appendFile(path.join(appDir, 'functions/getInventory.js'), '\n// v2\n')
    const second = await remote(emulator, ['deploy', '--app-dir', appDir, ...secret()])
    expect(second).toMatchObject({ status: 'deployed', plan: { total: 1 } })
    expect(await remote(emulator, ['plan', '--app-dir', appDir])).toMatchObject({
      command: 'plan',
      status: 'no-changes'
    })
    const status = await remote(emulator, ['status', '--app-dir', appDir])
    expect(status).toMatchObject({ command: 'status', triggerHealth: { checked: expect.any(Number) } })
    const rollback = await remote(emulator, ['rollback', '--app-dir', appDir])
    expect(rollback).toMatchObject({ command: 'rollback', status: 'deployed', exitCode: 0 })
    const logs = await remote(emulator, ['logs', '--app-dir', appDir])
    expect(logs).toMatchObject({ command: 'logs', status: 'listed', exitCode: 0, error: null })
    expect(logs.app).toMatchObject({ clientAppId: (created.app as { clientAppId: string }).clientAppId })
    expect(Array.isArray(logs.logs)).toBe(true)
  })

  test('logs --json: bad flags are one error result naming each, before any request', async () => {
    const before = emulator.requestLog.entries.length
    const result = await remote(emulator, [
      'logs',
      '--app-dir',
      appDir,
      '--since',
      'yesterday-ish',
      '--follow'
    ])
    expect(result).toMatchObject({ command: 'logs', status: 'invalid', exitCode: 2 })
    expect(result.problems?.map(p => p.source).sort()).toEqual(['--json', '--since'])
    expect(emulator.requestLog.entries.length).toBe(before)
  })

  test('an unknown app and an unknown rollback target are error results (exit 2)', async () => {
    for (const name of ['status', 'logs', 'rollback']) {
      const result = await remote(emulator, [name, '--app', 'no-such-app'])
      expect(result).toMatchObject({ command: name, status: 'invalid', exitCode: 2 })
      expect(result.error).toContain("no app 'no-such-app'")
    }
    const target = await remote(emulator, ['rollback', '--app-dir', appDir, '--to', 'v0.0.0-none'])
    expect(target).toMatchObject({ command: 'rollback', exitCode: 2 })
  })

  test('nothing listening at --base-url: logs --json is the failed result (exit 1)', async () => {
    const server = createServer()
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    await new Promise(resolve => server.close(resolve))
    const env = { MONGODB_ATLAS_PUBLIC_API_KEY: 'pub', MONGODB_ATLAS_PRIVATE_API_KEY: 'nobody-listens-0000' }
    const { code, result } = await offline(
      [
        'logs',
        '--app',
        'json-results',
        '--project-id',
        '5f1b2c3d4e5f60718293a4b5',
        '--base-url',
        `http://127.0.0.1:${port}`,
        '--json'
      ],
      env
    )
    expect(code).toBe(1)
    expect(result).toMatchObject({ command: 'logs', status: 'failed', exitCode: 1 })
    expect(result.error).toContain(`127.0.0.1:${port}`)
  })
})
