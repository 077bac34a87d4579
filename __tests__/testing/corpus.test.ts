// The runtime over every real-world app of the shared corpus (and the shared and project fixture
// apps): every function loads and compiles in node:vm (their bodies are placeholders of the real
// shapes), and every trigger fires against the in-memory engine without a harness error. Apps the
// manifest marks `refuse` are refused by the loader before any code runs, so they are not here; the
// others load as a user's tests load them, with the loader's full checks.
import path from 'node:path'
import { loadTestApp, type FireInput } from '../../src/testing/index.js'
import type { TriggerResource } from '../../src/app/model.js'
import { sharedFixtures } from '../app/fixture-dirs.js'
import { realApps } from '../corpus/real-apps.js'

const shared = sharedFixtures()

/** Every real app App Services deploys (the corpus's one list, ../corpus/real-apps.ts): the refused
 *  ones are refused by the loader before any code runs, so they are not here. */
function deployableApps(): string[] {
  return realApps()
    .filter(a => !a.refuse)
    .map(a => a.dir)
}

/** A change for the trigger's first operation type, on a document every placeholder accepts. */
function inputFor(trigger: TriggerResource): FireInput {
  const document = { _id: 'doc-1', name: 'corpus', owner_id: 'user-1' }
  const config = trigger.config as { database?: string; collection?: string }
  // Database- and deployment-level triggers watch many namespaces: the event names one.
  const ns = { db: config.database || 'db', coll: config.collection || 'coll' }
  return { force: true, document, before: { ...document, name: 'before' }, ns }
}

let apps: string[] = []
const seen = { apps: 0, functions: 0, triggers: 0, fired: 0 }
/** Why the others did not run their function (a match, an event processor that is not a function). */
const reasons: string[] = []

beforeAll(async () => {
  apps = deployableApps()
})

afterAll(() => {
  process.stdout.write(
    `testing corpus: ${seen.functions} functions of ${seen.apps} apps load and compile; ` +
      `${seen.triggers} triggers fired without a harness error (${seen.fired} ran their function)\n` +
      reasons.map(r => `  not run: ${r}\n`).join('')
  )
})

test('every function of every app loads and compiles, and every trigger fires', async () => {
  expect(apps.length).toBeGreaterThan(shared ? 60 : 3)
  for (const appDir of apps) {
    const app = await loadTestApp({
      appDir,
      mongodbUri: null,
      env: {},
      timeLimitMs: 5000
    })
    try {
      const failed = (await app.checkFunctions()).filter(o => o.error)
      expect({ appDir, failed: failed.map(o => `${o.name}: ${o.error?.message}`) }).toEqual({
        appDir,
        failed: []
      })
      for (const trigger of app.model.triggers) {
        const run = await app.fire(trigger.name, inputFor(trigger)).catch((error: Error) => ({ error }))
        expect({
          appDir,
          trigger: trigger.name,
          error: 'error' in run ? run.error.message : undefined
        }).toEqual({
          appDir,
          trigger: trigger.name,
          error: undefined
        })
        if ('fired' in run && run.fired) seen.fired++
        else if ('reason' in run) reasons.push(`${path.basename(appDir)}/${trigger.name}: ${run.reason}`)
      }
      seen.apps++
      seen.functions += app.model.functions.length
      seen.triggers += app.model.triggers.length
    } finally {
      await app.close()
    }
  }
}, 240_000)
