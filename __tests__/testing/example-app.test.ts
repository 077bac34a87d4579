// The example app's functions and triggers through realm-deploy/testing, against each engine (the
// in-memory one always; a real MongoDB when MONGODB_URI is set): the trigger's match and project,
// values per environment, a secret from the environment, context.functions.execute, private
// functions, context.http, and BSON/EJSON on the way in and out.
import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { EJSON, ObjectId } from 'bson'
import {
  loadTestApp,
  MissingValueError,
  UnknownNameError,
  type HttpRequest,
  type TestApp,
  type TestAppOptions
} from '../../src/testing/index.js'
import { ENGINES, reportDriverSkip } from './engines.js'

const APP_DIR = path.resolve('examples/inventory-app')
const WEBHOOK = 'https://hooks.invalid/services/example-0001'

afterAll(() => reportDriverSkip('testing/example-app'))

describe.each(ENGINES)('the example app on the $label', engine => {
  let app: TestApp | undefined
  const posts: HttpRequest[] = []

  async function open(options: Partial<TestAppOptions> = {}): Promise<TestApp> {
    app = await loadTestApp({
      appDir: APP_DIR,
      environment: 'development',
      env: { REALM_SECRET_SLACKWEBHOOKURL: WEBHOOK },
      mongodbUri: engine.mongodbUri,
      databasePrefix: engine.databasePrefix,
      http: request => (posts.push(request), { statusCode: 200, body: 'ok' }),
      ...options
    })
    return app
  }

  const items = (a: TestApp) => a.collection('mongodb-atlas', 'inventory', 'items')
  const alerts = (a: TestApp) => a.collection('mongodb-atlas', 'inventory', 'alerts')
  const low = { _id: 'sku-1', sku: 'sku-1', name: 'Bolt', stock: 2, threshold: 5 }

  afterEach(async () => {
    posts.length = 0
    await app?.reset()
    await app?.close()
    app = undefined
  })

  test('restockAlert fires for a stock change that matches, and its function sees the projected event', async () => {
    const a = await open()
    const run = await a.fire('restockAlert', {
      operationType: 'update',
      document: low,
      before: { ...low, stock: 7 }
    })
    expect(run.fired).toBe(true)
    // Strict: the result crossed out of the sandbox as EJSON, so it is a value of the test's realm.
    expect(run.result).toStrictEqual({ alerted: true })
    // project keeps operationType, documentKey and three fields of the document (and, as a $project
    // does, the event's _id); nothing else arrives.
    expect(Object.keys(run.event ?? {}).sort()).toEqual([
      '_id',
      'documentKey',
      'fullDocument',
      'operationType'
    ])
    expect(run.event).toMatchObject({ operationType: 'update', documentKey: { _id: 'sku-1' } })
    expect(run.event?.fullDocument).toEqual({ sku: 'sku-1', stock: 2, threshold: 5 })
    expect(await alerts(a).find({}, { _id: 0, at: 0 }).toArray()).toEqual([{ sku: 'sku-1', stock: 2 }])
    expect(run.logs).toEqual(['Restock sku-1: 2 left (threshold 5)'])
  })

  test('restockAlert does not fire for an update its match excludes (a rename), nor for an insert', async () => {
    const a = await open()
    const renamed = await a.fire('restockAlert', {
      operationType: 'update',
      document: low,
      before: { ...low, name: 'Old bolt' }
    })
    expect(renamed.fired).toBe(false)
    expect(renamed.reason).toMatch(/does not match the trigger's match expression/)
    expect(renamed.event?.updateDescription).toEqual({
      updatedFields: { name: 'Bolt' },
      removedFields: [],
      truncatedArrays: []
    })
    const inserted = await a.fire('restockAlert', { operationType: 'insert', document: low })
    expect(inserted).toMatchObject({
      fired: false,
      reason: expect.stringMatching(/INSERT is not one of .*UPDATE, REPLACE/)
    })
    expect(await alerts(a).countDocuments()).toBe(0)
    expect(posts).toEqual([])
  })

  test('full_document and full_document_before_change shape the event; a replace always carries the document', async () => {
    const a = await open()
    const replaced = await a.fire('restockAlert', {
      operationType: 'replace',
      document: { ...low, stock: 9 },
      before: low
    })
    expect(replaced).toMatchObject({ fired: true, result: { alerted: false } })
    // full_document_before_change is false in the trigger: the before-image never arrives.
    expect(replaced.event).not.toHaveProperty('fullDocumentBeforeChange')
    expect(replaced.event?.fullDocument).toEqual({ sku: 'sku-1', stock: 9, threshold: 5 })
  })

  test('the alert goes to the Slack webhook read from a secret given through the environment', async () => {
    const a = await open()
    await a.fire('restockAlert', { operationType: 'update', document: low, before: { ...low, stock: 7 } })
    expect(posts).toHaveLength(1)
    expect(posts[0]).toMatchObject({ method: 'POST', url: WEBHOOK })
    expect(JSON.parse(posts[0].body ?? '')).toEqual({ text: 'Restock sku-1: 2 left (threshold 5)' })
  })

  test('a missing secret is a clear error naming the secret and where to give it', async () => {
    const a = await open({ env: {} })
    const fired = a.fire('restockAlert', {
      operationType: 'update',
      document: low,
      before: { ...low, stock: 7 }
    })
    await expect(fired).rejects.toThrow(MissingValueError)
    await expect(fired).rejects.toThrow(
      "context.values.get('slackWebhook'): value 'slackWebhook' reads secret 'slackWebhookUrl', which was not given: pass it in `secrets` or set REALM_SECRET_SLACKWEBHOOKURL"
    )
  })

  test.each([
    ['development', 'inventory-dev'],
    ['production', 'inventory']
  ])(
    'nightlyReport (SCHEDULED) resolves reportSource for %s and executes orders/summarize',
    async (environment, source) => {
      const a = await open({ environment })
      await items(a).insertMany([low, { ...low, _id: 'sku-2', sku: 'sku-2', stock: 50 }])
      const orders = a.collection('mongodb-atlas', 'inventory', 'orders')
      await orders.insertMany([{ status: 'open' }, { status: 'open' }, { status: 'shipped' }])
      const run = await a.fire('nightlyReport')
      const summary = [
        { _id: 'open', count: 2 },
        { _id: 'shipped', count: 1 }
      ]
      expect(run).toMatchObject({ fired: true, result: { low: 1, orders: summary } })
      const [report] = await a
        .collection('mongodb-atlas', 'inventory', 'reports')
        .find({}, { _id: 0, at: 0 })
        .toArray()
      expect(report).toEqual({ low: 1, orders: summary, source })
    }
  )

  test('an environment without the value is a clear error naming the value and the environment', async () => {
    // The example app defines reportSource in every environment; a copy drops it from qa.
    const dir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-example-'))
    await cp(APP_DIR, dir, { recursive: true })
    await writeFile(path.join(dir, 'environments/qa.json'), '{\n  "values": {}\n}\n')
    const a = await open({ environment: 'qa', appDir: dir })
    await expect(a.fire('nightlyReport')).rejects.toThrow(
      "context.values.get('reportSource'): environment value 'reportSource' is not defined for environment 'qa' (environments/)"
    )
  })

  test('private functions are refused to a client; public ones run', async () => {
    const a = await open()
    await expect(a.call('restockAlert', [{}])).rejects.toThrow(UnknownNameError)
    await expect(a.call('nightlyReport')).rejects.toThrow(/function 'nightlyReport' is private/)
    expect((await a.call('orders/summarize')).result).toEqual([])
  })

  test('BSON values survive the round trip: EJSON arguments in, BSON types in the database, EJSON out', async () => {
    const a = await open()
    const orders = a.collection('mongodb-atlas', 'inventory', 'orders')
    const old = new ObjectId()
    await orders.insertMany([
      { _id: old, status: 'open', createdAt: new Date('2026-01-01T00:00:00Z') },
      { status: 'open', createdAt: new Date('2026-06-01T00:00:00Z') },
      { status: 'shipped', createdAt: new Date('2026-07-01T00:00:00Z') }
    ])
    // A client sends EJSON; the function receives a Date and queries with it.
    const [since] = EJSON.parse('[{"$date":"2026-05-01T00:00:00Z"}]') as unknown[]
    const { result } = await a.call('orders/summarize', [since])
    expect(result).toEqual([
      { _id: 'open', count: 1 },
      { _id: 'shipped', count: 1 }
    ])
    expect(EJSON.stringify(result, { relaxed: false })).toBe(
      '[{"_id":"open","count":{"$numberInt":"1"}},{"_id":"shipped","count":{"$numberInt":"1"}}]'
    )
    const stored = await orders.findOne({ _id: old })
    expect(stored?._id).toBeInstanceOf(ObjectId)
    expect((stored?._id as ObjectId).equals(old)).toBe(true)
    expect(stored?.createdAt).toBeInstanceOf(Date)
  })
})
