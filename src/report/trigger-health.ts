// The trigger health of a run (deploy/trigger-health.ts) as a markdown block for the job summary and
// the PR comment. Names and server errors are data: escaped, clipped.
import type { TriggerHealth, TriggerIssue } from '../deploy/trigger-health.js'
import { codeSpan, escapeText } from './escape.js'

const MAX_SHOWN = 50

function issueLine(i: TriggerIssue): string {
  const error = i.error ? `: ${escapeText(i.error, 500)}` : ''
  const what =
    i.problem === 'disabled'
      ? 'disabled in the app, enabled in the repository'
      : i.problem === 'failing'
        ? `failing${error}`
        : i.resumed === true
          ? `was suspended${error}; **resumed**`
          : i.resumed === false
            ? `**suspended**${error}; the resume failed: ${escapeText(i.resumeError ?? '', 300)}`
            : `**suspended**${error}; not resumed (input \`resume-suspended-triggers\`)`
  return `- ${codeSpan(i.name, 100)} (${escapeText(i.type, 20)}): ${what}`
}

export function triggerHealthBlock(health: TriggerHealth | undefined): string | undefined {
  if (!health) return undefined
  if (health.issues.length === 0)
    return `#### Triggers\n\nAll ${health.checked} trigger(s) running as deployed.`
  const lines = health.issues.slice(0, MAX_SHOWN).map(issueLine)
  if (health.issues.length > MAX_SHOWN) lines.push(`- … and ${health.issues.length - MAX_SHOWN} more`)
  return ['#### Triggers', '', ...lines].join('\n')
}
