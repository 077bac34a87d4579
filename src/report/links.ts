// Links the reports and GitHub Deployments carry: an app in the App Services UI, and a release tag
// on GitHub. Pure.
import { defaultBaseUrl } from '../admin/client.js'

export interface AppLink {
  readonly url: string
  /** The run's `base-url` when it is not MongoDB Cloud's: the link is that server's app, not the cloud UI's. */
  readonly base?: string
}

const trimSlashes = (url: string): string => url.replace(/\/+$/, '')

/** The app's dashboard: `<base>/groups/<groupId>/apps/<appId>/dashboard` (the App Services UI's pattern). */
export function appLink(baseUrl: string | undefined, groupId: string, appId: string): AppLink {
  const base = trimSlashes(baseUrl || defaultBaseUrl)
  const url = `${base}/groups/${encodeURIComponent(groupId)}/apps/${encodeURIComponent(appId)}/dashboard`
  return base === defaultBaseUrl ? { url } : { url, base }
}

export interface ReleaseLink {
  readonly tag: string
  readonly url: string
  /** `release`: a published release; `tag`: a pushed tag (it may have no release page). */
  readonly kind: 'release' | 'tag'
}

/** `<server>/<owner>/<repo>/releases/tag/<tag>` for releases, `/tree/<tag>` for pushed tags. */
export function releaseLink(
  serverUrl: string,
  owner: string,
  repo: string,
  tag: string,
  kind: ReleaseLink['kind']
): ReleaseLink {
  const path = tag.split('/').map(encodeURIComponent).join('/')
  const where = kind === 'release' ? 'releases/tag' : 'tree'
  return { tag, kind, url: `${trimSlashes(serverUrl)}/${owner}/${repo}/${where}/${path}` }
}

/** A URL (already encoded) safe inside a markdown link target: no parentheses, spaces or angle brackets. */
export function linkTarget(url: string): string {
  return url.replace(/[()\s<>]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}
