// Preview apps, one per pull request: their names (derived from the base app's name and the pull
// request number, valid for App Services and the same on every run), how to tell them apart from the
// project's other apps, and which of them are stale. Pure: no I/O.
import { createHash } from 'node:crypto'
import type { AppInstance, Deployment } from '../admin/types.js'

/** App Services: 1 to 32 characters, a letter first, then ASCII letters, digits, `_` and `-`. */
export const MAX_APP_NAME = 32
const PREVIEW_NAME = /-pr-(\d+)$/
const DAY_MS = 86_400_000

function sanitize(base: string): string {
  const valid = base.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[^A-Za-z]+/, '')
  return valid === '' ? 'app' : valid
}

/** Four hex digits of the original base: two bases cut or cleaned to the same text still differ. */
const shortHash = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 4)

/**
 * The preview app of pull request `pullRequest`: `<base>-pr-<n>`. A base that is not a valid name,
 * or too long to leave room for the suffix, is cleaned and cut, and gets a short hash of the
 * original: `<cut base>-<hash>-pr-<n>`.
 */
export function previewAppName(base: string, pullRequest: number): string {
  if (!Number.isSafeInteger(pullRequest) || pullRequest < 1)
    throw new RangeError(`not a pull request number: ${pullRequest}`)
  const suffix = `-pr-${pullRequest}`
  const room = MAX_APP_NAME - suffix.length
  const clean = sanitize(base)
  if (clean === base && clean.length <= room) return `${clean}${suffix}`
  const hash = shortHash(base)
  const head = clean.slice(0, room - hash.length - 1).replace(/[-_]+$/, '')
  return `${head}-${hash}${suffix}`
}

/** The pull request a preview app belongs to, from its name; undefined for other apps. */
export function previewPullRequest(name: string): number | undefined {
  const m = PREVIEW_NAME.exec(name)
  return m ? Number(m[1]) : undefined
}

/** The project's preview apps (of any base app: `max-previews` counts them all), by name. */
export function previewApps(apps: readonly AppInstance[]): AppInstance[] {
  return apps
    .filter(a => previewPullRequest(a.name) !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name))
}

export interface PreviewActivity {
  readonly name: string
  readonly clientAppId: string
  readonly appId: string
  /** When the app last changed (created, or deployed), ms since the epoch; undefined: unknown. */
  readonly lastActivityMs?: number
}

/**
 * When a preview app last changed: the app's `last_modified` (seconds; set at creation and at every
 * deployment), or the newest of its deployments when the app does not say.
 */
export function lastActivity(app: AppInstance, deployments: readonly Deployment[] = []): PreviewActivity {
  const seconds = [app.last_modified, ...deployments.map(d => d.deployed_at)].filter(
    (s): s is number => typeof s === 'number' && Number.isFinite(s) && s > 0
  )
  return {
    name: app.name,
    clientAppId: app.client_app_id,
    appId: app._id,
    ...(seconds.length ? { lastActivityMs: Math.max(...seconds) * 1000 } : {})
  }
}

export interface StalePreview extends PreviewActivity {
  readonly lastActivityMs: number
  /** Whole days since the last change. */
  readonly ageDays: number
}

/** The previews unchanged for more than `ttlDays`, oldest first (then by name). */
export function stalePreviews(
  previews: readonly PreviewActivity[],
  ttlDays: number,
  nowMs: number
): StalePreview[] {
  return previews
    .filter(
      (p): p is StalePreview => p.lastActivityMs !== undefined && nowMs - p.lastActivityMs > ttlDays * DAY_MS
    )
    .map(p => ({ ...p, ageDays: Math.floor((nowMs - p.lastActivityMs) / DAY_MS) }))
    .sort((a, b) => a.lastActivityMs - b.lastActivityMs || a.name.localeCompare(b.name))
}
