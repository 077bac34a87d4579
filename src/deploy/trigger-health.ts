// Trigger health after a deploy and for `realm-deploy status`: which deployed triggers are suspended,
// failing (their latest execution has an error), or disabled in the app while the repository has them
// enabled; optionally resumes the suspended ones. A suspended trigger left as it is makes the run
// `degraded`: the app is deployed, but part of it is not running.
import type { AppClient } from '../admin/app-client.js'
import type { LatestExecution, SubscriptionState } from '../admin/trigger-state.js'
import type { TriggerResource } from '../app/model.js'
import type { Logger } from '../log.js'

export type TriggerProblem = 'suspended' | 'failing' | 'disabled'

export interface TriggerIssue {
  readonly name: string
  readonly type: string
  readonly problem: TriggerProblem
  /** The server's error for a suspended or failing trigger (data, shown escaped). */
  readonly error?: string
  /** Suspended triggers with --resume-suspended: whether the resume succeeded, and why not. */
  readonly resumed?: boolean
  readonly resumeError?: string
}

export interface TriggerHealth {
  readonly checked: number
  readonly issues: TriggerIssue[]
  /** True when a suspended trigger is still suspended at the end of the run. */
  readonly degraded: boolean
}

/** The pure rules: subscriptions (+ latest executions) against what the repository enables. */
export function assessTriggers(
  subscriptions: readonly SubscriptionState[],
  executions: ReadonlyMap<string, LatestExecution | undefined>,
  desired: readonly Pick<TriggerResource, 'name' | 'disabled'>[] | undefined
): TriggerIssue[] {
  const enabledInRepo = new Set((desired ?? []).filter(t => !t.disabled).map(t => t.name))
  const issues: TriggerIssue[] = []
  for (const s of [...subscriptions].sort((a, b) => a.name.localeCompare(b.name))) {
    const base = { name: s.name, type: s.type }
    if (s.suspended) issues.push({ ...base, problem: 'suspended', ...(s.error ? { error: s.error } : {}) })
    else if (s.disabled && enabledInRepo.has(s.name)) issues.push({ ...base, problem: 'disabled' })
    const failed = executions.get(s.id)?.error
    if (!s.suspended && !s.disabled && failed) issues.push({ ...base, problem: 'failing', error: failed })
  }
  return issues
}

export interface TriggerHealthOptions {
  readonly resumeSuspended: boolean
  /**
   * The triggers whose latest execution is read (one request each). After a deploy these are the
   * triggers it changed, or whose function it changed, so a deploy's requests grow with its changes
   * and not with the app's size; `status` leaves it out and reads every running trigger. Suspended
   * and disabled triggers come from the one subscription list either way.
   */
  readonly executionsOf?: ReadonlySet<string>
  /** `disable_token` of the resume: skip the events missed while suspended. */
  readonly skipMissedEvents?: boolean
  readonly logger: Logger
}

/** Latest-execution reads in flight at once. */
const EXECUTION_READS_AT_ONCE = 6

/** Reads every subscription and its latest execution, then resumes the suspended ones when asked. */
export async function checkTriggerHealth(
  app: AppClient,
  desired: readonly TriggerResource[] | undefined,
  options: TriggerHealthOptions
): Promise<TriggerHealth> {
  const subscriptions = await app.triggerState.subscriptions()
  const running = subscriptions.filter(
    s => !s.disabled && !s.suspended && (!options.executionsOf || options.executionsOf.has(s.name))
  )
  const executions = new Map<string, LatestExecution | undefined>()
  // Independent reads: a few at a time, so a large app's `status` takes round trips / width.
  let next = 0
  const reader = async (): Promise<void> => {
    while (next < running.length) {
      const s = running[next++]
      executions.set(s.id, await app.triggerState.latestExecution(s.id))
    }
  }
  await Promise.all(Array.from({ length: Math.min(EXECUTION_READS_AT_ONCE, running.length) }, reader))
  const found = assessTriggers(subscriptions, executions, desired)
  const ids = new Map(subscriptions.map(s => [s.name, s.id]))
  const issues: TriggerIssue[] = []
  for (const issue of found) {
    if (issue.problem !== 'suspended' || !options.resumeSuspended) issues.push(issue)
    else issues.push(await resumeOne(app, ids.get(issue.name) ?? '', issue, options))
  }
  const degraded = issues.some(i => i.problem === 'suspended' && i.resumed !== true)
  return { checked: subscriptions.length, issues, degraded }
}

async function resumeOne(
  app: AppClient,
  id: string,
  issue: TriggerIssue,
  options: TriggerHealthOptions
): Promise<TriggerIssue> {
  options.logger.info(`resuming suspended trigger ${JSON.stringify(issue.name)}`)
  try {
    await app.triggerState.resume(id, options.skipMissedEvents === true)
    return { ...issue, resumed: true }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    options.logger.warning(`could not resume trigger ${JSON.stringify(issue.name)}: ${message}`)
    return { ...issue, resumed: false, resumeError: message }
  }
}

/** Text lines for the terminal, the job summary and the PR comment (names and errors quoted). */
export function triggerHealthLines(health: TriggerHealth): string[] {
  if (health.issues.length === 0) return [`Triggers: all ${health.checked} running as deployed.`]
  return [
    `Triggers: ${health.issues.length} need attention (of ${health.checked}):`,
    ...health.issues.map(i => `  ${JSON.stringify(i.name)} (${i.type}) ${describe(i)}`)
  ]
}

function describe(i: TriggerIssue): string {
  const error = i.error ? `: ${JSON.stringify(i.error)}` : ''
  if (i.problem === 'disabled') return 'is disabled in the app but enabled in the repository'
  if (i.problem === 'failing') return `failed on its latest run${error}`
  if (i.resumed === true) return `was suspended${error}; resumed`
  if (i.resumed === false) return `is suspended${error}; the resume failed: ${i.resumeError ?? ''}`
  return `is suspended${error}; rerun with --resume-suspended (action input resume-suspended-triggers) to resume it`
}

/** What a deploy asks of the trigger health check (absent: no check). */
export interface TriggerHealthPolicy {
  readonly resumeSuspended: boolean
  /** A trigger left suspended ends the run `deployed` with a warning instead of `degraded` (exit 1). */
  readonly allowDegraded: boolean
}
