// GitHub Deployments (input `github-deployment`): one deployment per run that deploys, marked
// `in_progress` before the deploy and `success` or `failure` after it, linking the run's log and the
// app; on preview cleanup the preview environment's deployments are marked `inactive`. None of this
// may change the run's outcome: a token without `deployments: write` gets one warning naming it.
import { redact } from '../secrets.js'
import { statusOf, type DeploymentState, type GitHubApi } from './api.js'
import { runnerLog } from './logger.js'

export interface GitHubDeploymentSpec {
  /** The commit sha, or the tag, that was deployed. */
  readonly ref: string
  readonly environment: string
  readonly description: string
  /** Previews: GitHub may hide the environment once its deployments are inactive. */
  readonly transient: boolean
  /** Tag pushes and releases. */
  readonly production: boolean
}

export interface GitHubDeploymentRecord {
  readonly id: number
  /** Sets the final status; never throws. */
  finish(
    state: Extract<DeploymentState, 'success' | 'failure'>,
    description: string,
    environmentUrl?: string
  ): Promise<void>
}

const messageOf = (error: unknown): string => redact(error instanceof Error ? error.message : String(error))

function warnFailed(what: string, error: unknown): void {
  const status = statusOf(error)
  runnerLog.warning(
    status === 403 || status === 401
      ? `could not ${what}: the token lacks the \`deployments: write\` permission. Add \`permissions: deployments: write\` ` +
          'to the job (or set github-deployment: false); the deploy itself is not affected.'
      : `could not ${what}: ${messageOf(error)}; the deploy itself is not affected.`
  )
}

/** Creates the deployment and marks it `in_progress`; undefined (after a warning) when GitHub refuses. */
export async function startGitHubDeployment(
  github: GitHubApi | undefined,
  spec: GitHubDeploymentSpec,
  logUrl: string | undefined
): Promise<GitHubDeploymentRecord | undefined> {
  if (!github) {
    runnerLog.warning('github-deployment is set but github-token is empty: no GitHub Deployment was recorded')
    return undefined
  }
  let id: number
  try {
    id = await github.createDeployment(spec)
    await github.createDeploymentStatus(id, { state: 'in_progress', description: spec.description, logUrl })
  } catch (error) {
    warnFailed(`record a GitHub Deployment for environment '${spec.environment}'`, error)
    return undefined
  }
  runnerLog.info(`GitHub Deployment ${id} (environment ${spec.environment}): in_progress`)
  return {
    id,
    async finish(state, description, environmentUrl) {
      try {
        await github.createDeploymentStatus(id, { state, description, logUrl, environmentUrl })
        runnerLog.info(`GitHub Deployment ${id}: ${state}`)
      } catch (error) {
        warnFailed(`set GitHub Deployment ${id} to ${state}`, error)
      }
    }
  }
}

/** Marks every deployment of `environment` inactive (a removed preview); returns how many. */
export async function deactivateEnvironment(
  github: GitHubApi | undefined,
  environment: string,
  logUrl: string | undefined
): Promise<number> {
  if (!github) return 0
  try {
    const ids = await github.deploymentsOf(environment)
    for (const id of ids) {
      await github.createDeploymentStatus(id, {
        state: 'inactive',
        description: 'the preview app was deleted',
        logUrl
      })
    }
    runnerLog.info(`GitHub Deployments of environment ${environment}: ${ids.length} marked inactive`)
    return ids.length
  } catch (error) {
    warnFailed(`mark the GitHub Deployments of environment '${environment}' inactive`, error)
    return 0
  }
}
