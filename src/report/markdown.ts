// The run's report in GitHub markdown, for the pull request comment and the job summary: the
// outcome, the plan, the deploy result, the conflict report and the app's error logs. Pure and
// deterministic; every string from files or the server is escaped; the whole stays under a limit.
import { triggerHealthBlock } from './trigger-health.js'
import { driftBlock } from './drift.js'
import type { ConflictReport, DeployResult } from '../deploy/types.js'
import { KINDS, type KindName } from '../plan/kinds.js'
import { planSize } from '../plan/types.js'
import { clip, codeSpan, escapeText, fencedBlock } from './escape.js'
import { COMMENT_LIMIT, fitBlocks, type Blocks } from './fit.js'
import { planBlocks } from './markdown-plan.js'
import {
  appLinkLine,
  closedWhileDeployingHeadline,
  previewBlock,
  previewOutcomeLines,
  releaseLine,
  staleBlock,
  type PreviewReport,
  type StaleReport
} from './markdown-preview.js'
import type { ReleaseLink } from './links.js'

export interface ReportContext {
  /** The app directory as the workflow names it. */
  readonly appDir: string
  /** The `app` input, shown until the app is known. */
  readonly app?: string
  /** What the run did: plan, deploy, preview, cleanup. */
  readonly mode: string
  readonly commit?: string
  readonly runUrl?: string
  /** The Admin API base URL: the report links the app's page there. */
  readonly baseUrl?: string
  /** Tag pushes and releases: the tag the deployment is named after, linked on GitHub. */
  readonly release?: ReleaseLink
  /** Preview runs: the pull request's preview app. */
  readonly preview?: PreviewReport
  /** The job summary of preview runs: previews older than `preview-ttl-days`. */
  readonly stale?: StaleReport
}

const MAX_LOGS = 20

const HEADLINE: Record<DeployResult['status'], (r: DeployResult) => string> = {
  deployed: () => '✅ **Deployed**',
  'no-changes': () => '✅ **No changes**: the app already matches the repository.',
  planned: r =>
    `📋 **Planned ${planSize(r.plan!)} change${planSize(r.plan!) === 1 ? '' : 's'}**: nothing was written to the app.`,
  conflict: () => '⚠️ **Conflict**: nothing was deployed.',
  failed: () => '❌ **Failed**',
  invalid: () => '❌ **Invalid input or configuration**: nothing was written to the app.',
  aborted: () => '⏹️ **Not confirmed**: nothing was written to the app.',
  cancelled: () => '⏹️ **Cancelled**',
  degraded: () => '⚠️ **Deployed, degraded**: a trigger is suspended (see Triggers).',
  drift: () => '⚠️ **Drift**: the app changed outside git; nothing was written (see Drift).'
}

function title(result: DeployResult | undefined, ctx: ReportContext): string {
  const app = result?.app?.clientAppId ?? ctx.app
  return `### realm-deploy ${ctx.mode}${app ? ` · ${codeSpan(app)}` : ''}`
}

function facts(result: DeployResult, ctx: ReportContext): string {
  const lines: string[] = []
  if (result.app) {
    const created = result.app.created ? ' (created by this run)' : ''
    lines.push(
      `- **App**: ${codeSpan(result.app.clientAppId)} (${codeSpan(result.app.id)}) in project ${codeSpan(result.app.groupId)}${created}`
    )
    if (ctx.baseUrl !== undefined && ctx.preview?.state !== 'closed-while-deploying')
      lines.push(appLinkLine(ctx.baseUrl, result.app.groupId, result.app.id))
  }
  if (ctx.release) lines.push(releaseLine(ctx.release))
  lines.push(`- **Directory**: ${codeSpan(ctx.appDir)}`)
  const d = result.deployment
  if (d)
    lines.push(
      `- **Deployment**: ${codeSpan(d.id)}${d.name ? ` ${codeSpan(d.name)}` : ''}: ${escapeText(d.status, 40)}`
    )
  if (result.dependencies)
    lines.push(
      `- **Dependencies**: ${escapeText(result.dependencies.status, 40)}${result.dependencies.message ? `: ${escapeText(result.dependencies.message, 500)}` : ''}`
    )
  const h = result.hosting
  if (h) {
    const failed = h.failed.length
      ? `, **${h.failed.length} failed** (${h.failed
          .slice(0, 10)
          .map(p => codeSpan(p))
          .join(', ')}${h.failed.length > 10 ? ', …' : ''})`
      : ''
    const skipped = h.notAttempted ? `, ${h.notAttempted} not attempted` : ''
    lines.push(
      `- **Hosting files**: ${h.uploaded} uploaded, ${h.attrsUpdated} attributes updated, ${h.deleted} deleted${failed}${skipped}`
    )
  }
  return lines.join('\n')
}

function kindTitle(kind: string): string {
  return kind in KINDS ? KINDS[kind as KindName].title : kind
}

/** Which draft or change conflicts, what the repository wants, what the app has, how to resolve it. */
export function conflictBlock(c: ConflictReport): string {
  const out = ['#### Conflict', '', escapeText(c.message, 2000)]
  if (c.cause === 'open-draft') {
    out.push(
      '',
      `A draft${c.draftId ? ` (${codeSpan(c.draftId)})` : ''} is already open on this app for these API keys. Its changes would mix with this deploy, so it was left alone.`
    )
    if (c.draftDiff?.length)
      out.push(
        '',
        `<details open><summary>The open draft changes (${c.draftDiff.length})</summary>`,
        '',
        fencedBlock(c.draftDiff.slice(0, 200).join('\n'), 20_000),
        '',
        '</details>'
      )
    out.push(
      '',
      '**To resolve**: deploy or discard that draft in the App Services UI, then rerun this job; ' +
        'or set the input `on-draft-conflict: discard` (drops the draft) or `on-draft-conflict: wait` (waits for it to go away, up to `timeout-minutes`).'
    )
    return out.join('\n')
  }
  if (c.items.length) {
    out.push('', '| Resource | The repository wants | The app has |', '|---|---|---|')
    for (const item of c.items.slice(0, 50)) {
      out.push(
        `| ${escapeText(kindTitle(item.kind), 60)}: ${escapeText(item.key, 200)} | ${escapeText(item.wants, 600)} | ${escapeText(item.has, 600)} |`
      )
    }
    if (c.items.length > 50) out.push('', `… and ${c.items.length - 50} more`)
  }
  out.push('', `**To resolve**: ${escapeText(c.resolution, 2000)}`)
  return out.join('\n')
}

function errorBlock(result: DeployResult): string | undefined {
  if (!result.error || result.status === 'conflict') return undefined
  return `#### Error\n\n${fencedBlock(result.error, 8000)}`
}

function logsBlock(result: DeployResult): string | undefined {
  const logs = result.errorLogs ?? []
  if (logs.length === 0) return undefined
  const lines = logs.slice(0, MAX_LOGS).map(e => {
    const parts = [e.started, e.type, e.function_name, e.error_code].filter(
      (p): p is string => typeof p === 'string' && p !== ''
    )
    return `- ${parts.map(p => codeSpan(p, 80)).join(' ')}${e.error ? `: ${escapeText(e.error, 500)}` : ''}`
  })
  if (logs.length > MAX_LOGS) lines.push(`- … and ${logs.length - MAX_LOGS} more (see the app's logs)`)
  return [
    `<details open><summary>The app logged ${logs.length} error${logs.length === 1 ? '' : 's'} since the deploy began</summary>`,
    '',
    ...lines,
    '',
    '</details>'
  ].join('\n')
}

function warningsBlock(warnings: readonly string[]): string | undefined {
  if (warnings.length === 0) return undefined
  const shown = warnings.slice(0, 50).map(w => `- ⚠️ ${escapeText(w, 500)}`)
  if (warnings.length > 50) shown.push(`- … and ${warnings.length - 50} more`)
  return ['#### Warnings', '', ...shown].join('\n')
}

function footer(ctx: ReportContext): string {
  const parts = ['realm-deploy']
  if (ctx.commit) parts.push(`commit ${codeSpan(clip(ctx.commit, 12))}`)
  if (ctx.runUrl)
    parts.push(`[run log](${encodeURI(ctx.runUrl).replace(/[()]/g, ch => (ch === '(' ? '%28' : '%29'))})`)
  return `<sub>${parts.join(' · ')}</sub>`
}

function headlineOf(result: DeployResult, ctx: ReportContext): string {
  return ctx.preview?.state === 'closed-while-deploying'
    ? closedWhileDeployingHeadline(ctx.preview)
    : HEADLINE[result.status](result)
}

export function reportBlocks(result: DeployResult, ctx: ReportContext): Blocks {
  const headline = headlineOf(result, ctx)
  const planHeading = result.status === 'planned' ? 'Plan' : 'Changes'
  const preview = ctx.preview?.state === 'active' ? previewBlock(ctx.preview) : undefined
  const body = [
    `${title(result, ctx)}\n\n${headline}\n\n${facts(result, ctx)}`,
    preview,
    errorBlock(result),
    driftBlock(result.drift),
    result.conflict ? conflictBlock(result.conflict) : undefined,
    ...(result.plan && result.status !== 'no-changes'
      ? planBlocks(result.plan, planHeading, ctx.appDir)
      : []),
    triggerHealthBlock(result.triggerHealth),
    logsBlock(result),
    warningsBlock(result.warnings),
    ctx.stale ? staleBlock(ctx.stale, ctx.baseUrl) : undefined
  ].filter((b): b is string => b !== undefined)
  return { body, tail: [footer(ctx)] }
}

/** The whole report, at most `limit` characters. */
export function renderReport(result: DeployResult, ctx: ReportContext, limit = COMMENT_LIMIT): string {
  return fitBlocks(reportBlocks(result, ctx), limit)
}

/** A run that did nothing (no credentials, nothing to do for the event): why, and what to do. */
export function renderSkipped(reason: string, ctx: ReportContext, advice?: string): string {
  const lines = [title(undefined, ctx), '', `⏭️ **Skipped**: ${escapeText(reason, 2000)}`]
  if (advice) lines.push('', advice)
  lines.push('', `- **Directory**: ${codeSpan(ctx.appDir)}`, '', footer(ctx))
  return lines.join('\n')
}

/** A preview run that deployed nothing: the preview was removed, or the limit was reached. */
export function renderPreviewOutcome(
  preview: PreviewReport,
  ctx: ReportContext,
  limit = COMMENT_LIMIT
): string {
  const head = [
    `### realm-deploy ${ctx.mode} · ${codeSpan(preview.name)}`,
    '',
    ...previewOutcomeLines(preview)
  ]
  const facts = [`- **Directory**: ${codeSpan(ctx.appDir)}`]
  const body = [head.join('\n'), facts.join('\n'), ctx.stale ? staleBlock(ctx.stale, ctx.baseUrl) : undefined]
  return fitBlocks({ body: body.filter((b): b is string => b !== undefined), tail: [footer(ctx)] }, limit)
}
