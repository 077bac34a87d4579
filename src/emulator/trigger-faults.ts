// Reproducible trigger faults (`--suspend-trigger-rate`, `--fail-trigger-rate`, with `--seed`): after
// each successful deployment, every enabled trigger of the app, in name order, draws twice from a
// seeded PRNG of its own (so the request faults of `--fault-rate` keep their sequence): a running
// database trigger is suspended when the first draw is under the suspend rate, as a deploy that
// restarts change streams can leave one; otherwise its latest run fails when the second draw is
// under the fail rate. Both are the same state changes as the control routes make.
import type { AppRecord, Deployment, EmulatorState } from './types.js'
import { seededRandom } from './random.js'
import { recordExecution } from './trigger-executions.js'
import { HISTORY_LOST, isSuspended, suspendLiveTrigger } from './trigger-suspension.js'
import { listDocs } from './resources/store.js'
import { allAppRecords } from './state.js'

export const INJECTED_FAILURE = 'FunctionError: the function threw (emulator --fail-trigger-rate)'

export interface TriggerFaultPlan {
  /** Applies the draws to the app's triggers after one successful deployment. */
  afterDeployment(state: EmulatorState, record: AppRecord, nowMs: number): void
}

export function createTriggerFaultPlan(
  suspendRate: number,
  failRate: number,
  seed: number
): TriggerFaultPlan {
  const random = seededRandom(seed)
  return {
    afterDeployment(state, record, nowMs) {
      const triggers = listDocs(record.live, 'triggers')
        .filter(t => t.disabled !== true)
        .sort((a, b) => String(a.name).localeCompare(String(b.name)))
      for (const trigger of triggers) {
        const [suspend, fail] = [random(), random()]
        if (isSuspended(record, String(trigger._id))) continue
        if (trigger.type === 'DATABASE' && suspend < suspendRate)
          suspendLiveTrigger(state, record, trigger, HISTORY_LOST, nowMs)
        else if (fail < failRate) recordExecution(state, record, trigger, nowMs, INJECTED_FAILURE)
      }
    }
  }
}

/** The ids of every successful deployment, to find the ones a request completed. */
export function successfulDeployments(state: EmulatorState): Set<string> {
  return new Set(
    allAppRecords(state).flatMap(r => r.deployments.filter(d => d.status === 'successful').map(d => d._id))
  )
}

/** Deployments that became successful since `before`, with their app, oldest first. */
export function newlySuccessful(
  state: EmulatorState,
  before: ReadonlySet<string>
): { record: AppRecord; deployment: Deployment }[] {
  return allAppRecords(state).flatMap(record =>
    record.deployments
      .filter(d => d.status === 'successful' && !before.has(d._id))
      .map(deployment => ({ record, deployment }))
  )
}
