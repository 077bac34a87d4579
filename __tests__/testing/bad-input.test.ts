// Bad input and failing functions, on a copy of the example app with a few extra functions: each is
// a clear FunctionRuntimeError (file and line, mapped stack, time limit), never a harness crash.
// Also: every source form, require() of the app's dependencies, the globals, disabled triggers.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  FunctionRuntimeError,
  FunctionSyntaxError,
  FunctionThrewError,
  FunctionTimeoutError,
  loadTestApp,
  MissingValueError,
  NoExportError,
  UnknownNameError,
  type TestApp
} from '../../src/testing/index.js'

const EXTRA: Record<string, string> = {
  'debug/loop': 'exports = function () {\n  while (true) {}\n};\n',
  'debug/slow':
    'exports = async function () {\n  await new Promise(resolve => setTimeout(resolve, 60000));\n};\n',
  'debug/broken': '// a typo on line 3\nexports = function (a) {\n  return a +;\n};\n',
  'debug/throws':
    'function check(n) {\n  if (n < 0) throw new RangeError(`negative: ${n}`);\n  return n;\n}\n' +
    'exports = async function (n) {\n  await Promise.resolve();\n  return check(n);\n};\n',
  'debug/throwsString': 'exports = () => {\n  throw "plain string";\n};\n',
  'debug/alertVia': 'exports = async (event) => context.functions.execute("restockAlert", event);\n',
  'debug/typo': 'exports = function () {\n  return context.values.get("reportSorce");\n};\n',
  'debug/add': 'module.exports = (a, b) => a + b;\n',
  'debug/arrow': 'exports = async (name) => `Hello, ${name}`;\n',
  'debug/nothing': 'const helper = () => 1;\n',
  'debug/globals':
    'exports = function () {\n  const id = new BSON.ObjectId("64b7f1c2a1b2c3d4e5f60718");\n' +
    '  const pad = require("pad-local");\n  console.log("id", id.toHexString(), { n: 1 });\n' +
    '  return {\n    id,\n    dec: BSON.Decimal128.fromString("1.50"),\n' +
    '    hash: utils.crypto.hash("sha256", "hello!").toBase64(),\n' +
    '    hmac: utils.crypto.hmac("hello!", "super-secret", "sha256", "base64"),\n' +
    '    ejson: EJSON.stringify({ at: new Date(0) }),\n    padded: pad("7", 3),\n' +
    '    env: context.environment.tag,\n    system: context.runningAsSystem(),\n  };\n};\n',
  'debug/vm': 'exports = function () {\n  return require("vm");\n};\n',
  'debug/service': 'exports = function () {\n  return context.services.get("mongodb-atlaz");\n};\n'
}

let dir: string
let app: TestApp

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-testing-'))
  await cp(path.resolve('examples/inventory-app'), dir, { recursive: true })
  const manifest = JSON.parse(await readFile(path.join(dir, 'functions/config.json'), 'utf8')) as object[]
  await mkdir(path.join(dir, 'functions/debug'))
  for (const [name, source] of Object.entries(EXTRA)) {
    await writeFile(path.join(dir, 'functions', `${name}.js`), source)
    manifest.push({ name, private: false })
  }
  await writeFile(path.join(dir, 'functions/config.json'), JSON.stringify(manifest))
  await writeFile(path.join(dir, 'functions/package.json'), '{"dependencies":{"pad-local":"1.0.0"}}')
  await mkdir(path.join(dir, 'functions/node_modules/pad-local'), { recursive: true })
  await writeFile(
    path.join(dir, 'functions/node_modules/pad-local/index.js'),
    'module.exports = (s, n) => s.padStart(n, "0")\n'
  )
  const trigger = path.join(dir, 'triggers/nightlyReport.json')
  await writeFile(trigger, (await readFile(trigger, 'utf8')).replace('"disabled": false', '"disabled": true'))
  app = await loadTestApp({
    appDir: dir,
    environment: 'development',
    mongodbUri: null,
    env: {},
    secrets: { slackWebhookUrl: 'https://hooks.invalid/x' },
    http: () => ({ statusCode: 200 }),
    timeLimitMs: 300
  })
})

afterAll(async () => {
  await app?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('an unknown function or trigger name is a clear error', async () => {
  await expect(app.call('orders/summarise')).rejects.toThrow(
    new UnknownNameError("no function named 'orders/summarise' in the app (functions/)")
  )
  await expect(app.fire('nightly')).rejects.toThrow("no trigger named 'nightly' in the app (triggers/)")
})

test('a syntax error names the file and the line', async () => {
  const error = await app.call('debug/broken', [1]).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(FunctionSyntaxError)
  expect((error as Error).message).toBe("functions/debug/broken.js:3: SyntaxError: Unexpected token ';'")
  const outcomes = await app.checkFunctions()
  expect(outcomes.filter(o => o.error).map(o => [o.name, o.error?.name])).toEqual([
    ['debug/broken', 'FunctionSyntaxError'],
    ['debug/nothing', 'NoExportError']
  ])
})

test('a source that exports no function says so', async () => {
  await expect(app.call('debug/nothing')).rejects.toThrow(NoExportError)
  await expect(app.call('debug/nothing')).rejects.toThrow(
    /functions\/debug\/nothing.js: .* does not export a function/
  )
})

test('a thrown error keeps its message, with the stack mapped to the source file and line', async () => {
  const error = (await app.call('debug/throws', [-2]).catch((e: unknown) => e)) as FunctionThrewError
  expect(error).toBeInstanceOf(FunctionThrewError)
  expect(error.message).toBe("function 'debug/throws' threw RangeError: negative: -2")
  const frames = (error.stack ?? '').split('\n').slice(1)
  expect(frames[0]).toMatch(/^\s+at check \(functions\/debug\/throws\.js:2:20\)$/)
  expect(frames[1]).toMatch(/functions\/debug\/throws\.js:7:/)
  expect(error.stack).not.toContain(dir)
  await expect(app.call('debug/throwsString')).rejects.toThrow(
    `function 'debug/throwsString' threw "plain string"`
  )
})

test('the time limit stops an endless loop and a promise that never settles in time', async () => {
  const started = Date.now()
  await expect(app.call('debug/loop')).rejects.toThrow(new FunctionTimeoutError('debug/loop', 300))
  await expect(app.call('debug/slow')).rejects.toThrow(
    "function 'debug/slow' timed out after 300 ms (the time limit)"
  )
  expect(Date.now() - started).toBeLessThan(5000)
})

test('a value that does not exist is a clear error', async () => {
  await expect(app.call('debug/typo')).rejects.toThrow(
    new MissingValueError("context.values.get('reportSorce'): no value 'reportSorce' in values/")
  )
})

test('a private function runs through context.functions.execute', async () => {
  const event = { fullDocument: { sku: 's', stock: 1, threshold: 2 } }
  expect((await app.call('debug/alertVia', [event])).result).toEqual({ alerted: true })
})

test('module.exports and arrow functions are sources like any other', async () => {
  expect((await app.call('debug/add', [2, 3])).result).toBe(5)
  expect((await app.call('debug/arrow', ['Ada'])).result).toBe('Hello, Ada')
})

test('the globals: BSON, EJSON, utils.crypto, require of the app dependencies, console lines', async () => {
  const { result, logs } = await app.call('debug/globals')
  const r = result as Record<string, { toString(): string }>
  expect(r.id.toString()).toBe('64b7f1c2a1b2c3d4e5f60718')
  expect(r.dec.toString()).toBe('1.50')
  // The values App Services' global-modules reference gives for these inputs.
  expect(r.hash).toBe('zgYJL7lI2f+sfRo3bkBLJrdXW8wR7gWkYV/vT+w6MIs=')
  expect(r.hmac).toBe('SUXd6PRMaTXXgBGaGsIHzaDWgTSa6C3D44lRGrvRak0=')
  expect(r.ejson).toBe('{"at":{"$date":"1970-01-01T00:00:00Z"}}')
  expect(r).toMatchObject({ padded: '007', env: 'development', system: true })
  expect(logs).toEqual(['id 64b7f1c2a1b2c3d4e5f60718 {"n":1}'])
})

test('modules App Services does not offer, and unknown services, are refused by name', async () => {
  await expect(app.call('debug/vm')).rejects.toThrow(/require\('vm'\): App Services functions do not support/)
  await expect(app.call('debug/service')).rejects.toThrow(
    "context.services.get('mongodb-atlaz'): the app has no MongoDB data source or HTTP service named 'mongodb-atlaz' (data sources: mongodb-atlas)"
  )
})

test('a disabled trigger does not fire unless forced', async () => {
  const skipped = await app.fire('nightlyReport')
  expect(skipped).toEqual({ fired: false, reason: expect.stringMatching(/is disabled/), logs: [] })
  expect(await app.fire('nightlyReport', { force: true })).toMatchObject({ fired: true, result: { low: 0 } })
})

test('every failure is a FunctionRuntimeError the harness can catch', async () => {
  for (const name of ['debug/loop', 'debug/broken', 'debug/throws', 'debug/typo', 'debug/nothing']) {
    await expect(app.call(name, [-1])).rejects.toBeInstanceOf(FunctionRuntimeError)
  }
})
