// The one table of exit codes: what each code means and which outcomes give it. Every `--help`, the
// README (a checked copy) and the `--json` schema's exitCode enum are rendered from this list.

export interface ExitCode {
  readonly code: number
  /** One line: what the code means for the user. */
  readonly meaning: string
  /** The outcomes that give it (the `status` values of a `--json` result, where one applies). */
  readonly outcomes: readonly string[]
}

export const EXIT_CODES: readonly ExitCode[] = [
  {
    code: 0,
    meaning: 'success: validated, planned, deployed, no changes, triggers healthy, listed, or help shown',
    outcomes: ['valid', 'planned', 'deployed', 'no-changes', 'healthy', 'listed']
  },
  {
    code: 1,
    meaning:
      'failed: the deployment, a hosting upload, the network or the server failed; or degraded: a trigger is suspended (not with --allow-degraded)',
    outcomes: ['failed', 'degraded']
  },
  {
    code: 2,
    meaning:
      'invalid input, config, API key or project (nothing was written): fix what the message names and rerun',
    outcomes: ['invalid']
  },
  {
    code: 3,
    meaning:
      'conflict: an open draft, the app changed under the deploy, or drift with --on-drift fail (nothing was deployed)',
    outcomes: ['conflict', 'drift']
  },
  {
    code: 4,
    meaning: 'not confirmed: deploy asked in a terminal and the answer was not yes (nothing was written)',
    outcomes: ['aborted']
  },
  { code: 130, meaning: 'cancelled (SIGINT/SIGTERM): a started draft is discarded', outcomes: ['cancelled'] }
]

/** The codes a command can end with; `codes` limits the table to those. */
export function exitCodesText(codes?: readonly number[]): string {
  const rows = EXIT_CODES.filter(e => !codes || codes.includes(e.code))
  return ['Exit codes:', ...rows.map(e => `  ${String(e.code).padEnd(5)}${e.meaning}`)].join('\n')
}

/** The README's table (checked against the README by a test). */
export function exitCodesMarkdown(): string {
  return [
    '| code | meaning | `--json` status |',
    '|---|---|---|',
    ...EXIT_CODES.map(e => `| ${e.code} | ${e.meaning} | ${e.outcomes.map(o => `\`${o}\``).join(', ')} |`)
  ].join('\n')
}
