// The action: inputs -> event routing -> pipeline -> report (job summary, PR comment) -> outputs.
// The one error boundary of the action and the only place that fails the step. Outputs are set in
// `finally`, so a failed run still reports what it learned.
import * as core from '@actions/core'
import { ConfigError } from './errors.js'
import { createGitHubApi } from './github/api.js'
import { stickyMarker } from './github/comment.js'
import { readEventContext } from './github/context.js'
import { setOutputs, type Outputs } from './github/outputs.js'
import { cleanupRun, previewRun } from './github/preview-run.js'
import type { CommentTarget } from './github/publish.js'
import { rollbackRun } from './github/rollback-step.js'
import { routeEvent } from './github/routing.js'
import { pipelineRun, reportContext, skipRun } from './github/steps.js'
import { credentialsVerdict } from './github/credentials-policy.js'
import { missingCredentials, readInputs } from './inputs.js'
import { onSecretRegistered, redact } from './secrets.js'
import { runnerLog } from './github/logger.js'

const NO_CREDENTIALS =
  'This run has no Atlas API keys (`public-api-key` and `private-api-key` are empty). GitHub gives no secrets to ' +
  'workflows run for pull requests from forks, nor to Dependabot: those runs are skipped. Anywhere else, check that the ' +
  'secrets exist and that the workflow names them correctly. A maintainer can run the plan from a branch of this repository.'

/** Returns the step's failure message, if the run failed. */
async function act(outputs: Outputs): Promise<string | undefined> {
  const inputs = readInputs(name => core.getInput(name, { trimWhitespace: false }))
  const event = readEventContext(process.env)
  const route = routeEvent(event, { mode: inputs.mode, preview: inputs.preview })
  runnerLog.info(route.reason)
  const ctx = reportContext(inputs, event, route)
  const token = inputs['github-token']
  const target: CommentTarget = {
    github: token ? createGitHubApi(token, event.apiUrl, event.owner, event.repo) : undefined,
    event,
    route,
    marker: stickyMarker(inputs['app-dir'], inputs.app),
    enabled: inputs.comment
  }
  if (route.kind === 'skip') return skipRun(outputs, route.reason, ctx)
  if (missingCredentials(inputs)) {
    // A fork's `pull_request` run has a read-only token: do not even try to comment.
    const canComment =
      route.pullRequest !== undefined && !(event.pullRequest?.fork && event.eventName === 'pull_request')
    const verdict = credentialsVerdict(inputs, event, process.env)
    return skipRun(outputs, verdict.reason, ctx, {
      ...(canComment ? { target } : {}),
      advice: NO_CREDENTIALS,
      fail: verdict.kind === 'fail'
    })
  }
  if (route.kind === 'preview') return previewRun(inputs, event, route, outputs, target)
  if (route.kind === 'cleanup') return cleanupRun(inputs, event, route, outputs, target)
  if (route.kind === 'rollback') return rollbackRun(inputs, event, route, outputs, target)
  return pipelineRun(inputs, event, route, outputs, target)
}

export async function run(): Promise<void> {
  onSecretRegistered(value => core.setSecret(value))
  const outputs: Outputs = {}
  try {
    const failure = await act(outputs)
    if (failure) core.setFailed(redact(failure))
  } catch (error) {
    outputs.status ??= error instanceof ConfigError ? 'invalid' : 'failed'
    core.setFailed(redact(error instanceof Error ? error.message : String(error)))
  } finally {
    setOutputs(outputs)
  }
}
