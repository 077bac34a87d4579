// The action's two ways through a run, after routing: skip (say why, where the user will see it),
// or run the pipeline and report (log, job summary, PR comment, annotations, outputs), with a GitHub
// Deployment around the deploy when asked. Preview runs (preview-run.ts) are built from the same
// steps. Each run returns the step's failure message, if any; main.ts alone fails the step.
import path from 'node:path'
import { findAppRoot } from '../app/root.js'
import { runPipeline } from '../deploy/pipeline.js'
import type { DeployResult, DeploySettings } from '../deploy/types.js'
import { deploySettings, type Inputs } from '../inputs.js'
import { planSize } from '../plan/types.js'
import { SUMMARY_LIMIT } from '../report/fit.js'
import { renderReport, renderSkipped, type ReportContext } from '../report/markdown.js'
import { codeSpan } from '../report/escape.js'
import { appLink, releaseLink } from '../report/links.js'
import { renderPlanText, renderResultText } from '../report/text.js'
import { annotateProblems } from './annotations.js'
import { configAppName } from './app-identity.js'
import type { EventContext } from './context.js'
import { startGitHubDeployment, type GitHubDeploymentSpec } from './deployments.js'
import { actionLogger } from './logger.js'
import type { Outputs } from './outputs.js'
import { writePlanFile } from './plan-file.js'
import { publishComment, reportLimit, writeSummary, type CommentTarget } from './publish.js'
import { deploymentName, type Route } from './routing.js'
import { runnerLog } from './logger.js'

const FAILURE: Partial<Record<DeployResult['status'], (r: DeployResult) => string>> = {
  failed: r => `Deploy failed: ${r.error ?? 'unknown error'}`,
  invalid: r => `Invalid input or configuration (nothing was written): ${r.error ?? ''}`,
  cancelled: r => `Cancelled: ${r.error ?? 'cancelled'}`,
  aborted: r => `Not confirmed: ${r.error ?? 'nothing was written'}`,
  conflict: r =>
    `Conflict, nothing was deployed: ${r.conflict?.message ?? r.error ?? ''}. The job summary has the conflict report.`,
  drift: r => `Drift, nothing was written: ${r.error ?? ''}. The job summary has the drift report.`,
  degraded: r => `Deployed, but degraded: ${r.error ?? 'a trigger is suspended'}`
}

export function reportContext(inputs: Inputs, event: EventContext, route: Route): ReportContext {
  const commit = event.pullRequest?.headSha ?? event.sha
  const kind = event.eventName === 'release' ? 'release' : 'tag'
  return {
    appDir: inputs['app-dir'],
    ...(inputs.app ? { app: inputs.app } : {}),
    mode: route.kind,
    ...(commit ? { commit: commit.slice(0, 7) } : {}),
    ...(event.runUrl ? { runUrl: event.runUrl } : {}),
    baseUrl: inputs['base-url'],
    ...(route.tag ? { release: releaseLink(event.serverUrl, event.owner, event.repo, route.tag, kind) } : {})
  }
}

/** The outputs a pipeline result gives (the plan file among them). */
export function record(outputs: Outputs, result: DeployResult, baseUrl: string): void {
  outputs.status = result.status
  outputs['app-id'] = result.app?.id
  outputs['client-app-id'] = result.app?.clientAppId
  outputs['deployment-id'] = result.deployment?.id
  if (result.app) outputs['app-url'] = appLink(baseUrl, result.app.groupId, result.app.id).url
  if (!result.plan) return
  outputs.changes = planSize(result.plan)
  try {
    outputs['plan-file'] = writePlanFile(result.plan)
  } catch (error) {
    runnerLog.warning(
      `could not write the plan file: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

/** The step's failure message for a result, if it failed. */
export function failureOf(result: DeployResult): string | undefined {
  return FAILURE[result.status]?.(result)
}

export interface SkipOptions {
  /** Also say it in the pull request comment. */
  readonly target?: CommentTarget
  /** Markdown: what the user can do about it. */
  readonly advice?: string
  readonly fail?: boolean
}

export async function skipRun(
  outputs: Outputs,
  reason: string,
  ctx: ReportContext,
  options: SkipOptions = {}
): Promise<string | undefined> {
  outputs.status = 'skipped'
  if (!options.fail) runnerLog.notice(reason)
  const markdown = renderSkipped(reason, ctx, options.advice)
  await writeSummary(markdown)
  // Quiet: a skipped run often has a read-only token, and failing to comment is expected then.
  if (options.target) outputs['comment-id'] = await publishComment(options.target, markdown, true)
  return options.fail ? reason : undefined
}

let signal: AbortSignal | undefined
/** Aborts on the runner's cancel (SIGINT, then SIGTERM): the pipeline discards its draft and stops. */
function cancelSignal(): AbortSignal {
  if (signal) return signal
  const controller = new AbortController()
  for (const name of ['SIGINT', 'SIGTERM'] as const)
    process.once(name, () => controller.abort(new Error(`received ${name}`)))
  return (signal = controller.signal)
}

/** The pipeline's settings for this run; `overrides` are the preview app's. */
export function settingsFor(
  inputs: Inputs,
  event: EventContext,
  route: Route,
  overrides: Partial<DeploySettings> = {}
): DeploySettings {
  const mode = route.kind === 'plan' ? 'plan' : 'deploy'
  const settings = deploySettings(inputs, {
    mode,
    deploymentName: deploymentName(inputs['deployment-name'], route, event.pullRequest?.headSha ?? event.sha),
    workspace: event.workspace,
    logger: actionLogger(),
    signal: cancelSignal()
  })
  // A deploy logs its plan inside the Plan group, before the first write (the report repeats it only for plans).
  const onPlan: DeploySettings['onPlan'] = plan => runnerLog.info(renderPlanText(plan))
  return { ...settings, ...(mode === 'deploy' ? { onPlan } : {}), ...overrides }
}

/** The GitHub Deployment of a run: the tag or commit, the environment, and what kind it is. */
export function deploymentSpec(event: EventContext, route: Route, environment: string): GitHubDeploymentSpec {
  const production = route.kind === 'deploy' && route.tag !== undefined
  return {
    ref: route.tag ?? event.pullRequest?.headSha ?? event.sha,
    environment,
    description: `realm-deploy ${route.kind === 'preview' ? 'preview' : production ? 'release' : 'deploy'} of ${environment}`,
    transient: route.kind === 'preview',
    production
  }
}

/** Runs the pipeline; with a GitHub Deployment spec, records it around the run. */
export async function trackedPipeline(
  settings: DeploySettings,
  target: CommentTarget,
  spec: GitHubDeploymentSpec | undefined,
  outputs: Outputs
): Promise<DeployResult> {
  const tracked = spec ? await startGitHubDeployment(target.github, spec, target.event.runUrl) : undefined
  if (tracked) outputs['github-deployment-id'] = tracked.id
  const result = await runPipeline(settings)
  if (tracked) {
    const ok = result.status === 'deployed' || result.status === 'no-changes'
    const url = result.app ? appLink(settings.baseUrl, result.app.groupId, result.app.id).url : undefined
    await tracked.finish(ok ? 'success' : 'failure', renderResultText(result).split('\n')[0], url)
  }
  return result
}

/** Log, job summary (with `summaryExtras`, e.g. the stale previews) and pull request comment. */
export async function reportStep(
  result: DeployResult,
  ctx: ReportContext,
  target: CommentTarget,
  outputs: Outputs,
  summaryExtras: Partial<ReportContext> = {}
): Promise<void> {
  await runnerLog.group('Report', async () => {
    if (result.plan && ctx.mode === 'plan') runnerLog.info(renderPlanText(result.plan))
    runnerLog.info(renderResultText(result))
    await writeSummary(renderReport(result, { ...ctx, ...summaryExtras }, SUMMARY_LIMIT))
    outputs['comment-id'] = await publishComment(
      target,
      renderReport(result, ctx, reportLimit(target.marker))
    )
  })
}

/** create-app made the app: the id goes to an output, a notice and the summary, with the line to commit. */
async function reportCreatedApp(
  clientAppId: string,
  inputs: Inputs,
  settings: DeploySettings,
  outputs: Outputs
): Promise<void> {
  outputs['created-app-id'] = clientAppId
  const { rootFile } = await findAppRoot(settings.appDir)
  const file = path.posix.join(inputs['app-dir'].replace(/\\/g, '/'), rootFile)
  const line = `"app_id": "${clientAppId}"`
  runnerLog.notice(
    `created app ${clientAppId}: commit ${line} into ${file}, so later runs deploy to this app`
  )
  await writeSummary(
    [
      `**Created app** ${codeSpan(clientAppId)}. Commit this line into ${codeSpan(file)} so later runs deploy to this app:`,
      '',
      '```json',
      line,
      '```',
      ''
    ].join('\n')
  )
}

export async function pipelineRun(
  inputs: Inputs,
  event: EventContext,
  route: Route,
  outputs: Outputs,
  target: CommentTarget
): Promise<string | undefined> {
  const settings = settingsFor(inputs, event, route)
  if (route.tag) outputs.tag = route.tag
  const spec =
    route.kind === 'deploy' && inputs['github-deployment']
      ? deploymentSpec(
          event,
          route,
          inputs.app || (await configAppName(settings.appDir)) || inputs['app-dir']
        )
      : undefined
  const result = await trackedPipeline(settings, target, spec, outputs)
  record(outputs, result, inputs['base-url'])
  if (result.app?.created) await reportCreatedApp(result.app.clientAppId, inputs, settings, outputs)
  if (result.problems) await annotateProblems(result.problems, settings.appDir, event.workspace)
  await reportStep(result, reportContext(inputs, event, route), target, outputs)
  return failureOf(result)
}
