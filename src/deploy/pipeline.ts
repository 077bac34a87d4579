// The deploy pipeline: read and validate the repository (offline), log in, find the app, settle any
// open draft, plan, and (in deploy mode) open a draft, apply, deploy, wait, verify; then the
// dependency install, the hosting phase and the app's error logs. Whatever fails before the
// deployment discards the draft, so nothing half-applied goes live.
import { createAdminClient, type AdminClient } from '../admin/client.js'
import type { AppClient } from '../admin/app-client.js'
import type { AppInstance, Deployment, LogEntry } from '../admin/types.js'
import { expandTemplates, loadApp } from '../app/index.js'
import type { AppModel } from '../app/model.js'
import { CancelledError, ConfigError, ConflictError, exitCodeOf, NotConfirmedError } from '../errors.js'
import { collectAssets } from '../hosting/scan.js'
import type { LocalAsset } from '../hosting/types.js'
import { applyPlan } from '../plan/apply.js'
import { remoteItems } from '../plan/remote.js'
import { draftChanges, planSize, type Plan } from '../plan/types.js'
import { discardRunDraft, findDeploymentOf, type CleanupTarget } from './cleanup.js'
import { conflictReport } from './conflict.js'
import { installDependencies } from './dependencies.js'
import { readErrorLogs } from './error-logs.js'
import { deployDraft, isConflictMessage, verifyDeployment, waitForRunningDeployment } from './deployment.js'
import { accessNamesOf, accessProblem, withConnectionHint } from './access.js'
import {
  checkPlanStillCurrent,
  discardOpenDrafts,
  openRunDraft,
  settleOpenDraft,
  type PendingDiscard
} from './drafts.js'
import { applyHosting } from './hosting.js'
import { withTriggerHealth } from './health-phase.js'
import { checkDrift, driftResolution } from './drift-phase.js'
import type { DriftReport } from './drift.js'
import type { PlannedApp } from './plan-app.js'
import { planWithExclusions } from './plan-filtered.js'
import type { Poll } from './poll.js'
import { resolveTarget } from './target.js'
import { readSnapshot } from './snapshot.js'
import type { ConflictReport, DeployResult, DeploySettings } from './types.js'

interface Run {
  readonly startedAt: string
  readonly settings: DeploySettings
  readonly model: AppModel
  readonly assets?: LocalAsset[]
  readonly client: AdminClient
  readonly warnings: string[]
  app?: { instance: AppInstance; api: AppClient; created: boolean }
  planned?: PlannedApp
  /** A deployment this run started, when the run was interrupted after starting it. */
  deployment?: DeployResult['deployment']
  drift?: DriftReport
  /** What an interruption leaves to know (added to the error). */
  note?: string
  /** The app's newest deployment before the plan was read: a newer one at draft time makes it stale. */
  newestDeployment?: string
  /** The run's start (before the repository is read) plus its timeout: no wait goes past it. */
  readonly deadlineMs: number
  /** The error logs, when they were read together with the deployment's verification. */
  errorLogs?: Promise<LogEntry[]>
  /** The deployment's verification read, when it goes out together with the error logs and the trigger health check: a warning, if any. */
  verification?: Promise<string | undefined>
}

/** Every wait of the run shares one deadline: the run's start plus the timeout. */
function pollFor(settings: DeploySettings, deadlineMs: number): Poll {
  return {
    // Short at first: most deployments of a small change finish in well under a second.
    min: settings.pollMs?.min ?? 100,
    max: settings.pollMs?.max ?? 5000,
    timeoutMs: settings.timeoutMs ?? 15 * 60_000,
    deadline: deadlineMs,
    now: () => Date.now(),
    signal: settings.signal
  }
}

async function readRepository(settings: DeploySettings): Promise<{ model: AppModel; assets?: LocalAsset[] }> {
  // Template expansions resolve client-side, for the environment being deployed (config-to-api §2.4.6).
  const loaded = await loadApp({ appDir: settings.appDir, strict: settings.strict })
  const model = expandTemplates(loaded, settings.environment ?? loaded.settings.environment ?? '')
  if (!settings.includeHosting) return { model }
  const { assets, problems } = await collectAssets({
    appDir: model.root,
    ignore: settings.hostingIgnore ? [...settings.hostingIgnore] : undefined
  })
  const errors = problems.filter(p => p.severity === 'error')
  if (errors.length > 0) throw new ConfigError(problems)
  return { model, assets: assets as LocalAsset[] }
}

function result(
  run: Run | undefined,
  fields: Partial<DeployResult> & Pick<DeployResult, 'status' | 'exitCode'>
): DeployResult {
  const app = run?.app
  return {
    ...(app
      ? {
          app: {
            id: app.instance._id,
            clientAppId: app.instance.client_app_id,
            name: app.instance.name,
            groupId: run.settings.projectId,
            created: app.created
          }
        }
      : {}),
    ...(run?.planned ? { plan: run.planned.plan } : {}),
    ...(run?.deployment ? { deployment: run.deployment } : {}),
    ...(run?.drift ? { drift: run.drift } : {}),
    warnings: run?.warnings ?? [],
    ...fields
  }
}

/** Everything after the repository was read; errors propagate to `runPipeline`. */
async function planAndDeploy(run: Run): Promise<DeployResult> {
  const { settings, model, client } = run
  run.app = await resolveTarget(client, settings, model)
  const app = run.app.api
  const poll = pollFor(settings, run.deadlineMs)
  const deploy = settings.mode === 'deploy'
  // The draft list, the deployment list and the snapshot the plan reads depend on nothing but the app:
  // they go out together. The snapshot (and the deployment list the drift check reads) is read again
  // only when an open draft or a running deployment had to be settled first (it may have changed the
  // app meanwhile).
  const [drafts, deployments, snapshot] = await Promise.all([
    app.drafts.list(),
    deploy || settings.onDrift ? app.deployments.list() : undefined,
    readSnapshot(app, { hosting: run.assets !== undefined })
  ])
  let settled = false
  // With on-draft-conflict discard the open draft is only reported here: discarding it is a write,
  // and no write comes before the plan was shown (and confirmed).
  let discard: PendingDiscard | undefined
  if (deploy) {
    const open = await settleOpenDraft(app, settings.onDraftConflict ?? 'fail', poll, settings.logger, drafts)
    discard = open.discard
    const running = await waitForRunningDeployment(app, poll, settings.logger, deployments)
    run.newestDeployment = running.newest
    settled = running.waited || open.changed
  } else if (drafts.length > 0) {
    run.warnings.push(
      'a draft is open for this API key: the plan compares against the app as that draft changes it'
    )
  }
  run.planned = await settings.logger.group('Plan', () =>
    planWithExclusions(app, model, run.assets, settings, settled ? undefined : Promise.resolve(snapshot))
  )
  const { plan } = run.planned
  run.warnings.push(...plan.warnings)
  settings.onPlan?.(plan)
  const listed = settled ? undefined : deployments
  run.drift = await checkDrift(run.client, app, run.planned, settings, run.warnings, listed)
  if (run.drift) settings.showDrift?.(run.drift)
  if (settings.onDrift === 'fail' && run.drift?.items.length) {
    const error = `${run.drift.summary}; nothing was written. To resolve: ${driftResolution(run.drift, settings.appDir)}`
    return result(run, { status: 'drift', exitCode: 3, error })
  }
  // This key's reads see its open draft: an empty plan says nothing of the app once it is discarded.
  if (planSize(plan) === 0 && settings.mode === 'deploy' && !discard)
    return result(
      run,
      await withTriggerHealth(app, model, settings, run.warnings, { status: 'no-changes', exitCode: 0 }, plan)
    )
  if (planSize(plan) === 0 && !discard) return result(run, { status: 'no-changes', exitCode: 0 })
  if (settings.mode === 'plan') return result(run, { status: 'planned', exitCode: 0 })
  // A created app was confirmed with its creation: that answer covered this deploy.
  const confirmed =
    run.app.created ||
    !settings.confirmWrite ||
    (await settings.confirmWrite({
      action: 'apply',
      plan,
      app: run.app.instance.client_app_id,
      ...(discard ? { discardDraft: discard.report.draftId } : {})
    }))
  if (!confirmed) throw new NotConfirmedError()
  return discard ? discardThenDeploy(run, discard, poll) : deployPlanned(run, poll)
}

/**
 * Discards the open draft, then plans again: the plan shown was read through that draft (this key's
 * reads see it), so the app without it may need less, or more. Both plans end at the repository's
 * config, the end the user confirmed; the new plan is shown when it differs.
 */
async function discardThenDeploy(run: Run, pending: PendingDiscard, poll: Poll): Promise<DeployResult> {
  const { settings, model } = run
  const app = (run.app as NonNullable<Run['app']>).api
  await discardOpenDrafts(app, pending, settings.logger)
  const shown = (run.planned as PlannedApp).plan
  run.planned = await settings.logger.group('Plan', () =>
    planWithExclusions(app, model, run.assets, settings)
  )
  const { plan } = run.planned
  run.warnings.push(...plan.warnings)
  if (planKey(plan) !== planKey(shown)) {
    settings.logger.info('with the draft discarded, the app needs a different plan: this one is applied')
    settings.onPlan?.(plan)
  }
  if (planSize(plan) > 0) return deployPlanned(run, poll)
  const done = { status: 'no-changes', exitCode: 0 } as const
  return result(run, await withTriggerHealth(app, model, settings, run.warnings, done, plan))
}

/** What a plan does, without its internal documents: two plans with the same key make the same writes. */
function planKey(plan: Plan): string {
  const changes = plan.changes.map(c => [c.kind, c.key, c.action, c.fields, c.lines])
  return JSON.stringify([changes, plan.secrets, plan.hosting, plan.dependencies])
}

async function deployPlanned(run: Run, poll: Poll): Promise<DeployResult> {
  const { settings, model } = run
  const app = (run.app as NonNullable<Run['app']>).api
  const plan = (run.planned as PlannedApp).plan
  let deployment: DeployResult['deployment']
  if (draftChanges(plan) > 0) {
    const deployed = await settings.logger.group('Deploy', () => applyInDraft(run, poll))
    if ('conflict' in deployed) {
      const { conflict } = deployed
      return afterDeploy(run, {
        status: 'conflict',
        exitCode: 3,
        conflict,
        deployment: deployed.deployment,
        error: conflict.message
      })
    }
    deployment = deployed.deployment
    if (deployment.status !== 'successful') {
      const error = `deployment failed: ${deployment.errorMessage ?? deployment.status}`
      return afterDeploy(run, { status: 'failed', exitCode: 1, deployment, error })
    }
  }
  const dependencies = plan.dependencies
    ? await installDependencies(app, model.root, plan.dependencies, poll, settings.logger)
    : undefined
  const hosting = plan.hosting
    ? await settings.logger.group('Hosting', () =>
        applyHosting(app, model.root, plan.hosting!, {
          concurrency: settings.uploadConcurrency ?? 16,
          keepRemoteAssets: settings.keepRemoteAssets === true,
          logger: settings.logger
        })
      )
    : undefined
  const failedHosting = hosting && hosting.failed.length > 0
  return afterDeploy(run, {
    status: failedHosting ? 'failed' : 'deployed',
    exitCode: failedHosting ? 1 : 0,
    ...(deployment ? { deployment } : {}),
    ...(dependencies ? { dependencies } : {}),
    ...(hosting ? { hosting } : {}),
    ...(failedHosting
      ? {
          error: `hosting: ${hosting.failed.length} asset(s) failed (${hosting.failed.slice(0, 5).join(', ')}${hosting.failed.length > 5 ? ', ...' : ''}); ${hosting.notAttempted} not attempted. Rerun to retry what still differs.`
        }
      : {})
  })
}

/** A result once a deployment was attempted: the app's error logs since the run began come with it. */
async function afterDeploy(run: Run, fields: Parameters<typeof result>[1]): Promise<DeployResult> {
  const errorLogs = run.errorLogs ?? startErrorLogs(run)
  const app = (run.app as NonNullable<Run['app']>).api
  // Its warnings are kept apart while the reads run together, so they still come last, in one order.
  const healthWarnings: string[] = []
  const health = withTriggerHealth(app, run.model, run.settings, healthWarnings, fields, run.planned?.plan)
  health.catch(() => undefined) // awaited below
  errorLogs.catch(() => undefined) // awaited below
  const problem = await run.verification
  if (problem) run.warnings.push(problem)
  const logs = await errorLogs
  const checked = await health
  run.warnings.push(...healthWarnings)
  return result(run, { ...(logs.length ? { errorLogs: logs } : {}), ...checked })
}

/** Starts reading the app's error logs since the run began (bounded by pages and the run's deadline). */
function startErrorLogs(run: Run): Promise<LogEntry[]> {
  const request = {
    client: run.client,
    projectId: run.settings.projectId,
    appId: (run.app as NonNullable<Run['app']>).instance._id,
    since: run.startedAt,
    deadlineMs: run.deadlineMs,
    signal: run.settings.signal
  }
  return readErrorLogs(request, run.warnings)
}

type Deployed =
  | { deployment: NonNullable<DeployResult['deployment']> }
  | { conflict: ConflictReport; deployment: NonNullable<DeployResult['deployment']> }

function cleanupTarget(run: Run): CleanupTarget {
  const appId = (run.app as NonNullable<Run['app']>).instance._id
  return { client: run.client, projectId: run.settings.projectId, appId, logger: run.settings.logger }
}

function deploymentOf(d: Deployment, settings: DeploySettings): NonNullable<DeployResult['deployment']> {
  const errorMessage = d.status_error_message ? { errorMessage: String(d.status_error_message) } : {}
  return {
    id: d._id,
    name: String(d.name ?? settings.deploymentName ?? ''),
    status: d.status,
    ...errorMessage
  }
}

async function applyInDraft(run: Run, poll: Poll): Promise<Deployed> {
  const { settings } = run
  const app = (run.app as NonNullable<Run['app']>).api
  const { plan, snapshot, remote } = run.planned as PlannedApp
  // A 409 here is another run's draft: openRunDraft reports it and there is nothing of ours to clean.
  // Past this line the draft is ours, known by id, and only that id is ever discarded; a draft found
  // after an uncertain create (`adopted`) may be another run's, so it is never discarded at all.
  let draftId: string
  let ours: string | undefined
  try {
    const opened = await openRunDraft(app)
    draftId = opened._id
    ours = opened.adopted ? undefined : draftId
    settings.logger.info(
      `draft ${draftId} opened${opened.adopted ? " (found after its request's answer was lost)" : ''}`
    )
  } catch (error) {
    if (!(error instanceof ConflictError)) await discardRunDraft(cleanupTarget(run), undefined)
    throw error
  }
  try {
    // The check must see every deployment made before the draft was opened, so it goes out after the
    // draft. The config writes go into the draft, which a stale plan discards unseen: they need not
    // wait for the check. Whether a draft holds secrets is not documented (they are written first),
    // so a plan that writes one waits for the check, and so does a run in a draft it cannot discard.
    const current = checkPlanStillCurrent(app, run.newestDeployment)
    current.catch(() => undefined) // awaited below; a failed write must not leave it unhandled
    const checkFirst = plan.secrets.create.length + plan.secrets.update.length > 0 || ours === undefined
    if (checkFirst) await throwIfStale(run, await current)
    await applyPlan(app, plan, {
      secretValues: settings.secretValues,
      logger: settings.logger,
      known: { function: snapshot.functions, service: snapshot.services, secret: snapshot.secrets }
    })
    if (!checkFirst) await throwIfStale(run, await current)
  } catch (error) {
    await discardRunDraft(cleanupTarget(run), ours)
    throw error
  }
  const d = await deployOrExplain(run, draftId, ours, poll)
  const deployment = deploymentOf(d, settings)
  if (d.status === 'failed') {
    await discardRunDraft(cleanupTarget(run), ours)
    if (isConflictMessage(d.status_error_message)) {
      const after = remoteItems(await readSnapshot(app, { hosting: false }))
      return {
        deployment,
        conflict: conflictReport(String(d.status_error_message), plan.changes, remote, after)
      }
    }
    return { deployment }
  }
  const verification = verifyDeployment(app, d)
  if (!plan.dependencies && !plan.hosting) {
    // Nothing follows the deployment (no dependencies, no hosting): the error logs since the run
    // began are complete now, and the triggers run as deployed. The verification read, the error
    // logs and the trigger health check (afterDeploy) go out together.
    run.errorLogs = startErrorLogs(run)
    run.verification = verification
    verification.catch(() => undefined) // awaited in afterDeploy
    return { deployment }
  }
  const problem = await verification
  if (problem) run.warnings.push(problem)
  return { deployment }
}

/** A plan read before another run's deployment would overwrite it: a conflict, with what changed. */
async function throwIfStale(run: Run, stale: string | undefined): Promise<void> {
  if (!stale) return
  const { plan, remote } = run.planned as PlannedApp
  const after = remoteItems(await readSnapshot((run.app as NonNullable<Run['app']>).api, { hosting: false }))
  throw new ConflictError(stale, conflictReport(stale, plan.changes, remote, after))
}

/** Deploys the draft; if that is interrupted, finds out whether the deployment started anyway. */
async function deployOrExplain(
  run: Run,
  draftId: string,
  ours: string | undefined,
  poll: Poll
): Promise<Deployment> {
  const { settings } = run
  try {
    return await deployDraft(
      (run.app as NonNullable<Run['app']>).api,
      draftId,
      settings.deploymentName ?? '',
      poll,
      settings.logger
    )
  } catch (error) {
    const started = await findDeploymentOf(cleanupTarget(run), draftId)
    if (!started) {
      await discardRunDraft(cleanupTarget(run), ours)
      throw error
    }
    run.deployment = deploymentOf(started, settings)
    run.note = `deployment ${started._id} of this run was started before the interruption and was '${started.status}' then: check the app's deployment history`
    throw error
  }
}

/**
 * Past the run's deadline (where every wait already ends) plus this grace, calls still in flight (a
 * server that answers slowly, retries) are cancelled: the run cannot outlive its timeout by much.
 */
const HARD_STOP_GRACE_MS = 2000

/** The caller's signal, the hard stop, and the run's end: calls a failed sibling left in flight stop with the run. */
function runSignal(signal: AbortSignal | undefined, ...more: AbortSignal[]): AbortSignal {
  return AbortSignal.any(signal ? [signal, ...more] : more)
}

export async function runPipeline(settings: DeploySettings): Promise<DeployResult> {
  let run: Run | undefined
  const timeoutMs = settings.timeoutMs ?? 15 * 60_000
  const deadlineMs = Date.now() + timeoutMs
  const hardStop = AbortSignal.timeout(timeoutMs + HARD_STOP_GRACE_MS)
  const ended = new AbortController()
  try {
    const { model, assets } = await readRepository(settings)
    const client = createAdminClient({
      baseUrl: settings.baseUrl,
      publicKey: settings.publicKey,
      privateKey: settings.privateKey,
      logger: settings.logger,
      ...settings.client,
      signal: runSignal(settings.client?.signal ?? settings.signal, hardStop, ended.signal)
    })
    run = { startedAt: new Date().toISOString(), settings, model, assets, client, warnings: [], deadlineMs }
    return await planAndDeploy(run)
  } catch (thrown) {
    const error =
      accessProblem(thrown, accessNamesOf(settings)) ??
      withConnectionHint(thrown, settings.accessSources ? '--base-url' : 'the base-url input')
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof NotConfirmedError)
      return result(run, { status: 'aborted', exitCode: error.exitCode, error: message })
    if (error instanceof ConfigError)
      return result(run, { status: 'invalid', exitCode: 2, error: message, problems: error.problems })
    if (error instanceof ConflictError)
      return result(run, {
        status: 'conflict',
        exitCode: 3,
        conflict: error.details as ConflictReport,
        error: message
      })
    const note = run?.note ? `; ${run.note}` : ''
    const cancelledByCaller = (settings.client?.signal ?? settings.signal)?.aborted === true
    if (error instanceof CancelledError && hardStop.aborted && !cancelledByCaller) {
      const error = `the run's time is up (timeout ${Math.round(timeoutMs / 1000)} s): the Admin API calls still in flight were cancelled${note}`
      return result(run, { status: 'failed', exitCode: 1, error })
    }
    if (error instanceof CancelledError)
      return result(run, { status: 'cancelled', exitCode: 130, error: `cancelled${note}` })
    return result(run, { status: 'failed', exitCode: exitCodeOf(error) || 1, error: `${message}${note}` })
  } finally {
    ended.abort(new Error('the run is over'))
  }
}
