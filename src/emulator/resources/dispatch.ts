// Runs another resource route inside the current request, as if the same user had sent it: composite
// operations (linking several data sources, pushing a whole configuration) reuse each resource's own
// validation, storage, change tracking and log entries instead of copying them. A scratch context
// lets them try the whole operation on a copy first, so a refused request changes nothing at all
// (no revision, no change record, no automatic deployment).
import { HttpError, type AppConfig, type Reply, type RequestContext, type Route } from '../types.js'
import { APP } from './store.js'

export interface SubRequest {
  readonly method: string
  /** Below the app, e.g. `/functions` or `/services/{serviceId}/rules`. */
  readonly path: string
  readonly params?: Record<string, string>
  readonly body?: unknown
}

export type Dispatch = (request: SubRequest) => Promise<Reply>

/** A dispatcher over `routes` for the app of `ctx`; an error reply becomes an HttpError. */
export function dispatcher(ctx: RequestContext, routes: () => readonly Route[]): Dispatch {
  return async request => {
    const pattern = `${APP}${request.path}`
    const route = routes().find(r => r.method === request.method && r.pattern === pattern)
    if (!route) throw new HttpError(500, 'InternalServerError', `no route ${request.method} ${pattern}`)
    const params = { ...ctx.params, ...(request.params ?? {}) }
    const sub = Object.create(ctx, {
      method: { value: request.method },
      params: { value: params },
      json: { value: () => request.body },
      rawBody: { value: Buffer.from(JSON.stringify(request.body ?? null)) }
    }) as RequestContext
    return route.handler(sub)
  }
}

/** `ctx` reading and writing a deep copy of the caller's view, recording no change and no log. */
export function scratchContext(ctx: RequestContext): RequestContext {
  const copy: AppConfig = structuredClone(ctx.config())
  return Object.create(ctx, {
    config: { value: () => copy },
    touch: { value: () => undefined },
    log: { value: () => undefined }
  }) as RequestContext
}
