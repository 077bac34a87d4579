// `G/A/event_subscriptions`: the change-stream subscriptions a running app holds. On the service every
// deployed trigger is one (same `_id`), so they are read from the live configuration, never from a
// draft; Device Sync translators exist only with a sync runtime, which the emulator has not, so
// `?type=SYNCTRANSLATOR` lists none. The latest execution is the newest app log entry the
// subscription left (404 when it has run never).
import { HttpError, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import { triggerView } from './triggers.js'
import { APP, listDocs } from './store.js'
import { withSuspension } from '../trigger-suspension.js'
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

const ejsonDate = (iso: string): Doc => ({ $date: { $numberLong: String(Date.parse(iso)) } })

function latestExecution(ctx: RequestContext): Reply {
  const subscription = requireSubscription(ctx)
  const entry = [...ctx.appRecord.logs].reverse().find(log => log.event_subscription_id === subscription._id)
  if (!entry)
    throw new HttpError(
      404,
      'EventSubscriptionExecutionNotFound',
      `event subscription ${String(subscription._id)} has not run yet`
    )
  return {
    status: 200,
    body: {
      resource_id: { $oid: subscription._id },
      completed_at: ejsonDate(entry.completed),
      cluster_time: ejsonDate(entry.started),
      data: { log_id: entry._id, type: entry.type, ...(entry.error ? { error: entry.error } : {}) }
    }
  }
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
