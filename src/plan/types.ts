// The plan: what differs between the repository and the deployed app, resource by resource.
import type { JsonObject } from './canonical.js'
import type { KindName } from './kinds.js'
import type { AssetMetadata } from '../hosting/types.js'

/** One resource on one side, in name form (references by name). */
export interface PlanItem {
  readonly kind: KindName
  /** The match key: name, `METHOD /route`, `data_source/db.collection`, ... */
  readonly key: string
  /** The document as the API takes it, references by name. */
  readonly doc: JsonObject
  /** The canonical form compared with the other side. */
  readonly fields: JsonObject
  /** The repository file it came from (desired side). */
  readonly file?: string
}

export type ChangeAction = 'create' | 'update' | 'delete'

export interface Change {
  readonly kind: KindName
  readonly key: string
  readonly action: ChangeAction
  /** Updates: the top-level fields that differ. */
  readonly fields?: string[]
  /** Functions and webhooks: source lines added and removed. */
  readonly lines?: { readonly added: number; readonly removed: number }
  readonly file?: string
  /** Internal: what the repository wants and what the app has (not part of the JSON plan). */
  readonly desired?: PlanItem
  readonly remote?: PlanItem
}

export interface HostingPlan {
  readonly added: AssetMetadata[]
  readonly bodyChanged: AssetMetadata[]
  readonly attrsChanged: AssetMetadata[]
  readonly removed: string[]
  readonly unchanged: number
}

export interface DependenciesPlan {
  readonly file: string
  readonly reason: string
}

export interface SecretsPlan {
  /** Referenced by the config, missing remotely, value provided: created. */
  readonly create: string[]
  /** Exists remotely, value provided and --update-secrets: overwritten. */
  readonly update: string[]
}

export interface Plan {
  readonly changes: Change[]
  readonly secrets: SecretsPlan
  readonly hosting?: HostingPlan
  readonly dependencies?: DependenciesPlan
  readonly warnings: string[]
}

export function planSize(plan: Plan): number {
  const hosting = plan.hosting
    ? plan.hosting.added.length +
      plan.hosting.bodyChanged.length +
      plan.hosting.attrsChanged.length +
      plan.hosting.removed.length
    : 0
  return (
    plan.changes.length +
    plan.secrets.create.length +
    plan.secrets.update.length +
    hosting +
    (plan.dependencies ? 1 : 0)
  )
}

/** Changes that go inside the draft (hosting assets and dependencies are applied after the deploy). */
export function draftChanges(plan: Plan): number {
  return plan.changes.length + plan.secrets.create.length + plan.secrets.update.length
}
