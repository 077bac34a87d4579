// The CLI's human form of a plan and a result: one line per change, grouped by kind in apply order.
import { triggerHealthLines } from '../deploy/trigger-health.js'
import { driftLines } from './drift.js'
import { formatProblem } from '../errors.js'
import type { DeployResult } from '../deploy/types.js'
import { APPLY_ORDER, KINDS } from '../plan/kinds.js'
import { planSize, type Change, type Plan } from '../plan/types.js'

const SYMBOL = { create: '+', update: '~', delete: '-' } as const

function changeLine(c: Change): string {
  const lines =
    c.lines && (c.lines.added || c.lines.removed) ? ` (+${c.lines.added} -${c.lines.removed})` : ''
  const fields = c.action === 'update' && c.fields ? `: ${c.fields.join(', ')}` : ''
  return `    ${SYMBOL[c.action]} ${c.key}${fields}${lines}`
}

function hostingLines(plan: Plan): string[] {
  const h = plan.hosting
  if (!h) return []
  const parts = [
    h.added.length && `${h.added.length} added`,
    h.bodyChanged.length && `${h.bodyChanged.length} changed`,
    h.attrsChanged.length && `${h.attrsChanged.length} attributes changed`,
    h.removed.length && `${h.removed.length} removed`
  ].filter(Boolean)
  if (parts.length === 0) return []
  const paths = [
    ...h.added.map(a => `    + ${a.path}`),
    ...h.bodyChanged.map(a => `    ~ ${a.path}`),
    ...h.attrsChanged.map(a => `    ~ ${a.path} (attributes)`),
    ...h.removed.map(p => `    - ${p}`)
  ]
  const shown = paths.slice(0, 20)
  if (paths.length > shown.length) shown.push(`    ... and ${paths.length - shown.length} more`)
  return [`  Hosting files: ${parts.join(', ')} (${h.unchanged} unchanged)`, ...shown]
}

export function renderPlanText(plan: Plan): string {
  if (planSize(plan) === 0) return 'No changes: the app matches the repository.\n'
  const out = [`Plan: ${planSize(plan)} change(s)`]
  if (plan.secrets.create.length) out.push(`  Secrets`, ...plan.secrets.create.map(n => `    + ${n}`))
  if (plan.secrets.update.length)
    out.push(
      ...(plan.secrets.create.length ? [] : ['  Secrets']),
      ...plan.secrets.update.map(n => `    ~ ${n} (value replaced)`)
    )
  for (const kind of APPLY_ORDER) {
    const changes = plan.changes.filter(c => c.kind === kind)
    if (changes.length) out.push(`  ${KINDS[kind].title}`, ...changes.map(changeLine))
  }
  out.push(...hostingLines(plan))
  if (plan.dependencies) out.push(`  Dependencies: ${plan.dependencies.file} (${plan.dependencies.reason})`)
  return `${out.join('\n')}\n`
}

export function renderResultText(result: DeployResult): string {
  const out: string[] = []
  const app = result.app ? ` ${result.app.clientAppId}` : ''
  const headline: Record<DeployResult['status'], string> = {
    deployed: `Deployed${app}`,
    'no-changes': `No changes to deploy${app}`,
    planned: `Planned${app} (nothing was written)`,
    conflict: `Conflict${app}: nothing was deployed`,
    failed: `Failed${app}`,
    invalid: 'Invalid input: nothing was written',
    aborted: 'Not confirmed: nothing was written',
    cancelled: `Cancelled${app}`,
    degraded: `Deployed${app}, degraded: a trigger is suspended`,
    drift: `Drift${app}: the app changed outside git; nothing was written`
  }
  out.push(headline[result.status])
  if (result.deployment) {
    const d = result.deployment
    out.push(
      `  deployment ${d.id}${d.name ? ` '${d.name}'` : ''}: ${d.status}${d.errorMessage ? ` (${d.errorMessage})` : ''}`
    )
  }
  if (result.hosting) {
    const h = result.hosting
    out.push(
      `  hosting: ${h.uploaded} uploaded, ${h.attrsUpdated} attributes updated, ${h.deleted} deleted${h.failed.length ? `, ${h.failed.length} failed` : ''}`
    )
  }
  if (result.dependencies) out.push(`  dependencies: ${result.dependencies.status}`)
  if (result.conflict) {
    const c = result.conflict
    out.push(`  ${c.message}`, ...(c.draftDiff ?? []).map(l => `    draft: ${l}`))
    for (const item of c.items)
      out.push(
        `    ${item.kind} ${item.key}`,
        `      the repository wants: ${item.wants}`,
        `      the app has: ${item.has}`
      )
    out.push(`  To resolve: ${c.resolution}`)
  }
  if (result.drift) out.push(...driftLines(result.drift).map(l => `  ${l}`))
  if (result.triggerHealth) out.push(...triggerHealthLines(result.triggerHealth).map(l => `  ${l}`))
  if (result.errorLogs?.length) {
    out.push(`  the app logged ${result.errorLogs.length} error(s) since the deploy began:`)
    for (const e of result.errorLogs.slice(0, 10))
      out.push(`    ${e.started ?? ''} ${e.type} ${e.function_name ?? ''} ${e.error ?? ''}`.trimEnd())
  }
  for (const w of result.warnings) out.push(`  warning: ${w}`)
  // A problem list says `error:` in each line already: no second prefix.
  if (result.problems?.length) out.push(...result.problems.map(p => `  ${formatProblem(p)}`))
  else if (result.error && result.status !== 'conflict') out.push(`  error: ${result.error}`)
  return `${out.join('\n')}\n`
}
