// A draft already open for this API key: the app's writes would land in it, so it is never used and
// never silently thrown away (realm-cli discards it with -y). The policy says what to do. Opening
// this run's own draft: a 409 there means another run (same key) opened one after we checked, so it
// is a conflict to report, never something to clean up.
import type { AppClient } from '../admin/app-client.js'
import type { OpenedDraft } from '../admin/drafts.js'
import type { DeploymentDraft } from '../admin/types.js'
import { AdminApiError, ConflictError } from '../errors.js'
import type { Logger } from '../log.js'
import { sleep, waitEnd, type Poll } from './poll.js'
import type { ConflictReport, DraftPolicy } from './types.js'

async function draftDiff(app: AppClient, draft: DeploymentDraft): Promise<string[]> {
  try {
    return (await app.drafts.diff(draft._id)).diffs.map(String)
  } catch {
    return []
  }
}

export async function openDraftReport(app: AppClient, draft: DeploymentDraft): Promise<ConflictReport> {
  const diff = await draftDiff(app, draft)
  return {
    cause: 'open-draft',
    message: `a draft (${draft._id}) is already open on this app for this API key${diff.length ? `, with ${diff.length} change(s)` : ''}`,
    draftId: draft._id,
    draftDiff: diff,
    items: [],
    resolution:
      'Deploy or discard that draft in the App Services UI, or rerun with on-draft-conflict set to discard (drops it) or wait (waits for it to go away): the --on-draft-conflict flag of the CLI, the on-draft-conflict input of the action.'
  }
}

/** An open draft the run discards only after the plan was shown (and confirmed where someone can answer). */
export interface PendingDiscard {
  readonly drafts: readonly DeploymentDraft[]
  readonly report: ConflictReport
}

/**
 * Leaves the app with no draft of ours, per the policy, or throws ConflictError with the report.
 * `changed`: a draft went away while waiting, so what the app has may differ from what `listed` was
 * read with. `discard`: the policy is discard; the draft is reported now and discarded later (a write:
 * never before the user saw the plan). `listed` is the draft list when the caller already read it.
 */
export async function settleOpenDraft(
  app: AppClient,
  policy: DraftPolicy,
  poll: Poll,
  logger: Logger,
  listed?: readonly DeploymentDraft[]
): Promise<{ changed: boolean; discard?: PendingDiscard }> {
  let drafts = listed ? [...listed] : await app.drafts.list()
  if (drafts.length === 0) return { changed: false }
  const report = await openDraftReport(app, drafts[0])
  if (policy === 'discard') {
    logger.warning(
      `${report.message}: the plan reads the app through it; it is discarded as asked (on-draft-conflict: discard) once the plan is shown, before anything else is written`
    )
    for (const line of report.draftDiff ?? []) logger.info(`  to discard: ${line}`)
    return { changed: false, discard: { drafts, report } }
  }
  if (policy === 'wait') {
    const deadline = waitEnd(poll)
    let delay = poll.min
    while (drafts.length > 0 && poll.now() < deadline) {
      logger.info(
        `waiting for draft ${drafts[0]._id} to be deployed or discarded (${Math.round((deadline - poll.now()) / 1000)} s left)`
      )
      await sleep(Math.min(delay, Math.max(0, deadline - poll.now())), poll.signal)
      delay = Math.min(delay * 2, poll.max)
      drafts = await app.drafts.list()
    }
    if (drafts.length === 0) return { changed: true }
  }
  throw new ConflictError(report.message, report)
}

/** The discard `settleOpenDraft` left for later: the run's first write. */
export async function discardOpenDrafts(app: AppClient, pending: PendingDiscard, logger: Logger) {
  for (const draft of pending.drafts) {
    await app.drafts.discard(draft._id)
    logger.info(`draft ${draft._id} discarded (on-draft-conflict: discard)`)
  }
}

/**
 * Opens this run's draft. A 409 means a draft appeared after `settleOpenDraft` looked: another run
 * with this key is deploying. That draft is theirs: report it (exit 3), never discard it.
 */
export async function openRunDraft(app: AppClient): Promise<OpenedDraft> {
  try {
    return await app.drafts.create()
  } catch (error) {
    if (!(error instanceof AdminApiError) || error.status !== 409) throw error
    const theirs = await app.drafts.list().catch(() => [])
    const report = theirs.length ? await openDraftReport(app, theirs[0]) : undefined
    const message = `another run opened a draft on this app while this one was planning${report ? ` (${report.draftId})` : ''}: nothing of this run was written`
    throw new ConflictError(message, {
      cause: 'concurrent-run',
      message,
      ...(report ? { draftId: report.draftId, draftDiff: report.draftDiff } : {}),
      items: [],
      resolution:
        'Another deploy of this app is in progress with the same API key. Let it finish, then rerun: the rerun plans again from the app as it is then. Give each app one concurrency group in the workflow so runs queue instead of racing.'
    } satisfies ConflictReport)
  }
}

/**
 * After this run's draft is open: a deployment newer than the one seen before planning means the
 * plan is stale (another run deployed in between); carrying on would overwrite its change.
 */
export async function checkPlanStillCurrent(app: AppClient, newestBeforePlan: string | undefined) {
  const [newest] = await app.deployments.list()
  if (newest === undefined || newest._id === newestBeforePlan) return undefined
  return `deployment ${newest._id} was made after this run read the app: its plan is out of date`
}
