// What the Admin API says about a running trigger: the event subscriptions (`GET .../event_subscriptions`,
// one per deployed trigger, same `_id`), the latest execution of one, and the resume of a suspended
// database trigger (`PUT .../triggers/{triggerId}/resume`).
import { AdminApiError } from '../errors.js'
import { expectDoc, expectList, expectObject, type Json } from './shapes.js'
import type { Transport } from './transport.js'

/** One deployed trigger as its event subscription shows it. */
export interface SubscriptionState {
  readonly id: string
  readonly name: string
  readonly type: string
  readonly disabled: boolean
  /**
   * The spec's EventSubscription (a Trigger or a SyncTranslator) has no state field, and no public
   * MongoDB client shows what the service returns for a suspended trigger: searched for
   * "SUSPENDED", "suspended" and "event_subscriptions" in mongodb/terraform-provider-mongodbatlas
   * (internal/service/eventtrigger/resource_event_trigger.go reads GET .../triggers/{id} only, with
   * no state), mongodb-labs/go-client-mongodb-atlas-app-services (appservices/event_triggers.go: the
   * EventTrigger struct has no state), 10gen/realm-cli (internal/cloud/realm/: no triggers client),
   * mongodb/go-client-mongodb-atlas and mongodb/mongodb-atlas-cli (no App Services trigger reads found
   * in either), the App Services docs (triggers/disable:
   * "a suspended state", shown in the UI only; the UI's source is not public) and public scripts that
   * call PUT .../resume (they resume every trigger without reading a state). So this is an
   * assumption: `state: "SUSPENDED"` with the reason in `error`, nothing tolerated beyond it (no
   * evidence for another shape); the emulator answers the same, listed in its divergences. Read here
   * only, so a change in the service's field is a change of one function.
   */
  readonly suspended: boolean
  readonly error?: string
}

/** The latest run of a subscription, when it has run; `error` when that run failed. */
export interface LatestExecution {
  readonly error?: string
}

export interface TriggerStateApi {
  subscriptions(): Promise<SubscriptionState[]>
  latestExecution(subscriptionId: string): Promise<LatestExecution | undefined>
  /** `disableToken`: resume from now on, skipping the events missed while suspended (spec). */
  resume(triggerId: string, disableToken: boolean): Promise<void>
}

export function subscriptionState(item: unknown, what: string, field: string): SubscriptionState {
  const doc = expectDoc<Json>(item, what, field, ['name', 'type'])
  const error = typeof doc.error === 'string' && doc.error !== '' ? doc.error : undefined
  return {
    id: String(doc._id),
    name: String(doc.name),
    type: String(doc.type),
    disabled: doc.disabled === true,
    suspended: doc.state === 'SUSPENDED',
    ...(error ? { error } : {})
  }
}

export function createTriggerStateApi(transport: Transport, appPath: string): TriggerStateApi {
  return {
    async subscriptions() {
      const path = `${appPath}/event_subscriptions`
      const response = await transport.call({ method: 'GET', path })
      return expectList(response.body, `GET ${path}`, (item, field) =>
        subscriptionState(item, `GET ${path}`, field)
      )
    },
    async latestExecution(subscriptionId) {
      const path = `${appPath}/event_subscriptions/${encodeURIComponent(subscriptionId)}/execution`
      try {
        const response = await transport.call({ method: 'GET', path })
        const body = expectObject(response.body, `GET ${path}`)
        const data = body.data && typeof body.data === 'object' ? (body.data as Json) : {}
        return typeof data.error === 'string' && data.error !== '' ? { error: data.error } : {}
      } catch (error) {
        // A subscription that never ran has no execution: the API answers 404.
        if (error instanceof AdminApiError && error.status === 404) return undefined
        throw error
      }
    },
    async resume(triggerId, disableToken) {
      const path = `${appPath}/triggers/${encodeURIComponent(triggerId)}/resume`
      await transport.call({ method: 'PUT', path, json: { disable_token: disableToken } })
    }
  }
}
