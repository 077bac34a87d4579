// Every real app deploys on the first try, or is refused before anything is written, naming the file
// App Services itself would refuse. For each app App Services deploys (over real HTTP to one shared
// emulator): `validate` exits 0; `deploy --create-app` ends deployed; a plan right after shows no
// changes; a pull of the app loads, plans no changes, and agrees with the repository field by field
// (./round-trip.ts); one edited function is exactly one change. Faults: real-apps-faults.test.ts.
import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { loadApp, validateApp } from '../../src/app/index.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { pullApp } from '../../src/pull/index.js'
import { KEYS, PROJECT_ID, runCommand, secretValueFor, startTestEmulator } from '../pull/emulator-app.js'
import { pipelineSettings } from '../deploy/settings.js'
import { emulatorName, realApps, validateCli, type RealApp } from './real-apps.js'
import { roundTripDifferences } from './round-trip.js'

const apps = realApps()
const deployable = apps.filter(a => !a.refuse)
const refused = apps.filter(a => a.refuse)

let emulator: RunningEmulator
let work: string
beforeAll(async () => {
  emulator = await startTestEmulator()
  work = await mkdtemp(path.join(tmpdir(), 'realm-deploy-corpus-'))
})
/** Apps that passed every step, by layout: the count CI prints (BENCHMARKS.md quotes it). */
const passedByLayout = new Map<string, number>()
afterAll(async () => {
  const counts = [...passedByLayout].sort().map(([layout, n]) => `${layout}: ${n}`)
  const total = [...passedByLayout.values()].reduce((a, b) => a + b, 0)
  process.stdout.write(
    `real apps passing every step: ${total} of ${deployable.length} (${counts.join(', ')})\n`
  )
  await emulator.stop()
  await rm(work, { recursive: true, force: true })
})

/** A copy of the app to edit, so the shared fixtures stay read-only. */
async function copyOf(app: RealApp, suffix: string): Promise<string> {
  const dir = path.join(work, `${emulatorName(app)}-${suffix}`)
  await cp(app.dir, dir, { recursive: true })
  return dir
}

const requestCount = () => emulator.requestLog.entries.length

test('the list of real apps is read from the fixtures', () => {
  expect(deployable.length).toBeGreaterThan(0)
  process.stdout.write(
    `real apps: ${deployable.length} deploy, ${refused.length} refused (${refused.map(a => a.id).join(', ')})\n`
  )
})

describe.each(deployable.map(a => [a.id, a] as const))('%s', (_id, app) => {
  test('validates, deploys on the first try, plans clean, round-trips through pull, and one edit is one change', async () => {
    const validate = await validateCli(app.dir)
    expect([validate.code, validate.stderr.split('\n').filter(l => l.includes(': error: '))]).toEqual([0, []])

    const dir = await copyOf(app, 'repo')
    const model = await loadApp({ appDir: dir })
    const secretValues = new Map(model.secretsNeeded.map(name => [name, secretValueFor(name)]))
    const name = emulatorName(app)
    const settings = pipelineSettings(emulator, dir, { secretValues, app: name })
    const first = await runPipeline({ ...settings, createApp: true, createName: name })
    expect([first.status, first.error]).toEqual(['deployed', undefined])

    const again = await runPipeline({ ...settings, mode: 'plan' })
    expect([again.status, again.plan?.changes ?? []]).toEqual(['no-changes', []])

    const out = path.join(work, `${name}-pulled`)
    const client = createAdminClient({ baseUrl: emulator.url, ...KEYS })
    await pullApp(client, {
      projectId: PROJECT_ID,
      app: name,
      outDir: out,
      layout: '20210101',
      includeHosting: false,
      force: false
    })
    const pulled = await loadApp({ appDir: out })
    expect(roundTripDifferences(model, pulled)).toEqual([])
    const fromPull = await runPipeline({
      ...pipelineSettings(emulator, out, { secretValues, app: name }),
      mode: 'plan'
    })
    expect([fromPull.status, fromPull.plan?.changes ?? []]).toEqual(['no-changes', []])

    const fn = model.functions[0]
    if (fn) {
      await appendFile(path.join(dir, fn.sourceFile), '\n// edited\n')
      const edited = await runPipeline({ ...settings, mode: 'plan' })
      expect(edited.plan?.changes.map(c => [c.kind, c.key, c.action])).toEqual([
        ['function', fn.name, 'update']
      ])
    }
    passedByLayout.set(model.layout, (passedByLayout.get(model.layout) ?? 0) + 1)
  })
})

const refusedCases = refused.map(a => [a.id, a] as const)
if (refusedCases.length > 0)
  describe.each(refusedCases)('%s (refused)', (_id, app) => {
    const refuse = app.refuse as NonNullable<RealApp['refuse']>
    test(`is refused naming ${refuse.file}, with nothing written`, async () => {
      const before = requestCount()
      if (refuse.stage === 'validate') {
        const { problems } = await validateApp({ appDir: app.dir })
        const errors = problems.filter(p => p.severity === 'error')
        expect(errors.map(p => p.source)).toContain(refuse.file)
        const cli = await validateCli(app.dir)
        expect(cli.code).toBe(2)
        expect(cli.stderr).toContain(refuse.file)
      }
      const dir = await copyOf(app, 'refused')
      const deploy = await runCommand(emulator, [
        'deploy',
        '--app-dir',
        dir,
        '--app',
        emulatorName(app, 'r'),
        '--create-app'
      ])
      expect(deploy.code).toBe(2)
      expect(deploy.stderr + deploy.stdout).toContain(refuse.file)
      const writes = emulator.requestLog.entries
        .slice(before)
        .filter(e => e.method !== 'GET' && !/\/auth\/(providers\/[^/]+\/login|session)$/.test(e.path))
      expect(writes.map(e => `${e.method} ${e.path}`)).toEqual([])
    })
  })
