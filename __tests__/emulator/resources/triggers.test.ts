// Triggers over HTTP: the three types, their per-type validation, function and service references,
// the defaults and name mirroring the server fills in, and the irregular status codes.
import { ContractChecker, SPEC_FILE, loadSpec } from '../contract-checker.js'
import { apiError, createDataSource, createFunction, startAppUnderTest, type AppUnderTest } from './setup.js'

let t: AppUnderTest
let fnId: string
let serviceId: string
beforeAll(async () => {
  t = await startAppUnderTest()
  fnId = await createFunction(t, 'checkForWinner')
  serviceId = await createDataSource(t)
})
afterAll(() => t.stop())

const databaseTrigger = (name: string, extra: object = {}): object => ({
  name,
  type: 'DATABASE',
  config: {
    service_id: serviceId,
    database: 'ADPDemoGame',
    collection: 'games',
    operation_types: ['UPDATE'],
    full_document: true
  },
  event_processors: { FUNCTION: { config: { function_name: 'checkForWinner' } } },
  ...extra
})

test('a DATABASE trigger: POST 201 with defaults filled and the function mirrored by id and name', async () => {
  const res = await t.api('POST', '/triggers', { body: databaseTrigger('checkWinnerTrigger') })
  expect(res.status).toBe(201)
  expect(res.body).toEqual({
    _id: expect.any(String),
    name: 'checkWinnerTrigger',
    type: 'DATABASE',
    disabled: false,
    config: {
      service_id: serviceId,
      database: 'ADPDemoGame',
      collection: 'games',
      operation_types: ['UPDATE'],
      full_document: true,
      full_document_before_change: false,
      skip_catchup_events: false,
      tolerate_resume_errors: false,
      maximum_throughput: false,
      unordered: false
    },
    event_processors: { FUNCTION: { config: { function_id: fnId, function_name: 'checkForWinner' } } },
    function_id: fnId,
    function_name: 'checkForWinner'
  })
  expect((await t.api('GET', '/triggers')).body).toContainEqual(res.body)
  expect((await t.api('GET', `/triggers/${res.body._id}`)).body).toEqual(res.body)
})

test('SCHEDULED and AUTHENTICATION triggers; a root function_id alone is copied into the processor', async () => {
  const scheduled = await t.api('POST', '/triggers', {
    body: { name: 'expiregames', type: 'SCHEDULED', config: { schedule: '*/1 * * * *' }, function_id: fnId }
  })
  expect(scheduled.status).toBe(201)
  expect(scheduled.body).toMatchObject({
    config: { schedule: '*/1 * * * *', skip_catchup_events: false },
    event_processors: { FUNCTION: { config: { function_id: fnId, function_name: 'checkForWinner' } } },
    function_name: 'checkForWinner'
  })
  const auth = await t.api('POST', '/triggers', {
    body: {
      name: 'onNewUser',
      type: 'AUTHENTICATION',
      config: { operation_type: 'CREATE', providers: ['anon-user', 'api-key'] },
      event_processors: { FUNCTION: { config: { function_id: fnId } } }
    }
  })
  expect(auth).toMatchObject({
    status: 201,
    body: { config: { operation_type: 'CREATE', providers: ['anon-user', 'api-key'] } }
  })
})

test.each([
  ['a 4-field schedule', '* * * *', '5 fields'],
  ['a minute out of range', '60 * * * *', 'minute field'],
  ['a reversed range', '* 5-2 * * *', 'reversed'],
  ['a bad step', '*/0 * * * *', 'step'],
  ['a bad month name', '0 0 1 FOO *', 'month field']
])('a SCHEDULED trigger with %s is refused with 400', async (_what, schedule, message) => {
  const res = await t.api('POST', '/triggers', {
    body: { name: 'badCron', type: 'SCHEDULED', config: { schedule }, function_id: fnId }
  })
  expect(res).toMatchObject(apiError(400, 'InvalidParameter', message))
})

test('valid cron forms are accepted', async () => {
  for (const [i, schedule] of ['0 8 * * MON-FRI', '15,45 */2 1-15 JAN,JUL 0', '0 0 1 */3 7'].entries()) {
    const res = await t.api('POST', '/triggers', {
      body: { name: `cron${i}`, type: 'SCHEDULED', config: { schedule }, function_id: fnId }
    })
    expect(res.status).toBe(201)
  }
})

test('references: unknown function, unknown service, non-data-source service and empty operation types are 400', async () => {
  const noFn = databaseTrigger('t1', {
    event_processors: { FUNCTION: { config: { function_name: 'missing' } } }
  })
  expect(await t.api('POST', '/triggers', { body: noFn })).toMatchObject(
    apiError(400, 'InvalidParameter', 'function_name" names no function')
  )
  const badId = databaseTrigger('t1', {
    event_processors: { FUNCTION: { config: { function_id: '65f0c0de00000000000fffff' } } }
  })
  expect(await t.api('POST', '/triggers', { body: badId })).toMatchObject(
    apiError(400, 'InvalidParameter', 'function_id" names no function')
  )
  const noService = {
    ...databaseTrigger('t1'),
    config: { service_id: '65f0c0de00000000000eeeee', operation_types: ['INSERT'] }
  }
  expect(await t.api('POST', '/triggers', { body: noService })).toMatchObject(
    apiError(400, 'InvalidParameter', 'config.service_id')
  )
  const http = (await t.api('POST', '/services', { body: { name: 'httpSvc', type: 'http', config: {} } }))
    .body._id
  const notData = { ...databaseTrigger('t1'), config: { service_id: http, operation_types: ['INSERT'] } }
  expect(await t.api('POST', '/triggers', { body: notData })).toMatchObject(
    apiError(400, 'InvalidParameter', 'must name a data source')
  )
  const noOps = { ...databaseTrigger('t1'), config: { service_id: serviceId, operation_types: [] } }
  expect(await t.api('POST', '/triggers', { body: noOps })).toMatchObject(
    apiError(400, 'InvalidParameter', 'operation_types')
  )
  const badOp = { ...databaseTrigger('t1'), config: { service_id: serviceId, operation_types: ['UPSERT'] } }
  expect(await t.api('POST', '/triggers', { body: badOp })).toMatchObject(
    apiError(400, 'InvalidParameter', 'UPSERT')
  )
  const noProcessor = { name: 't1', type: 'SCHEDULED', config: { schedule: '* * * * *' } }
  expect(await t.api('POST', '/triggers', { body: noProcessor })).toMatchObject(
    apiError(400, 'InvalidParameter', '"event_processors" is required')
  )
  const mismatch = databaseTrigger('t1', { function_name: 'otherFunction' })
  expect(await t.api('POST', '/triggers', { body: mismatch })).toMatchObject(
    apiError(400, 'InvalidParameter')
  )
  expect((await t.api('GET', '/triggers')).body.some((x: { name: string }) => x.name === 't1')).toBe(false)
})

test('PUT 204 replaces the trigger, duplicate name 409; DELETE 200 {}; resume 204; unknown id 404', async () => {
  const created = (await t.api('POST', '/triggers', { body: databaseTrigger('toUpdate') })).body
  await t.api('POST', '/triggers', { body: databaseTrigger('takenName') })
  const put = await t.api('PUT', `/triggers/${created._id}`, {
    body: { ...databaseTrigger('toUpdate'), disabled: true }
  })
  expect(put.status).toBe(204)
  expect(put.body).toBeUndefined()
  expect((await t.api('GET', `/triggers/${created._id}`)).body).toMatchObject({
    disabled: true,
    config: { full_document: true }
  })
  expect(
    await t.api('PUT', `/triggers/${created._id}`, { body: databaseTrigger('takenName') })
  ).toMatchObject(apiError(409, 'DuplicateName'))
  expect(
    (await t.api('PUT', `/triggers/${created._id}/resume`, { body: { disable_token: true } })).status
  ).toBe(204)
  const del = await t.api('DELETE', `/triggers/${created._id}`)
  expect(del).toEqual(expect.objectContaining({ status: 200, body: {} }))
  expect(await t.api('GET', `/triggers/${created._id}`)).toMatchObject(apiError(404, 'TriggerNotFound'))
  expect(await t.api('PUT', `/triggers/${created._id}/resume`, { body: {} })).toMatchObject(
    apiError(404, 'TriggerNotFound')
  )
})

test('a function or service used by a trigger cannot be deleted; renaming the function shows on reads', async () => {
  const fn = await createFunction(t, 'usedByTrigger')
  const svc = await createDataSource(t, 'usedSource')
  const trigger = await t.api('POST', '/triggers', {
    body: {
      name: 'usesBoth',
      type: 'DATABASE',
      config: { service_id: svc, operation_types: ['INSERT'] },
      event_processors: { FUNCTION: { config: { function_id: fn } } }
    }
  })
  expect(trigger.status).toBe(201)
  expect(await t.api('DELETE', `/functions/${fn}`)).toMatchObject(
    apiError(400, 'ResourceInUse', 'trigger "usesBoth"')
  )
  expect(await t.api('DELETE', `/services/${svc}`)).toMatchObject(
    apiError(400, 'ResourceInUse', 'trigger "usesBoth"')
  )
  await t.api('PUT', `/functions/${fn}`, { body: { name: 'renamedFn', private: false, source: 'x' } })
  expect((await t.api('GET', `/triggers/${trigger.body._id}`)).body).toMatchObject({
    function_name: 'renamedFn',
    event_processors: { FUNCTION: { config: { function_name: 'renamedFn' } } }
  })
  await t.api('DELETE', `/triggers/${trigger.body._id}`)
  expect((await t.api('DELETE', `/functions/${fn}`)).status).toBe(204)
  expect((await t.api('DELETE', `/services/${svc}`)).status).toBe(204)
})

test('an AWS EventBridge processor needs account and region and gets extended_json_enabled false', async () => {
  const body = {
    name: 'toEventBridge',
    type: 'DATABASE',
    config: { service_id: serviceId, database: 'db', collection: 'c', operation_types: ['INSERT'] },
    event_processors: { AWS_EVENTBRIDGE: { config: { account_id: '012345678901', region: 'us-east-1' } } }
  }
  const res = await t.api('POST', '/triggers', { body })
  expect(res.status).toBe(201)
  expect(res.body.event_processors).toEqual({
    AWS_EVENTBRIDGE: {
      config: { account_id: '012345678901', region: 'us-east-1', extended_json_enabled: false }
    }
  })
  const noRegion = {
    ...body,
    name: 'noRegion',
    event_processors: { AWS_EVENTBRIDGE: { config: { account_id: '1' } } }
  }
  expect(await t.api('POST', '/triggers', { body: noRegion })).toMatchObject(
    apiError(400, 'InvalidParameter', 'region')
  )
})

test('a suspended database trigger shows on its event subscription until resumed; the exchanges meet the spec', async () => {
  const created = (await t.api('POST', '/triggers', { body: databaseTrigger('toSuspend') })).body
  const subscription = async (): Promise<Record<string, unknown>> =>
    (await t.api('GET', '/event_subscriptions')).body.find((s: { _id: string }) => s._id === created._id)
  expect(await subscription()).not.toHaveProperty('state')
  expect(t.h.emulator.control.suspendTrigger(t.app._id, 'toSuspend', 'oplog rolled over')).toBe(created._id)
  expect(await subscription()).toMatchObject({ state: 'SUSPENDED', error: 'oplog rolled over' })
  expect((await t.api('GET', `/event_subscriptions/${created._id}`)).body).toMatchObject({
    state: 'SUSPENDED'
  })
  const from = t.h.exchanges.length
  expect(
    (await t.api('PUT', `/triggers/${created._id}/resume`, { body: { disable_token: false } })).status
  ).toBe(204)
  expect(await subscription()).not.toHaveProperty('state')
  expect(() => t.h.emulator.control.suspendTrigger(t.app._id, 'nope')).toThrow('has no trigger nope')
  // The exchanges against the spec, where the spec is at hand (ADMIN_API_SPEC; the contract tests
  // say so when it is not).
  if (SPEC_FILE) {
    const checker = new ContractChecker(loadSpec(SPEC_FILE, new Set()))
    const patterns: Record<string, string> = {
      GET: '/groups/{groupId}/apps/{appId}/event_subscriptions',
      PUT: '/groups/{groupId}/apps/{appId}/triggers/{triggerId}/resume'
    }
    for (const x of t.h.exchanges.slice(from)) checker.checkExchange(x, patterns[x.method])
    expect(checker.failures).toEqual([])
  }
  await t.api('DELETE', `/triggers/${created._id}`)
})
