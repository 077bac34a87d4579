// The emulator's shared contract: the persisted state, the request context a route handler gets,
// and how handlers register routes. The core (server, auth, apps, drafts, deployments, logs,
// persistence, faults) implements it; resource modules (functions, triggers, hosting, ...) use it.

/** Any JSON document stored by the emulator. */
export type Doc = Record<string, unknown>

/**
 * The deployable configuration of one app: what a draft copies and a deployment publishes.
 * `collections[kind][_id]` holds documents of a collection resource (functions, values, secrets,
 * environment_values, triggers, services, rules, auth_providers, endpoints, log_forwarders,
 * custom_resolvers, schemas, incoming_webhooks). Child documents (rules, webhooks) carry the
 * parent's id in a field (`service_id`). `singletons[key]` holds one-per-app documents
 * (`environment`, `allowed_request_origins`, `custom_user_data`, `hosting_config`, `graphql_config`,
 * `graphql_validation`, `data_api_config`, `sync_config`, `default_rule:<serviceId>`,
 * `service_config:<serviceId>`, ...).
 */
export interface AppConfig {
  collections: Record<string, Record<string, Doc>>
  singletons: Record<string, unknown>
}

/** Key of one deployable unit inside AppConfig, used for conflict detection: `kind/_id` or `singleton/key`. */
export type ResourceKey = string

export interface AppInstance {
  _id: string
  client_app_id: string
  name: string
  group_id: string
  domain_id: string
  location: string
  deployment_model: string
  provider_region: string
  environment: string
  product: string
  last_used: number
  last_modified: number
  template_id?: string
}

export interface Draft {
  _id: string
  user_id: string
  /** `revision` of the live config when the draft was opened. */
  base_revision: number
  config: AppConfig
  /** Resource keys the draft changed. */
  touched: ResourceKey[]
  created_at: number
}

export interface Deployment {
  _id: string
  name: string
  app_id: string
  draft_id: string
  user_id: string
  deployed_at: number
  origin: string
  commit: string
  status: 'created' | 'pending' | 'successful' | 'failed'
  status_error_message: string
  diff_url: string
  remote_location: string
}

export interface LogEntry {
  _id: string
  co_id: string
  type: string
  domain_id: string
  app_id: string
  group_id: string
  request_url?: string
  request_method?: string
  started: string
  completed: string
  error?: string
  error_code?: string
  status?: number
  messages?: unknown[]
  user_id?: string
  function_name?: string
  function_id?: string
  event_subscription_id?: string
  event_subscription_name?: string
}

export interface HostedAsset {
  path: string
  hash: string
  size: number
  attrs: Array<{ name: string; value: string }>
  last_modified: number
  /** Base64 of the bytes, so a restart keeps them. */
  body: string
}

export interface AppRecord {
  app: AppInstance
  live: AppConfig
  /** Incremented on every change to `live`. */
  revision: number
  /** For each resource key, the `revision` at which `live` last changed it. */
  changed_at: Record<ResourceKey, number>
  drafts: Record<string, Draft>
  deployments: Deployment[]
  logs: LogEntry[]
  /** Hosting assets and dependencies are not draft-scoped (realm-cli applies them after deploying). */
  hosting_assets: Record<string, HostedAsset>
  dependencies: Doc | null
  dependencies_status: { status: 'created' | 'successful' | 'failed'; status_message: string } | null
  /** Core-owned (optional so older state files load): drafts consumed by a deployment that has not finished yet. */
  deploying?: Record<string, { draft: Draft; started_ms: number }>
  /** Core-owned: the live config right after each successful deployment, for redeploy. */
  snapshots?: Record<string, AppConfig>
  /** Core-owned: the `deploy/config` document. */
  deploy_config?: Doc
  /** App API keys (end-user credentials, not configuration: outside drafts); the key itself is never kept. */
  api_keys?: Record<string, Doc>
  /** The last deployment migration (`deployment_migration`), if any. */
  deployment_migration?: Doc
}

export interface ApiKeyUser {
  user_id: string
  public_key: string
  private_key: string
  projects: string[]
}

export interface EmulatorState {
  schema: 1
  /** Counter behind generated ids: restart-safe and deterministic for a given history. */
  next_id: number
  users: ApiKeyUser[]
  groups: Record<string, { apps: Record<string, AppRecord> }>
  /** access token -> session; refresh token -> user. */
  access_tokens: Record<string, { user_id: string; expires_at: number }>
  refresh_tokens: Record<string, { user_id: string }>
}

/** A reply from a handler. `body: undefined` sends no body. */
export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** Thrown by handlers (and the core) to send an `{error, error_code}` reply. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string
  ) {
    super(message)
  }
}

export interface RequestContext {
  readonly method: string
  /** Path below `/api/admin/v3.0`, e.g. `/groups/g1/apps/a1/functions`. */
  readonly path: string
  readonly params: Readonly<Record<string, string>>
  readonly query: URLSearchParams
  readonly headers: Readonly<Record<string, string | string[] | undefined>>
  /** The authenticated user (absent only on unauthenticated routes). */
  readonly user: ApiKeyUser
  /** Present on routes under `/groups/{groupId}/apps/{appId}`: 404 is sent by the core otherwise. */
  readonly appRecord: AppRecord
  /** The whole state, for the core's own routes. */
  readonly state: EmulatorState
  /** The body parsed as JSON (400 on malformed JSON; `undefined` when empty). */
  json(): unknown
  /** The raw body bytes. */
  readonly rawBody: Buffer
  /**
   * The config this user reads and writes: their open draft's copy when they have a draft,
   * else the live config. Writes to it must be followed by `touch`.
   */
  config(): AppConfig
  /** Records that a resource changed (for the draft's conflict detection, or a live revision). */
  touch(key: ResourceKey): void
  /** A new 24-hex ObjectId-like id. */
  newId(): string
  /** Current time in ms (injectable clock). */
  now(): number
  /** Appends a log entry to this app's logs. */
  log(entry: Partial<LogEntry> & { type: string }): void
}

export type Handler = (ctx: RequestContext) => Reply | Promise<Reply>

export interface RouteOptions {
  /** No bearer token needed (login, refresh use their own token rules). */
  readonly public?: boolean
  /** The route changes state: faults may land before or after it; state is persisted after it. */
  readonly write?: boolean
}

export interface Route {
  readonly method: string
  /** A path pattern below `/api/admin/v3.0` with `{param}` segments. */
  readonly pattern: string
  readonly handler: Handler
  readonly options: RouteOptions
}

/** Each resource module exports a function that returns its routes. */
export type RouteModule = () => Route[]
