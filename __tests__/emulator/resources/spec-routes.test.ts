// The routes that complete the spec (1/2): function execution, network security, app API keys.
import { apiError, createFunction, startAppUnderTest, type AppUnderTest } from './setup.js'

let t: AppUnderTest
beforeAll(async () => {
  t = await startAppUnderTest('specroutes')
})
afterAll(() => t.stop())

describe('debug/execute_function', () => {
  test('runs the deployed function with JSON arguments and answers {result, logs, stats}', async () => {
    await t.api('POST', '/values', { body: { name: 'greeting', private: false, value: 'hi' } })
    await createFunction(
      t,
      'greet',
      'exports = (who) => { console.log("greeting", who); return `${context.values.get("greeting")} ${who}` }'
    )
    const res = await t.api('POST', '/debug/execute_function?run_as_system=true', {
      body: { name: 'greet', arguments: ['ada'] }
    })
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      result: 'hi ada',
      logs: ['greeting ada'],
      stats: { execution_time: expect.stringMatching(/^\d+ms$/) }
    })
  })

  test('exactly one of user_id or run_as_system=true; unknown function 404; service functions 501', async () => {
    const body = { body: { name: 'greet', arguments: [] } }
    expect(await t.api('POST', '/debug/execute_function', body)).toMatchObject(
      apiError(400, 'InvalidParameter', 'user_id')
    )
    expect(await t.api('POST', '/debug/execute_function?user_id=u1&run_as_system=true', body)).toMatchObject(
      apiError(400, 'InvalidParameter', 'cannot both')
    )
    expect((await t.api('POST', '/debug/execute_function?user_id=u1&run_as_system=false', body)).status).toBe(
      200
    )
    expect(
      await t.api('POST', '/debug/execute_function?run_as_system=true', { body: { name: 'nope' } })
    ).toMatchObject(apiError(404, 'FunctionNotFound'))
    expect(
      await t.api('POST', '/debug/execute_function?run_as_system=true', {
        body: { name: 'greet', service: 'http' }
      })
    ).toMatchObject(apiError(501, 'NotEmulated', 'service'))
  })

  test('a function in a draft is not run until deployed (the service runs deployed code)', async () => {
    await t.api('POST', '/drafts')
    await createFunction(t, 'drafted', 'exports = () => 1')
    expect(
      await t.api('POST', '/debug/execute_function?run_as_system=true', { body: { name: 'drafted' } })
    ).toMatchObject(apiError(404, 'FunctionNotFound'))
    const draft = (await t.api('GET', '/drafts')).body[0]
    await t.api('POST', `/drafts/${draft._id}/deployment`, { body: { name: 'with drafted' } })
    const res = await t.api('POST', '/debug/execute_function?run_as_system=true', {
      body: { name: 'drafted' }
    })
    expect(res.body.result).toEqual({ $numberInt: '1' })
  })

  test('execute_function_source runs a source as the given user; errors come back in `error`', async () => {
    const ok = await t.api('POST', '/debug/execute_function_source?user_id=u42', {
      body: { source: 'exports = () => context.user.id' }
    })
    expect(ok.body.result).toBe('u42')
    const failed = await t.api('POST', '/debug/execute_function_source?run_as_system=true', {
      body: { source: 'exports = () => context.services.get("mongodb-atlas")' }
    })
    expect(failed.status).toBe(200)
    expect(failed.body.error).toEqual({
      name: 'Error',
      message: expect.stringContaining('context.services is not emulated')
    })
    expect(
      await t.api('POST', '/debug/execute_function_source?run_as_system=true', {
        body: { source: 'exports = () => 1', eval_source: '{"%%user.id": "x"}' }
      })
    ).toMatchObject(apiError(501, 'NotEmulated', 'eval_source'))
  })
})

test('at most 4 functions run at once; more are refused with 429 and can be retried', async () => {
  const source =
    'exports = () => { const end = Date.now() + 1500; while (Date.now() < end) {} return "done" }'
  const send = () => t.api('POST', '/debug/execute_function_source?run_as_system=true', { body: { source } })
  const replies = await Promise.all(Array.from({ length: 6 }, send))
  const statuses = replies.map(r => r.status).sort()
  expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
  expect(replies.find(r => r.status === 429)).toMatchObject(apiError(429, 'TooManyRequests', 'retry'))
  expect((await send()).body.result).toBe('done')
})

describe('security', () => {
  test('IP access list: create, update (201 with the entry), list as {current_ip, allowed_ips}, delete', async () => {
    const created = await t.api('POST', '/security/access_list', {
      body: { address: '192.0.2.1', comment: 'ci' }
    })
    expect(created).toMatchObject({
      status: 201,
      body: { address: '192.0.2.1', ip: '192.0.2.1', comment: 'ci' }
    })
    const id = created.body._id
    expect(await t.api('POST', '/security/access_list', { body: { address: '192.0.2.1' } })).toMatchObject(
      apiError(409, 'DuplicateName')
    )
    expect(await t.api('POST', '/security/access_list', { body: { address: '300.1.1.1' } })).toMatchObject(
      apiError(400, 'InvalidParameter')
    )
    expect(await t.api('POST', '/security/access_list', { body: { address: '10.0.0.0/33' } })).toMatchObject(
      apiError(400, 'InvalidParameter')
    )
    const updated = await t.api('PATCH', `/security/access_list/${id}`, {
      body: { address: '2001:db8::/32' }
    })
    expect(updated).toMatchObject({
      status: 201,
      body: { _id: id, address: '2001:db8::/32', network: '2001:db8::/32', comment: 'ci' }
    })
    expect(updated.body.ip).toBeUndefined()
    const list = await t.api('GET', '/security/access_list')
    expect(list.body).toEqual({ current_ip: '127.0.0.1', allowed_ips: [updated.body] })
    expect((await t.api('DELETE', `/security/access_list/${id}`)).status).toBe(204)
    expect(await t.api('DELETE', `/security/access_list/${id}`)).toMatchObject(
      apiError(404, 'AccessListEntryNotFound')
    )
  })

  test('refresh token expiration: default 60 days, bounded, stored', async () => {
    expect((await t.api('GET', '/security/refresh_token_expiration')).body).toEqual({
      expiration_time_seconds: 5184000
    })
    for (const bad of [1799, 15552001, 3600.5, '3600'])
      expect(
        await t.api('PUT', '/security/refresh_token_expiration', { body: { expiration_time_seconds: bad } })
      ).toMatchObject(apiError(400, 'InvalidParameter'))
    expect(
      (await t.api('PUT', '/security/refresh_token_expiration', { body: { expiration_time_seconds: 1800 } }))
        .status
    ).toBe(204)
    expect((await t.api('GET', '/security/refresh_token_expiration')).body).toEqual({
      expiration_time_seconds: 1800
    })
  })

  test('private endpoints: CRUD with a known region; service infos in the app region', async () => {
    const body = {
      cloud_provider_region: 'aws-us-east-1',
      cloud_provider_endpoint_id: 'vpce-1',
      endpoint_type: 'sync'
    }
    const created = await t.api('POST', '/security/private_endpoints', { body })
    expect(created).toMatchObject({ status: 201, body })
    expect(
      await t.api('POST', '/security/private_endpoints', {
        body: { ...body, cloud_provider_region: 'mars-1' }
      })
    ).toMatchObject(apiError(400, 'InvalidParameter'))
    const put = await t.api('PUT', `/security/private_endpoints/${created.body._id}`, {
      body: { ...body, comment: 'c' }
    })
    expect(put).toMatchObject({ status: 200, body: { comment: 'c' } })
    const infos = (await t.api('GET', '/security/private_endpoint_service_infos')).body
    expect(infos.map((i: { endpoint_type: string }) => i.endpoint_type)).toEqual(['sync', 'general'])
    expect(
      (
        await t.api('POST', '/security/allow_non_vpc_client_requests', {
          body: { allow_non_vpc_client_requests: 1 }
        })
      ).status
    ).toBe(400)
    expect((await t.api('DELETE', `/security/private_endpoints/${created.body._id}`)).status).toBe(204)
  })
})

describe('app API keys', () => {
  test('need the api-key provider enabled; the key is shown once and never again', async () => {
    const { base } = await t.newApp('keys')
    const api = (method: string, path: string, body?: unknown) =>
      t.alice.request(method, `${base}${path}`, body === undefined ? {} : { body })
    expect(await api('POST', '/api_keys', { name: 'ci' })).toMatchObject(
      apiError(400, 'AuthProviderNotFound')
    )
    const provider = (await api('GET', '/auth_providers')).body.find(
      (p: { type: string }) => p.type === 'api-key'
    )
    await api('PUT', `/auth_providers/${provider._id}/enable`)
    const created = await api('POST', '/api_keys', { name: 'ci' })
    expect(created).toMatchObject({
      status: 201,
      body: { name: 'ci', disabled: false, key: expect.stringMatching(/^[0-9a-f]{64}$/) }
    })
    expect(await api('POST', '/api_keys', { name: 'ci' })).toMatchObject(apiError(409, 'APIKeyAlreadyExists'))
    const id = created.body._id
    await api('PUT', `/api_keys/${id}/disable`)
    expect((await api('GET', `/api_keys/${id}`)).body).toEqual({ _id: id, name: 'ci', disabled: true })
    const listed = JSON.stringify((await api('GET', '/api_keys')).body)
    expect(listed).not.toContain(created.body.key)
    expect(JSON.stringify(t.h.emulator.state)).not.toContain(created.body.key)
    expect((await api('DELETE', `/api_keys/${id}`)).status).toBe(204)
    expect(await api('GET', `/api_keys/${id}`)).toMatchObject(apiError(404, 'APIKeyNotFound'))
  })
})
