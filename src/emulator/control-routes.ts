// The emulator's control routes, under `/__emulator` (no Admin API path starts with it): changes the
// real service makes by itself and no Admin API request can, so tests and a user's CI can simulate
// them over HTTP against a standalone `realm-deploy emulator`:
//   POST /__emulator/groups/{groupId}/apps/{app}/triggers/{trigger}/suspend    {"error"?: "..."}
//   POST /__emulator/groups/{groupId}/apps/{app}/triggers/{trigger}/execution  {"error"?: "..."}
// `{app}` is the app's _id, client_app_id or name; `{trigger}` the trigger's name. `suspend` suspends
// a database trigger (the event subscription shows it until PUT .../triggers/{id}/resume); `execution`
// records a run of any trigger, failed when `error` is given (its latest execution), so a failing
// trigger can be made, and made healthy again. They take the same bearer token as the API, from a key
// with access to the project: a change to an app needs the credentials any other change needs, even
// when the emulator listens beyond loopback (--host), and a user's CI that can deploy can use them.
import {
  HttpError,
  type Doc,
  type EmulatorState,
  type AppRecord,
  type Reply,
  type RequestContext
} from './types.js'
import type { Route } from './types.js'
import { executionView, recordExecution } from './trigger-executions.js'
import {
  findAppRecord,
  HISTORY_LOST,
  liveTrigger,
  suspendLiveTrigger,
  withSuspension
} from './trigger-suspension.js'
import { triggerView } from './resources/triggers.js'
import { badRequest, isObject } from './resources/validate.js'

export const CONTROL_PREFIX = '/__emulator'

const TRIGGER = '/groups/{groupId}/apps/{app}/triggers/{trigger}'

interface Target {
  readonly state: EmulatorState
  readonly record: AppRecord
  readonly trigger: Doc
}

function target(ctx: RequestContext): Target {
  const record = findAppRecord(ctx.state, ctx.params.app, ctx.params.groupId)
  if (!record) throw new HttpError(404, 'AppNotFound', `app not found: '${ctx.params.app}'`)
  const trigger = liveTrigger(record, ctx.params.trigger)
  if (trigger instanceof Error) throw new HttpError(404, 'TriggerNotFound', trigger.message)
  return { state: ctx.state, record, trigger }
}

/** The optional `error` of the body: a non-empty string when present. */
function errorOf(ctx: RequestContext): string | undefined {
  const body = ctx.json()
  if (body === undefined) return undefined
  if (!isObject(body)) throw badRequest('the request body must be a JSON object such as {"error": "..."}')
  if (body.error === undefined) return undefined
  if (typeof body.error !== 'string' || body.error === '')
    throw badRequest("'error' must be a non-empty string")
  return body.error
}

function suspend(ctx: RequestContext): Reply {
  const { state, record, trigger } = target(ctx)
  const error = errorOf(ctx) ?? HISTORY_LOST
  if (trigger.type !== 'DATABASE')
    throw badRequest(
      `only database triggers are suspended; "${String(trigger.name)}" is ${String(trigger.type)}`
    )
  suspendLiveTrigger(state, record, trigger, error, ctx.now())
  return { status: 200, body: withSuspension(record, triggerView(record.live, trigger)) }
}

function execution(ctx: RequestContext): Reply {
  const { state, record, trigger } = target(ctx)
  const entry = recordExecution(state, record, trigger, ctx.now(), errorOf(ctx))
  return { status: 201, body: executionView(String(trigger._id), entry) }
}

/** Routes below CONTROL_PREFIX (a table of their own: they are not Admin API operations). */
export function controlRoutes(): Route[] {
  return [
    { method: 'POST', pattern: `${TRIGGER}/suspend`, options: { write: true }, handler: suspend },
    { method: 'POST', pattern: `${TRIGGER}/execution`, options: { write: true }, handler: execution }
  ]
}
