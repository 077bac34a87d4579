// The broken-app corpus: each case is a small app with one defect, run through `realm-deploy validate`.
// Cases listed with `expect: "warning"` are valid apps whose warning must show while the exit code is 0.
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { brokenCases as cases, prepareBrokenApp as prepare, problemLines } from './broken-cases.js'

async function validate(app: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const host = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    env: {},
    cwd: path.dirname(app),
    signal: new AbortController().signal
  }
  const code = await runCli(['validate', '--app-dir', app], host)
  return { code, stdout, stderr }
}

test('the corpus has at least 25 broken apps', () => {
  expect(cases.filter(c => (c.expect ?? 'error') === 'error').length).toBeGreaterThanOrEqual(25)
})

describe.each(cases.map(c => [c.case, c] as const))('%s', (_name, c) => {
  test(`${c.expect === 'warning' ? 'exit 0 with a warning' : 'exit 2 with an error'} naming ${c.file}${c.line ? `:${c.line}` : ''}`, async () => {
    const { code, stdout, stderr } = await validate(await prepare(c))
    const severity = c.expect ?? 'error'
    expect(code).toBe(severity === 'error' ? 2 : 0)
    const matching = problemLines(stderr, c)
    expect({ stderr, matching: matching.length > 0 }).toEqual({ stderr, matching: true })
    if (severity === 'warning') expect(stdout).toMatch(/^ok: /)
  })
})
