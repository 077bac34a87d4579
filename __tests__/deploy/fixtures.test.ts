// Every real app config (the shared fixtures) and the project's own fixtures: deploy to a fresh
// app, then a plan of the same directory shows no changes, and one edited function is exactly one change.
import { appendFile, readdir } from 'node:fs/promises'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { loadApp } from '../../src/app/index.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import { startHarness } from './harness.js'

const shared = process.env.REALM_DEPLOY_SHARED_FIXTURES
const own = path.resolve('__tests__/fixtures/apps')

function appDirs(): string[] {
  const dirs: string[] = [path.resolve('examples/inventory-app')]
  if (existsSync(own)) dirs.push(...subdirs(own))
  if (shared)
    dirs.push(
      ...subdirs(path.join(shared, 'apps')).filter(
        d => !d.endsWith('stitch-legacy') && !(path.basename(d) in SERVER_REJECTS)
      )
    )
  return dirs
}

/** Synchronous: jest needs the cases before the tests run. */
function subdirs(root: string): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter(e => e.isDirectory())
    .map(e => path.join(root, e.name))
}

if (!shared) console.log('REALM_DEPLOY_SHARED_FIXTURES is not set: only the project fixtures are deployed')

/** A value for every secret the app references, so the deploy can create them. */
async function secretsFor(appDir: string): Promise<Map<string, string>> {
  const model = await loadApp({ appDir })
  return new Map(model.secretsNeeded.map(name => [name, `value-of-${name}-for-tests`]))
}

/** realm-cli parser test data with `config: {}` data sources: the spec requires these fields, so the
 *  server refuses them. Their deploy must fail cleanly: named field, draft discarded, nothing live. */
const SERVER_REJECTS: Record<string, string> = {
  'cli-testdata-20200603': 'config.uri',
  'cli-testdata-20210101': 'config.clusterName'
}

const rejected = shared ? Object.entries(SERVER_REJECTS) : []

if (rejected.length > 0)
  describe.each(rejected)('%s (rejected by the server)', (name, field) => {
    test('fails naming the field, discards its draft, and leaves the live app empty', async () => {
      const h = await startHarness(path.join(shared as string, 'apps', name))
      try {
        const result = await runPipeline(
          h.settings({ secretValues: await secretsFor(h.appDir), app: 'rejected', createName: 'rejected' })
        )
        expect(result.status).toBe('failed')
        expect(result.error).toContain(field)
        expect(h.log.join('')).toMatch(/draft [0-9a-f]{24} discarded/)
        const app = h.emulator.state.groups[h.settings().projectId].apps[result.app?.id as string]
        expect(Object.keys(app.drafts)).toEqual([])
        expect(Object.keys(app.live.collections.functions ?? {})).toEqual([])
      } finally {
        await h.close()
      }
    })
  })

describe.each(appDirs().map(d => [path.basename(d), d]))('%s', (_name, source) => {
  test('deploys, then plans no changes; one edited function is one change', async () => {
    const h = await startHarness(source)
    try {
      const secretValues = await secretsFor(h.appDir)
      const first = await runPipeline(
        h.settings({
          secretValues,
          app: `fixture-${path.basename(source)}`.slice(0, 32),
          createName: 'fixture'
        })
      )
      expect([first.status, first.error]).toEqual(['deployed', undefined])
      const again = await runPipeline(h.settings({ secretValues, app: first.app?.id, mode: 'plan' }))
      expect(again.plan?.changes ?? []).toEqual([])
      expect(again.status).toBe('no-changes')
      const model = await loadApp({ appDir: h.appDir })
      const fn = model.functions[0]
      if (fn) {
        await appendFile(path.join(h.appDir, fn.sourceFile), '\n// edited\n')
        const edited = await runPipeline(h.settings({ secretValues, app: first.app?.id, mode: 'plan' }))
        expect(edited.plan?.changes.map(c => [c.kind, c.key, c.action])).toEqual([
          ['function', fn.name, 'update']
        ])
      }
    } finally {
      await h.close()
    }
  })
})

test('the fixture list is not empty', async () => {
  expect((await readdir(path.resolve('examples'))).length).toBeGreaterThan(0)
})
