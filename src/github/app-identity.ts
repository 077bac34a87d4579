// What a run calls its app before the pipeline has found it: the base name previews are named after,
// and the GitHub Deployment environment. Read from the `app` input and the config's root file only:
// a config problem is the pipeline's to report, with annotations.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { matchApps } from '../admin/apps.js'
import type { AppInstance } from '../admin/types.js'
import { findAppRoot } from '../app/root.js'
import { ConfigError } from '../errors.js'

/** The `name` in the config's root file; undefined when there is none or it cannot be read. */
export async function configAppName(appDir: string): Promise<string | undefined> {
  try {
    const root = await findAppRoot(appDir)
    const doc = JSON.parse(await readFile(path.join(root.root, root.rootFile), 'utf8')) as { name?: unknown }
    return typeof doc.name === 'string' && doc.name.trim() !== '' ? doc.name.trim() : undefined
  } catch {
    return undefined
  }
}

/**
 * The base app's name, which preview apps are named after: the app the `app` input names (its name
 * when it is in the project, else the input as given), else the config's `name`.
 */
export async function previewBase(
  appInput: string,
  apps: readonly AppInstance[],
  appDir: string
): Promise<string> {
  if (appInput) {
    const matches = matchApps(apps, appInput)
    return matches.length === 1 ? matches[0].name : appInput
  }
  const name = await configAppName(appDir)
  if (name) return name
  throw new ConfigError([
    {
      source: 'app',
      severity: 'error',
      message:
        `previews are named after the base app, and neither the \`app\` input nor a config in '${appDir}' names it: ` +
        'set `app` (a closed pull request needs no checkout then), or check out the repository first'
    }
  ])
}
