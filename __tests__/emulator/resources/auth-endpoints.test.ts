// Auth providers, custom user data, HTTPS endpoints, the Data API config, GraphQL, log forwarders,
// allowed request origins and sync development mode, over HTTP.
import {
  apiError,
  createDataSource,
  createFunction,
  createSecret,
  startAppUnderTest,
  type AppUnderTest
} from './setup.js'

let t: AppUnderTest
let fnId: string
beforeAll(async () => {
  t = await startAppUnderTest()
  fnId = await createFunction(t, 'handler')
})
afterAll(() => t.stop())

describe('auth providers and custom user data', () => {
  test('a new app lists its api-key provider; create 201, list summary, PATCH 204, enable/disable 204, DELETE 204', async () => {
    expect((await t.api('GET', '/auth_providers')).body).toEqual([
      { _id: expect.any(String), name: 'api-key', type: 'api-key', disabled: true }
    ])
    const created = await t.api('POST', '/auth_providers', {
      body: {
        name: 'local-userpass',
        type: 'local-userpass',
        config: { autoConfirm: true, resetFunctionName: 'handler', runResetFunction: true }
      }
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({
      name: 'local-userpass',
      disabled: false,
      config: { resetFunctionName: 'handler', resetFunctionId: fnId }
    })
    const id = created.body._id
    expect((await t.api('GET', '/auth_providers')).body).toContainEqual({
      _id: id,
      name: 'local-userpass',
      type: 'local-userpass',
      disabled: false
    })
    // The spec's PATCH body is the whole provider constructor: name and type are required.
    expect(
      await t.api('PATCH', `/auth_providers/${id}`, { body: { config: { autoConfirm: false } } })
    ).toMatchObject(apiError(400, 'InvalidParameter'))
    const patch = { name: 'local-userpass', type: 'local-userpass', config: { autoConfirm: false } }
    expect((await t.api('PATCH', `/auth_providers/${id}`, { body: patch })).status).toBe(204)
    expect((await t.api('GET', `/auth_providers/${id}`)).body.config).toEqual({ autoConfirm: false })
    expect((await t.api('PUT', `/auth_providers/${id}/disable`)).status).toBe(204)
    expect((await t.api('GET', `/auth_providers/${id}`)).body.disabled).toBe(true)
    expect((await t.api('PUT', `/auth_providers/${id}/enable`)).status).toBe(204)
    expect((await t.api('GET', `/auth_providers/${id}`)).body.disabled).toBe(false)
    expect((await t.api('DELETE', `/auth_providers/${id}`)).status).toBe(204)
    expect(await t.api('PUT', `/auth_providers/${id}/enable`)).toMatchObject(
      apiError(404, 'AuthProviderNotFound')
    )
  })

  test('providers: name must equal type, type from the enum, functions and secrets must exist, one per name', async () => {
    expect(
      await t.api('POST', '/auth_providers', { body: { name: 'mine', type: 'anon-user' } })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'must equal its "type"'))
    expect(await t.api('POST', '/auth_providers', { body: { name: 'ldap', type: 'ldap' } })).toMatchObject(
      apiError(400, 'InvalidParameter', '"type"')
    )
    expect(
      await t.api('POST', '/auth_providers', {
        body: { type: 'custom-function', config: { authFunctionName: 'nope' } }
      })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'config.function_name'))
    expect(
      await t.api('POST', '/auth_providers', {
        body: { type: 'oauth2-google', secret_config: { clientSecret: 'missing' } }
      })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'secret_config.clientSecret'))
    expect(
      await t.api('POST', '/auth_providers', { body: { name: 'api-key', type: 'api-key' } })
    ).toMatchObject(apiError(409, 'DuplicateName'))
  })

  test('custom user data: GET defaults to disabled; enabling needs a mongo service id that exists', async () => {
    expect((await t.api('GET', '/custom_user_data')).body).toEqual({ enabled: false })
    expect(
      await t.api('PATCH', '/custom_user_data', {
        body: { enabled: true, database_name: 'db', collection_name: 'users', user_id_field: 'uid' }
      })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'must specify a mongo service id'))
    const svc = await createDataSource(t, 'cudSource')
    const body = {
      enabled: true,
      mongo_service_id: svc,
      database_name: 'db',
      collection_name: 'users',
      user_id_field: 'uid',
      on_user_creation_function_id: fnId
    }
    expect((await t.api('PATCH', '/custom_user_data', { body })).status).toBe(204)
    expect((await t.api('GET', '/custom_user_data')).body).toEqual(body)
    expect(await t.api('DELETE', `/services/${svc}`)).toMatchObject(
      apiError(400, 'ResourceInUse', 'custom user data')
    )
    expect(await t.api('DELETE', `/functions/${fnId}`)).toMatchObject(
      apiError(400, 'ResourceInUse', 'custom user data')
    )
    expect(
      (
        await t.api('PATCH', '/custom_user_data', {
          body: { enabled: false, on_user_creation_function_id: '' }
        })
      ).status
    ).toBe(204)
    expect((await t.api('GET', '/custom_user_data')).body).toMatchObject({
      enabled: false,
      mongo_service_id: svc
    })
  })
})

describe('HTTPS endpoints and the Data API', () => {
  const endpoint = (route: string, extra: object = {}): object => ({
    route,
    http_method: 'GET',
    function_id: fnId,
    validation_method: 'NO_VALIDATION',
    respond_result: true,
    fetch_custom_user_data: false,
    create_user_on_auth: false,
    disabled: false,
    return_type: 'JSON',
    ...extra
  })

  test('create 201 with function_name; list and GET; PUT 200; (route, method) unique; DELETE 200 {}', async () => {
    const created = await t.api('POST', '/endpoints', { body: endpoint('/cerca') })
    expect(created.status).toBe(201)
    expect(created.body).toEqual({ _id: expect.any(String), ...endpoint('/cerca'), function_name: 'handler' })
    const id = created.body._id
    expect((await t.api('GET', '/endpoints')).body).toContainEqual(created.body)
    expect(await t.api('POST', '/endpoints', { body: endpoint('/cerca') })).toMatchObject(
      apiError(409, 'DuplicateName', '/cerca')
    )
    expect(
      (await t.api('POST', '/endpoints', { body: endpoint('/cerca', { http_method: 'POST' }) })).status
    ).toBe(201)
    const put = await t.api('PUT', `/endpoints/${id}`, { body: endpoint('/cerca', { disabled: true }) })
    expect(put).toMatchObject({ status: 200, body: { disabled: true, function_name: 'handler' } })
    expect(await t.api('DELETE', `/functions/${fnId}`)).toMatchObject(
      apiError(400, 'ResourceInUse', 'endpoint GET /cerca')
    )
    const del = await t.api('DELETE', `/endpoints/${id}`)
    expect(del).toMatchObject({ status: 200, body: {} })
    expect(await t.api('GET', `/endpoints/${id}`)).toMatchObject(apiError(404, 'EndpointNotFound'))
  })

  test('endpoint validation: function must exist, secret required for secret validation, method enum', async () => {
    expect(
      await t.api('POST', '/endpoints', { body: endpoint('/x', { function_id: '65f0c0de00000000000fffff' }) })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'names no function'))
    expect(
      await t.api('POST', '/endpoints', { body: endpoint('/x', { function_id: undefined }) })
    ).toMatchObject(apiError(400, 'InvalidParameter', '"function_id" is required'))
    expect(
      await t.api('POST', '/endpoints', {
        body: endpoint('/x', { validation_method: 'SECRET_AS_QUERY_PARAM' })
      })
    ).toMatchObject(apiError(400, 'InvalidParameter', '"secret_id" is required'))
    const secret = await createSecret(t, 'endpointSecret', 'shh')
    expect(
      (
        await t.api('POST', '/endpoints', {
          body: endpoint('/x', { validation_method: 'VERIFY_PAYLOAD', secret_id: secret })
        })
      ).status
    ).toBe(201)
    expect(
      await t.api('POST', '/endpoints', { body: endpoint('/y', { http_method: 'FETCH' }) })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'http_method'))
    expect(await t.api('POST', '/endpoints', { body: endpoint('no-slash') })).toMatchObject(
      apiError(400, 'InvalidParameter', 'route')
    )
  })

  test('Data API: GET 404 until POST 201; PATCH 204; a second POST is refused', async () => {
    expect(await t.api('GET', '/data_api/config')).toMatchObject(apiError(404, 'DataApiConfigNotFound'))
    const config = {
      disabled: false,
      versions: ['v1'],
      return_type: 'EJSON',
      validation_method: 'NO_VALIDATION',
      create_user_on_auth: false
    }
    expect((await t.api('POST', '/data_api/config', { body: config })).status).toBe(201)
    expect((await t.api('GET', '/data_api/config')).body).toEqual(config)
    expect((await t.api('PATCH', '/data_api/config', { body: { ...config, disabled: true } })).status).toBe(
      204
    )
    expect((await t.api('GET', '/data_api/config')).body.disabled).toBe(true)
    expect(await t.api('POST', '/data_api/config', { body: config })).toMatchObject(
      apiError(409, 'DataApiConfigExists')
    )
    expect(await t.api('PATCH', '/data_api/config', { body: { versions: ['v2'] } })).toMatchObject(
      apiError(400, 'InvalidParameter', 'versions')
    )
  })
})

describe('GraphQL, log forwarders, origins, sync', () => {
  test('GraphQL config: natural pluralization defaults on and cannot be turned off; validation settings PUT 204', async () => {
    expect((await t.api('GET', '/graphql/config')).body).toEqual({
      use_natural_pluralization: true,
      disable_schema_introspection: false
    })
    expect(
      await t.api('PUT', '/graphql/config', { body: { use_natural_pluralization: false } })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'use_natural_pluralization'))
    expect(
      (
        await t.api('PUT', '/graphql/config', {
          body: { use_natural_pluralization: true, disable_schema_introspection: true }
        })
      ).status
    ).toBe(204)
    expect((await t.api('GET', '/graphql/config')).body.disable_schema_introspection).toBe(true)
    const settings = {
      read_validation_action: 'ERROR',
      read_validation_level: 'STRICT',
      write_validation_action: 'WARN',
      write_validation_level: 'OFF'
    }
    expect((await t.api('PUT', '/validation_settings/graphql', { body: settings })).status).toBe(204)
    expect((await t.api('GET', '/validation_settings/graphql')).body).toEqual(settings)
    expect(
      await t.api('PUT', '/validation_settings/graphql', {
        body: { ...settings, read_validation_level: 'LAX' }
      })
    ).toMatchObject(apiError(400, 'InvalidParameter'))
  })

  test('custom resolvers: create 201, unique per (on_type, field_name), PUT 204, DELETE 204, function must exist', async () => {
    const body = {
      on_type: 'Query',
      field_name: 'result',
      function_id: fnId,
      payload_type: 'Int',
      payload_type_format: 'scalar'
    }
    const created = await t.api('POST', '/graphql/custom_resolvers', { body })
    expect(created).toMatchObject({ status: 201, body: { _id: expect.any(String), ...body } })
    expect(await t.api('POST', '/graphql/custom_resolvers', { body })).toMatchObject(
      apiError(409, 'DuplicateName')
    )
    expect(
      await t.api('POST', '/graphql/custom_resolvers', {
        body: { ...body, field_name: 'x', function_id: '65f0c0de00000000000fffff' }
      })
    ).toMatchObject(apiError(400, 'InvalidParameter'))
    expect(
      (
        await t.api('PUT', `/graphql/custom_resolvers/${created.body._id}`, {
          body: { ...body, field_name: 'renamed' }
        })
      ).status
    ).toBe(204)
    expect((await t.api('GET', `/graphql/custom_resolvers/${created.body._id}`)).body.field_name).toBe(
      'renamed'
    )
    expect((await t.api('DELETE', `/graphql/custom_resolvers/${created.body._id}`)).status).toBe(204)
  })

  test('log forwarders: create 201, PATCH 200 with the forwarder, enable/disable 204, the action must exist', async () => {
    const body = {
      name: 'lf',
      disabled: false,
      log_types: ['auth'],
      log_statuses: ['error', 'success'],
      policy: { type: 'single' },
      action: { type: 'function', name: 'handler' }
    }
    const created = await t.api('POST', '/log_forwarders', { body })
    expect(created).toMatchObject({ status: 201, body: { _id: expect.any(String), ...body } })
    const patched = await t.api('PATCH', `/log_forwarders/${created.body._id}`, {
      body: { ...body, log_types: ['function', 'trigger'] }
    })
    expect(patched).toMatchObject({
      status: 200,
      body: { _id: created.body._id, log_types: ['function', 'trigger'] }
    })
    expect((await t.api('PUT', `/log_forwarders/${created.body._id}/disable`)).status).toBe(204)
    expect((await t.api('GET', `/log_forwarders/${created.body._id}`)).body.disabled).toBe(true)
    expect(
      await t.api('PATCH', `/log_forwarders/${created.body._id}`, { body: { name: 'lf' } })
    ).toMatchObject(apiError(400, 'InvalidParameter', '"disabled" is required'))
    expect(
      await t.api('POST', '/log_forwarders', {
        body: { ...body, name: 'lf2', action: { type: 'function', name: 'ghost' } }
      })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'action.name'))
    expect(
      await t.api('POST', '/log_forwarders', { body: { ...body, name: 'lf3', log_types: ['everything'] } })
    ).toMatchObject(apiError(400, 'InvalidParameter', 'log_types[0]'))
    expect(await t.api('DELETE', `/functions/${fnId}`)).toMatchObject(
      apiError(400, 'ResourceInUse', 'log forwarder "lf"')
    )
    expect(
      await t.api('PUT', `/functions/${fnId}`, { body: { name: 'renamed', private: false, source: 'x' } })
    ).toMatchObject(apiError(400, 'ResourceInUse', 'rename function "handler"'))
    expect((await t.api('DELETE', `/log_forwarders/${created.body._id}`)).status).toBe(204)
  })

  test('allowed request origins: POST a bare array (204) replaces the list; bad origins are 400', async () => {
    expect((await t.api('GET', '/security/allowed_request_origins')).body).toEqual([])
    expect(
      (
        await t.api('POST', '/security/allowed_request_origins', {
          body: ['http://localhost:8080', 'https://example.com']
        })
      ).status
    ).toBe(204)
    expect(
      (await t.api('POST', '/security/allowed_request_origins', { body: ['https://only.example.com'] }))
        .status
    ).toBe(204)
    expect((await t.api('GET', '/security/allowed_request_origins')).body).toEqual([
      'https://only.example.com'
    ])
    expect(await t.api('POST', '/security/allowed_request_origins', { body: ['example.com'] })).toMatchObject(
      apiError(400, 'InvalidParameter', 'example.com')
    )
    expect(await t.api('POST', '/security/allowed_request_origins', { body: { origins: [] } })).toMatchObject(
      apiError(400, 'InvalidParameter', 'JSON array')
    )
  })

  test('sync development mode PUT 204 and GET', async () => {
    expect((await t.api('GET', '/sync/config')).body).toEqual({ development_mode_enabled: false })
    expect((await t.api('PUT', '/sync/config', { body: { development_mode_enabled: true } })).status).toBe(
      204
    )
    expect((await t.api('GET', '/sync/config')).body).toEqual({ development_mode_enabled: true })
  })
})
