// Functions, values, secrets, environment values and the active environment, over HTTP.
import { apiError, createSecret, startAppUnderTest, type AppUnderTest } from './setup.js'

let t: AppUnderTest
beforeAll(async () => {
  t = await startAppUnderTest()
})
afterAll(() => t.stop())

describe('functions', () => {
  test('create 201 {_id,name}; list shows summaries; GET shows the whole function', async () => {
    const created = await t.api('POST', '/functions', {
      body: {
        name: 'utils/add',
        private: true,
        source: 'exports = (a, b) => a + b',
        run_as_system: true,
        can_evaluate: {}
      }
    })
    expect(created.status).toBe(201)
    expect(created.body).toEqual({ _id: expect.stringMatching(/^[0-9a-f]{24}$/), name: 'utils/add' })
    const list = await t.api('GET', '/functions')
    expect(list.status).toBe(200)
    expect(list.body).toContainEqual({
      _id: created.body._id,
      name: 'utils/add',
      last_modified: expect.any(Number)
    })
    expect(list.body.every((f: object) => !('source' in f))).toBe(true)
    const got = await t.api('GET', `/functions/${created.body._id}`)
    expect(got.status).toBe(200)
    expect(got.body).toMatchObject({
      _id: created.body._id,
      name: 'utils/add',
      private: true,
      source: 'exports = (a, b) => a + b',
      run_as_system: true,
      can_evaluate: {}
    })
  })

  test('PUT replaces the function (200) and DELETE removes it (204), then 404 FunctionNotFound', async () => {
    const { body } = await t.api('POST', '/functions', {
      body: { name: 'replaceMe', private: false, source: 'v1', run_as_system: true }
    })
    const put = await t.api('PUT', `/functions/${body._id}`, {
      body: { name: 'replaceMe', private: true, source: 'v2' }
    })
    expect(put.status).toBe(200)
    const got = (await t.api('GET', `/functions/${body._id}`)).body
    expect(got).toMatchObject({ source: 'v2', private: true, run_as_system: false })
    expect((await t.api('DELETE', `/functions/${body._id}`)).status).toBe(204)
    expect(await t.api('GET', `/functions/${body._id}`)).toMatchObject(apiError(404, 'FunctionNotFound'))
    expect(await t.api('DELETE', `/functions/${body._id}`)).toMatchObject(apiError(404, 'FunctionNotFound'))
  })

  test('required fields, name rules and duplicate names are refused', async () => {
    expect(await t.api('POST', '/functions', { body: { name: 'noSource', private: false } })).toMatchObject(
      apiError(400, 'InvalidParameter', '"source" is required')
    )
    expect(await t.api('POST', '/functions', { body: { name: 'noPrivate', source: 'x' } })).toMatchObject(
      apiError(400, 'InvalidParameter', '"private" is required')
    )
    expect(await t.api('POST', '/functions', { body: { private: false, source: 'x' } })).toMatchObject(
      apiError(400, 'InvalidParameter', '"name" is required')
    )
    for (const name of ['has space', 'dot.ted', '/leading', 'trailing/', 'a//b']) {
      expect(
        await t.api('POST', '/functions', { body: { name, private: false, source: 'x' } })
      ).toMatchObject(apiError(400, 'InvalidParameter', 'invalid function name'))
    }
    await t.api('POST', '/functions', { body: { name: 'twice', private: false, source: 'x' } })
    expect(
      await t.api('POST', '/functions', { body: { name: 'twice', private: false, source: 'y' } })
    ).toMatchObject(apiError(409, 'DuplicateName', 'twice'))
  })

  test('a PUT that renames onto another function is a 409; a body _id must match the path', async () => {
    const a = (await t.api('POST', '/functions', { body: { name: 'renA', private: false, source: 'x' } }))
      .body._id
    await t.api('POST', '/functions', { body: { name: 'renB', private: false, source: 'x' } })
    expect(
      await t.api('PUT', `/functions/${a}`, { body: { name: 'renB', private: false, source: 'x' } })
    ).toMatchObject(apiError(409, 'DuplicateName'))
    expect(
      await t.api('PUT', `/functions/${a}`, {
        body: { _id: '65f0c0de0000000000000999', name: 'renA', private: false, source: 'x' }
      })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'does not match'))
  })

  test('a non-JSON-object body is a 400', async () => {
    expect(await t.api('POST', '/functions', { body: ['not', 'an', 'object'] })).toMatchObject(
      apiError(400, 'InvalidParameter', 'JSON object')
    )
  })
})

describe('values and secrets', () => {
  test('values: create, list {_id,name,private}, get, update 200, delete 204', async () => {
    const created = await t.api('POST', '/values', {
      body: { name: 'databaseName', private: false, from_secret: false, value: { db: 'ADPDemoGame' } }
    })
    expect(created.status).toBe(201)
    const id = created.body._id
    expect((await t.api('GET', '/values')).body).toContainEqual({
      _id: id,
      name: 'databaseName',
      private: false
    })
    expect((await t.api('GET', `/values/${id}`)).body).toEqual({
      _id: id,
      name: 'databaseName',
      private: false,
      from_secret: false,
      value: { db: 'ADPDemoGame' }
    })
    const put = await t.api('PUT', `/values/${id}`, {
      body: { name: 'databaseName', private: true, from_secret: false, value: 'other' }
    })
    expect(put.status).toBe(200)
    expect((await t.api('GET', `/values/${id}`)).body).toMatchObject({ private: true, value: 'other' })
    expect((await t.api('DELETE', `/values/${id}`)).status).toBe(204)
    expect(await t.api('GET', `/values/${id}`)).toMatchObject(apiError(404, 'ValueNotFound'))
  })

  test('a value without "value" is refused; private/from_secret default to false', async () => {
    expect(await t.api('POST', '/values', { body: { name: 'empty' } })).toMatchObject(
      apiError(400, 'InvalidParameter', '"value" is required')
    )
    const res = await t.api('POST', '/values', { body: { name: 'rjsStyle', value: 3 } })
    expect(res.status).toBe(201)
    expect((await t.api('GET', `/values/${res.body._id}`)).body).toMatchObject({
      private: false,
      from_secret: false,
      value: 3
    })
  })

  test('a from_secret value must name an existing secret; that secret then cannot be deleted or renamed', async () => {
    expect(
      await t.api('POST', '/values', { body: { name: 'fromMissing', from_secret: true, value: 'nope' } })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'names no secret'))
    const secretId = await createSecret(t, 'apiKeySecret', 'sk-live-123')
    const value = await t.api('POST', '/values', {
      body: { name: 'apiKey', private: true, from_secret: true, value: 'apiKeySecret' }
    })
    expect(value.status).toBe(201)
    expect(await t.api('DELETE', `/secrets/${secretId}`)).toMatchObject(
      apiError(400, 'ResourceInUse', 'value "apiKey"')
    )
    expect(
      await t.api('PUT', `/secrets/${secretId}`, { body: { name: 'renamed', value: 'x' } })
    ).toMatchObject(apiError(400, 'ResourceInUse'))
    expect((await t.api('DELETE', `/values/${value.body._id}`)).status).toBe(204)
    expect((await t.api('DELETE', `/secrets/${secretId}`)).status).toBe(204)
  })

  test('secrets: create 201 {_id,name}, list {_id,name}, PUT 204, no GET by id, values never returned', async () => {
    const created = await t.api('POST', '/secrets', {
      body: { name: 'twilioToken', value: 'tw-SECRET-VALUE-1' }
    })
    expect(created).toMatchObject({ status: 201, body: { _id: expect.any(String), name: 'twilioToken' } })
    expect(Object.keys(created.body).sort()).toEqual(['_id', 'name'])
    const put = await t.api('PUT', `/secrets/${created.body._id}`, {
      body: { name: 'twilioToken', value: 'tw-SECRET-VALUE-2' }
    })
    expect(put.status).toBe(204)
    expect(put.body).toBeUndefined()
    const list = await t.api('GET', '/secrets')
    expect(list.body).toContainEqual({ _id: created.body._id, name: 'twilioToken' })
    expect(JSON.stringify(list.body)).not.toContain('SECRET-VALUE')
    expect((await t.api('GET', `/secrets/${created.body._id}`)).status).toBe(405)
    expect(
      await t.api('PUT', `/secrets/${created.body._id}`, { body: { name: 'twilioToken' } })
    ).toMatchObject(apiError(400, 'InvalidParameter', '"value" is required'))
    expect(await t.api('POST', '/secrets', { body: { name: 'twilioToken', value: 'x' } })).toMatchObject(
      apiError(409, 'DuplicateName')
    )
  })
})

describe('environment and environment values', () => {
  test('PUT environment returns the AppInstance with the new environment; invalid ones are 400', async () => {
    const res = await t.api('PUT', '/environment', { body: { environment: 'production' } })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({
      _id: t.app._id,
      client_app_id: t.app.client_app_id,
      environment: 'production'
    })
    expect((await t.alice.request('GET', t.base)).body.environment).toBe('production')
    expect((await t.api('PUT', '/environment', { body: { environment: '' } })).body.environment).toBe('')
    expect(await t.api('PUT', '/environment', { body: { environment: 'prod' } })).toMatchObject(
      apiError(400, 'InvalidParameter', 'Invalid environment')
    )
  })

  test('environment values: create 201 description, list without values, get with values, 409, 404', async () => {
    const created = await t.api('POST', '/environment_values', {
      body: { name: 'baseUrl', values: { development: 'https://dev', production: 'https://prod' } }
    })
    expect(created.status).toBe(201)
    expect(created.body).toEqual({
      _id: expect.any(String),
      name: 'baseUrl',
      last_modified: expect.any(Number)
    })
    const id = created.body._id
    expect((await t.api('GET', '/environment_values')).body).toEqual([
      { _id: id, name: 'baseUrl', last_modified: expect.any(Number) }
    ])
    expect((await t.api('GET', `/environment_values/${id}`)).body).toMatchObject({
      name: 'baseUrl',
      values: { development: 'https://dev', production: 'https://prod' }
    })
    expect(
      await t.api('POST', '/environment_values', { body: { name: 'baseUrl', values: {} } })
    ).toMatchObject(apiError(409, 'DuplicateName'))
    expect(
      await t.api('POST', '/environment_values', { body: { name: 'bad', values: { staging: 1 } } })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'values.staging'))
    const put = await t.api('PUT', `/environment_values/${id}`, {
      body: { name: 'baseUrl', values: { none: 'https://local' } }
    })
    expect(put).toMatchObject({ status: 200, body: { _id: id, name: 'baseUrl' } })
    expect((await t.api('GET', `/environment_values/${id}`)).body.values).toEqual({ none: 'https://local' })
    expect((await t.api('DELETE', `/environment_values/${id}`)).status).toBe(204)
    expect(await t.api('GET', `/environment_values/${id}`)).toMatchObject(
      apiError(404, 'EnvironmentValueNotFound')
    )
  })
})
