// Rollback: put a past deployment's configuration back live with `POST .../deployments/{id}/redeploy`.
// The target is chosen among the deployments the API lists (by id, by name — realm-deploy names
// deployments after the git tag or sha — or by default the newest successful one before the current
// one); the plan between now and then comes from that deployment's export; the redeploy is waited
// for with the same bounded poll as a deploy and verified (the newest deployment is the redeploy,
// successful, and a plan against the target's config shows no changes).
import type { AppClient } from '../admin/app-client.js'
import type { Deployment } from '../admin/types.js'
import type { AppModel } from '../app/model.js'
import { ConfigError, DeployError } from '../errors.js'
import type { Logger } from '../log.js'
import { diffItems } from '../plan/diff.js'
import { desiredItems } from '../plan/desired.js'
import { remoteItems } from '../plan/remote.js'
import type { Plan } from '../plan/types.js'
import { deployedModel } from './deployed-config.js'
import { pollUntil, type Poll } from './poll.js'
import { readSnapshot } from './snapshot.js'

export interface RollbackTarget {
  readonly target: Deployment
  readonly current: Deployment
}

const label = (d: Deployment): string => `${d._id}${d.name && d.name !== d._id ? ` '${String(d.name)}'` : ''}`

function refuse(message: string): ConfigError {
  return new ConfigError([{ source: '--to', severity: 'error', message }])
}

/** Pure: the deployment to go back to, from the API's list (newest first). */
export function chooseTarget(deployments: readonly Deployment[], to: string | undefined): RollbackTarget {
  const successful = deployments.filter(d => d.status === 'successful')
  const current = successful[0]
  if (!current) throw refuse('the app has no successful deployment to roll back from')
  const known = successful.slice(0, 10).map(label).join(', ')
  const target =
    to === undefined
      ? successful[1]
      : (deployments.find(d => d._id === to) ?? successful.find(d => d.name === to))
  if (!target)
    throw refuse(
      to === undefined
        ? `the app has no successful deployment before the current one (${label(current)})`
        : `no deployment ${JSON.stringify(to)} among the ${deployments.length} the API lists (by id or name); the successful ones, newest first: ${known}`
    )
  if (target._id === current._id)
    throw refuse(`${label(target)} is the current deployment: there is nothing to roll back to`)
  if (target.status !== 'successful')
    throw refuse(`${label(target)} is ${target.status}: only a successful deployment can be redeployed`)
  return { target, current }
}

/** What redeploying `model` (the target's config) changes in the app now. */
export async function rollbackPlan(app: AppClient, model: AppModel): Promise<Plan> {
  const snapshot = await readSnapshot(app, { hosting: false })
  const diff = diffItems(desiredItems(model), remoteItems(snapshot), { secretValues: new Map() })
  return { changes: diff.changes, secrets: { create: [], update: [] }, warnings: [] }
}

export async function targetModel(app: AppClient, target: Deployment): Promise<AppModel> {
  return deployedModel(app, target._id, '')
}

const TERMINAL = new Set(['successful', 'failed'])

/** Redeploys and waits (bounded) for the deployment the redeploy added to finish. */
export async function redeployAndWait(
  app: AppClient,
  target: Deployment,
  poll: Poll,
  logger: Logger
): Promise<Deployment> {
  const before = new Set((await app.deployments.list()).map(d => d._id))
  await app.deployments.redeploy(target._id)
  logger.info(`redeploying ${label(target)}`)
  let last = 'unknown'
  const done = await pollUntil(poll, async () => {
    const added = (await app.deployments.list()).find(d => !before.has(d._id))
    if (added && added.status !== last) logger.info(`deployment ${added._id}: ${added.status}`)
    last = added?.status ?? last
    return added && TERMINAL.has(added.status) ? added : undefined
  })
  if (!done)
    throw new DeployError(
      `the redeploy of ${target._id} had not finished after ${Math.round(poll.timeoutMs / 1000)} s (last seen: ${last}); check the app's deployment history`
    )
  return done
}

/** After the redeploy: the newest deployment is it and successful, and the app matches the target. */
export async function verifyRollback(
  app: AppClient,
  redeploy: Deployment,
  model: AppModel
): Promise<string[]> {
  const problems: string[] = []
  const [newest] = await app.deployments.list()
  if (newest?._id !== redeploy._id)
    problems.push(`deployment ${String(newest?._id)} was made after the redeploy (${redeploy._id})`)
  else if (newest.status !== 'successful') problems.push(`the redeploy ${redeploy._id} is ${newest.status}`)
  const left = (await rollbackPlan(app, model)).changes
  if (left.length > 0)
    problems.push(
      `after the redeploy the app still differs from the target in ${left.length} resource(s): ${left
        .slice(0, 5)
        .map(c => `${c.kind} ${c.key}`)
        .join(', ')}`
    )
  return problems
}
