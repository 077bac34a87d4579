// The broken-app corpus: each case is a small app with one defect, run through `realm-deploy validate`.
// Cases listed with `expect: "warning"` are valid apps whose warning must show while the exit code is 0.
import { readFile, mkdir, symlink, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { BROKEN_APPS, copyToTemp } from './fixture-dirs.js'

interface BrokenCase {
  readonly case: string
  readonly file: string
  readonly message_contains: string
  readonly line?: number
  readonly expect?: 'error' | 'warning'
  /** Created at run time: `path` inside the app, pointing at `target` next to the app (outside it). */
  readonly symlink?: { path: string; target: string }
  /** Created at run time as a sparse file of `size` bytes. */
  readonly large?: { path: string; size: number }
}

const cases: BrokenCase[] = JSON.parse(await readFile(path.join(BROKEN_APPS, 'cases.json'), 'utf8'))

async function prepare(c: BrokenCase): Promise<string> {
  const { tmp, app } = await copyToTemp(path.join(BROKEN_APPS, c.case))
  if (c.symlink) {
    await mkdir(path.join(tmp, 'outside'), { recursive: true })
    await writeFile(path.join(tmp, 'outside/secret.js'), 'exports = () => "read from outside the app"\n')
    await symlink(path.join(tmp, c.symlink.target), path.join(app, c.symlink.path))
  }
  if (c.large) {
    await writeFile(path.join(app, c.large.path), '')
    await truncate(path.join(app, c.large.path), c.large.size)
  }
  return app
}

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
    const where = c.line ? `${c.file}:${c.line}` : c.file
    const lines = stderr.split('\n').filter(l => l.startsWith(`${where}:`) || l.startsWith(`${where} (`))
    const matching = lines.filter(l => l.includes(`${severity}: `) && l.includes(c.message_contains))
    expect({ stderr, matching: matching.length > 0 }).toEqual({ stderr, matching: true })
    if (severity === 'warning') expect(stdout).toMatch(/^ok: /)
  })
})
