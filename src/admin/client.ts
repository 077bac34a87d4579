// The Admin API client the rest of the project uses: `createAdminClient(options)`. Everything that
// varies between a real run and a test (fetch, clock, proxy, retry policy, timeouts) is an option.
import { silentLogger, type Logger } from '../log.js'
import { registerSecret } from '../secrets.js'
import { createAppClient, type AppClient } from './app-client.js'
import { createAppsApi, type AppsApi } from './apps.js'
import { proxyDispatcherFor } from './proxy.js'
import { defaultRetryPolicy, systemClock, type Clock, type RetryPolicy } from './retry.js'
import { createTransport, type Transport } from './transport.js'

export const defaultBaseUrl = 'https://services.cloud.mongodb.com'

export interface AdminClientOptions {
  /** Default https://services.cloud.mongodb.com; `/api/admin/v3.0` is appended. */
  readonly baseUrl?: string
  readonly publicKey: string
  readonly privateKey: string
  readonly logger?: Logger
  readonly fetch?: typeof fetch
  /** Aborting it stops the work in flight with CancelledError. */
  readonly signal?: AbortSignal
  readonly retry?: Partial<RetryPolicy>
  /** Per attempt. Default 30 s. */
  readonly timeoutMs?: number
  /** Per attempt of an upload (hosting assets, dependencies). Default 5 minutes. */
  readonly uploadTimeoutMs?: number
  readonly clock?: Clock
  /**
   * The undici dispatcher given to fetch. Default: the proxy from HTTPS_PROXY / HTTP_PROXY /
   * NO_PROXY, or none. `null` forces a direct connection.
   */
  readonly dispatcher?: unknown
  /** The largest response body read; default 64 MB (`defaultMaxResponseBytes`). */
  readonly maxResponseBytes?: number
}

export interface AdminClient {
  readonly apps: AppsApi
  /** `appId` is the app's `_id`, not its client_app_id. */
  app(groupId: string, appId: string): AppClient
  /** The Admin API user id of the session (logs in when needed). */
  userId(): Promise<string>
  /** The same session bound to another signal: cleanup after a cancellation uses its own. */
  withSignal(signal: AbortSignal | undefined): AdminClient
}

export function createAdminClient(options: AdminClientOptions): AdminClient {
  registerSecret(options.publicKey)
  registerSecret(options.privateKey)
  const baseUrl = options.baseUrl ?? defaultBaseUrl
  const dispatcher =
    options.dispatcher === null ? undefined : (options.dispatcher ?? proxyDispatcherFor(baseUrl))
  const logger = options.logger ?? silentLogger
  if (dispatcher) logger.debug('Admin API requests go through the proxy set in HTTPS_PROXY / HTTP_PROXY')
  const transport = createTransport({
    baseUrl,
    publicKey: options.publicKey,
    privateKey: options.privateKey,
    logger,
    fetch: options.fetch ?? globalThis.fetch,
    signal: options.signal,
    retry: { ...defaultRetryPolicy, ...options.retry },
    timeoutMs: options.timeoutMs ?? 30_000,
    clock: options.clock ?? systemClock,
    dispatcher,
    maxResponseBytes: options.maxResponseBytes
  })
  return clientOver(transport, options.uploadTimeoutMs ?? 300_000)
}

function clientOver(transport: Transport, uploadTimeoutMs: number): AdminClient {
  return {
    apps: createAppsApi(transport),
    app: (groupId, appId) => createAppClient(transport, groupId, appId, { uploadTimeoutMs }),
    userId: () => transport.userId(),
    withSignal: signal => clientOver(transport.withSignal(signal), uploadTimeoutMs)
  }
}
