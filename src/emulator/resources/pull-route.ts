// The `GET G/A/pull` route: JSON (pull.ts) unless the client accepts only a zip (config-archive.ts).
// Its own module so that the archive, which is built from the JSON pull, and the JSON pull do not
// import each other.
import type { Reply, RequestContext, Route } from '../types.js'
import { pullArchiveReply } from './config-archive.js'
import { pullAppConfig } from './pull.js'
import { APP } from './store.js'

function pull(ctx: RequestContext): Reply {
  const accept = String(ctx.headers.accept ?? '')
  if (/application\/zip/i.test(accept) && !/application\/json|\*\/\*/i.test(accept))
    return pullArchiveReply(ctx)
  return { status: 200, body: pullAppConfig(ctx) }
}

export function pullRoutes(): Route[] {
  return [{ method: 'GET', pattern: `${APP}/pull`, handler: pull, options: {} }]
}
