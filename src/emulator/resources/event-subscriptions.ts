// `G/A/event_subscriptions`: the change-stream subscriptions a running app holds. On the service every
// deployed trigger is one (same `_id`), so they are read from the live configuration, never from a
// draft; Device Sync translators exist only with a sync runtime, which the emulator has not, so
// `?type=SYNCTRANSLATOR` lists none. The latest execution is the subscription's newest run
// (trigger-executions.ts; 404 when it has never run).
import { HttpError, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import { triggerView } from './triggers.js'
import { APP, listDocs } from './store.js'
import { withSuspension } from '../trigger-suspension.js'
import { executionView, latestExecutionEntry } from '../trigger-executions.js'
import { badRequest } from './validate.js'

const TYPES = ['DATABASE', 'AUTHENTICATION', 'SCHEDULED', 'SYNCTRANSLATOR']

function subscriptions(ctx: RequestContext): Doc[] {
  const live = ctx.appRecord.live
  return listDocs(live, 'triggers').map(trigger => withSuspension(ctx.appRecord, triggerView(live, trigger)))
}

function listSubscriptions(ctx: RequestContext): Reply {
  const type = ctx.query.get('type')
  if (type !== null && !TYPES.includes(type))
    throw badRequest(`"type" must be one of ${TYPES.join(', ')}; got ${JSON.stringify(type)}`)
  const all = subscriptions(ctx)
  return { status: 200, body: type === null ? all : all.filter(s => s.type === type) }
}

function requireSubscription(ctx: RequestContext): Doc {
  const found = subscriptions(ctx).find(s => s._id === ctx.params.eventSubscriptionId)
  if (!found)
    throw new HttpError(
      404,
      'EventSubscriptionNotFound',
      `event subscription not found: ${ctx.params.eventSubscriptionId}`
    )
  return found
}

function latestExecution(ctx: RequestContext): Reply {
  const subscription = requireSubscription(ctx)
  const id = String(subscription._id)
  const entry = latestExecutionEntry(ctx.appRecord, id)
  if (!entry)
    throw new HttpError(404, 'EventSubscriptionExecutionNotFound', `event subscription ${id} has not run yet`)
  return { status: 200, body: executionView(id, entry) }
}

export function eventSubscriptionRoutes(): Route[] {
  const base = `${APP}/event_subscriptions`
  return [
    { method: 'GET', pattern: base, options: {}, handler: listSubscriptions },
    {
      method: 'GET',
      pattern: `${base}/{eventSubscriptionId}`,
      options: {},
      handler: ctx => ({ status: 200, body: requireSubscription(ctx) })
    },
    {
      method: 'GET',
      pattern: `${base}/{eventSubscriptionId}/execution`,
      options: {},
      handler: latestExecution
    }
  ]
}
