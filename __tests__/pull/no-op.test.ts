// THE property of a pull: deploying a fresh pull changes nothing. Each app is deployed into the
// emulator from a config directory, pulled with `realm-deploy pull` in both layouts, read back with
// `loadApp`, and planned against the same app: no change, by the planner's parts and by the pipeline.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createAdminClient } from '../../src/admin/client.js'
import { loadApp } from '../../src/app/index.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import { readSnapshot } from '../../src/deploy/snapshot.js'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { desiredItems } from '../../src/plan/desired.js'
import { diffItems } from '../../src/plan/diff.js'
import { remoteItems } from '../../src/plan/remote.js'
import type { PullLayout } from '../../src/pull/index.js'
import {
  deployNewApp,
  KEYS,
  PROJECT_ID,
  runCommand,
  secretValueFor,
  startTestEmulator
} from './emulator-app.js'
import { pipelineSettings } from '../deploy/settings.js'
import { outputPath, removeTempDirs } from './temp-dirs.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const shared = process.env.REALM_DEPLOY_SHARED_FIXTURES

const SOURCES: Array<[string, string]> = [
  ['every-kind', path.join(here, 'fixtures/every-kind')],
  ['layout-20210101', path.resolve(here, '../fixtures/apps/layout-20210101')],
  ['layout-20230101', path.resolve(here, '../fixtures/apps/layout-20230101')],
  ...(shared
    ? (['platfour', 'template-edge-server', 'template-triggers'].map(name => [
        name,
        path.join(shared, 'apps', name)
      ]) as Array<[string, string]>)
    : [])
]
if (!shared)
  process.stderr.write(
    'REALM_DEPLOY_SHARED_FIXTURES is unset: the pull no-op test skips the shared fixtures\n'
  )

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startTestEmulator()
})
afterAll(async () => {
  await emulator.stop()
  await removeTempDirs()
})

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map(e => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))
  )
  return nested.flat()
}

/** The plan of `appDir` against the app, from the planner's parts (as the brief of `pull` states it). */
async function changesAgainst(appId: string, appDir: string): Promise<string[]> {
  const client = createAdminClient({ baseUrl: emulator.url, ...KEYS })
  const model = await loadApp({ appDir })
  const snapshot = await readSnapshot(client.app(PROJECT_ID, appId), { hosting: false })
  const { changes, secrets } = diffItems(desiredItems(model), remoteItems(snapshot))
  return [
    ...changes.map(c => `${c.action} ${c.kind} ${c.key} ${(c.fields ?? []).join(',')}`.trim()),
    ...secrets.create.map(s => `create secret ${s}`)
  ]
}

describe.each(SOURCES)('%s', (name, source) => {
  test.each<PullLayout>(['20210101', '20230101'])(
    'a fresh pull in layout %s deploys as no change',
    async layout => {
      const deployed = await deployNewApp(emulator, source, `pull-${name}-${layout}`.slice(0, 32))
      const app = deployed.app!
      const out = await outputPath()
      const pulled = await runCommand(emulator, [
        'pull',
        '--app',
        app.clientAppId,
        '--out',
        out,
        '--layout',
        layout
      ])
      expect([pulled.code, pulled.stderr]).toEqual([0, ''])
      expect(pulled.stdout).toContain(`pulled ${app.clientAppId} (${app.id}) into ${out}`)

      const model = await loadApp({ appDir: out })
      expect(model.layout).toBe(layout)
      expect(model.warnings).toEqual([])
      expect(await changesAgainst(app.id, out)).toEqual([])
      // The pipeline finds the app from the pulled config alone and plans nothing (dependencies included).
      const plan = await runPipeline(pipelineSettings(emulator, out, { mode: 'plan' }))
      expect([plan.status, plan.error, plan.app?.id]).toEqual(['no-changes', undefined, app.id])

      const secrets = model.secretsNeeded
      for (const secret of secrets) expect(pulled.stdout).toContain(secret)
      const written = await Promise.all((await filesUnder(out)).map(f => readFile(f, 'utf8')))
      for (const text of [pulled.stdout, pulled.stderr, ...written]) {
        for (const secret of secrets) expect(text).not.toContain(secretValueFor(secret))
      }
    }
  )
})
