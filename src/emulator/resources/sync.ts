// Device Sync's Development Mode switch (`PUT G/A/sync/config {development_mode_enabled}`): absent
// from the spec, documented in DOCS and used by RCORE and RJS. Flexible sync itself lives in a data
// source's config (services.ts).
import type { Doc, Reply, RequestContext, Route } from '../types.js'
import { APP, logWrite, readSingleton, writeSingleton } from './store.js'
import { optionalBoolean, requireBody } from './validate.js'

export function syncConfig(ctx: RequestContext): Doc {
  return readSingleton<Doc>(ctx.config(), 'sync_config') ?? { development_mode_enabled: false }
}

function putSyncConfig(ctx: RequestContext): Reply {
  const body = requireBody(ctx)
  const doc = {
    development_mode_enabled: optionalBoolean(
      body.development_mode_enabled,
      'development_mode_enabled',
      false
    )
  }
  writeSingleton(ctx, ctx.config(), 'sync_config', doc)
  logWrite(ctx, 204, `set sync development mode (enabled: ${String(doc.development_mode_enabled)})`)
  return { status: 204 }
}

export function syncRoutes(): Route[] {
  return [
    {
      method: 'GET',
      pattern: `${APP}/sync/config`,
      handler: ctx => ({ status: 200, body: syncConfig(ctx) }),
      options: {}
    },
    { method: 'PUT', pattern: `${APP}/sync/config`, handler: putSyncConfig, options: { write: true } }
  ]
}
