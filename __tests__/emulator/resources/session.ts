// A scripted session with valid bodies over every resource kind: create, list, get, update, the
// item actions, then deletes. Meant for the contract test (so success replies of resource routes are
// checked against the spec's schemas, not only their error replies); it asserts nothing itself.
import type { ApiResponse, Client } from '../harness.js'
import { createApp } from '../harness.js'

type Send = (method: string, path: string, body?: unknown) => Promise<ApiResponse>

const fnBody = (source: string): object => ({ name: 'hello', private: false, source })
const endpointBody = (disabled: boolean, functionId: string): object => ({
  route: '/hello',
  http_method: 'GET',
  function_id: functionId,
  validation_method: 'NO_VALIDATION',
  respond_result: true,
  disabled,
  return_type: 'JSON'
})
const forwarderBody = (disabled: boolean): object => ({
  name: 'forwarder',
  disabled,
  log_types: ['auth'],
  log_statuses: ['error'],
  policy: { type: 'single' },
  action: { type: 'function', name: 'hello' }
})

async function crud(send: Send, path: string, body: object, update: [string, object]): Promise<string> {
  const id = (await send('POST', path, body)).body?._id as string
  await send('GET', path)
  await send('GET', `${path}/${id}`)
  await send(update[0], `${path}/${id}`, update[1])
  return id
}

async function valuesAndFunctions(send: Send): Promise<string> {
  const fn = await crud(send, '/functions', fnBody('exports = () => 1'), ['PUT', fnBody('exports = () => 2')])
  const secret = (await send('POST', '/secrets', { name: 'token', value: 'not-a-real-secret' })).body?._id
  await send('GET', '/secrets')
  await send('PUT', `/secrets/${secret}`, { name: 'token', value: 'still-not-real' })
  const value = { name: 'greeting', private: false, from_secret: true, value: 'token' }
  await crud(send, '/values', value, ['PUT', { ...value, from_secret: false, value: 'hi' }])
  const envValue = { name: 'baseUrl', values: { none: 'http://localhost' } }
  await crud(send, '/environment_values', envValue, ['PUT', { ...envValue, values: {} }])
  await send('PUT', '/environment', { environment: 'qa' })
  return fn
}

async function dataSource(send: Send): Promise<string> {
  const atlas = { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'Cluster0' } }
  const svc = await crud(send, '/services', atlas, ['PATCH', { name: 'mongodb-atlas' }])
  await send('GET', `/services/${svc}/config`)
  await send('PATCH', `/services/${svc}/config`, {
    flexible_sync: { state: 'enabled', database_name: 'todo' }
  })
  await send('GET', `/service/${svc}/config`)
  const rule = { database: 'todo', collection: 'Item', roles: [{ name: 'owner', read: true, write: true }] }
  await crud(send, `/services/${svc}/rules`, rule, ['PUT', { ...rule, roles: [] }])
  const defaultRule = (await send('POST', `/services/${svc}/default_rule`, { roles: [], filters: [] })).body
  await send('GET', `/services/${svc}/default_rule`)
  await send('PUT', `/services/${svc}/default_rule`, defaultRule)
  const metadata = { data_source: 'mongodb-atlas', database: 'todo', collection: 'Item' }
  const schema = { metadata, schema: { title: 'Item', bsonType: 'object' } }
  await crud(send, '/schemas', schema, ['PUT', { ...schema, schema: { title: 'Item2', bsonType: 'object' } }])
  return svc
}

async function thirdParty(send: Send): Promise<void> {
  const http = (await send('POST', '/services', { name: 'http', type: 'http', config: {} })).body?._id
  const webhook = { name: 'find', function_source: 'exports = () => 1', respond_result: true }
  await crud(send, `/services/${http}/incoming_webhooks`, webhook, ['PUT', webhook])
  await send('POST', `/services/${http}/rules`, { name: 'access', actions: ['get'], when: {} })
}

async function triggersAndAuth(send: Send, fn: string, svc: string): Promise<void> {
  const config = { service_id: svc, database: 'todo', collection: 'Item', operation_types: ['INSERT'] }
  const trigger = {
    name: 'onInsert',
    type: 'DATABASE',
    config,
    event_processors: { FUNCTION: { config: { function_id: fn } } }
  }
  const id = await crud(send, '/triggers', trigger, ['PUT', { ...trigger, disabled: true }])
  await send('PUT', `/triggers/${id}/resume`, { disable_token: false })
  await send('POST', '/triggers', {
    name: 'nightly',
    type: 'SCHEDULED',
    config: { schedule: '0 3 * * *' },
    function_id: fn
  })
  const authConfig = { operation_type: 'CREATE', providers: ['anon-user'] }
  await send('POST', '/triggers', {
    name: 'onSignup',
    type: 'AUTHENTICATION',
    config: authConfig,
    function_id: fn
  })
  const provider = await crud(send, '/auth_providers', { name: 'anon-user', type: 'anon-user' }, [
    'PATCH',
    { name: 'anon-user', type: 'anon-user', disabled: true }
  ])
  await send('PUT', `/auth_providers/${provider}/enable`)
  await send('PUT', `/auth_providers/${provider}/disable`)
  const cud = {
    enabled: true,
    mongo_service_id: svc,
    database_name: 'todo',
    collection_name: 'users',
    user_id_field: 'uid'
  }
  await send('PATCH', '/custom_user_data', cud)
  await send('GET', '/custom_user_data')
}

async function endpointsAndMore(send: Send, fn: string): Promise<void> {
  await crud(send, '/endpoints', endpointBody(false, fn), ['PUT', endpointBody(true, fn)])
  const dataApi = {
    disabled: false,
    versions: ['v1'],
    return_type: 'JSON',
    validation_method: 'NO_VALIDATION'
  }
  await send('POST', '/data_api/config', dataApi)
  await send('PATCH', '/data_api/config', { ...dataApi, disabled: true })
  for (const path of [
    '/data_api/config',
    '/data_api/versions',
    '/graphql/config',
    '/validation_settings/graphql'
  ])
    await send('GET', path)
  await send('PUT', '/graphql/config', {
    use_natural_pluralization: true,
    disable_schema_introspection: false
  })
  const validation = {
    read_validation_action: 'ERROR',
    read_validation_level: 'OFF',
    write_validation_action: 'ERROR',
    write_validation_level: 'OFF'
  }
  await send('PUT', '/validation_settings/graphql', validation)
  await send('PUT', '/validation_settings/null_type_schema_validation', { enabled: true })
  const resolver = { on_type: 'Query', field_name: 'hello', function_id: fn }
  await crud(send, '/graphql/custom_resolvers', resolver, ['PUT', resolver])
  const forwarder = await crud(send, '/log_forwarders', forwarderBody(false), ['PATCH', forwarderBody(true)])
  await send('PUT', `/log_forwarders/${forwarder}/enable`)
  await send('POST', '/security/allowed_request_origins', ['https://example.com'])
  await send('GET', '/security/allowed_request_origins')
  await send('PATCH', '/hosting/config', { enabled: true })
  for (const path of ['/hosting/config', '/hosting/assets?recursive=true', '/dependencies', '/pull'])
    await send('GET', path)
}

async function deleteEverything(send: Send): Promise<void> {
  const order = [
    '/log_forwarders',
    '/graphql/custom_resolvers',
    '/endpoints',
    '/triggers',
    '/auth_providers',
    '/schemas',
    '/values',
    '/environment_values'
  ]
  await send('PATCH', '/custom_user_data', { enabled: false })
  for (const path of order) {
    const list = (await send('GET', path)).body
    for (const doc of Array.isArray(list) ? list : []) await send('DELETE', `${path}/${doc._id}`)
  }
  for (const doc of (await send('GET', '/services')).body ?? []) await send('DELETE', `/services/${doc._id}`)
  for (const doc of (await send('GET', '/functions')).body ?? [])
    await send('DELETE', `/functions/${doc._id}`)
  for (const doc of (await send('GET', '/secrets')).body ?? []) await send('DELETE', `/secrets/${doc._id}`)
}

/** Runs the session in a new app of `groupId`. */
export async function resourceSession(client: Client, groupId: string): Promise<void> {
  const app = await createApp(client, 'resourcesession', groupId)
  const send: Send = (method, path, body) =>
    client.request(method, `/groups/${groupId}/apps/${app._id}${path}`, body === undefined ? {} : { body })
  const fn = await valuesAndFunctions(send)
  const svc = await dataSource(send)
  await thirdParty(send)
  await triggersAndAuth(send, fn, svc)
  await endpointsAndMore(send, fn)
  await deleteEverything(send)
}
