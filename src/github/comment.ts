// The sticky pull request comment: exactly one per app directory and app per pull request, found by
// a hidden marker AND by its author (someone quoting the comment must not hijack it), across every
// page of the pull request's comments, then updated in place. A comment created by a concurrent run
// is reconciled right after creation: the oldest stays, the others are removed.
import path from 'node:path'
import { commentSafe } from '../report/escape.js'
import type { GitHubApi, IssueComment } from './api.js'

/** `./apps/shop/`, `apps\\shop` and `apps/shop` are one directory, so one comment. */
export function stickyMarker(appDir: string, app: string): string {
  const dir = path.posix.normalize(appDir.replace(/\\/g, '/')).replace(/(.)\/+$/, '$1')
  return `<!-- realm-deploy:${commentSafe(dir)}:${commentSafe(app)} -->`
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
    for (const comment of page) if (comment.body.includes(marker) && isOwn(comment)) found.push(comment)
  }
  return found.sort((a, b) => a.id - b.id)
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
  const body = `${marker}\n${report}`
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
