// Suspended database triggers: the service suspends a database trigger when its change stream breaks
// (a lost resume token, a cluster event); the trigger stays deployed but stops firing until resumed.
// The spec has the resume operation but no field that shows the state: the emulator shows it on the
// event subscription as `state: "SUSPENDED"` with the reason in `error` (listed in the divergences),
// and logs the failure as a `TRIGGER_FAILURE` app log entry. A suspension comes from the emulator's
// control (in-process `control.suspendTrigger`, or `POST /__emulator/.../suspend`, control-routes.ts)
// or from `--suspend-trigger-rate` (trigger-faults.ts); the resume route ends it.
import type { AppRecord, Doc, EmulatorState } from './types.js'
import { appendLog } from './logs.js'
import { listDocs } from './resources/store.js'

export interface TriggerSuspension {
  readonly error: string
}

type WithSuspensions = AppRecord & { trigger_suspensions?: Record<string, TriggerSuspension> }

/** The error of a trigger suspended by a lost resume point, as quoted in jira.mongodb.org DOCS-15459. */
export const HISTORY_LOST =
  '(ChangeStreamHistoryLost) Resume of change stream was not possible, as the resume point may no longer be in the oplog.'

/** The app `appId` (`_id`, client_app_id or name), in `groupId` when given. */
export function findAppRecord(state: EmulatorState, appId: string, groupId?: string): AppRecord | undefined {
  const groups = groupId === undefined ? Object.values(state.groups) : [state.groups[groupId] ?? { apps: {} }]
  return groups
    .flatMap(g => Object.values(g.apps))
    .find(r => [r.app._id, r.app.client_app_id, r.app.name].includes(appId))
}

/** The live trigger `name` of the app, or an Error that says what is missing. */
export function liveTrigger(record: AppRecord, name: string): Doc | Error {
  const trigger = listDocs(record.live, 'triggers').find(t => t.name === name)
  return trigger ?? new Error(`app ${record.app.client_app_id} has no trigger ${name}`)
}

export function isSuspended(record: AppRecord, triggerId: string): boolean {
  return (record as WithSuspensions).trigger_suspensions?.[triggerId] !== undefined
}

/** Suspends a live database trigger (throws for another type); returns its id. */
export function suspendLiveTrigger(
  state: EmulatorState,
  record: AppRecord,
  trigger: Doc,
  error: string,
  nowMs: number
): string {
  if (trigger.type !== 'DATABASE')
    throw new Error(
      `only database triggers are suspended; ${String(trigger.name)} is ${String(trigger.type)}`
    )
  const id = String(trigger._id)
  const own = record as WithSuspensions
  own.trigger_suspensions = { ...own.trigger_suspensions, [id]: { error } }
  appendLog(state, record, nowMs, {
    type: 'TRIGGER_FAILURE',
    error,
    error_code: 'TriggerSuspended',
    event_subscription_id: id,
    event_subscription_name: String(trigger.name)
  })
  return id
}

/** Suspends the live database trigger `name` of the app (`_id`, client_app_id or name); returns its id. */
export function suspendTrigger(
  state: EmulatorState,
  appId: string,
  name: string,
  error = HISTORY_LOST,
  nowMs = Date.now()
): string {
  const record = findAppRecord(state, appId)
  if (!record) throw new Error(`no app ${appId}`)
  const trigger = liveTrigger(record, name)
  if (trigger instanceof Error) throw trigger
  return suspendLiveTrigger(state, record, trigger, error, nowMs)
}

/** Resume ends a suspension (with or without `disable_token`: the emulator has no missed events). */
export function resumeSuspended(record: AppRecord, triggerId: string): void {
  const own = record as WithSuspensions
  if (own.trigger_suspensions) delete own.trigger_suspensions[triggerId]
}

/** The subscription as listed: the suspension shown on it, when there is one. */
export function withSuspension(record: AppRecord, subscription: Doc): Doc {
  const suspended = (record as WithSuspensions).trigger_suspensions?.[String(subscription._id)]
  return suspended ? { ...subscription, state: 'SUSPENDED', error: suspended.error } : subscription
}
