// The secret-leak check itself: a planted value is found (raw or JSON-escaped, in any test's text),
// reported by test file and kind without the value, while the runner's `::add-mask::` lines are not.
import { mkdtempSync, readdirSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { DEMO_PRIVATE_KEY } from '../../src/emulator/settings.js'
import { captureEmulatorTokens, captureSensitive, captureText, secretLineValues } from './capture.js'
import { LEAK_DIR_ENV } from './setup.js'
import * as scan from './teardown.js'
import type { LeakRecord } from './teardown.js'

const PLANTED = 'planted-secret-0b1c2d3e'
const text = (test: string, kind: string, body: string, runner = false): LeakRecord => ({
  type: 'text',
  test,
  kind,
  text: body,
  ...(runner ? { runner } : {})
})
const value = (test: string, v: string, kind: scan.SensitiveKind = 'secret value'): LeakRecord => ({
  type: 'value',
  test,
  kind,
  value: v
})

test('the teardown agrees with the setup and the emulator on the names it cannot import', () => {
  expect(scan.LEAK_DIR_ENV).toBe(LEAK_DIR_ENV)
  expect(scan.DEMO_PRIVATE_KEY_VALUE).toBe(DEMO_PRIVATE_KEY)
})

test('a planted value is found in any test file’s text and named by file and kind, never shown', () => {
  const leaks = scan.findLeaks([
    value('a.test.ts', PLANTED),
    text('a.test.ts', 'job summary', `all good\n`),
    text('b.test.ts', 'PR comment', `deployed with ${PLANTED} today`)
  ])
  expect(leaks).toEqual([
    { test: 'b.test.ts', text: 'PR comment', value: 'secret value', valueFrom: 'a.test.ts' }
  ])
  const report = scan.leakReport(leaks)
  expect(report).toContain('b.test.ts: the secret value (known to a.test.ts) in its PR comment')
  expect(report).not.toContain(PLANTED)
})

test('the demo private key is always looked for; a JSON-escaped value is found too', () => {
  const multiLine = 'line one of a key\nline "two"'
  expect(
    scan.findLeaks([
      text('c.test.ts', 'logger lines', `login with ${DEMO_PRIVATE_KEY}`),
      value('c.test.ts', multiLine),
      text('c.test.ts', 'plan file', JSON.stringify({ note: `x${multiLine}y` }))
    ])
  ).toEqual([
    { test: 'c.test.ts', text: 'logger lines', value: 'API private key', valueFrom: 'always' },
    { test: 'c.test.ts', text: 'plan file', value: 'secret value', valueFrom: 'c.test.ts' }
  ])
})

test('a value URL-encoded or in base64 is found too', () => {
  const secret = 'Se"cr\\et/4567+x'
  const found = (body: string) =>
    scan.findLeaks([value('e.test.ts', secret), text('e.test.ts', 'CLI stdout', body)]).length
  expect(found(`https://x.invalid/?k=${encodeURIComponent(secret)}`)).toBe(1)
  expect(found(`Basic ${Buffer.from(secret).toString('base64')}`)).toBe(1)
  expect(found('nothing here')).toBe(0)
})

test('::add-mask:: lines of a runner-read process are not leaks; the same value anywhere else is', () => {
  const stdout = `::add-mask::${PLANTED}\nusing ***\n`
  const records = [value('d.test.ts', PLANTED), text('d.test.ts', 'action stdout', stdout, true)]
  expect(scan.findLeaks(records)).toEqual([])
  // Not read by a runner: the line would be shown as it is.
  expect(scan.findLeaks([records[0], text('d.test.ts', 'CLI stderr', stdout)])).toHaveLength(1)
  // After the mask was registered the runner would hide it, but the check does not rely on that.
  const later = `${stdout}debug: token ${PLANTED}\n`
  expect(scan.findLeaks([records[0], text('d.test.ts', 'action stdout', later, true)])).toHaveLength(1)
  expect(
    scan.findLeaks([records[0], text('d.test.ts', 'action stdout', `x ::add-mask::${PLANTED}`, true)])
  ).toHaveLength(1)
})

test('masked forms and values too short to mask are not looked for', () => {
  expect(
    scan.findLeaks([
      value('e.test.ts', '***'),
      value('e.test.ts', 'abc'),
      text('e.test.ts', 'outputs', 'abc ***')
    ])
  ).toEqual([])
})

describe('the records of a run', () => {
  const saved = process.env[LEAK_DIR_ENV]
  let dir: string
  beforeEach(() => {
    // A directory of this test's own: a planted leak in the run's records would fail the run.
    dir = mkdtempSync(path.join(tmpdir(), 'realm-deploy-leak-test-'))
    process.env[LEAK_DIR_ENV] = dir
  })
  afterEach(() => {
    process.env[LEAK_DIR_ENV] = saved
  })

  test('captured by the harness helpers, scanned by the teardown, which fails naming this file', () => {
    captureSensitive('GitHub token', ['ghs_leakTestToken00001', undefined, ''])
    captureSensitive('secret value', secretLineValues(`# a comment=x\nAPI_KEY=${PLANTED}\r\nBROKEN\n`))
    captureEmulatorTokens({
      state: { access_tokens: { 'access-token-0001': {} }, refresh_tokens: {} }
    } as never)
    captureText('action stdout', `::add-mask::${PLANTED}\nok\n`, { runner: true })
    captureText('PR comment', 'token: ghs_leakTestToken00001')
    captureText('job summary', `at access-token-0001`)
    const records = scan.readLeakRecords(dir)
    expect(records.filter(r => r.type === 'value').map(r => r.kind)).toEqual([
      'GitHub token',
      'secret value',
      'emulator access token'
    ])
    expect(() => scan.checkRecords(dir)).toThrow(
      [
        'secret-leak check: 2 leak(s) in captured output (values not shown):',
        '  __tests__/leak/leak.test.ts: the emulator access token in its job summary',
        '  __tests__/leak/leak.test.ts: the GitHub token in its PR comment'
      ].join('\n')
    )
    expect(existsSync(dir)).toBe(false)
  })

  test('with nothing sensitive in the texts the teardown passes and removes the records', () => {
    captureSensitive('secret value', [PLANTED])
    captureText('CLI stdout', 'deployed\n')
    expect(readdirSync(dir)).toEqual([`${process.pid}.jsonl`])
    expect(scan.checkRecords(dir)).toBe(
      'secret-leak check: 1 captured text(s) of 1 test file(s), 1 sensitive value(s), no leak\n'
    )
    expect(existsSync(dir)).toBe(false)
  })
})
