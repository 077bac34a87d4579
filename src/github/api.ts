// The few GitHub REST calls the action makes, behind a small interface so the sticky-comment logic
// does not depend on Octokit. The Octokit client honours GITHUB_API_URL (GitHub Enterprise Server)
// and the runner's proxy settings for that URL.
import { getOctokit } from '@actions/github'
import { HttpClient } from '@actions/http-client'

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
      for await (const page of pages) yield (page.data as RawComment[]).map(toComment)
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
