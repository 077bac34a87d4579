// Allowed request origins (`G/A/security/allowed_request_origins`): GET the list; POST a bare JSON
// array of `<scheme>://<host>[:port]` strings, which replaces the whole list (204).
import type { Reply, RequestContext, Route } from '../types.js'
import { APP, logWrite, readSingleton, writeSingleton } from './store.js'
import { badRequest } from './validate.js'

const ORIGIN = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/\s:?#]+(:\d{1,5})?$/

function listOrigins(ctx: RequestContext): Reply {
  return { status: 200, body: readSingleton<string[]>(ctx.config(), 'allowed_request_origins') ?? [] }
}

function setOrigins(ctx: RequestContext): Reply {
  const body = ctx.json()
  if (!Array.isArray(body)) throw badRequest('the request body must be a JSON array of origins')
  body.forEach((origin, i) => {
    if (typeof origin !== 'string' || !ORIGIN.test(origin)) {
      throw badRequest(
        `[${i}] ${JSON.stringify(origin)} is not an origin of the form <scheme>://<host>[:port]`
      )
    }
  })
  writeSingleton(ctx, ctx.config(), 'allowed_request_origins', [...body])
  logWrite(ctx, 204, `set ${body.length} allowed request origin(s)`)
  return { status: 204 }
}

export function securityRoutes(): Route[] {
  const path = `${APP}/security/allowed_request_origins`
  return [
    { method: 'GET', pattern: path, handler: listOrigins, options: {} },
    { method: 'POST', pattern: path, handler: setOrigins, options: { write: true } }
  ]
}
