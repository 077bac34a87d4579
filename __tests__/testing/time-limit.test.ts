// The time limit over a whole call: endless loops and callback chains that start after an `await`
// (where node:vm's timeout no longer reaches) end with FunctionTimeoutError at the limit, a function
// that catches that error still fails, the synchronous start stays bounded by node:vm's timeout,
// and the test process goes on: the next call works. Normal results, lines and columns are unchanged.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  FunctionSyntaxError,
  FunctionThrewError,
  FunctionTimeoutError,
  loadTestApp,
  type TestApp
} from '../../src/testing/index.js'

const AFTER_AWAIT = '  await context.values.get("reportSource");\n'

const SPIN: Record<string, string> = {
  'spin/while': `exports = async function () {\n${AFTER_AWAIT}  while (true) {}\n};\n`,
  'spin/for': `exports = async function () {\n${AFTER_AWAIT}  for (;;);\n};\n`,
  'spin/doWhile': `exports = async function () {\n${AFTER_AWAIT}  let n = 0;\n  do n++; while (n >= 0);\n};\n`,
  // A native loop that calls back 2^53 times: only the callback's own entry can be checked.
  'spin/callback':
    `exports = async function () {\n${AFTER_AWAIT}` +
    '  return Array.prototype.find.call({ length: Number.MAX_SAFE_INTEGER }, x => x === "never");\n};\n',
  // A chain of microtasks that never lets a timer run.
  'spin/microtasks': `exports = async () => {\n${AFTER_AWAIT}  const again = () => Promise.resolve().then(again);\n  return again();\n};\n`,
  'spin/caught': `exports = async function () {\n${AFTER_AWAIT}  try {\n    while (true) {}\n  } catch (e) {\n    return "swallowed";\n  }\n};\n`,
  'spin/settled':
    `exports = async function () {\n${AFTER_AWAIT}` +
    '  const [r] = await Promise.allSettled([(async () => { for (;;) {} })()]);\n  return r.status;\n};\n',
  'spin/module': `exports = function () {\n  return context.functions.execute("spin/while");\n};\n`
}

const OTHER: Record<string, string> = {
  'start/unchecked': 'exports = function () {\n  return new Function("while (true) {}")();\n};\n',
  'normal/sum':
    'exports = async function (n) {\n  await Promise.resolve();\n  let s = 0;\n  for (let i = 0; i < n; i++) s += i;\n' +
    '  return [1, 2, 3].map(x => x * 2).concat(s);\n};\n',
  'normal/throws':
    'exports = function (n) { for (let i = 0; i < 3; i++) { if (i === n) throw new RangeError("at " + i) } };\n',
  'normal/strict': 'exports = function () {\n  "use strict";\n  return this === undefined;\n};\n',
  // Node accepts it, acorn does not: refused rather than run without checks.
  'normal/newTarget': 'exports = function () {\n  return 1;\n};\nconst made = new.target;\n'
}

const LIMIT_MS = 200
let dir: string
let app: TestApp

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-time-limit-'))
  await cp(path.resolve('examples/inventory-app'), dir, { recursive: true })
  const manifest = JSON.parse(await readFile(path.join(dir, 'functions/config.json'), 'utf8')) as object[]
  for (const folder of ['spin', 'start', 'normal']) await mkdir(path.join(dir, 'functions', folder))
  for (const [name, source] of Object.entries({ ...SPIN, ...OTHER })) {
    await writeFile(path.join(dir, 'functions', `${name}.js`), source)
    manifest.push({ name, private: false })
  }
  await writeFile(path.join(dir, 'functions/config.json'), JSON.stringify(manifest))
  app = await loadTestApp({
    appDir: dir,
    environment: 'production',
    mongodbUri: null,
    env: {},
    timeLimitMs: LIMIT_MS
  })
})

afterAll(async () => {
  await app?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test.each(Object.keys(SPIN))('%s is stopped at the time limit, and the next call works', async name => {
  await expect(app.call(name)).rejects.toThrow(new FunctionTimeoutError(name, LIMIT_MS))
  expect((await app.call('normal/sum', [4])).result).toEqual([2, 4, 6, 6])
})

test("an endless loop in code the checks do not reach is stopped by node:vm's timeout while the call starts", async () => {
  await expect(app.call('start/unchecked')).rejects.toThrow(
    new FunctionTimeoutError('start/unchecked', LIMIT_MS)
  )
})

test("results, 'use strict' and error positions are the source's own", async () => {
  expect((await app.call('normal/strict')).result).toBe(true)
  const error = (await app.call('normal/throws', [1]).catch((e: unknown) => e)) as FunctionThrewError
  expect(error).toBeInstanceOf(FunctionThrewError)
  const column = OTHER['normal/throws'].indexOf('new RangeError') + 1
  expect(error.stack?.split('\n')[1]).toMatch(new RegExp(`\\(functions/normal/throws\\.js:1:${column}\\)$`))
})

test('a source acorn cannot parse although Node can is refused by file and line, not run without checks', async () => {
  const error = (await app.call('normal/newTarget').catch((e: unknown) => e)) as FunctionSyntaxError
  expect(error).toBeInstanceOf(FunctionSyntaxError)
  expect(error.message).toMatch(
    /^functions\/normal\/newTarget\.js:4: SyntaxError: 'new\.target' can only be used in functions.* \(the local runtime parses sources with acorn/
  )
})
