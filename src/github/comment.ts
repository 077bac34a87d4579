// The sticky pull request comment: exactly one per app directory and app per pull request, found by
// a hidden marker AND by its author (someone quoting the comment must not hijack it), across every
// page of the pull request's comments, then updated in place. A comment created by a concurrent run
// is reconciled right after creation: the oldest stays, the others are removed.
// The marker cannot be forged into another app's comment: it is matched only at the very start of a
// body, it carries a hash of the directory and app (so no marker is a prefix of another), and any
// marker-like text a report renders (a resource name from the repository or the server) is broken
// up before it is posted, so no body ever contains a marker except as its first line.
import { createHash } from 'node:crypto'
import path from 'node:path'
import { commentSafe } from '../report/escape.js'
import type { GitHubApi, IssueComment } from './api.js'

const MARKER_TAG = 'realm-deploy:'

/** `./apps/shop/`, `apps\\shop` and `apps/shop` are one directory, so one comment. */
export function stickyMarker(appDir: string, app: string): string {
  const dir = path.posix.normalize(appDir.replace(/\\/g, '/')).replace(/(.)\/+$/, '$1')
  const key = createHash('sha256').update(`${dir}\u0000${app}`).digest('hex').slice(0, 16)
  return `<!-- ${MARKER_TAG}${commentSafe(dir)}:${commentSafe(app)}:${key} -->`
}

/** Report text with every marker-like run broken by a zero-width joiner (it renders the same). */
export function withoutMarkers(report: string): string {
  return report.replaceAll(MARKER_TAG, `realm-deploy\u200d:`)
}

export type CommentAction = 'created' | 'updated' | 'none'

export interface CommentOutcome {
  readonly action: CommentAction
  readonly id?: number
}

type IsOwn = (comment: IssueComment) => boolean

/**
 * Who "we" are. A personal token can ask GitHub; the GITHUB_TOKEN cannot (its comments come from
 * `github-actions[bot]`) and neither can an app token (`<app>[bot]`): then any bot author counts.
 */
async function ownAuthor(api: GitHubApi): Promise<IsOwn> {
  const login = await api.viewerLogin()
  return login ? c => c.login === login : c => c.type === 'Bot' || c.login.endsWith('[bot]')
}

async function markedComments(
  api: GitHubApi,
  issue: number,
  marker: string,
  isOwn: IsOwn
): Promise<IssueComment[]> {
  const found: IssueComment[] = []
  for await (const page of api.comments(issue)) {
    for (const comment of page) if (isMarked(comment.body, marker) && isOwn(comment)) found.push(comment)
  }
  return found.sort((a, b) => a.id - b.id)
}

/** The marker is the body's first line, exactly: quoting or embedding it elsewhere does not count. */
function isMarked(body: string, marker: string): boolean {
  return body === marker || body.startsWith(`${marker}\n`) || body.startsWith(`${marker}\r\n`)
}

/** Keeps the oldest of `comments` with `body`, deletes the others; returns the one kept. */
async function keepOldest(api: GitHubApi, comments: IssueComment[], body: string): Promise<IssueComment> {
  const [oldest, ...rest] = comments
  if (oldest.body !== body) await api.updateComment(oldest.id, body)
  for (const extra of rest) await api.deleteComment(extra.id)
  return oldest
}

export interface UpsertOptions {
  /** Create the comment when there is none (pull request runs); else only update one. */
  readonly create: boolean
}

export async function upsertStickyComment(
  api: GitHubApi,
  issue: number,
  marker: string,
  report: string,
  options: UpsertOptions
): Promise<CommentOutcome> {
  const body = `${marker}\n${withoutMarkers(report)}`
  const isOwn = await ownAuthor(api)
  const existing = await markedComments(api, issue, marker, isOwn)
  if (existing.length > 0) return { action: 'updated', id: (await keepOldest(api, existing, body)).id }
  if (!options.create) return { action: 'none' }
  const created = await api.createComment(issue, body)
  const now = await markedComments(api, issue, marker, c => c.id === created.id || isOwn(c))
  if (now.length <= 1) return { action: 'created', id: created.id }
  const kept = await keepOldest(api, now, body)
  return { action: kept.id === created.id ? 'created' : 'updated', id: kept.id }
}

/**
 * A push that deploys a merged pull request's commit: that pull request's comment (if it has one)
 * gets the deploy result. Returns the comments updated.
 */
export async function updateMergedPullRequests(
  api: GitHubApi,
  sha: string,
  marker: string,
  report: string
): Promise<number[]> {
  const updated: number[] = []
  for (const pr of await api.mergedPullRequests(sha)) {
    const outcome = await upsertStickyComment(api, pr, marker, report, { create: false })
    if (outcome.id !== undefined) updated.push(outcome.id)
  }
  return updated
}
