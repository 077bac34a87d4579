// Cleanup after an interruption, with a fresh short-lived signal (the run's own may be the one that
// was aborted): discard the draft this run opened, and learn whether a deployment it requested was
// started anyway, so the report never says "nothing happened" when something did.
import type { AdminClient } from '../admin/client.js'
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
 * Discards `draftId`, or, when the run never learned its draft's id (the create was interrupted),
 * every draft this key has: the run checked there was none before it created its own.
 */
export async function discardRunDraft(target: CleanupTarget, draftId: string | undefined): Promise<void> {
  try {
    const app = cleanupApp(target)
    const drafts = (await app.drafts.list()).filter(d => draftId === undefined || d._id === draftId)
    for (const draft of drafts) {
      await app.drafts.discard(draft._id)
      target.logger.info(`draft ${draft._id} discarded: nothing of this run went live`)
    }
  } catch (error) {
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
