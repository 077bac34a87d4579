// Where the report goes: the job summary, and the pull request's sticky comment (the run's own pull
// request, or, for a push that deploys a merged pull request's commit, that pull request's comment).
// Neither may change the run's outcome: a failure here is a warning.
import * as core from '@actions/core'
import { COMMENT_LIMIT } from '../report/fit.js'
import { redact } from '../secrets.js'
import { statusOf, type GitHubApi } from './api.js'
import { updateMergedPullRequests, upsertStickyComment } from './comment.js'
import type { EventContext } from './context.js'
import type { Route } from './routing.js'
import { runnerLog } from './logger.js'

export interface CommentTarget {
  readonly github?: GitHubApi
  readonly event: EventContext
  readonly route: Route
  readonly marker: string
  /** The `comment` input. */
  readonly enabled: boolean
}

const messageOf = (error: unknown): string => redact(error instanceof Error ? error.message : String(error))

export async function writeSummary(markdown: string): Promise<void> {
  try {
    await core.summary.addRaw(redact(markdown), true).write()
  } catch (error) {
    runnerLog.warning(`could not write the job summary: ${messageOf(error)}`)
  }
}

/** The comment's room for the report: GitHub's limit less the marker line. */
export function reportLimit(marker: string): number {
  return COMMENT_LIMIT - marker.length - 1
}

function commentFailed(error: unknown, quiet: boolean): void {
  const status = statusOf(error)
  const message =
    status === 403 || status === 401
      ? 'could not write the pull request comment: the token lacks the `pull-requests: write` permission. ' +
        'Add `permissions: pull-requests: write` (and `contents: read`) to the job; the deploy itself is not affected.'
      : `could not write the pull request comment: ${messageOf(error)}`
  if (quiet) runnerLog.info(message)
  else runnerLog.warning(message)
}

/**
 * Creates or updates the comment; returns its id. `quiet` turns a failure into a log line (a skipped
 * run on a read-only token is expected to fail to comment).
 */
export async function publishComment(
  target: CommentTarget,
  report: string,
  quiet = false
): Promise<number | undefined> {
  const { github, event, route, marker } = target
  if (!target.enabled || !github) return undefined
  const body = redact(report)
  try {
    if (route.pullRequest !== undefined) {
      const outcome = await upsertStickyComment(github, route.pullRequest, marker, body, { create: true })
      runnerLog.info(`pull request #${route.pullRequest}: comment ${outcome.id} ${outcome.action}`)
      return outcome.id
    }
    if (event.eventName === 'push' && route.kind === 'deploy' && event.sha) {
      const updated = await updateMergedPullRequests(github, event.sha, marker, body)
      if (updated.length)
        runnerLog.info(`updated the comment of the merged pull request (${updated.join(', ')})`)
      return updated[0]
    }
  } catch (error) {
    commentFailed(error, quiet)
  }
  return undefined
}
