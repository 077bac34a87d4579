// Deploys the draft and waits for the deployment to finish, then checks it is the app's newest.
import type { AppClient } from '../admin/app-client.js'
import type { Deployment } from '../admin/types.js'
import { ConflictError, DeployError } from '../errors.js'
import type { Logger } from '../log.js'
import { pollUntil, type Poll } from './poll.js'

const TERMINAL = new Set(['successful', 'failed'])

export async function deployDraft(
  app: AppClient,
  draftId: string,
  name: string,
  poll: Poll,
  logger: Logger
): Promise<Deployment> {
  const started = await app.drafts.deploy(draftId, name)
  // The first read goes out at once (it is the first poll); the waits between reads back off.
  let last: string | undefined
  const done = await pollUntil(
    poll,
    async () => {
      const d = await app.deployments.get(started._id)
      if (last === undefined) logger.info(`deployment ${d._id}${name ? ` '${name}'` : ''}: ${d.status}`)
      else if (d.status !== last) logger.info(`deployment ${d._id}: ${d.status}`)
      last = d.status
      return TERMINAL.has(d.status) ? d : undefined
    },
    elapsed => logger.debug(`deployment ${started._id} still ${last} after ${Math.round(elapsed / 1000)} s`)
  )
  if (!done) {
    throw new DeployError(
      `deployment ${started._id} was still '${last}' after ${Math.round(poll.timeoutMs / 1000)} s; it may still finish: check the app's deployment history`
    )
  }
  return done
}

/** The deployment must be the app's newest and successful; otherwise someone deployed after it. */
export async function verifyDeployment(app: AppClient, deployment: Deployment): Promise<string | undefined> {
  const [newest] = await app.deployments.list()
  if (!newest) return `the app lists no deployments, yet deployment ${deployment._id} was reported`
  if (newest._id !== deployment._id) {
    return `deployment ${newest._id} (${newest.status}) was made after ours (${deployment._id}): the app may not match the repository`
  }
  return newest.status === 'successful' ? undefined : `deployment ${deployment._id} is now '${newest.status}'`
}

/** The Admin API gives no conflict code; a failed deployment whose message speaks of one is one. */
export function isConflictMessage(message: string | undefined): boolean {
  return /conflict|changed after|out of date|invalid draft|draft is invalid|modified since/i.test(
    message ?? ''
  )
}

/**
 * A deployment still in progress (a previous run's, or someone's) has not reached the app yet, so a
 * plan read now would repeat its changes: wait for it to finish first (bounded). `listed`: the list
 * when the caller read it already.
 * Returns the id of the app's newest deployment, what the plan is read after, and whether it waited
 * (then the app may have changed since anything read before).
 */
export async function waitForRunningDeployment(
  app: AppClient,
  poll: Poll,
  logger: Logger,
  listed?: readonly Deployment[]
): Promise<{ newest?: string; waited: boolean }> {
  const [newest] = listed ?? (await app.deployments.list())
  if (!newest || TERMINAL.has(newest.status)) return { newest: newest?._id, waited: false }
  logger.info(`deployment ${newest._id} is still ${newest.status}: waiting for it to finish before planning`)
  const done = await pollUntil(poll, async () => {
    const d = await app.deployments.get(newest._id)
    return TERMINAL.has(d.status) ? d : undefined
  })
  if (done) return { newest: newest._id, waited: true }
  const message = `deployment ${newest._id} was still in progress after ${Math.round(poll.timeoutMs / 1000)} s`
  throw new ConflictError(message, {
    cause: 'deployed-meanwhile',
    message,
    items: [],
    resolution: `Wait for deployment ${newest._id} to finish (the app's deployment history shows it), then rerun.`
  })
}
