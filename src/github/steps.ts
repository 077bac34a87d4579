// The action's two ways through a run, after routing: skip (say why, where the user will see it),
// or run the pipeline and report (log, job summary, PR comment, annotations, outputs). Each returns
// the step's failure message, if any; main.ts alone fails the step.
import * as core from '@actions/core'
import { runPipeline } from '../deploy/pipeline.js'
import type { DeployResult } from '../deploy/types.js'
import { deploySettings, type Inputs } from '../inputs.js'
import { planSize } from '../plan/types.js'
import { SUMMARY_LIMIT } from '../report/fit.js'
import { renderReport, renderSkipped, type ReportContext } from '../report/markdown.js'
import { renderPlanText, renderResultText } from '../report/text.js'
import { annotateProblems } from './annotations.js'
import type { EventContext } from './context.js'
import { actionLogger } from './logger.js'
import type { Outputs } from './outputs.js'
import { writePlanFile } from './plan-file.js'
import { publishComment, reportLimit, writeSummary, type CommentTarget } from './publish.js'
import { deploymentName, type Route } from './routing.js'

const FAILURE: Partial<Record<DeployResult['status'], (r: DeployResult) => string>> = {
  failed: r => `Deploy failed: ${r.error ?? 'unknown error'}`,
  invalid: r => `Invalid input or configuration (nothing was written): ${r.error ?? ''}`,
  conflict: r =>
    `Conflict, nothing was deployed: ${r.conflict?.message ?? r.error ?? ''}. The job summary has the conflict report.`
}

export function reportContext(inputs: Inputs, event: EventContext, route: Route): ReportContext {
  const commit = event.pullRequest?.headSha ?? event.sha
  return {
    appDir: inputs['app-dir'],
    ...(inputs.app ? { app: inputs.app } : {}),
    mode: route.kind,
    ...(commit ? { commit: commit.slice(0, 7) } : {}),
    ...(event.runUrl ? { runUrl: event.runUrl } : {})
  }
}

function record(outputs: Outputs, result: DeployResult): void {
  outputs.status = result.status
  outputs['app-id'] = result.app?.id
  outputs['client-app-id'] = result.app?.clientAppId
  outputs['deployment-id'] = result.deployment?.id
  if (!result.plan) return
  outputs.changes = planSize(result.plan)
  try {
    outputs['plan-file'] = writePlanFile(result.plan)
  } catch (error) {
    core.warning(`could not write the plan file: ${error instanceof Error ? error.message : String(error)}`)
  }
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
  if (!options.fail) core.notice(reason)
  const markdown = renderSkipped(reason, ctx, options.advice)
  await writeSummary(markdown)
  // Quiet: a skipped run often has a read-only token, and failing to comment is expected then.
  if (options.target) outputs['comment-id'] = await publishComment(options.target, markdown, true)
  return options.fail ? `${reason} (fail-on-missing-credentials is set)` : undefined
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

export async function pipelineRun(
  inputs: Inputs,
  event: EventContext,
  route: Route,
  outputs: Outputs,
  target: CommentTarget
): Promise<string | undefined> {
  const settings = deploySettings(inputs, {
    mode: route.kind === 'plan' ? 'plan' : 'deploy',
    deploymentName: deploymentName(inputs['deployment-name'], route, event.sha),
    workspace: event.workspace,
    logger: actionLogger(),
    signal: cancelSignal()
  })
  const result = await runPipeline(settings)
  record(outputs, result)
  if (result.problems) await annotateProblems(result.problems, settings.appDir, event.workspace)
  const ctx = reportContext(inputs, event, route)
  await core.group('Report', async () => {
    if (result.plan) core.info(renderPlanText(result.plan))
    core.info(renderResultText(result))
    await writeSummary(renderReport(result, ctx, SUMMARY_LIMIT))
    outputs['comment-id'] = await publishComment(
      target,
      renderReport(result, ctx, reportLimit(target.marker))
    )
  })
  return FAILURE[result.status]?.(result)
}
