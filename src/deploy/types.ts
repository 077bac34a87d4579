// What a run is asked to do (built by the CLI and by the action) and what it reports back.
import type { AdminClientOptions } from '../admin/client.js'
import type { LogEntry } from '../admin/types.js'
import type { Problem } from '../errors.js'
import type { Logger } from '../log.js'
import type { Plan } from '../plan/types.js'
import type { DriftPolicy, DriftReport } from './drift.js'
import type { TriggerHealth, TriggerHealthPolicy } from './trigger-health.js'

export type DraftPolicy = 'fail' | 'discard' | 'wait'

export interface DeploySettings {
  readonly appDir: string
  readonly projectId: string
  /** client_app_id, name or `_id`; default: the config's app id, else its name. */
  readonly app?: string
  readonly baseUrl?: string
  readonly publicKey: string
  readonly privateKey: string
  /** `plan` reads and plans only; `deploy` applies. */
  readonly mode: 'plan' | 'deploy'
  /** Create the app when it does not exist (with `createName` or the config's name). */
  readonly createApp?: boolean
  readonly createName?: string
  readonly secretValues: ReadonlyMap<string, string>
  readonly updateSecrets?: boolean
  /** Overrides the config's active App Services environment. */
  readonly environment?: string
  readonly noDelete?: boolean
  /** Warnings stop the run like errors (exit 2, nothing written). */
  readonly strict?: boolean
  readonly includeHosting?: boolean
  readonly keepRemoteAssets?: boolean
  readonly hostingIgnore?: readonly string[]
  readonly uploadConcurrency?: number
  readonly onDraftConflict?: DraftPolicy
  readonly deploymentName?: string
  /** Bounds the wait for the deployment, a draft to go away, and the dependency install. */
  readonly timeoutMs?: number
  /** Plan and deploy: what to do when the app changed outside git since realm-deploy's last deployment (absent: no check). */
  readonly onDrift?: DriftPolicy
  /** Called with the drift report before any write (the CLI prints it under the plan). */
  readonly showDrift?: (report: DriftReport) => void
  /** Deploy: check the triggers after the deployment (absent: no check). */
  readonly triggerHealth?: TriggerHealthPolicy
  readonly logger: Logger
  readonly signal?: AbortSignal
  /** Kinds (and `hosting`, `dependencies`) left out of the plan and the deploy (see exclude.ts). */
  readonly exclude?: readonly string[]
  /** Called with the plan as soon as it is made, before any write (the CLI prints it there). */
  readonly onPlan?: (plan: Plan) => void
  /** Asked once before the first write; false stops the run with nothing written (exit 4). */
  readonly confirmWrite?: (intent: WriteIntent) => Promise<boolean>
  /** How the user passes the keys and the project here (flags or inputs), for access-error hints. */
  readonly accessSources?: { readonly key: string; readonly project: string }
  /** Test seams: fetch, clock, retry policy, dispatcher. */
  readonly client?: Partial<AdminClientOptions>
  /** Poll intervals (tests shorten them). */
  readonly pollMs?: { readonly min: number; readonly max: number }
}

/** The first write a deploy is about to make. */
export type WriteIntent =
  | { readonly action: 'create-app'; readonly name: string; readonly projectId: string }
  | {
      readonly action: 'apply'
      readonly plan: Plan
      readonly app: string
      /** With on-draft-conflict discard: the open draft the run discards first. */
      readonly discardDraft?: string
    }

export type RunStatus =
  | 'deployed'
  | 'no-changes'
  | 'planned'
  | 'conflict'
  | 'failed'
  | 'invalid'
  | 'aborted'
  | 'cancelled'
  | 'degraded'
  | 'drift'

export interface ConflictItem {
  readonly kind: string
  readonly key: string
  /** What the repository wants (changed fields, or the whole resource for a create). */
  readonly wants: string
  /** What the app has now. */
  readonly has: string
}

export interface ConflictReport {
  /**
   * What conflicted: a draft open before the run began, another run's draft opened while this one
   * planned (never to be discarded), or a change deployed meanwhile.
   */
  readonly cause: 'open-draft' | 'concurrent-run' | 'deployed-meanwhile'
  readonly message: string
  readonly draftId?: string
  readonly draftDiff?: string[]
  readonly items: ConflictItem[]
  readonly resolution: string
}

export interface HostingResult {
  readonly uploaded: number
  readonly attrsUpdated: number
  readonly deleted: number
  readonly failed: string[]
  readonly notAttempted: number
}

export interface DeployResult {
  readonly status: RunStatus
  readonly exitCode: number
  readonly app?: {
    readonly id: string
    readonly clientAppId: string
    readonly name: string
    readonly groupId: string
    readonly created: boolean
  }
  readonly plan?: Plan
  readonly deployment?: {
    readonly id: string
    readonly name: string
    readonly status: string
    readonly errorMessage?: string
  }
  readonly conflict?: ConflictReport
  readonly hosting?: HostingResult
  readonly dependencies?: { readonly status: string; readonly message?: string }
  /** Rollback: the deployment that was current and the one redeployed. */
  readonly rollback?: {
    readonly from: { readonly id: string; readonly name: string }
    readonly to: { readonly id: string; readonly name: string }
  }
  /** Plan and deploy: what changed in the app outside git (drift.ts). */
  readonly drift?: DriftReport
  /** Deploy: the triggers' state after the deployment (trigger-health.ts). */
  readonly triggerHealth?: TriggerHealth
  /** Error entries the app logged since the deploy began. */
  readonly errorLogs?: LogEntry[]
  readonly error?: string
  /** Status `invalid`: every problem found (file, line, field), for annotations. */
  readonly problems?: readonly Problem[]
  readonly warnings: string[]
}
