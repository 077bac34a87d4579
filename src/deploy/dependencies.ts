// Dependencies (functions/package.json or a node_modules archive): the server's own diff says
// whether they changed; a changed set is uploaded after the deploy and the install is awaited.
import { join } from 'node:path'
import type { AppClient } from '../admin/app-client.js'
import type { DependenciesResource } from '../app/model.js'
import { DeployError } from '../errors.js'
import type { Logger } from '../log.js'
import type { DependenciesPlan } from '../plan/types.js'
import { pollUntil, type Poll } from './poll.js'

const count = (value: unknown): number => (Array.isArray(value) ? value.length : 0)

/** A plan entry when the server's diff of the local dependencies against the installed ones is not empty. */
export async function planDependencies(
  app: AppClient,
  root: string,
  deps: DependenciesResource | undefined
): Promise<DependenciesPlan | undefined> {
  if (!deps || deps.kind === 'directory') return undefined
  const diff = await app.dependencies.diff(join(root, deps.file))
  const [added, deleted, modified] = [count(diff.added), count(diff.deleted), count(diff.modified)]
  if (added + deleted + modified === 0) return undefined
  return { file: deps.file, reason: `${added} added, ${deleted} removed, ${modified} changed` }
}

export async function installDependencies(
  app: AppClient,
  root: string,
  plan: DependenciesPlan,
  poll: Poll,
  logger: Logger
): Promise<{ status: string; message?: string }> {
  logger.info(`dependencies: uploading ${plan.file} (${plan.reason})`)
  await app.dependencies.upload(join(root, plan.file))
  const final = await pollUntil(
    poll,
    async () => {
      const s = await app.dependencies.status()
      return s && s.status !== 'created' ? s : undefined
    },
    elapsed => logger.info(`dependencies: installing (${Math.round(elapsed / 1000)} s)`)
  )
  if (!final)
    throw new DeployError(
      `the dependency install did not finish within ${Math.round(poll.timeoutMs / 1000)} s`
    )
  if (final.status !== 'successful')
    throw new DeployError(`the dependency install failed: ${final.status_message ?? final.status}`)
  return { status: final.status, ...(final.status_message ? { message: final.status_message } : {}) }
}
