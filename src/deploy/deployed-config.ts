// The config a past deployment put live, as an app model: the server's export of that deployment
// (a zip of the config directory) unpacked into a temporary directory and read like a repository.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { AppClient } from '../admin/app-client.js'
import { expandTemplates, loadApp } from '../app/index.js'
import type { AppModel } from '../app/model.js'
import { zipEntries } from './zip-entries.js'

export async function deployedModel(
  app: AppClient,
  deploymentId: string,
  environment: string
): Promise<AppModel> {
  const entries = zipEntries(await app.exportDeployment(deploymentId))
  const dir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-export-'))
  try {
    for (const entry of entries) {
      const file = path.join(dir, entry.path)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, entry.bytes)
    }
    // The archive may hold the config directory at its root or one level down.
    const root = entries.some(e => /^[^/]+\.json$/.test(e.path) && /realm_config|config\.json/.test(e.path))
      ? dir
      : path.join(dir, entries[0]?.path.split('/')[0] ?? '')
    const loaded = await loadApp({ appDir: root })
    return expandTemplates(loaded, environment || loaded.settings.environment || '')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
