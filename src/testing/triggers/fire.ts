// Fires one trigger of the app: DATABASE (a change event, given or built, filtered by match and
// shaped by project), SCHEDULED (no argument) and AUTHENTICATION (an auth event with a user). The
// result says whether the function ran and why not; disabled triggers fire only when forced.
import { triggerFunctionName, type TriggerResource } from '../../app/model.js'
import { SYSTEM_USER, type FunctionUser } from '../context.js'
import { cloneDoc } from '../database/clone.js'
import type { Doc } from '../database/types.js'
import { UnknownNameError } from '../errors.js'
import { Invocation, type RuntimeParts } from '../invocation.js'
import { authFilterReason, buildAuthEvent, type AuthConfig } from './auth-event.js'
import {
  buildChangeEvent,
  eventFilterReason,
  projectEvent,
  type ChangeInput,
  type TriggerConfig
} from './change-event.js'

export interface FireInput extends ChangeInput {
  /** DATABASE: a complete change event, used as given (still filtered by match, shaped by project). */
  readonly event?: Doc
  /** AUTHENTICATION: the provider and the user. */
  readonly provider?: string
  readonly user?: Partial<FunctionUser>
  /** Fire even when the trigger is `disabled`. */
  readonly force?: boolean
}

export interface FireResult {
  readonly fired: boolean
  /** Why it did not fire (undefined when it fired). */
  readonly reason?: string
  /** The argument the function received (or would have received). */
  readonly event?: Doc
  readonly result?: unknown
  readonly logs: string[]
}

export async function fireTrigger(parts: RuntimeParts, name: string, input: FireInput): Promise<FireResult> {
  const trigger = parts.model.triggers.find(t => t.name === name)
  if (!trigger) throw new UnknownNameError(`no trigger named '${name}' in the app (triggers/)`)
  if (trigger.disabled && !input.force)
    return {
      fired: false,
      reason: `trigger '${name}' is disabled (pass force: true to fire it anyway)`,
      logs: []
    }
  const prepared = prepare(trigger, input)
  if ('reason' in prepared) return { fired: false, reason: prepared.reason, event: prepared.event, logs: [] }
  const functionName = triggerFunctionName(trigger)
  if (!functionName)
    return {
      fired: false,
      reason: `trigger '${name}' sends its events to ${Object.keys(trigger.event_processors).join(', ') || 'nothing'}, not to a function`,
      ...(prepared.args.length ? { event: prepared.args[0] as Doc } : {}),
      logs: []
    }
  // Triggers run their function as App Services' system user.
  const invocation = new Invocation(parts, { user: SYSTEM_USER, request: {}, system: true })
  const result = await invocation.run(functionName, prepared.args)
  const event = prepared.args[0] as Doc | undefined
  return { fired: true, ...(event ? { event } : {}), result, logs: invocation.logs }
}

type Prepared = { args: unknown[] } | { reason: string; event?: Doc }

function prepare(trigger: TriggerResource, input: FireInput): Prepared {
  switch (trigger.type) {
    case 'DATABASE': {
      const config = trigger.config as TriggerConfig
      const event = cloneDoc(input.event ?? buildChangeEvent(config, input))
      const reason = eventFilterReason(config, event)
      return reason ? { reason, event } : { args: [projectEvent(config, event)] }
    }
    case 'AUTHENTICATION': {
      const config = trigger.config as AuthConfig
      const event = cloneDoc(buildAuthEvent(config, { provider: input.provider, user: input.user }))
      const reason = authFilterReason(config, event)
      return reason ? { reason, event } : { args: [event] }
    }
    case 'SCHEDULED':
      return { args: [] }
    default:
      return { reason: `trigger type '${trigger.type}' is not one the local runtime fires` }
  }
}
