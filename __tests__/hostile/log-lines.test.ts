// The one choke point for log lines: whatever a name from a pull request or the server holds, no
// line the action or the CLI writes starts a workflow command, no control character reaches the
// terminal, and secrets are masked in every form. Also: GitHub listings end, whatever the server says.
import { afterEach, expect, jest, test } from '@jest/globals'
import { escapeLogText, logSafe } from '../../src/log.js'
import { boundedPages, MAX_GITHUB_PAGES } from '../../src/github/api.js'
import { actionLogger, runnerLog } from '../../src/github/logger.js'
import { clearSecrets, redact, registerSecret, secretForms } from '../../src/secrets.js'

afterEach(() => {
  clearSecrets()
  jest.restoreAllMocks()
})

test.each([
  ['a newline then a command', 'p\n::warning title=X::forged', 'p\n| ::warning title=X::forged'],
  ['a lone carriage return (the runner ends a line there)', 'p\r::error::x', 'p\\x0d::error::x'],
  ['CR LF is a plain line break', 'a\r\nb', 'a\nb'],
  ['indentation does not hide a command', '  \t::add-mask::x', '|   \t::add-mask::x'],
  ['the older ##[ syntax', 'x\n##[set-output name=a;]b', 'x\n| ##[set-output name=a;]b'],
  ['terminal escapes', 'red\u001b[31m!', 'red\\x1b[31m!'],
  ['Unicode line separators', 'a\u2028::x', 'a\\u2028::x'],
  ['% stays as written (only command data is percent-encoded, by @actions/core)', '100%', '100%'],
  ['a command inside a line is only text', 'name ::warning:: here', 'name ::warning:: here']
])('escapeLogText: %s', (_rule, input, expected) => {
  expect(escapeLogText(input)).toBe(expected)
})

/** What the action wrote to stdout, line by line, while `fn` ran. */
function stdoutOf(fn: () => void): string[] {
  const written: string[] = []
  jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
    written.push(String(chunk))
    return true
  })
  fn()
  jest.restoreAllMocks()
  return written.join('').split(/\r\n|\r|\n/)
}

test('every level of the action log: data never starts a command of its own', () => {
  const name = 'p\n::warning title=X::forged\r::add-mask::plan'
  const lines = stdoutOf(() => {
    const logger = actionLogger()
    logger.info(`function ${name} updated`)
    logger.warning(`function ${name} updated`)
    logger.error(`function ${name} updated`)
    runnerLog.notice(`function ${name}`, { file: name, title: name })
  })
  const commands = lines.filter(l => /^\s*(::|##\[)/.test(l))
  // Only the three annotations this code issued, each one line, their data escaped by @actions/core.
  expect(commands.map(l => /^::(\w+)/.exec(l)?.[1])).toEqual(['warning', 'error', 'notice'])
  expect(commands.every(l => l.includes('%0A'))).toBe(true)
  expect(lines.some(l => l.startsWith('| ::warning title=X::forged'))).toBe(true)
})

test('a JSON-escaped, URL-encoded, base64 or multi-line secret is masked like the raw one', () => {
  const secret = 'Se"cr\\et-4567'
  const pem =
    '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\nAQEFAASCBKcwggSjAgEAAoIB\n-----END PRIVATE KEY-----'
  registerSecret(secret)
  registerSecret(pem)
  const samples = [
    `{"error":"bad value ${JSON.stringify(secret)}"}`,
    `https://x.invalid/?v=${encodeURIComponent(secret)}`,
    `form v=${new URLSearchParams({ v: secret }).toString().slice(2)}`,
    `auth ${Buffer.from(secret).toString('base64')}`,
    // The secret inside a longer base64 text, at each of the three byte alignments.
    ...['', 'a', 'ab'].map(pad => Buffer.from(`${pad}{"key":"${secret}"}`).toString('base64')),
    `key line: ${pem.split('\n')[1]}`,
    JSON.stringify({ pem })
  ]
  for (const sample of samples) {
    const out = logSafe(sample)
    expect({ sample, out, leaked: secretForms(secret).some(f => out.includes(f)) }).toMatchObject({
      leaked: false
    })
    expect(out).toContain('***')
  }
  expect(redact(pem)).not.toMatch(/MIIEvQ|AQEFAA/)
})

test('short values and short lines of a multi-line value are not masked (they would garble text)', () => {
  registerSecret('abc')
  registerSecret('line-one-secret\n}\n')
  expect(redact('abc } text')).toBe('abc } text')
  expect(redact('x line-one-secret y')).toBe('x *** y')
})

test('GitHub listings stop at an empty page and at the page limit, whatever the next link says', async () => {
  let served = 0
  async function* endless(pageSize: number) {
    for (;;) {
      served++
      yield { data: Array.from({ length: pageSize }, (_, i) => i) }
    }
  }
  const count = async (pages: AsyncIterable<{ data: number[] }>) => {
    let n = 0
    for await (const page of boundedPages(pages)) n += page.length
    return n
  }
  expect(await count(endless(100))).toBe(100 * MAX_GITHUB_PAGES)
  expect(served).toBe(MAX_GITHUB_PAGES + 1)
  served = 0
  expect(await count(endless(0))).toBe(0)
  expect(served).toBe(1)
})
