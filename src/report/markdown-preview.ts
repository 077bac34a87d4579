// The preview parts of a report: the preview app of a pull request (which app, its client_app_id,
// where to find it), the runs that end without a deploy (the preview was removed, the limit was
// reached), the stale previews of the project, and the links every report carries (the app in the
// App Services UI, the release tag). Pure and deterministic.
import type { StalePreview } from '../github/previews.js'
import { codeSpan, escapeText } from './escape.js'
import { appLink, linkTarget, type ReleaseLink } from './links.js'

export type PreviewState = 'active' | 'closed-while-deploying' | 'removed' | 'already-gone' | 'limit-reached'

export interface PreviewReport {
  readonly pullRequest: number
  /** The preview app's name (`<base>-pr-<n>`). */
  readonly name: string
  readonly state: PreviewState
  /** The preview app, when it exists or existed during the run. */
  readonly app?: { readonly id: string; readonly clientAppId: string; readonly groupId: string }
  /** `limit-reached`: `max-previews` and the project's preview apps, by name. */
  readonly limit?: { readonly max: number; readonly existing: readonly string[] }
}

export interface StaleReport {
  readonly ttlDays: number
  readonly groupId: string
  readonly apps: readonly StalePreview[]
}

const MAX_LISTED = 50

/** The app's page: the App Services UI, or (another `base-url`) that server's app. */
export function appLinkLine(baseUrl: string | undefined, groupId: string, appId: string): string {
  const link = appLink(baseUrl, groupId, appId)
  const target = linkTarget(link.url)
  if (!link.base) return `- **App Services UI**: [open the app](${target})`
  return `- **App page**: [open the app](${target}) on ${codeSpan(link.base)} (this run's \`base-url\`, not MongoDB Cloud)`
}

export function releaseLine(release: ReleaseLink): string {
  const what = release.kind === 'release' ? 'Release' : 'Tag'
  return `- **${what}**: [${codeSpan(release.tag)}](${linkTarget(release.url)})`
}

/** A deploy report's section on the pull request's preview app. */
export function previewBlock(p: PreviewReport): string {
  const use = p.app
    ? `: use client_app_id **${codeSpan(p.app.clientAppId)}** to try this change from a client`
    : ''
  return [
    '#### Preview app',
    '',
    `Pull request #${p.pullRequest} has its own app, ${codeSpan(p.name)}${use}. ` +
      'It is redeployed on every push to the pull request and deleted when the pull request is closed.'
  ].join('\n')
}

/** The headline of a preview the run deployed and then removed: the pull request closed meanwhile. */
export function closedWhileDeployingHeadline(p: PreviewReport): string {
  return (
    `🧹 **Preview removed**: pull request #${p.pullRequest} was closed while this run deployed its preview app ` +
    `${codeSpan(p.name)}, so the app was deleted again.`
  )
}

function limitLines(p: PreviewReport): string[] {
  const limit = p.limit ?? { max: 0, existing: [] }
  const lines = [
    `⚠️ **Preview limit reached**: the project has ${limit.existing.length} preview app${limit.existing.length === 1 ? '' : 's'} ` +
      `and \`max-previews\` is ${limit.max}, so pull request #${p.pullRequest} got no preview app (${codeSpan(p.name)}). ` +
      'The run did not fail.',
    '',
    'To get one, close the pull requests whose previews are no longer needed (their apps are deleted on close), ' +
      'or raise `max-previews`; the next push to this pull request tries again.'
  ]
  if (limit.existing.length === 0) return lines
  const names = limit.existing.slice(0, MAX_LISTED).map(n => `- ${codeSpan(n)}`)
  if (limit.existing.length > MAX_LISTED) names.push(`- … and ${limit.existing.length - MAX_LISTED} more`)
  return [
    ...lines,
    '',
    `<details><summary>The project's preview apps (${limit.existing.length})</summary>`,
    '',
    ...names,
    '',
    '</details>'
  ]
}

/** The outcome of a run that deployed nothing: the preview was removed, or the limit was reached. */
export function previewOutcomeLines(p: PreviewReport): string[] {
  const clientId = p.app ? ` (client_app_id ${codeSpan(p.app.clientAppId)})` : ''
  switch (p.state) {
    case 'removed':
      return [
        `🧹 **Preview removed**: pull request #${p.pullRequest} was closed, so its preview app ${codeSpan(p.name)}${clientId} was deleted.`
      ]
    case 'already-gone':
      return [
        `🧹 **Preview removed**: pull request #${p.pullRequest} was closed; its preview app ${codeSpan(p.name)} was already gone, so there was nothing to delete.`
      ]
    case 'limit-reached':
      return limitLines(p)
    default:
      return [previewBlock(p)]
  }
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** The project's previews unchanged for longer than `preview-ttl-days` (the job summary only). */
export function staleBlock(stale: StaleReport, baseUrl: string | undefined): string | undefined {
  if (stale.apps.length === 0) return undefined
  const n = stale.apps.length
  const rows = stale.apps.slice(0, MAX_LISTED).map(a => {
    const url = linkTarget(appLink(baseUrl, stale.groupId, a.appId).url)
    return `| [${codeSpan(a.name)}](${url}) | ${codeSpan(a.clientAppId)} | ${day(a.lastActivityMs)} | ${a.ageDays} day${a.ageDays === 1 ? '' : 's'} |`
  })
  if (n > MAX_LISTED) rows.push(`| … and ${n - MAX_LISTED} more | | | |`)
  return [
    '#### Stale previews',
    '',
    `${n} preview app${n === 1 ? ' has' : 's have'} not changed for more than ${escapeText(String(stale.ttlDays), 20)} day${stale.ttlDays === 1 ? '' : 's'} (\`preview-ttl-days\`). ` +
      'Closing a pull request deletes its preview; an app whose pull request is gone can be deleted in the App Services UI.',
    '',
    '| Preview app | client_app_id | Last change | Age |',
    '|---|---|---|---|',
    ...rows
  ].join('\n')
}
