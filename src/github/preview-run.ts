// Preview runs: a pull request's own app, created from the repository's config when missing and
// deployed on every push (unless `max-previews` is reached: then a warning, not a failure), removed
// when the pull request closes, and removed again when the pull request closed while a deploy ran.
// Each run lists the project's stale previews in the job summary. Returns the step's failure message.
import path from 'node:path'
import { createAdminClient, type AdminClient } from '../admin/client.js'
import type { AppInstance } from '../admin/types.js'
import { AdminApiError, ConfigError } from '../errors.js'
import type { Inputs } from '../inputs.js'
import { redact } from '../secrets.js'
import type { DeployResult } from '../deploy/types.js'
import { SUMMARY_LIMIT } from '../report/fit.js'
import { renderPreviewOutcome, type ReportContext } from '../report/markdown.js'
import type { PreviewReport, StaleReport } from '../report/markdown-preview.js'
import { annotateProblems } from './annotations.js'
import { previewBase } from './app-identity.js'
import type { EventContext } from './context.js'
import { deactivateEnvironment } from './deployments.js'
import { actionLogger } from './logger.js'
import type { Outputs } from './outputs.js'
import { lastActivity, previewAppName, previewApps, stalePreviews } from './previews.js'
import { publishComment, reportLimit, writeSummary, type CommentTarget } from './publish.js'
import type { Route } from './routing.js'
import {
  deploymentSpec,
  failureOf,
  record,
  reportContext,
  reportStep,
  settingsFor,
  trackedPipeline
} from './steps.js'
import { runnerLog } from './logger.js'

/** Previews whose age is unknown from the app list cost one call each: at most this many. */
const MAX_DEPLOYMENT_LOOKUPS = 50

interface PreviewTarget {
  readonly client: AdminClient
  readonly groupId: string
  readonly pullRequest: number
  readonly name: string
  readonly apps: AppInstance[]
  readonly existing?: AppInstance
}

const messageOf = (error: unknown): string => redact(error instanceof Error ? error.message : String(error))

async function previewTarget(
  inputs: Inputs,
  route: Route,
  appDir: string,
  signal?: AbortSignal
): Promise<PreviewTarget> {
  const pullRequest = route.pullRequest
  if (pullRequest === undefined) {
    throw new ConfigError([
      {
        source: 'mode',
        severity: 'error',
        message: `${route.kind} works on a pull request: run it on pull_request events (opened, synchronize, reopened, closed)`
      }
    ])
  }
  const client = createAdminClient({
    baseUrl: inputs['base-url'],
    publicKey: inputs['public-api-key'],
    privateKey: inputs['private-api-key'],
    logger: actionLogger(),
    signal
  })
  const groupId = inputs['project-id']
  const apps = await client.apps.listAll(groupId)
  const name = previewAppName(await previewBase(inputs.app, apps, appDir), pullRequest)
  const existing = apps.find(a => a.name === name)
  runnerLog.info(
    `preview app of pull request #${pullRequest}: ${name}${existing ? ` (${existing.client_app_id})` : ' (not created yet)'}`
  )
  return { client, groupId, pullRequest, name, apps, ...(existing ? { existing } : {}) }
}

/** Deletes the app; false when it was already gone. */
async function deleteApp(t: PreviewTarget, appId: string): Promise<boolean> {
  try {
    await t.client.apps.delete(t.groupId, appId)
    runnerLog.info(`preview app ${t.name} (${appId}) deleted`)
    return true
  } catch (error) {
    if (error instanceof AdminApiError && error.status === 404) return false
    throw error
  }
}

/** The project's previews (other than this run's) unchanged for longer than `preview-ttl-days`. */
async function staleReport(inputs: Inputs, t: PreviewTarget): Promise<StaleReport | undefined> {
  const ttlDays = inputs['preview-ttl-days']
  if (ttlDays === undefined) return undefined
  let lookups = 0
  const activity = []
  for (const app of previewApps(t.apps).filter(a => a.name !== t.name)) {
    const known = typeof app.last_modified === 'number' || lookups >= MAX_DEPLOYMENT_LOOKUPS
    if (!known) lookups++
    const deployments = known
      ? []
      : await t.client
          .app(t.groupId, app._id)
          .deployments.list()
          .catch(() => [])
    activity.push(lastActivity(app, deployments))
  }
  const apps = stalePreviews(activity, ttlDays, Date.now())
  if (apps.length)
    runnerLog.info(`stale previews (over ${ttlDays} days): ${apps.map(a => a.name).join(', ')}`)
  return { ttlDays, groupId: t.groupId, apps }
}

function recordStale(outputs: Outputs, stale: StaleReport | undefined): void {
  if (stale) outputs['stale-previews'] = JSON.stringify(stale.apps.map(a => a.name))
}

/** A run that deployed nothing: summary and comment say what happened to the preview. */
async function reportOutcome(
  preview: PreviewReport,
  ctx: ReportContext,
  stale: StaleReport | undefined,
  target: CommentTarget,
  outputs: Outputs
): Promise<void> {
  await writeSummary(renderPreviewOutcome(preview, { ...ctx, ...(stale ? { stale } : {}) }, SUMMARY_LIMIT))
  outputs['comment-id'] = await publishComment(
    target,
    renderPreviewOutcome(preview, ctx, reportLimit(target.marker))
  )
}

async function limitReached(
  inputs: Inputs,
  t: PreviewTarget,
  ctx: ReportContext,
  target: CommentTarget,
  outputs: Outputs
): Promise<undefined> {
  const existing = previewApps(t.apps).map(a => a.name)
  const max = inputs['max-previews']
  runnerLog.warning(
    `max-previews (${max}) reached: the project has ${existing.length} preview app${existing.length === 1 ? '' : 's'}, so pull request #${t.pullRequest} gets none. ` +
      'Close pull requests whose previews are no longer needed, or raise max-previews.'
  )
  outputs.status = 'limit-reached'
  const preview: PreviewReport = {
    pullRequest: t.pullRequest,
    name: t.name,
    state: 'limit-reached',
    limit: { max, existing }
  }
  const stale = await staleReport(inputs, t)
  recordStale(outputs, stale)
  await reportOutcome(preview, ctx, stale, target, outputs)
  return undefined
}

/** The pull request's state now, from GitHub (false when it cannot tell). */
async function closedMeanwhile(target: CommentTarget, pullRequest: number): Promise<boolean> {
  if (!target.github) {
    runnerLog.info('no github-token: cannot check whether the pull request closed during the deploy')
    return false
  }
  try {
    return (await target.github.pullRequestState(pullRequest)) === 'closed'
  } catch (error) {
    runnerLog.warning(
      `could not check whether pull request #${pullRequest} is still open: ${messageOf(error)}`
    )
    return false
  }
}

function recordPreviewApp(
  outputs: Outputs,
  app: { readonly id: string; readonly clientAppId: string } | undefined
): void {
  outputs['preview-app-id'] = app?.id
  outputs['preview-client-app-id'] = app?.clientAppId
}

interface AfterDeploy {
  readonly state: PreviewReport['state']
  /** The preview could not be removed after its pull request closed. */
  readonly failure?: string
}

/** After the deploy: a pull request that closed meanwhile loses the preview this run deployed. */
async function removeIfClosed(
  inputs: Inputs,
  t: PreviewTarget,
  app: DeployResult['app'],
  target: CommentTarget
): Promise<AfterDeploy> {
  if (!app || !(await closedMeanwhile(target, t.pullRequest))) return { state: 'active' }
  runnerLog.warning(
    `pull request #${t.pullRequest} was closed while this run deployed its preview: removing ${t.name}`
  )
  try {
    await deleteApp(t, app.id)
  } catch (error) {
    const failure =
      `pull request #${t.pullRequest} was closed during the deploy, and its preview app ${t.name} (${app.clientAppId}) ` +
      `could not be deleted: ${messageOf(error)}. Delete it in the App Services UI, or rerun the cleanup.`
    return { state: 'active', failure }
  }
  if (inputs['github-deployment']) await deactivateEnvironment(target.github, t.name, target.event.runUrl)
  return { state: 'closed-while-deploying' }
}

function previewReport(
  t: PreviewTarget,
  state: PreviewReport['state'],
  app: { readonly id: string; readonly clientAppId: string } | undefined
): PreviewReport {
  return {
    pullRequest: t.pullRequest,
    name: t.name,
    state,
    ...(app ? { app: { id: app.id, clientAppId: app.clientAppId, groupId: t.groupId } } : {})
  }
}

export async function previewRun(
  inputs: Inputs,
  event: EventContext,
  route: Route,
  outputs: Outputs,
  target: CommentTarget
): Promise<string | undefined> {
  const settings = settingsFor(inputs, event, route, { createApp: true })
  const t = await previewTarget(inputs, route, settings.appDir, settings.signal)
  const ctx = reportContext(inputs, event, route)
  const max = inputs['max-previews']
  if (!t.existing && max > 0 && previewApps(t.apps).length >= max)
    return limitReached(inputs, t, ctx, target, outputs)
  const spec = inputs['github-deployment'] ? deploymentSpec(event, route, t.name) : undefined
  // The existing preview by its _id; a missing one is created under the preview name.
  const app = { app: t.existing?._id ?? t.name, createName: t.name }
  const result = await trackedPipeline({ ...settings, ...app }, target, spec, outputs)
  record(outputs, result, inputs['base-url'])
  recordPreviewApp(outputs, result.app)
  if (result.problems) await annotateProblems(result.problems, settings.appDir, event.workspace)
  const after = await removeIfClosed(inputs, t, result.app, target)
  const stale = await staleReport(inputs, t)
  recordStale(outputs, stale)
  const reported = after.failure ? { ...result, warnings: [...result.warnings, after.failure] } : result
  const preview = previewReport(t, after.state, result.app)
  await reportStep(reported, { ...ctx, preview }, target, outputs, stale ? { stale } : {})
  const failure = failureOf(result) ?? after.failure
  if (after.failure) outputs.status = 'failed'
  else if (after.state === 'closed-while-deploying' && !failure) outputs.status = 'preview-removed'
  return failure
}

export async function cleanupRun(
  inputs: Inputs,
  event: EventContext,
  route: Route,
  outputs: Outputs,
  target: CommentTarget
): Promise<string | undefined> {
  const t = await previewTarget(inputs, route, path.resolve(event.workspace, inputs['app-dir']))
  const removed = t.existing ? await deleteApp(t, t.existing._id) : false
  if (!removed) runnerLog.info(`preview app ${t.name} was already gone: nothing to delete`)
  if (inputs['github-deployment']) await deactivateEnvironment(target.github, t.name, event.runUrl)
  outputs.status = 'preview-removed'
  const existing = t.existing && { id: t.existing._id, clientAppId: t.existing.client_app_id }
  recordPreviewApp(outputs, existing)
  const preview = previewReport(t, removed ? 'removed' : 'already-gone', existing)
  const stale = await staleReport(inputs, t)
  recordStale(outputs, stale)
  await reportOutcome(preview, reportContext(inputs, event, route), stale, target, outputs)
  return undefined
}
