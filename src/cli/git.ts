// The default deployment name: the tag at HEAD, else the short commit sha, with `-dirty` when the
// checkout has uncommitted changes (the deploy then is not that commit). Outside a git checkout:
// `local-<UTC date and time>`, so a deployment is never named after nothing.
import { execFile } from 'node:child_process'

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise(resolve => {
    execFile('git', args, { cwd, timeout: 5000 }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined)
    )
  })
}

/** `local-2026-12-06T23-50-00Z`: sortable, and valid wherever a deployment name is shown. */
export function localDeploymentName(now: Date): string {
  return `local-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`
}

export async function defaultDeploymentName(cwd: string, now = new Date()): Promise<string> {
  const commit =
    (await git(cwd, ['describe', '--tags', '--exact-match', 'HEAD'])) ??
    (await git(cwd, ['rev-parse', '--short=7', 'HEAD']))
  if (!commit) return localDeploymentName(now)
  // Only this directory's changes matter: an edit elsewhere in a monorepo does not change this app.
  const dirty = await git(cwd, ['status', '--porcelain', '--', '.'])
  return dirty ? `${commit}-dirty` : commit
}
