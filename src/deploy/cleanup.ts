// Cleanup after an interruption, with a fresh short-lived signal (the run's own may be the one that
// was aborted): discard the draft this run opened, and learn whether a deployment it requested was
// started anyway, so the report never says "nothing happened" when something did.
import type { AdminClient } from '../admin/client.js'
import { AdminApiError } from '../errors.js'
import type { Deployment } from '../admin/types.js'
import type { Logger } from '../log.js'

export interface CleanupTarget {
  readonly client: AdminClient
  readonly projectId: string
  readonly appId: string
  readonly logger: Logger
}

function cleanupApp(target: CleanupTarget) {
  return target.client.withSignal(AbortSignal.timeout(30_000)).app(target.projectId, target.appId)
}

/**
 * Discards this run's draft, by id and only by id. When the run never learned its id, or found its
 * draft only after the create's answer was lost (`draftId` undefined), a draft of this key may be
 * ours or another run's: it is named and left alone, since deleting another run's draft would let
 * its writes go live unreviewed.
 */
export async function discardRunDraft(target: CleanupTarget, draftId: string | undefined): Promise<void> {
  try {
    const app = cleanupApp(target)
    if (draftId === undefined) {
      for (const draft of await app.drafts.list()) {
        target.logger.warning(
          `draft ${draft._id} is open on this app: the answer to this run's request to open its draft was lost, so it may be this run's or another run's; it was left as it is. If no other deploy is running, discard it in the App Services UI or rerun with on-draft-conflict set to discard`
        )
      }
      return
    }
    await app.drafts.discard(draftId)
    target.logger.info(`draft ${draftId} discarded: nothing of this run went live`)
  } catch (error) {
    // Gone already (a deployment consumes its draft): nothing left to discard.
    if (error instanceof AdminApiError && error.status === 404) return
    const which = draftId ? `draft ${draftId}` : "this run's draft"
    target.logger.error(
      `could not discard ${which}: ${error instanceof Error ? error.message : String(error)}; discard it in the App Services UI`
    )
  }
}

/** The deployment of `draftId`, if the server started one. */
export async function findDeploymentOf(
  target: CleanupTarget,
  draftId: string
): Promise<Deployment | undefined> {
  try {
    return (await cleanupApp(target).deployments.list()).find(d => d.draft_id === draftId)
  } catch {
    return undefined
  }
}
