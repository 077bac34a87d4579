// Suspended database triggers: the service suspends a database trigger when its change stream breaks
// (a lost resume token, a cluster event); the trigger stays deployed but stops firing until resumed.
// The spec has the resume operation but no field that shows the state: the emulator shows it on the
// event subscription as `state: "SUSPENDED"` with the reason in `error` (listed in the divergences).
// Tests suspend a trigger through `suspendTrigger` (the RunningEmulator's `control`).
import type { AppRecord, Doc, EmulatorState } from './types.js'
import { listDocs } from './resources/store.js'

export interface TriggerSuspension {
  readonly error: string
}

type WithSuspensions = AppRecord & { trigger_suspensions?: Record<string, TriggerSuspension> }

/** Suspends the live database trigger `name` of the app (`_id`, client_app_id or name); returns its id. */
export function suspendTrigger(
  state: EmulatorState,
  appId: string,
  name: string,
  error = 'change stream history lost: the resume token was not found in the oplog'
): string {
  const record = Object.values(state.groups)
    .flatMap(g => Object.values(g.apps))
    .find(r => [r.app._id, r.app.client_app_id, r.app.name].includes(appId)) as WithSuspensions | undefined
  if (!record) throw new Error(`no app ${appId}`)
  const trigger = listDocs(record.live, 'triggers').find(t => t.name === name)
  if (!trigger) throw new Error(`app ${appId} has no trigger ${name}`)
  if (trigger.type !== 'DATABASE') throw new Error(`only database triggers are suspended; ${name} is not one`)
  record.trigger_suspensions = { ...record.trigger_suspensions, [String(trigger._id)]: { error } }
  return String(trigger._id)
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
