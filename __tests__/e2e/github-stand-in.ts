// A local stand-in for the part of GitHub's REST API the action uses: issue comments (paginated with
// Link headers, like GitHub), the pull requests of a commit, a pull request's state, deployments and
// their statuses, and GET /user. It serves one repository
// under an optional path prefix (GitHub Enterprise Server's `/api/v3`), checks the token, and records
// every request; anything else is answered 404, listed in `unexpected`, and fails the test it came in
// (../stand-in-check.ts), or stop() when it came outside a test.
// What the action writes to GitHub (comment bodies, deployments and their statuses) and the token go
// to the secret-leak check (../leak/capture.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { captureSensitive, captureText } from '../leak/capture.js'
import { watchUnexpected } from '../stand-in-check.js'

export interface StandInComment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
}

export interface StandInPull {
  number: number
  merged_at: string | null
}

export interface StandInDeploymentStatus {
  state: string
  description?: string
  log_url?: string
  environment_url?: string
}

export interface StandInDeployment {
  id: number
  ref: string
  environment: string
  description?: string
  auto_merge?: boolean
  required_contexts?: string[]
  transient_environment?: boolean
  production_environment?: boolean
  statuses: StandInDeploymentStatus[]
}

export interface RecordedRequest {
  readonly method: string
  readonly path: string
  readonly query: Record<string, string>
  readonly status: number
}

export interface GitHubStandInOptions {
  readonly owner: string
  readonly repo: string
  readonly token: string
  /** Served below this path (`/api/v3` on GitHub Enterprise Server). */
  readonly prefix?: string
  /** The login GET /user returns; undefined: 403 as for a GITHUB_TOKEN. */
  readonly viewer?: string
}

export interface GitHubStandIn {
  readonly name: string
  /** The API base URL (with the prefix): what GITHUB_API_URL is set to. */
  readonly url: string
  readonly comments: Map<number, StandInComment[]>
  readonly pullsByCommit: Map<string, StandInPull[]>
  /** What GET /pulls/{n} says; a pull request not listed is open. */
  readonly pullStates: Map<number, 'open' | 'closed'>
  /** Every deployment created, oldest first, with its statuses in order. */
  readonly deployments: StandInDeployment[]
  readonly requests: RecordedRequest[]
  readonly unexpected: string[]
  /** Writes answer 403 "Resource not accessible by integration" (a token without pull-requests: write). */
  readOnly: boolean
  /** Deployment calls answer 403 (a token without deployments: write). */
  deploymentsForbidden: boolean
  addComment(issue: number, login: string, body: string, type?: 'User' | 'Bot'): StandInComment
  /** The comments the action wrote (author: the token's identity). */
  ownComments(issue: number): StandInComment[]
  stop(): Promise<void>
}

export const ACTIONS_BOT = 'github-actions[bot]'

interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

const FORBIDDEN: Reply = {
  status: 403,
  body: {
    message: 'Resource not accessible by integration',
    documentation_url: 'https://docs.github.com/rest'
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? (JSON.parse(text) as Record<string, unknown>) : {}
}

function linkHeader(base: string, perPage: number, page: number, last: number): string {
  const link = (p: number, rel: string) => `<${base}?per_page=${perPage}&page=${p}>; rel="${rel}"`
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  return links.join(', ')
}

export async function startGitHubStandIn(options: GitHubStandInOptions): Promise<GitHubStandIn> {
  captureSensitive('GitHub token', [options.token])
  const prefix = options.prefix ?? ''
  const repoPath = `${prefix}/repos/${options.owner}/${options.repo}`
  let nextId = 1000
  let origin = ''
  const author = options.viewer
    ? { login: options.viewer, type: 'User' as const }
    : { login: ACTIONS_BOT, type: 'Bot' as const }

  /** One page of `all` as the REST API serves lists: per_page (at most 100), page, and a Link header. */
  const paginate = (all: readonly unknown[], query: URLSearchParams, path: string): Reply => {
    const perPage = Math.min(100, Number(query.get('per_page') ?? 30))
    const page = Number(query.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(all.length / perPage))
    const link = linkHeader(`${origin}${path}`, perPage, page, last)
    return {
      status: 200,
      body: all.slice((page - 1) * perPage, page * perPage),
      headers: link ? { link } : {}
    }
  }

  const listComments = (issue: number, query: URLSearchParams, path: string): Reply => {
    const all = standIn.comments.get(issue) ?? []
    return paginate(all, query, path)
  }

  const writeComment = async (
    req: IncomingMessage,
    issue: number | undefined,
    id: number | undefined
  ): Promise<Reply> => {
    if (standIn.readOnly) return FORBIDDEN
    if (issue !== undefined) {
      const { body } = await readJson(req)
      captureText('PR comment', String(body))
      return { status: 201, body: standIn.addComment(issue, author.login, String(body), author.type) }
    }
    for (const list of standIn.comments.values()) {
      const index = list.findIndex(c => c.id === id)
      if (index < 0) continue
      if (req.method === 'DELETE') {
        list.splice(index, 1)
        return { status: 204 }
      }
      list[index].body = String((await readJson(req)).body)
      captureText('PR comment', list[index].body)
      return { status: 200, body: list[index] }
    }
    return { status: 404, body: { message: 'Not Found' } }
  }

  const createDeployment = async (req: IncomingMessage): Promise<Reply> => {
    if (standIn.readOnly || standIn.deploymentsForbidden) return FORBIDDEN
    const body = await readJson(req)
    captureText('GitHub deployment', JSON.stringify(body))
    if (typeof body.ref !== 'string' || typeof body.environment !== 'string')
      return { status: 422, body: { message: 'ref and environment are required' } }
    const deployment: StandInDeployment = {
      ...(body as Omit<StandInDeployment, 'id' | 'statuses'>),
      id: nextId++,
      statuses: []
    }
    standIn.deployments.push(deployment)
    return {
      status: 201,
      body: { id: deployment.id, ref: deployment.ref, environment: deployment.environment }
    }
  }

  const createStatus = async (req: IncomingMessage, id: number): Promise<Reply> => {
    if (standIn.readOnly || standIn.deploymentsForbidden) return FORBIDDEN
    const deployment = standIn.deployments.find(d => d.id === id)
    if (!deployment) return { status: 404, body: { message: 'Not Found' } }
    const body = (await readJson(req)) as unknown as StandInDeploymentStatus
    captureText('GitHub deployment status', JSON.stringify(body))
    const states = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']
    if (!states.includes(body.state)) return { status: 422, body: { message: `invalid state ${body.state}` } }
    deployment.statuses.push(body)
    return { status: 201, body: { id: nextId++, state: body.state } }
  }

  const listDeployments = (query: URLSearchParams, path: string): Reply => {
    if (standIn.deploymentsForbidden) return FORBIDDEN
    const environment = query.get('environment')
    const all = standIn.deployments
      .filter(d => environment === null || d.environment === environment)
      .map(d => ({ id: d.id, ref: d.ref, environment: d.environment }))
      .reverse()
    return paginate(all, query, path)
  }

  const route = async (
    req: IncomingMessage,
    path: string,
    query: URLSearchParams
  ): Promise<Reply | undefined> => {
    const method = req.method ?? 'GET'
    if (method === 'GET' && path === `${prefix}/user`) {
      return options.viewer ? { status: 200, body: { login: options.viewer } } : FORBIDDEN
    }
    if (!path.startsWith(`${repoPath}/`)) return undefined
    const rest = path.slice(repoPath.length)
    let m = /^\/issues\/(\d+)\/comments$/.exec(rest)
    if (m && method === 'GET') return listComments(Number(m[1]), query, path)
    if (m && method === 'POST') return writeComment(req, Number(m[1]), undefined)
    m = /^\/issues\/comments\/(\d+)$/.exec(rest)
    if (m && (method === 'PATCH' || method === 'DELETE')) return writeComment(req, undefined, Number(m[1]))
    m = /^\/commits\/([0-9a-f]{7,40})\/pulls$/.exec(rest)
    if (m && method === 'GET') return { status: 200, body: standIn.pullsByCommit.get(m[1]) ?? [] }
    m = /^\/pulls\/(\d+)$/.exec(rest)
    if (m && method === 'GET') {
      const number = Number(m[1])
      return { status: 200, body: { number, state: standIn.pullStates.get(number) ?? 'open' } }
    }
    if (rest === '/deployments' && method === 'POST') return createDeployment(req)
    if (rest === '/deployments' && method === 'GET') return listDeployments(query, path)
    m = /^\/deployments\/(\d+)\/statuses$/.exec(rest)
    if (m && method === 'POST') return createStatus(req, Number(m[1]))
    return undefined
  }

  const serve = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://stand-in')
    const what = `${req.method} ${url.pathname}${url.search}`
    let reply: Reply | undefined
    if (req.headers.authorization !== `token ${options.token}`) {
      standIn.unexpected.push(`${what} (wrong or missing token)`)
      reply = { status: 401, body: { message: 'Bad credentials' } }
    } else {
      reply = await route(req, url.pathname, url.searchParams).catch(error => ({
        status: 500,
        body: { message: String(error) }
      }))
      if (!reply) {
        standIn.unexpected.push(what)
        reply = { status: 404, body: { message: 'Not Found' } }
      }
    }
    standIn.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: reply.status
    })
    res.writeHead(reply.status, {
      'content-type': 'application/json; charset=utf-8',
      ...(reply.headers ?? {})
    })
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body))
  }

  const server = createServer((req, res) => void serve(req, res))
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const standIn: GitHubStandIn = {
    name: 'the GitHub API stand-in',
    url: `${origin}${prefix}`,
    comments: new Map(),
    pullsByCommit: new Map(),
    pullStates: new Map(),
    deployments: [],
    requests: [],
    unexpected: [],
    readOnly: false,
    deploymentsForbidden: false,
    addComment(issue, login, body, type = 'User') {
      const comment: StandInComment = { id: nextId++, body, user: { login, type } }
      standIn.comments.set(issue, [...(standIn.comments.get(issue) ?? []), comment])
      return comment
    },
    ownComments: issue => (standIn.comments.get(issue) ?? []).filter(c => c.user.login === author.login),
    stop: async () => {
      await new Promise<void>(resolve => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      finish()
    }
  }
  const finish = watchUnexpected(standIn)
  return standIn
}
