// One source per fact: the exit-code table (src/cli/exit-codes.ts) is what every --help prints, what
// the README shows between its markers, and what the --json schema allows.
import { readFileSync } from 'node:fs'
import { commands } from '../../src/cli/commands/index.js'
import { EXIT_CODES, exitCodesMarkdown } from '../../src/cli/exit-codes.js'
import { runCli } from '../../src/cli/run.js'
import { resultSchema } from './json-contract.js'

async function help(argv: string[]): Promise<string> {
  let out = ''
  const code = await runCli(argv, {
    stdout: t => void (out += t),
    stderr: () => undefined,
    env: {},
    cwd: process.cwd(),
    signal: new AbortController().signal
  })
  expect(code).toBe(0)
  return out
}

test('the main --help lists every exit code and examples', async () => {
  const out = await help(['--help'])
  for (const e of EXIT_CODES) expect(out).toContain(`  ${String(e.code).padEnd(5)}${e.meaning}`)
  expect(out).toMatch(/Examples:\n {2}realm-deploy validate/)
})

test.each(commands.map(c => [c.name]))(
  'realm-deploy %s --help has examples and its exit codes',
  async name => {
    const out = await help([name, '--help'])
    const examples = /Examples:\n((?: {2}.*\n)+)/.exec(out)?.[1] ?? ''
    expect(examples.split('\n').filter(Boolean).length).toBeGreaterThan(0)
    for (const line of examples.split('\n').filter(Boolean))
      expect(line).toMatch(new RegExp(`^ {2}realm-deploy ${name}\\b`))
    expect(out).toContain('Exit codes:\n  0    success')
  }
)

test('the README shows the same table between its markers', () => {
  const readme = readFileSync('README.md', 'utf8')
  const block = /<!-- exit-codes:start[^>]*-->\n([\s\S]*?)\n<!-- exit-codes:end -->/.exec(readme)?.[1]
  // When this fails: paste the expected table (exitCodesMarkdown()) between the markers.
  expect(block).toBe(exitCodesMarkdown())
})

test('the --json schema allows exactly the codes and statuses of the table', () => {
  const props = resultSchema.properties as Record<string, { enum: unknown[] }>
  expect([...props.exitCode.enum].sort()).toEqual(EXIT_CODES.map(e => e.code).sort())
  expect([...props.status.enum].sort()).toEqual(EXIT_CODES.flatMap(e => e.outcomes).sort())
})

test('a mistyped command or flag gets the nearest name; a far one gets none', async () => {
  let err = ''
  const host = {
    stdout: () => undefined,
    stderr: (t: string) => void (err += t),
    env: {},
    cwd: process.cwd(),
    signal: new AbortController().signal
  }
  expect(await runCli(['valdate'], host)).toBe(2)
  expect(err).toContain("unknown command 'valdate': did you mean 'validate'?")
  err = ''
  await runCli(['validate', '--envirnment', 'qa'], host)
  expect(err).toContain("unknown option '--envirnment': did you mean '--environment'?")
  err = ''
  await runCli(['validate', '--zzzzzzzz'], host)
  expect(err).toContain("unknown option '--zzzzzzzz'. Run 'realm-deploy validate --help'")
})
