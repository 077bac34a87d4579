// Static hosting settings: the config singleton (`G/A/hosting/config`: GET with `status`, PATCH
// `{enabled}` 204) and the CDN cache flush (`PUT G/A/hosting/cache`, CLI-only, 204). Turning hosting
// on or off is asynchronous on the real service: GET shows `change_in_progress` for a short while
// (emulator time) before `setup_ok`, so clients exercise their wait.
import type { Doc, Reply, RequestContext, Route } from '../types.js'
import { APP, logWrite, readSingleton, writeSingleton } from './store.js'
import { badRequest, requireBody, requireBoolean, requireString } from './validate.js'

/** How long a hosting or dependency change stays in progress, in emulator time. */
export const SETTLE_MS = 200

export function hostingConfig(ctx: RequestContext): Doc {
  return readSingleton<Doc>(ctx.config(), 'hosting_config') ?? { enabled: false }
}

export function appDefaultDomain(ctx: RequestContext): string {
  return `${ctx.appRecord.app.client_app_id}.mongodbstitch.com`
}

function getHostingConfig(ctx: RequestContext): Reply {
  const stored = hostingConfig(ctx)
  const changedMs = typeof stored.changed_ms === 'number' ? stored.changed_ms : -Infinity
  return {
    status: 200,
    body: {
      enabled: stored.enabled === true,
      status: ctx.now() - changedMs < SETTLE_MS ? 'change_in_progress' : 'setup_ok',
      default_domain: { provider_type: 'aws', config: { app_default_domain: appDefaultDomain(ctx) } }
    }
  }
}

function patchHostingConfig(ctx: RequestContext): Reply {
  const enabled = requireBoolean(requireBody(ctx).enabled, 'enabled')
  const current = hostingConfig(ctx)
  const changed = current.enabled !== enabled
  writeSingleton(ctx, ctx.config(), 'hosting_config', {
    enabled,
    ...(changed ? { changed_ms: ctx.now() } : { changed_ms: current.changed_ms })
  })
  logWrite(ctx, 204, `${enabled ? 'enabled' : 'disabled'} hosting`)
  return { status: 204 }
}

function invalidateCache(ctx: RequestContext): Reply {
  const body = requireBody(ctx)
  requireBoolean(body.invalidate, 'invalidate')
  const path = requireString(body.path, 'path')
  if (!path.startsWith('/')) throw badRequest(`"path" must start with "/": ${JSON.stringify(path)}`)
  logWrite(ctx, 204, `invalidated the hosting cache for ${path}`)
  return { status: 204 }
}

export function hostingRoutes(): Route[] {
  return [
    { method: 'GET', pattern: `${APP}/hosting/config`, handler: getHostingConfig, options: {} },
    {
      method: 'PATCH',
      pattern: `${APP}/hosting/config`,
      handler: patchHostingConfig,
      options: { write: true }
    },
    { method: 'PUT', pattern: `${APP}/hosting/cache`, handler: invalidateCache, options: { write: true } }
  ]
}
