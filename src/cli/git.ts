// The default deployment name: the tag at HEAD, else the short commit sha, when the app directory is
// in a git checkout; else none.
import { execFile } from 'node:child_process'

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise(resolve => {
    execFile('git', args, { cwd, timeout: 5000 }, (error, stdout) =>
      resolve(error ? undefined : stdout.trim() || undefined)
    )
  })
}

export async function defaultDeploymentName(cwd: string): Promise<string | undefined> {
  return (
    (await git(cwd, ['describe', '--tags', '--exact-match', 'HEAD'])) ??
    (await git(cwd, ['rev-parse', '--short=7', 'HEAD']))
  )
}
