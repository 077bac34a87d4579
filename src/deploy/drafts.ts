// A draft already open for this API key: the app's writes would land in it, so it is never used and
// never silently thrown away (realm-cli discards it with -y). The policy says what to do.
import type { AppClient } from '../admin/app-client.js'
import type { DeploymentDraft } from '../admin/types.js'
import { ConflictError } from '../errors.js'
import type { Logger } from '../log.js'
import { sleep, type Poll } from './poll.js'
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

/** Leaves the app with no draft of ours, per the policy, or throws ConflictError with the report. */
/**
 * Returns true when a draft was open (and was discarded or went away while waiting): what the app has
 * may have changed since `listed` was read. `listed` is the draft list when the caller already read it
 * (together with other reads).
 */
export async function settleOpenDraft(
  app: AppClient,
  policy: DraftPolicy,
  poll: Poll,
  logger: Logger,
  listed?: readonly DeploymentDraft[]
): Promise<boolean> {
  let drafts = listed ? [...listed] : await app.drafts.list()
  if (drafts.length === 0) return false
  const report = await openDraftReport(app, drafts[0])
  if (policy === 'discard') {
    logger.warning(`${report.message}: discarding it as asked (on-draft-conflict: discard)`)
    for (const line of report.draftDiff ?? []) logger.info(`  discarded: ${line}`)
    for (const draft of drafts) await app.drafts.discard(draft._id)
    return true
  }
  if (policy === 'wait') {
    const deadline = poll.now() + poll.timeoutMs
    let delay = poll.min
    while (drafts.length > 0 && poll.now() < deadline) {
      logger.info(
        `waiting for draft ${drafts[0]._id} to be deployed or discarded (${Math.round((deadline - poll.now()) / 1000)} s left)`
      )
      await sleep(Math.min(delay, Math.max(0, deadline - poll.now())), poll.signal)
      delay = Math.min(delay * 2, poll.max)
      drafts = await app.drafts.list()
    }
    if (drafts.length === 0) return true
  }
  throw new ConflictError(report.message, report)
}
