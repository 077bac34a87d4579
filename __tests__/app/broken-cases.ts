// The broken-app corpus (fixtures/broken/cases.json), shared by `validate` (broken-apps.test.ts) and
// the bad-input corpus that runs the same apps through `deploy` (corpus/bad-input.test.ts): the cases,
// a temporary copy of a case's app with its run-time parts (symlinks, large files), and the check that
// an output line names the case's file (and line) with its message.
import { readFile, mkdir, symlink, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { BROKEN_APPS, copyToTemp } from './fixture-dirs.js'

export interface BrokenCase {
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

export const brokenCases: BrokenCase[] = JSON.parse(
  await readFile(path.join(BROKEN_APPS, 'cases.json'), 'utf8')
)

/** A temporary copy of the case's app (removed after the test file), with its run-time parts made. */
export async function prepareBrokenApp(c: BrokenCase): Promise<string> {
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

/** `file:line` when the case has a line, else `file`: how a problem's position is printed. */
export const whereOf = (c: BrokenCase): string => (c.line ? `${c.file}:${c.line}` : c.file)

/**
 * The lines of `text` that report the case's problem: its position right at the start of the line
 * (after `prefix`), followed by `:` (a column, or the severity) or ` (` (a field), so `file:4` does
 * not match `file:45`; then `<severity>: ` and the expected message.
 */
export function problemLines(text: string, c: BrokenCase, prefix = ''): string[] {
  const severity = c.expect ?? 'error'
  const at = `${prefix}${whereOf(c)}`
  return text
    .split('\n')
    .filter(l => l.startsWith(`${at}:`) || l.startsWith(`${at} (`))
    .filter(l => l.includes(`${severity}: `) && l.includes(c.message_contains))
}
