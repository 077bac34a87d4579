// Where the tests find app directories: the project's own fixtures (always there) and the shared,
// real-world fixtures (`REALM_DEPLOY_SHARED_FIXTURES`, set by .ci/run; skipped visibly when unset).
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
export const OWN_APPS = path.resolve(here, '../fixtures/apps')
export const BROKEN_APPS = path.resolve(here, '../fixtures/broken')

/** The shared fixtures directory, or undefined (after saying so) when the variable is unset. */
export function sharedFixtures(): string | undefined {
  const dir = process.env.REALM_DEPLOY_SHARED_FIXTURES
  if (!dir) {
    process.stderr.write(
      'REALM_DEPLOY_SHARED_FIXTURES is unset: skipping the tests over the shared fixtures\n'
    )
    return undefined
  }
  return path.resolve(dir)
}

const created: string[] = []
afterAll(async () => {
  await Promise.all(created.splice(0).map(dir => rm(dir, { recursive: true, force: true })))
})

/** A new empty temporary directory, removed after the test file. */
export async function makeTempDir(prefix = 'realm-deploy-'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix))
  created.push(dir)
  return dir
}

/** A fresh copy of `dir` in a temporary directory (for tests that add files or symlinks). */
export async function copyToTemp(dir: string): Promise<{ tmp: string; app: string }> {
  const tmp = await makeTempDir('realm-deploy-app-')
  const app = path.join(tmp, 'app')
  await cp(dir, app, { recursive: true })
  return { tmp, app }
}
