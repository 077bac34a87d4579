// `pull`: read a deployed app through the Admin API and write it as a config directory that a
// deploy reads back as "no changes". Reading is a fixed handful of requests (the pull JSON, the id
// lists, secrets, allowed origins, dependencies, and the asset list when asked).
import type { AdminClient } from '../admin/client.js'
import { resolveApp } from '../admin/apps.js'
import type { AppInstance } from '../admin/types.js'
import { readSnapshot } from '../deploy/snapshot.js'
import { compareText } from './config-files.js'
import type { PulledApp, PullLayout } from './pulled-app.js'
import { hostedFiles } from './settings-files.js'
import { configFiles } from './write-config.js'
import { checkOutputDir, writeConfigDir } from './write-files.js'

export { configFiles } from './write-config.js'
export { checkOutputDir, writeConfigDir } from './write-files.js'
export { PULL_LAYOUTS, type PulledApp, type PullLayout, type WriteOptions } from './pulled-app.js'
export type { ConfigFileMap, ConfigFiles } from './config-files.js'

export interface PullSettings {
  readonly projectId: string
  /** client_app_id, name or `_id`, of any product. */
  readonly app: string
  readonly outDir: string
  readonly layout: PullLayout
  /** Also list the hosted assets' attrs in hosting/metadata.json. */
  readonly includeHosting: boolean
  /** Replace the App Services config of a non-empty `outDir`. */
  readonly force: boolean
  /** Write only these config files (paths relative to `outDir`), leaving every other file as it is. */
  readonly only?: readonly string[]
}

export interface PullResult {
  readonly app: AppInstance
  readonly layout: PullLayout
  /** Paths written, relative to `outDir`, sorted. */
  readonly files: string[]
  /** The NAMES of the app's secrets (a pull never has their values). */
  readonly secrets: string[]
  readonly notes: string[]
  /** How many hosted files hosting/metadata.json lists (with `includeHosting`). */
  readonly hostedFiles?: number
}

export async function readPulledApp(
  client: AdminClient,
  projectId: string,
  reference: string,
  options: { hosting: boolean }
): Promise<PulledApp> {
  const found = await resolveApp(client.apps, projectId, reference)
  const api = client.app(projectId, found._id)
  const [snapshot, app, dependencies] = await Promise.all([
    readSnapshot(api, options),
    api.get(),
    api.dependencies.get()
  ])
  return {
    app: { ...found, ...app },
    snapshot,
    ...(dependencies ? { dependencies } : {}),
    ...(snapshot.assets ? { assets: snapshot.assets } : {})
  }
}

/** Checks the output directory first (nothing is read or written when it is refused), then pulls and writes. */
export async function pullApp(client: AdminClient, settings: PullSettings): Promise<PullResult> {
  if (settings.only?.length) return pullOnly(client, settings, settings.only)
  await checkOutputDir(settings.outDir, settings.force)
  const pulled = await readPulledApp(client, settings.projectId, settings.app, {
    hosting: settings.includeHosting
  })
  const { files, notes } = configFiles(pulled, { layout: settings.layout })
  const written = await writeConfigDir(settings.outDir, files, { force: settings.force })
  return {
    app: pulled.app,
    layout: settings.layout,
    files: written,
    secrets: pulled.snapshot.secrets.map(s => s.name).sort(compareText),
    notes,
    ...(pulled.assets ? { hostedFiles: hostedFiles(pulled.assets).length } : {})
  }
}

/** `--only`: the named files from the app, written over their copies; nothing else is touched. */
async function pullOnly(
  client: AdminClient,
  settings: PullSettings,
  only: readonly string[]
): Promise<PullResult> {
  const pulled = await readPulledApp(client, settings.projectId, settings.app, { hosting: false })
  const { files, notes } = configFiles(pulled, { layout: settings.layout })
  const wanted = new Set(only.map(f => f.replace(/\\/g, '/').replace(/^\.\//, '')))
  const chosen = new Map([...files].filter(([rel]) => wanted.has(rel)))
  const missing = [...wanted].filter(rel => !files.has(rel)).sort(compareText)
  const written = await writeConfigDir(settings.outDir, chosen, { force: false, keepOthers: true })
  return {
    app: pulled.app,
    layout: settings.layout,
    files: written,
    secrets: pulled.snapshot.secrets.map(s => s.name).sort(compareText),
    notes: [
      ...notes,
      ...missing.map(
        rel => `${rel}: the app has no such file (removed in the app?): delete it to take the removal`
      )
    ]
  }
}
