// `realm-deploy exec`: a function of the example app run from the terminal: its result as EJSON on
// stdout, its log lines on stderr, the CLI's exit codes (0, 1 for a failing function, 2 for bad
// input), secret values never printed, and the time limit after an await.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runCli } from '../../../src/cli/run.js'

const APP = path.resolve('examples/inventory-app')

async function exec(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(['exec', ...argv], {
    stdout: t => void (stdout += t),
    stderr: t => void (stderr += t),
    env,
    cwd: APP,
    signal: new AbortController().signal
  })
  return { code, stdout, stderr }
}

test('runs a public function with EJSON arguments and prints its EJSON result', async () => {
  const run = await exec([
    'orders/summarize',
    '[{"$date":"2026-01-01T00:00:00Z"}]',
    '--environment',
    'production'
  ])
  expect(run).toEqual({ code: 0, stdout: '[]\n', stderr: '' })
})

describe('on a copy of the example app with three more functions', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-exec-'))
    await cp(APP, dir, { recursive: true })
    const manifest = JSON.parse(await readFile(path.join(dir, 'functions/config.json'), 'utf8')) as object[]
    manifest.push(
      { name: 'echo', private: false },
      { name: 'fail', private: false },
      { name: 'spin', private: false }
    )
    await writeFile(path.join(dir, 'functions/config.json'), JSON.stringify(manifest))
    await writeFile(
      path.join(dir, 'functions/echo.js'),
      'exports = function (n) {\n  const hook = context.values.get("slackWebhook");\n' +
        '  console.log("hook", hook);\n  return { n, at: new Date(0), id: new BSON.ObjectId("64b7f1c2a1b2c3d4e5f60718"), hook };\n};\n'
    )
    await writeFile(
      path.join(dir, 'functions/fail.js'),
      'exports = function () {\n  throw new Error("out of stock");\n};\n'
    )
    await writeFile(
      path.join(dir, 'functions/spin.js'),
      'exports = async function () {\n  await Promise.resolve();\n  while (true) {}\n};\n'
    )
  })
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  test('prints the result as EJSON and the log lines, with the secret value masked', async () => {
    const run = await exec([
      'echo',
      '[41]',
      '--app-dir',
      dir,
      '--secret',
      'slackWebhookUrl=https://hooks.invalid/exec-secret'
    ])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({
      n: 41,
      at: { $date: '1970-01-01T00:00:00Z' },
      id: { $oid: '64b7f1c2a1b2c3d4e5f60718' },
      hook: '***'
    })
    expect(run.stderr).toBe('log: hook ***\n')
  })

  test('a secret from REALM_SECRET_<NAME> works the same way', async () => {
    const run = await exec(['echo', '--app-dir', dir], {
      REALM_SECRET_SLACKWEBHOOKURL: 'https://hooks.invalid/env-secret'
    })
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('env-secret')
  })

  test('a missing secret exits 2 naming it', async () => {
    const run = await exec(['echo', '--app-dir', dir])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/reads secret 'slackWebhookUrl', which was not given/)
  })

  test('a function that throws exits 1 with its stack mapped to the source file', async () => {
    const run = await exec(['fail', '--app-dir', dir])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(
      /^realm-deploy exec: function 'fail' threw Error: out of stock\n\s+at exports \(functions\/fail\.js:2:9\)/
    )
  })

  test('a function that loops after an await exits 1 at --timeout-ms', async () => {
    const run = await exec(['spin', '--app-dir', dir, '--timeout-ms', '200'])
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: "realm-deploy exec: function 'spin' timed out after 200 ms (the time limit)\n"
    })
  })
})

test.each([
  [['nightlyReport'], /function 'nightlyReport' is private/],
  [['nope'], /no function named 'nope' in the app/],
  [['orders/summarize', '{not json'], /ARGS is not JSON/],
  [['orders/summarize', '--timeout-ms', 'soon'], /--timeout-ms: error: must be a positive whole number/],
  [[], /give one function name/]
])('bad input %j exits 2 with a message', async (argv, message) => {
  const run = await exec(argv)
  expect(run.code).toBe(2)
  expect(run.stdout).toBe('')
  expect(run.stderr).toMatch(message)
})

test('--help lists the command', async () => {
  let out = ''
  const code = await runCli(['--help'], { stdout: t => void (out += t), stderr: () => {}, env: {}, cwd: APP })
  expect(code).toBe(0)
  expect(out).toMatch(/exec\s+Run one function of the app locally/)
})
