// Trigger firing beyond the example app's own triggers, on a copy of it with three more: an
// AUTHENTICATION trigger (its function gets the auth event and the user), a database-level DATABASE
// trigger with full_document_before_change (the before-image arrives; the namespace comes from the
// event), and an AWS EventBridge trigger (it does not call a function, and says so).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { loadTestApp, type TestApp } from '../../src/testing/index.js'

const FUNCTION =
  'exports = function (event) {\n  return { event, user: context.user.type, system: context.runningAsSystem() };\n};\n'
const TRIGGERS = {
  onSignup: {
    name: 'onSignup',
    type: 'AUTHENTICATION',
    disabled: false,
    config: { operation_type: 'CREATE', providers: ['local-userpass', 'anon-user'] },
    event_processors: { FUNCTION: { config: { function_name: 'echo' } } }
  },
  onAnyChange: {
    name: 'onAnyChange',
    type: 'DATABASE',
    disabled: false,
    config: {
      service_name: 'mongodb-atlas',
      database: 'inventory',
      operation_types: ['DELETE', 'UPDATE'],
      full_document: false,
      full_document_before_change: true,
      match: { 'ns.coll': { $in: ['items', 'orders'] } },
      project: {}
    },
    event_processors: { FUNCTION: { config: { function_name: 'echo' } } }
  },
  toBus: {
    name: 'toBus',
    type: 'DATABASE',
    disabled: false,
    config: {
      service_name: 'mongodb-atlas',
      database: 'inventory',
      collection: 'items',
      operation_types: ['INSERT']
    },
    event_processors: { AWS_EVENTBRIDGE: { config: { account_id: '012345678901', region: 'us-east-1' } } }
  }
}

let dir: string
let app: TestApp

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-triggers-'))
  await cp(path.resolve('examples/inventory-app'), dir, { recursive: true })
  const manifest = JSON.parse(await readFile(path.join(dir, 'functions/config.json'), 'utf8')) as object[]
  manifest.push({ name: 'echo', private: true })
  await writeFile(path.join(dir, 'functions/config.json'), JSON.stringify(manifest))
  await writeFile(path.join(dir, 'functions/echo.js'), FUNCTION)
  for (const [name, trigger] of Object.entries(TRIGGERS))
    await writeFile(path.join(dir, 'triggers', `${name}.json`), JSON.stringify(trigger))
  app = await loadTestApp({ appDir: dir, environment: 'development', mongodbUri: null, env: {} })
})

afterAll(async () => {
  await app?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('an AUTHENTICATION trigger gets the auth event with the user, and runs as the system user', async () => {
  const run = await app.fire('onSignup', {
    provider: 'anon-user',
    user: { id: 'u-1', data: { email: 'a@b.c' } }
  })
  expect(run.fired).toBe(true)
  const result = run.result as { event: Record<string, unknown>; user: string; system: boolean }
  expect(result.event).toMatchObject({
    operationType: 'CREATE',
    providers: ['anon-user'],
    user: {
      id: 'u-1',
      type: 'normal',
      data: { email: 'a@b.c' },
      identities: [{ provider_type: 'anon-user' }]
    }
  })
  expect(result.event.time).toBeInstanceOf(Date)
  expect(result).toMatchObject({ user: 'system', system: true })
  const other = await app.fire('onSignup', { provider: 'oauth2-google' })
  expect(other).toMatchObject({
    fired: false,
    reason: expect.stringMatching(/provider 'oauth2-google' is not one of/)
  })
})

test('full_document_before_change brings the before-image; full_document false keeps an update without fullDocument', async () => {
  const before = { _id: 7, sku: 'q', stock: 3 }
  const run = await app.fire('onAnyChange', {
    operationType: 'update',
    document: { ...before, stock: 1 },
    before,
    ns: { db: 'inventory', coll: 'orders' }
  })
  expect(run.fired).toBe(true)
  expect(run.event).toMatchObject({
    ns: { db: 'inventory', coll: 'orders' },
    fullDocumentBeforeChange: before
  })
  expect(run.event).not.toHaveProperty('fullDocument')
  const deleted = await app.fire('onAnyChange', {
    operationType: 'delete',
    before,
    ns: { db: 'inventory', coll: 'items' }
  })
  expect(deleted.event).toMatchObject({
    operationType: 'delete',
    documentKey: { _id: 7 },
    fullDocumentBeforeChange: before
  })
  const elsewhere = await app.fire('onAnyChange', {
    operationType: 'delete',
    before,
    ns: { db: 'inventory', coll: 'alerts' }
  })
  expect(elsewhere.fired).toBe(false)
})

test('a complete change event is used as given (and still filtered by the namespace)', async () => {
  const event = {
    _id: { _data: '01' },
    operationType: 'update',
    ns: { db: 'inventory', coll: 'items' },
    documentKey: { _id: 1 }
  }
  expect((await app.fire('onAnyChange', { event })).event).toEqual(event)
  const wrongDb = { ...event, ns: { db: 'shop', coll: 'items' } }
  expect(await app.fire('onAnyChange', { event: wrongDb })).toMatchObject({
    fired: false,
    reason: "the event's database 'shop' is not the trigger's 'inventory'"
  })
})

test('a trigger that sends its events to EventBridge reports that it calls no function', async () => {
  const run = await app.fire('toBus', { document: { _id: 1 } })
  expect(run).toMatchObject({
    fired: false,
    reason: "trigger 'toBus' sends its events to AWS_EVENTBRIDGE, not to a function"
  })
  expect(run.event).toMatchObject({ operationType: 'insert', fullDocument: { _id: 1 } })
})

test('an environment App Services does not have is refused up front', async () => {
  await expect(loadTestApp({ appDir: dir, environment: 'staging', mongodbUri: null })).rejects.toThrow(
    /environment: error: 'staging' is not an App Services environment/
  )
})
