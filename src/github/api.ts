// The few GitHub REST calls the action makes, behind a small interface so the sticky-comment logic
// does not depend on Octokit. The Octokit client honours GITHUB_API_URL (GitHub Enterprise Server)
// and the runner's proxy settings for that URL.
import { getOctokit } from '@actions/github'
import { HttpClient } from '@actions/http-client'

/**
 * Pages followed at most per listing (100 items each): far beyond a real pull request or environment,
 * and an end to a server whose `next` link never stops. An empty page ends a listing too.
 */
export const MAX_GITHUB_PAGES = 100

export async function* boundedPages<T>(pages: AsyncIterable<{ data: T[] }>): AsyncGenerator<T[]> {
  let count = 0
  for await (const page of pages) {
    if (page.data.length === 0 || ++count > MAX_GITHUB_PAGES) return
    yield page.data
  }
}

export interface IssueComment {
  readonly id: number
  readonly body: string
  readonly login: string
  /** `Bot` for app and GITHUB_TOKEN authors, `User` for people. */
  readonly type: string
}

export interface GitHubApi {
  /** Every comment of an issue or pull request, page by page (100 a page), oldest first. */
  comments(issue: number): AsyncIterable<IssueComment[]>
  createComment(issue: number, body: string): Promise<IssueComment>
  updateComment(id: number, body: string): Promise<void>
  deleteComment(id: number): Promise<void>
  /** Pull requests merged with this commit (GET /repos/{o}/{r}/commits/{sha}/pulls). */
  mergedPullRequests(sha: string): Promise<number[]>
  /** The token's own login, when the token may ask (a GITHUB_TOKEN may not). */
  viewerLogin(): Promise<string | undefined>
  /** A pull request's state now (GET /repos/{o}/{r}/pulls/{n}). */
  pullRequestState(pullRequest: number): Promise<'open' | 'closed'>
  /** POST /repos/{o}/{r}/deployments; returns the deployment's id. */
  createDeployment(request: DeploymentRequest): Promise<number>
  /** POST /repos/{o}/{r}/deployments/{id}/statuses. */
  createDeploymentStatus(deploymentId: number, status: DeploymentStatusRequest): Promise<void>
  /** The ids of an environment's deployments, every page. */
  deploymentsOf(environment: string): Promise<number[]>
}

export interface DeploymentRequest {
  readonly ref: string
  readonly environment: string
  readonly description: string
  readonly transient: boolean
  readonly production: boolean
}

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive'

export interface DeploymentStatusRequest {
  readonly state: DeploymentState
  readonly description: string
  readonly logUrl?: string
  readonly environmentUrl?: string
}

interface RawComment {
  id: number
  body?: string | null
  user?: { login?: string; type?: string } | null
}

const toComment = (c: RawComment): IssueComment => ({
  id: c.id,
  body: c.body ?? '',
  login: c.user?.login ?? '',
  type: c.user?.type ?? ''
})

export function createGitHubApi(token: string, apiUrl: string, owner: string, repo: string): GitHubApi {
  // The proxy for the API's own URL (loopback and NO_PROXY hosts get none); @actions/github would
  // pick it for the URL it saw at import time.
  const dispatcher = new HttpClient().getAgentDispatcher(apiUrl)
  const fetchVia = (url: string | URL | Request, init?: RequestInit): Promise<Response> =>
    fetch(url, { ...init, ...(dispatcher ? { dispatcher } : {}) } as RequestInit)
  const octokit = getOctokit(token, { baseUrl: apiUrl, request: { fetch: fetchVia } })
  const repoParams = { owner, repo }
  return {
    async *comments(issue) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...repoParams,
        issue_number: issue,
        per_page: 100
      })
      for await (const page of boundedPages(pages)) yield (page as RawComment[]).map(toComment)
    },
    async createComment(issue, body) {
      return toComment(
        (await octokit.rest.issues.createComment({ ...repoParams, issue_number: issue, body }))
          .data as RawComment
      )
    },
    async updateComment(id, body) {
      await octokit.rest.issues.updateComment({ ...repoParams, comment_id: id, body })
    },
    async deleteComment(id) {
      await octokit.rest.issues.deleteComment({ ...repoParams, comment_id: id })
    },
    async mergedPullRequests(sha) {
      const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        ...repoParams,
        commit_sha: sha,
        per_page: 100
      })
      return data.filter(pr => pr.merged_at).map(pr => pr.number)
    },
    async pullRequestState(pullRequest) {
      const { data } = await octokit.rest.pulls.get({ ...repoParams, pull_number: pullRequest })
      return data.state === 'closed' ? 'closed' : 'open'
    },
    async createDeployment(request) {
      const { data } = await octokit.rest.repos.createDeployment({
        ...repoParams,
        ref: request.ref,
        environment: request.environment,
        description: request.description,
        auto_merge: false,
        required_contexts: [],
        transient_environment: request.transient,
        production_environment: request.production
      })
      if (!('id' in data))
        throw new Error(`GitHub created no deployment: ${data.message ?? 'no reason given'}`)
      return data.id
    },
    async createDeploymentStatus(deploymentId, status) {
      await octokit.rest.repos.createDeploymentStatus({
        ...repoParams,
        deployment_id: deploymentId,
        state: status.state,
        description: status.description.slice(0, 140),
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {})
      })
    },
    async deploymentsOf(environment) {
      const pages = octokit.paginate.iterator(octokit.rest.repos.listDeployments, {
        ...repoParams,
        environment,
        per_page: 100
      })
      const ids: number[] = []
      for await (const page of boundedPages(pages)) ids.push(...page.map(d => d.id))
      return ids
    },
    async viewerLogin() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login
      } catch {
        return undefined
      }
    }
  }
}

/** The HTTP status of a failed GitHub call, when it has one. */
export function statusOf(error: unknown): number | undefined {
  return error && typeof error === 'object' && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined
}
