// Drift: what changed in the live app since the last deployment realm-deploy made, that the
// repository does not account for, found before any write.
//
// Where "what realm-deploy deployed" comes from: the server's export of that deployment
// (`GET .../export?deployment=<id>`). It is the config that actually went live (templates expanded,
// for that environment), it exists whatever the checkout holds (CI checkouts are shallow, deployment
// names may be custom or `-dirty`), and it needs no git history. The deployments list alone says
// only *that* someone else deployed (user_id, origin), not *what* changed.
//
// Which deployment is realm-deploy's: a successful one by this API key's user that came from a draft
// (realm-deploy always deploys through a draft; a UI or a direct Admin API edit is a deployment
// without one, and another key is another user).
import type { AppClient } from '../admin/app-client.js'
import type { Deployment } from '../admin/types.js'
import type { AppModel } from '../app/model.js'
import { diffItems } from '../plan/diff.js'
import { desiredItems } from '../plan/desired.js'
import type { Change, Plan, PlanItem } from '../plan/types.js'
import { deployedModel } from './deployed-config.js'

export type DriftPolicy = 'warn' | 'fail' | 'overwrite'

export interface DriftItem {
  readonly kind: string
  readonly key: string
  /** What happened outside git: changed (with the fields), added, or removed in the app. */
  readonly action: 'changed' | 'added' | 'removed'
  readonly fields?: string[]
  /** The repository file the deploy would write over it with, when the repository has one. */
  readonly file?: string
}

export interface DriftReport {
  /** The deployment compared against; absent when realm-deploy never deployed this app. */
  readonly since?: { readonly id: string; readonly name: string }
  /** Deployments made since then by others (UI, another key), newest first. */
  readonly others: number
  readonly items: DriftItem[]
  /** One line for a reader: no drift and why, or how much. */
  readonly summary: string
}

/** The newest realm-deploy deployment, and how many deployments came after it. */
export function lastOwnDeployment(
  deployments: readonly Deployment[],
  userId: string
): { own?: Deployment; after: number } {
  const newestFirst = [...deployments].sort((a, b) => Number(b.deployed_at ?? 0) - Number(a.deployed_at ?? 0))
  const index = newestFirst.findIndex(
    d =>
      d.status === 'successful' && d.user_id === userId && typeof d.draft_id === 'string' && d.draft_id !== ''
  )
  return index < 0 ? { after: 0 } : { own: newestFirst[index], after: index }
}

const DRIFT_ACTION = { update: 'changed', create: 'removed', delete: 'added' } as const

/** Pure: the changes from what realm-deploy deployed to what is live, kept where the plan overwrites them. */
export function driftItems(
  deployed: readonly PlanItem[],
  live: readonly PlanItem[],
  plan: Plan
): DriftItem[] {
  const planned = new Map(plan.changes.map(c => [`${c.kind}\u0000${c.key}`, c]))
  return diffItems(deployed, live)
    .changes.map((c: Change) => ({ c, overwrite: planned.get(`${c.kind}\u0000${c.key}`) }))
    .filter(({ overwrite }) => overwrite !== undefined)
    .map(({ c, overwrite }) => ({
      kind: c.kind,
      key: c.key,
      action: DRIFT_ACTION[c.action],
      ...(c.action === 'update' && c.fields ? { fields: c.fields } : {}),
      ...(overwrite?.file ? { file: overwrite.file } : c.desired?.file ? { file: c.desired.file } : {})
    }))
}

export interface DriftInput {
  readonly app: AppClient
  readonly userId: string
  readonly plan: Plan
  readonly remote: readonly PlanItem[]
  readonly environment: string
  /** The deployments list when the run read it already (and nothing was deployed since). */
  readonly deployments?: readonly Deployment[]
}

export async function detectDrift(input: DriftInput): Promise<DriftReport> {
  const { own, after } = lastOwnDeployment(
    input.deployments ?? (await input.app.deployments.list()),
    input.userId
  )
  if (!own) return { others: 0, items: [], summary: 'no drift: realm-deploy has not deployed this app yet' }
  const since = { id: own._id, name: String(own.name ?? own._id) }
  if (after === 0)
    return { since, others: 0, items: [], summary: `no drift: nothing was deployed since ${since.name}` }
  const model: AppModel = await deployedModel(input.app, own._id, input.environment)
  const items = driftItems(desiredItems(model, { environment: input.environment }), input.remote, input.plan)
  const summary =
    items.length === 0
      ? `no drift: ${after} deployment(s) since ${since.name} changed nothing this deploy would overwrite`
      : `drift: ${items.length} resource(s) changed in the app outside git since ${since.name} (${after} deployment(s) since)`
  return { since, others: after, items, summary }
}
