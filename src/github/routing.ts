// The event routing table: what a run does for the event that started it (mode `auto`), or what the
// `mode` input says. Pure: the event in, a route out; an event with no route is a ConfigError that
// lists the supported events, because a workflow wired to the wrong trigger should be visible.
import { ConfigError } from '../errors.js'
import type { EventContext } from './context.js'

export const MODES = ['auto', 'plan', 'deploy', 'preview', 'cleanup', 'rollback'] as const
export type Mode = (typeof MODES)[number]

export type RouteKind = 'plan' | 'deploy' | 'preview' | 'cleanup' | 'rollback' | 'skip'

export interface Route {
  readonly kind: RouteKind
  /** Why this route: logged, and the notice of a skip. */
  readonly reason: string
  /** Tag pushes and releases: the tag (it names the deployment). */
  readonly tag?: string
  /** The pull request whose comment this run writes. */
  readonly pullRequest?: number
}

/** Pull request activity that plans (or deploys a preview); `closed` cleans up. */
const PR_ACTIVITY = ['opened', 'synchronize', 'reopened', 'ready_for_review']

type RouteFor = (event: EventContext, preview: boolean) => Route

const tagOf = (ref: string): string | undefined =>
  ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined

function withTag(kind: RouteKind, reason: string, tag: string | undefined): Route {
  return tag ? { kind, reason, tag } : { kind, reason }
}

const pullRequestRoute: RouteFor = (event, preview) => {
  const pr = event.pullRequest?.number
  const base = pr === undefined ? {} : { pullRequest: pr }
  const action = event.action ?? ''
  if (action === 'closed') {
    return preview
      ? { kind: 'cleanup', reason: `pull request #${pr} was closed: removing its preview app`, ...base }
      : { kind: 'skip', reason: `pull request #${pr} was closed and previews are off: nothing to do` }
  }
  if (!PR_ACTIVITY.includes(action)) {
    return {
      kind: 'skip',
      reason: `${event.eventName} '${action}' changes no code: nothing to do (plans run on ${PR_ACTIVITY.join(', ')})`
    }
  }
  return preview
    ? { kind: 'preview', reason: `pull request #${pr} ${action}: deploying its preview app`, ...base }
    : {
        kind: 'plan',
        reason: `pull request #${pr} ${action}: planning (nothing is written to the app)`,
        ...base
      }
}

const pushRoute: RouteFor = event => {
  if (event.deleted) return { kind: 'skip', reason: `push deleted ${event.ref}: nothing to deploy` }
  const tag = tagOf(event.ref)
  return withTag(
    'deploy',
    tag ? `tag ${tag} pushed: deploying` : `push to ${event.ref.replace(/^refs\/heads\//, '')}: deploying`,
    tag
  )
}

const releaseRoute: RouteFor = event =>
  event.action === 'published'
    ? withTag(
        'deploy',
        `release ${event.releaseTag ?? ''} published: deploying`,
        event.releaseTag ?? tagOf(event.ref)
      )
    : {
        kind: 'skip',
        reason: `release '${event.action ?? ''}': nothing to do (releases deploy when published)`
      }

const TABLE: Readonly<Record<string, RouteFor>> = {
  pull_request: pullRequestRoute,
  pull_request_target: pullRequestRoute,
  push: pushRoute,
  workflow_dispatch: event => withTag('deploy', 'workflow dispatched: deploying', tagOf(event.ref)),
  release: releaseRoute
}

export const SUPPORTED_EVENTS = Object.keys(TABLE)

export function routeEvent(
  event: EventContext,
  options: { readonly mode: Mode; readonly preview: boolean }
): Route {
  const { mode, preview } = options
  if (mode !== 'auto') {
    const tag = event.eventName === 'release' ? event.releaseTag : tagOf(event.ref)
    const pr = event.pullRequest?.number
    return {
      kind: mode,
      reason: `mode: ${mode}`,
      ...(tag ? { tag } : {}),
      ...(pr !== undefined ? { pullRequest: pr } : {})
    }
  }
  const routeFor = TABLE[event.eventName]
  if (!routeFor) {
    throw new ConfigError([
      {
        source: 'mode',
        severity: 'error',
        message:
          `mode 'auto' has no route for the '${event.eventName || '(none)'}' event: it handles ${SUPPORTED_EVENTS.join(', ')}. ` +
          'Trigger the workflow on one of those, or set mode: plan or mode: deploy.'
      }
    ])
  }
  return routeFor(event, preview)
}

/** The deployment's name: the input, else the tag, else the short commit sha. */
export function deploymentName(input: string, route: Route, sha: string): string {
  return input || route.tag || sha.slice(0, 7)
}
