// The hosting phase, after the draft is deployed (as realm-cli orders it): upload added and changed
// assets with bounded concurrency (the transport backs off on 429 and honours Retry-After), PATCH
// attribute-only changes, delete remote-only assets, then invalidate the CDN cache. Progress is
// logged as done/total; a failure names what was and was not done, and a rerun redoes only what
// still differs (the plan is recomputed from the remote list).
import { join } from 'node:path'
import type { AppClient } from '../admin/app-client.js'
import { CancelledError } from '../errors.js'
import type { Logger } from '../log.js'
import type { HostingPlan } from '../plan/types.js'
import type { HostingResult } from './types.js'

interface Task {
  readonly label: string
  readonly kind: 'upload' | 'attrs' | 'delete'
  readonly run: () => Promise<void>
}

function tasksFor(app: AppClient, appDir: string, plan: HostingPlan, keepRemote: boolean): Task[] {
  const fileOf = (path: string): string =>
    join(appDir, 'hosting', 'files', ...path.split('/').filter(Boolean))
  return [
    ...[...plan.added, ...plan.bodyChanged].map(a => ({
      label: a.path,
      kind: 'upload' as const,
      run: () =>
        app.hosting.uploadAsset({
          path: a.path,
          filePath: fileOf(a.path),
          hash: a.hash,
          size: a.size,
          attrs: a.attrs
        })
    })),
    ...plan.attrsChanged.map(a => ({
      label: a.path,
      kind: 'attrs' as const,
      run: () => app.hosting.setAssetAttributes(a.path, a.attrs)
    })),
    ...(keepRemote
      ? []
      : plan.removed.map(path => ({
          label: path,
          kind: 'delete' as const,
          run: () => app.hosting.deleteAsset(path)
        })))
  ]
}

async function runPool(
  tasks: readonly Task[],
  concurrency: number,
  onDone: (task: Task, error?: unknown) => void
): Promise<void> {
  let next = 0
  let cancelled: unknown
  const worker = async (): Promise<void> => {
    while (next < tasks.length && !cancelled) {
      const task = tasks[next++]
      try {
        await task.run()
        onDone(task)
      } catch (error) {
        if (error instanceof CancelledError) cancelled = error
        else onDone(task, error)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker))
  if (cancelled) throw cancelled
}

export interface HostingPhaseOptions {
  readonly concurrency: number
  readonly keepRemoteAssets: boolean
  readonly logger: Logger
}

export async function applyHosting(
  app: AppClient,
  appDir: string,
  plan: HostingPlan,
  options: HostingPhaseOptions
): Promise<HostingResult> {
  const tasks = tasksFor(app, appDir, plan, options.keepRemoteAssets)
  const counts = { upload: 0, attrs: 0, delete: 0 }
  const failed: string[] = []
  let done = 0
  let lastReport = 0
  await runPool(tasks, options.concurrency, (task, error) => {
    done++
    if (error) {
      failed.push(task.label)
      options.logger.warning(
        `hosting: ${task.kind} ${task.label} failed: ${error instanceof Error ? error.message : String(error)}`
      )
    } else {
      counts[task.kind]++
    }
    if (done === tasks.length || Date.now() - lastReport > 2000) {
      lastReport = Date.now()
      options.logger.info(`hosting: ${done}/${tasks.length} done`)
    }
  })
  if (tasks.length > failed.length) await app.hosting.invalidateCache('/*')
  return {
    uploaded: counts.upload,
    attrsUpdated: counts.attrs,
    deleted: counts.delete,
    failed: failed.sort(),
    notAttempted: tasks.length - done
  }
}
