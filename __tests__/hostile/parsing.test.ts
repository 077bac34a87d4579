// A pull request as an attacker would write it: duplicate keys, integers past 2^53, bytes that are
// not UTF-8, nesting 100,000 deep, a 24 MB config file, names with control characters. Each is
// named (file and line) and none crashes, hides, or quietly changes what is deployed. And a pull that
// fails half-way leaves nothing behind.
import { afterAll, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseJsonDocument } from '../../src/app/json-file.js'
import { runCli } from '../../src/cli/run.js'
import {
  clearExactIntegers,
  rememberServedIntegers,
  sameExactly,
  stringifyExact
} from '../../src/exact-numbers.js'
import { writeConfigDir } from '../../src/pull/write-files.js'

const temps: string[] = []
afterAll(async () => {
  for (const dir of temps) await rm(dir, { recursive: true, force: true })
})

async function tempApp(): Promise<string> {
  const work = await mkdtemp(path.join(tmpdir(), 'realm-deploy-hostile-'))
  temps.push(work)
  const dir = path.join(work, 'app')
  await cp('examples/inventory-app', dir, { recursive: true })
  return dir
}

async function validate(appDir: string): Promise<{ code: number; text: string }> {
  let text = ''
  const code = await runCli(['validate', '--app-dir', appDir], {
    stdout: t => void (text += t),
    stderr: t => void (text += t),
    env: {},
    cwd: process.cwd(),
    signal: new AbortController().signal
  })
  return { code, text }
}

const commandLines = (text: string): string[] =>
  text.split(/\r\n|\r|\n/).filter(line => /^\s*(::|##\[)/.test(line))

test('a duplicate key is a warning naming both lines', async () => {
  const { problems } = parseJsonDocument(
    'values/x.json',
    '{\n  "name": "a",\n  "value": 1,\n  "name": "b"\n}\n'
  )
  expect(problems).toEqual([
    expect.objectContaining({
      source: 'values/x.json',
      line: 4,
      field: 'name',
      severity: 'warning',
      message: expect.stringContaining('duplicate key "name" on lines 2 and 4')
    })
  ])
  const app = await tempApp()
  const file = path.join(app, 'values/reportSource.json')
  const doc = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  await writeFile(file, `{\n  "name": ${JSON.stringify(doc.name)},\n  "value": 1,\n  "value": 2\n}\n`)
  const { code, text } = await validate(app)
  expect(code).toBe(0)
  expect(text).toMatch(
    /values\/reportSource\.json:4:3 \(value\): warning: duplicate key "value" on lines 3 and 4/
  )
})

test('an integer past 2^53 is kept as written for the API, with a warning for readers of numbers', () => {
  const { doc, problems } = parseJsonDocument(
    'values/big.json',
    '{"value": 12345678901234567891, "ok": 9007199254740991}'
  )
  expect(problems.map(p => [p.severity, p.field, p.message])).toEqual([
    [
      'warning',
      'value',
      expect.stringContaining('integer 12345678901234567891 is past 2^53: realm-deploy sends and compares it')
    ]
  ])
  expect(JSON.stringify(doc.value)).toContain('12345678901234567000')
  expect(stringifyExact({ wrapped: doc.value })).toBe(
    '{"wrapped":{"value":12345678901234567891,"ok":9007199254740991}}'
  )
})

// The plan's comparison of a repository value (written ...891) with what the server answers.
test.each<[string, string, boolean]>([
  ['1. the server kept the same digits', '12345678901234567891', true],
  ['2. the server kept other digits of the same double', '12345678901234567890', false],
  ['3. the server holds the double (shortest digits)', '12345678901234567000', true],
  ['4. the server holds the double (every digit of it)', '12345678901234567168', true],
  ['5. another double', '12345678901234569999', false]
])('%s', (_rule, served, same) => {
  clearExactIntegers()
  const { doc } = parseJsonDocument('values/big.json', '{"value": 12345678901234567891}')
  rememberServedIntegers(`{"value": ${served}}`)
  expect(sameExactly(doc.value, JSON.parse(`{"value": ${served}}`))).toBe(same)
})

test('bytes that are not UTF-8: exit 2 naming the file', async () => {
  const app = await tempApp()
  await writeFile(
    path.join(app, 'values/reportSource.json'),
    Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d])
  )
  const { code, text } = await validate(app)
  expect(code).toBe(2)
  expect(text).toContain('values/reportSource.json: error: file is not valid UTF-8 text')
})

test('nesting 100,000 deep: exit 2 naming the file and line, no stack overflow', async () => {
  const app = await tempApp()
  await writeFile(path.join(app, 'values/deep.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`)
  const { code, text } = await validate(app)
  expect(code).toBe(2)
  expect(text).toContain('values/deep.json:1: error: JSON nests deeper than 100 levels')
})

test('a 24 MB config file: exit 2 naming the file, in well under 300 MB of memory', async () => {
  const app = await tempApp()
  const big = `{"name": "big", "value": ${JSON.stringify('x'.repeat(24 * 1024 * 1024))}}`
  await writeFile(path.join(app, 'values/big.json'), big)
  const before = process.memoryUsage().rss
  const { code, text } = await validate(app)
  expect(code).toBe(2)
  expect(text).toMatch(/values\/big\.json: error: file is \d+ bytes; the limit is 16777216 bytes \(16 MB/)
  expect((process.memoryUsage().rss - before) / 1024 / 1024).toBeLessThan(300)
})

test.each([
  ['a hosting file', 'hosting/files/p\n::warning title=X::forged.html', 'hosting/files/p\\n::warning'],
  ['a function file', 'functions/p\n::error::forged.js', 'functions/p\\n::error'],
  ['a value file', 'values/p\r::add-mask::x.json', 'values/p\\r::add-mask']
])(
  'a name with control characters in %s: exit 2 naming the file, no runner command',
  async (_what, rel, shown) => {
    const app = await tempApp()
    await mkdir(path.dirname(path.join(app, rel)), { recursive: true })
    const content = rel.endsWith('.json')
      ? JSON.stringify({ name: path.basename(rel, '.json'), value: 1 })
      : 'exports = () => 1'
    await writeFile(path.join(app, rel), content)
    const { code, text } = await validate(app)
    expect(code).toBe(2)
    expect(text).toContain(shown)
    expect(commandLines(text)).toEqual([])
  }
)

test('a trigger named with control characters: exit 2 naming the file', async () => {
  const app = await tempApp()
  const file = path.join(app, 'triggers/nightlyReport.json')
  const trigger = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
  await writeFile(file, JSON.stringify({ ...trigger, name: 'nightly\n::warning::x' }, null, 2))
  const { code, text } = await validate(app)
  expect(code).toBe(2)
  expect(text).toContain('triggers/nightlyReport.json')
  expect(commandLines(text)).toEqual([])
})

test('a pull that fails half-way leaves no folder behind, and an existing one as it was', async () => {
  const work = await mkdtemp(path.join(tmpdir(), 'realm-deploy-pull-'))
  temps.push(work)
  // The second file needs the first to be a folder: the write fails after the first succeeded.
  const clash = new Map([
    ['functions/a.js', 'exports = () => 1\n'],
    ['functions/a.js/b.js', 'exports = () => 2\n']
  ])
  const fresh = path.join(work, 'fresh')
  await expect(writeConfigDir(fresh, clash, { force: false })).rejects.toThrow()
  expect(existsSync(fresh)).toBe(false)
  const kept = path.join(work, 'kept')
  await mkdir(path.join(kept, 'functions'), { recursive: true })
  await writeFile(path.join(kept, 'functions/old.js'), 'old\n')
  await expect(writeConfigDir(kept, clash, { force: true })).rejects.toThrow()
  expect(await readdir(path.join(kept, 'functions'))).toEqual(['old.js'])
  expect((await readdir(work)).sort()).toEqual(['kept'])
})
