// `PATCH G/A/push` (adminPushAppConfiguration): "overwrites the entire existing App configuration"
// with a PushPullAppConfig. The user's view (their draft, else live) is emptied of everything the
// document describes, then rebuilt through each resource's own create route (push-apply.ts), so a push
// is validated exactly like the single writes. All or nothing: the push is first tried on a copy, and
// on any refusal nothing changes and the 400 names the part that failed. Secrets and the security settings, which the
// document does not carry, are kept.
import { HttpError, type AppConfig, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import { authRoutes } from './auth.js'
import { dispatcher, scratchContext } from './dispatch.js'
import { endpointRoutes } from './endpoints.js'
import { environmentRoutes } from './environments.js'
import { functionRoutes } from './functions.js'
import { graphqlRoutes } from './graphql.js'
import { hostingRoutes } from './hosting.js'
import { logForwarderRoutes } from './log-forwarders.js'
import { applyPush, type PushIds } from './push-apply.js'
import { ruleRoutes } from './rules.js'
import { schemaRoutes } from './schemas.js'
import { serviceRoutes } from './services.js'
import { APP, logWrite } from './store.js'
import { triggerRoutes } from './triggers.js'
import { requireBody } from './validate.js'
import { valueRoutes } from './values.js'
import { webhookRoutes } from './webhooks.js'

/** The spec's required top-level fields of PushPullAppConfig. */
const REQUIRED = [
  'name',
  'provider_region',
  'deployment_model',
  'auth_providers',
  'data_sources',
  'endpoints',
  'environments',
  'functions',
  'graphql',
  'hosting',
  'https_endpoints',
  'log_forwarders',
  'schemas',
  'services',
  'sync',
  'triggers',
  'values'
]
/** Collections and singletons the document does not describe: a push leaves them alone. */
const KEPT_KINDS = ['secrets', 'access_list', 'private_endpoints']
const KEPT_SINGLETONS = [
  'allowed_request_origins',
  'refresh_token_expiration',
  'allow_non_vpc_client_requests',
  'environment',
  'hosting_config'
]

const routes = (): Route[] => [
  ...valueRoutes(),
  ...environmentRoutes(),
  ...functionRoutes(),
  ...serviceRoutes(),
  ...ruleRoutes(),
  ...webhookRoutes(),
  ...authRoutes(),
  ...triggerRoutes(),
  ...endpointRoutes(),
  ...graphqlRoutes(),
  ...logForwarderRoutes(),
  ...schemaRoutes(),
  ...hostingRoutes()
]

function emptyConfig(ctx: RequestContext, config: AppConfig): void {
  for (const [kind, docs] of Object.entries(config.collections)) {
    if (KEPT_KINDS.includes(kind)) continue
    for (const id of Object.keys(docs)) ctx.touch(`${kind}/${id}`)
    config.collections[kind] = {}
  }
  for (const key of Object.keys(config.singletons)) {
    if (KEPT_SINGLETONS.includes(key)) continue
    delete config.singletons[key]
    ctx.touch(`singleton/${key}`)
  }
}

function pushIds(config: AppConfig): PushIds {
  const services = Object.values(config.collections.services ?? {})
  return {
    functions: new Map(),
    services: new Map(),
    oldServiceNames: new Map(services.map(s => [s._id as string, String(s.name)]))
  }
}

/** Empties `ctx`'s view and rebuilds it from `body`. */
async function replaceConfig(ctx: RequestContext, body: Doc): Promise<void> {
  const ids = pushIds(ctx.config())
  emptyConfig(ctx, ctx.config())
  await applyPush(dispatcher(ctx, routes), body, ids)
}

async function push(ctx: RequestContext): Promise<Reply> {
  const body = requireBody(ctx)
  const missing = REQUIRED.filter(field => body[field] === undefined)
  if (missing.length > 0)
    throw new HttpError(400, 'InvalidParameter', `missing required field(s): ${missing.join(', ')}`)
  // All or nothing: the whole push is tried on a copy first, so a refusal leaves no trace.
  try {
    await replaceConfig(scratchContext(ctx), body)
  } catch (error) {
    if (error instanceof HttpError)
      throw new HttpError(400, error.errorCode, `push refused: ${error.message}`)
    throw error
  }
  await replaceConfig(ctx, body)
  logWrite(ctx, 204, 'pushed a whole app configuration')
  return { status: 204 }
}

export function pushRoutes(): Route[] {
  return [{ method: 'PATCH', pattern: `${APP}/push`, options: { write: true }, handler: push }]
}
