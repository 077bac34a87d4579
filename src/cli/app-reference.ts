// Which app `logs` and `pull` read when --app is not given: the one the config directory names
// (--app-dir, default the current directory), by its app_id, then its .mdb id, then its name, as a
// deploy finds it. Also the directory's layout, so a pull refreshes the config in place.
import path from 'node:path'
import { matchApps, resolveApp } from '../admin/apps.js'
import type { AdminClient } from '../admin/client.js'
import type { AppInstance } from '../admin/types.js'
import { validateApp } from '../app/load.js'
import type { Layout } from '../app/model.js'
import { ConfigError, type Problem } from '../errors.js'
import { stringOption, type OptionSpec, type OptionValues } from './command.js'

/** The `--app` and `--app-dir` flags `appReference` reads; a command may say more of its directory. */
export function appOptions(
  appDirDescription = 'Without --app: the config directory whose app_id (else name) names the app.'
): Record<string, OptionSpec> {
  return {
    app: {
      type: 'string',
      value: 'APP',
      description: 'The app: client app id, name or _id (any product). Default: the one --app-dir names.'
    },
    'app-dir': { type: 'string', value: 'DIR', description: appDirDescription, default: '.' }
  }
}

export interface AppReference {
  /** Tried in order; the first naming exactly one app wins. */
  readonly references: readonly string[]
  /** The config directory, when the app came from it. */
  readonly configDir?: string
  readonly layout?: Layout
}

export async function appReference(values: OptionValues, cwd: string): Promise<AppReference> {
  const app = stringOption(values, 'app')
  if (app) return { references: [app] }
  const appDir = path.resolve(cwd, stringOption(values, 'app-dir') ?? '.')
  // Only the app's names are needed: a config with errors elsewhere still names its app.
  const { model } = await validateApp({ appDir })
  if (!model) {
    throw new ConfigError([
      {
        source: '--app',
        severity: 'error',
        message: `the app is required: its client app id, name or _id, or an --app-dir whose config names it (no app config in ${appDir})`
      }
    ])
  }
  const references = [model.settings.client_app_id, model.meta?.app_id, model.settings.name].filter(
    (r): r is string => Boolean(r)
  )
  if (references.length === 0)
    throw new ConfigError([
      { source: '--app', severity: 'error', message: `name the app: ${model.rootFile} has no app_id or name` }
    ])
  return { references: [...new Set(references)], configDir: model.root, layout: model.layout }
}

/** The one app the references name (one list request for all of them). */
export async function findApp(
  client: AdminClient,
  projectId: string,
  ref: AppReference
): Promise<AppInstance> {
  if (!ref.configDir) return resolveApp(client.apps, projectId, ref.references[0])
  const all = await client.apps.listAll(projectId)
  for (const reference of ref.references) {
    const matches = matchApps(all, reference)
    if (matches.length === 1) return matches[0]
  }
  const names = ref.references.map(r => `'${r}'`).join(' or ')
  throw new ConfigError([
    {
      source: ref.configDir ? '--app-dir' : '--app',
      severity: 'error',
      message: `no single app ${names} in project ${projectId}; its apps are: ${
        all
          .map(a => a.client_app_id)
          .sort()
          .join(', ') || 'none'
      }`
    }
  ])
}

/** Runs one reading of the flags; its ConfigError's problems join `problems` (all reported at once). */
export async function collectProblems<T>(
  problems: Problem[],
  read: () => T | Promise<T>
): Promise<T | undefined> {
  try {
    return await read()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    problems.push(...error.problems)
    return undefined
  }
}
