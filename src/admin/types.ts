// The Admin API documents this client reads. Only the fields the project relies on are typed (and
// checked in shapes.ts); everything else the server sends is kept as it is.

/** Any JSON object the API sends or takes. */
export type Doc = Record<string, unknown>

export type AppProduct = 'standard' | 'atlas' | 'data-api' | 'device-sync'
export const appProducts: readonly AppProduct[] = ['standard', 'atlas', 'data-api', 'device-sync']

export interface AppInstance extends Doc {
  readonly _id: string
  readonly client_app_id: string
  readonly name: string
  readonly group_id?: string
  readonly product?: string
  readonly location?: string
  readonly deployment_model?: string
  readonly provider_region?: string
  readonly environment?: string
}

/** `AppConstructor`: what creating an app takes. */
export interface AppCreate extends Doc {
  readonly name: string
  readonly location?: string
  readonly provider_region?: string
  readonly deployment_model?: string
  readonly environment?: string
}

export interface DeploymentDraft extends Doc {
  readonly _id: string
  readonly user_id?: string
}

export interface Deployment extends Doc {
  readonly _id: string
  readonly status: string
  readonly draft_id?: string
  readonly name?: string
  readonly status_error_message?: string
}

export interface DraftDiff extends Doc {
  readonly diffs: string[]
}

/** A document of a resource collection (function, value, trigger, ...): always has an `_id`. */
export interface Resource extends Doc {
  readonly _id: string
}

export interface AssetAttribute {
  readonly name: string
  readonly value: string
}

export interface HostedAsset extends Doc {
  readonly path: string
  readonly hash?: string
  readonly size?: number
  readonly attrs: AssetAttribute[]
  readonly last_modified?: number
}

export interface DependenciesStatus extends Doc {
  readonly status: string
  readonly status_message?: string
}

export interface LogEntry extends Doc {
  readonly _id?: string
  readonly type: string
  readonly started?: string
  readonly completed?: string
  readonly error?: string
  readonly error_code?: string
  readonly status?: number
  readonly messages?: unknown[]
  readonly function_name?: string
  readonly co_id?: string
}

export interface LogPage {
  readonly logs: LogEntry[]
  readonly nextEndDate?: string
  readonly nextSkip?: number
}
