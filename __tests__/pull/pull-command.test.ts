// `realm-deploy pull` as a user runs it: flags checked together before any request, a non-empty
// directory refused before any request, secrets named, hosted files listed for copying by hand.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadApp } from '../../src/app/index.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { pipelineSettings } from '../deploy/settings.js'
import { deployNewApp, runCommand, startTestEmulator } from './emulator-app.js'
import { outputPath, removeTempDirs } from './temp-dirs.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const HOSTED_APP = path.resolve(here, '../fixtures/apps/layout-20210101')
const EVERY_KIND = path.join(here, 'fixtures/every-kind')

let emulator: RunningEmulator
beforeAll(async () => {
  emulator = await startTestEmulator()
})
afterAll(async () => {
  await emulator.stop()
  await removeTempDirs()
})

const pullRequests = (): number => emulator.requestLog.find('GET', /\/pull$/).length

test('missing and bad flags are reported together, exit 2, before any request', async () => {
  const before = emulator.requestLog.entries.length
  const run = await runCommand(emulator, ['pull', '--layout', '20200603'])
  expect(run.code).toBe(2)
  expect(run.stderr).toContain('--app')
  expect(run.stderr).toContain('--out')
  expect(run.stderr).toContain("'20200603' is not a layout this command writes: use 20210101 or 20230101")
  expect(emulator.requestLog.entries.length).toBe(before)
})

test('a non-empty output directory is refused with exit 2: nothing read, nothing written', async () => {
  const { app } = await deployNewApp(emulator, EVERY_KIND, 'pull-refused')
  const out = await outputPath()
  await mkdir(out)
  await writeFile(path.join(out, 'notes.txt'), 'keep me')
  const pulls = pullRequests()
  const run = await runCommand(emulator, ['pull', '--app', app!.clientAppId, '--out', out])
  expect(run.code).toBe(2)
  expect(run.stderr).toMatch(/is not empty \(notes\.txt\); nothing was written\..*--force/)
  expect(await readdir(out)).toEqual(['notes.txt'])
  expect(pullRequests()).toBe(pulls)
})

test('the output names every secret of the app (names only); --force pulls again to the same files', async () => {
  const { app } = await deployNewApp(emulator, EVERY_KIND, 'pull-secrets')
  const out = await outputPath()
  const first = await runCommand(emulator, ['pull', '--app', app!.name, '--out', out, '--layout', '20230101'])
  expect(first.code).toBe(0)
  expect(first.stdout).toContain(
    'secrets: the app has 4: hookSecret, jwtKey, mySecret, twilioToken. A pull never contains secret values'
  )
  expect(first.stdout).toContain(
    'hosting: hosted files are not pulled (--include-hosting lists them in hosting/metadata.json)'
  )
  const meta = JSON.parse(await readFile(path.join(out, '.mdb/meta.json'), 'utf8'))
  expect(meta).toEqual({
    config_version: 20230101,
    app_id: app!.id,
    group_id: app!.groupId,
    client_app_id: app!.clientAppId
  })
  const before = await readFile(path.join(out, 'auth/providers.json'), 'utf8')
  const again = await runCommand(emulator, [
    'pull',
    '--app',
    app!.id,
    '--out',
    out,
    '--layout',
    '20230101',
    '--force'
  ])
  expect(again.code).toBe(0)
  expect(await readFile(path.join(out, 'auth/providers.json'), 'utf8')).toBe(before)
})

test('--include-hosting lists the hosted files; once copied in by hand, the app plans no changes, hosting included', async () => {
  const { app } = await deployNewApp(emulator, HOSTED_APP, 'pull-hosting', true)
  const out = await outputPath()
  const run = await runCommand(emulator, [
    'pull',
    '--app',
    app!.clientAppId,
    '--out',
    out,
    '--include-hosting'
  ])
  expect(run.code).toBe(0)
  expect(run.stdout).toContain(
    'hosting: hosting/metadata.json lists 2 hosted file(s). The Admin API cannot download them: copy each into hosting/files/ by hand'
  )
  const metadata = JSON.parse(await readFile(path.join(out, 'hosting/metadata.json'), 'utf8')) as Array<{
    path: string
  }>
  expect(metadata.map(m => m.path)).toEqual(['/css/site.css', '/index.html'])
  // Until the files are copied in, each entry is a warning naming the file still missing.
  const before = await loadApp({ appDir: out })
  expect(before.warnings.map(w => w.message)).toEqual([
    '/css/site.css has an entry in metadata.json but no file under hosting/files: the entry is ignored',
    '/index.html has an entry in metadata.json but no file under hosting/files: the entry is ignored'
  ])
  await cp(path.join(HOSTED_APP, 'hosting/files'), path.join(out, 'hosting/files'), { recursive: true })
  const plan = await runPipeline(pipelineSettings(emulator, out, { mode: 'plan', includeHosting: true }))
  expect([plan.status, plan.error]).toEqual(['no-changes', undefined])
  expect(plan.plan?.hosting).toMatchObject({
    added: [],
    bodyChanged: [],
    attrsChanged: [],
    removed: [],
    unchanged: 2
  })
})

test('without --app and --out, pull refreshes the --app-dir config in place, in its layout', async () => {
  const dir = await outputPath('in-place')
  await cp(EVERY_KIND, dir, { recursive: true })
  const { app } = await deployNewApp(emulator, dir, 'pull-in-place')
  const rootFile = path.join(dir, 'realm_config.json')
  const config = JSON.parse(await readFile(rootFile, 'utf8'))
  await writeFile(rootFile, JSON.stringify({ ...config, app_id: app?.clientAppId }, null, 2))
  await writeFile(path.join(dir, 'functions', 'stale.js'), 'exports = () => "not deployed"\n')
  const run = await runCommand(emulator, ['pull', '--app-dir', dir])
  expect(run.code).toBe(0)
  expect(run.stderr).toContain(`refreshing ${dir} in place (layout 20210101)`)
  expect(run.stdout).toContain(`pulled ${app?.clientAppId} (${app?.id}) into ${dir}`)
  const again = await runPipeline(pipelineSettings(emulator, dir, { mode: 'plan' }))
  expect(again.status).toBe('no-changes')
})
