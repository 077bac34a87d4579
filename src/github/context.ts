// What the runner tells the action about the run: the event, its payload, the repository and commit.
// Read from the environment (not @actions/github's import-time `context`) so tests pass their own.
import { readFileSync } from 'node:fs'

export interface PullRequestInfo {
  readonly number: number
  /** The head branch lives in another repository: `pull_request` runs get no secrets, a read-only token. */
  readonly fork: boolean
  readonly merged: boolean
  readonly headSha?: string
}

export interface EventContext {
  readonly eventName: string
  /** The payload's `action` (opened, synchronize, closed, published, ...). */
  readonly action?: string
  readonly ref: string
  readonly sha: string
  readonly owner: string
  readonly repo: string
  readonly apiUrl: string
  /** The GitHub web server (GITHUB_SERVER_URL): links to tags and releases. */
  readonly serverUrl: string
  /** Link to this run's log, when the runner says where it is. */
  readonly runUrl?: string
  readonly workspace: string
  readonly pullRequest?: PullRequestInfo
  /** `release` events: the release's tag. */
  readonly releaseTag?: string
  /** A push that deleted its branch or tag. */
  readonly deleted: boolean
}

type Payload = Record<string, unknown>

const obj = (value: unknown): Payload => (value && typeof value === 'object' ? (value as Payload) : {})
const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined

function readPayload(file: string | undefined): Payload {
  if (!file) return {}
  try {
    return obj(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return {}
  }
}

function pullRequestOf(payload: Payload): PullRequestInfo | undefined {
  const pr = obj(payload.pull_request)
  if (typeof pr.number !== 'number') return undefined
  const base = str(obj(payload.repository).full_name) ?? str(obj(obj(pr.base).repo).full_name)
  const head = str(obj(obj(pr.head).repo).full_name)
  return {
    number: pr.number,
    // A deleted fork has no head repository: it is still a fork.
    fork: head === undefined || (base !== undefined && head.toLowerCase() !== base.toLowerCase()),
    merged: pr.merged === true,
    ...(str(obj(pr.head).sha) ? { headSha: str(obj(pr.head).sha) } : {})
  }
}

export function readEventContext(env: NodeJS.ProcessEnv): EventContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
  const server = env.GITHUB_SERVER_URL || 'https://github.com'
  const pullRequest = pullRequestOf(payload)
  const releaseTag = str(obj(payload.release).tag_name)
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ...(str(payload.action) ? { action: str(payload.action) } : {}),
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: server.replace(/\/+$/, ''),
    ...(env.GITHUB_RUN_ID && owner
      ? { runUrl: `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` }
      : {}),
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    ...(pullRequest ? { pullRequest } : {}),
    ...(releaseTag ? { releaseTag } : {}),
    deleted: payload.deleted === true
  }
}
