// Trigger executions: each run of a trigger is an app log entry of its type (DB_TRIGGER, AUTH_TRIGGER,
// SCHEDULED_TRIGGER) that carries the subscription's id, with `error` when the run failed; the
// latest execution (`GET .../event_subscriptions/{id}/execution`) is the newest of them. The emulator
// runs no change streams or schedules, so runs come only from its control (`POST /__emulator/...
// /execution`, control-routes.ts) and from `--fail-trigger-rate` (trigger-faults.ts). A suspension's
// TRIGGER_FAILURE entry is not a run: after a resume the trigger is not reported failing for it.
import type { AppRecord, Doc, EmulatorState, LogEntry } from './types.js'
import { appendLog } from './logs.js'
import { triggerView } from './resources/triggers.js'

const EXECUTION_TYPES: Readonly<Record<string, string>> = {
  DATABASE: 'DB_TRIGGER',
  AUTHENTICATION: 'AUTH_TRIGGER',
  SCHEDULED: 'SCHEDULED_TRIGGER'
}
const EXECUTION_LOG_TYPES = new Set(Object.values(EXECUTION_TYPES))

/** Records one run of a live trigger; failed when `error` is given. */
export function recordExecution(
  state: EmulatorState,
  record: AppRecord,
  trigger: Doc,
  nowMs: number,
  error?: string
): LogEntry {
  const view = triggerView(record.live, trigger)
  return appendLog(state, record, nowMs, {
    type: EXECUTION_TYPES[String(trigger.type)] ?? 'DB_TRIGGER',
    ...(error ? { error, error_code: 'FunctionExecutionError' } : {}),
    ...(view.function_name ? { function_name: String(view.function_name) } : {}),
    ...(view.function_id ? { function_id: String(view.function_id) } : {}),
    event_subscription_id: String(trigger._id),
    event_subscription_name: String(trigger.name)
  })
}

/** The newest run of the subscription, if it has run. */
export function latestExecutionEntry(record: AppRecord, subscriptionId: string): LogEntry | undefined {
  for (let i = record.logs.length - 1; i >= 0; i--) {
    const entry = record.logs[i]
    if (entry.event_subscription_id === subscriptionId && EXECUTION_LOG_TYPES.has(entry.type)) return entry
  }
  return undefined
}

const ejsonDate = (iso: string): Doc => ({ $date: { $numberLong: String(Date.parse(iso)) } })

/** The latest-execution document as `GET .../event_subscriptions/{id}/execution` answers it. */
export function executionView(subscriptionId: string, entry: LogEntry): Doc {
  return {
    resource_id: { $oid: subscriptionId },
    completed_at: ejsonDate(entry.completed),
    cluster_time: ejsonDate(entry.started),
    data: { log_id: entry._id, type: entry.type, ...(entry.error ? { error: entry.error } : {}) }
  }
}
