// The later phases of the package contract session (package-session.ts): triggers and event
// subscriptions, auth and API keys, endpoints and GraphQL, security, hosting, deployment, function
// execution, whole-configuration transfer, and the cleanup that ends the session.
import type { SessionRun } from './package-session.js'

const idOf = (data: unknown): string => String((data as { _id?: unknown } | undefined)?._id ?? '')

export async function triggerPhase(r: SessionRun): Promise<void> {
  const config = {
    service_id: r.s.ids.serviceId,
    database: 'todo',
    collection: 'Item',
    operation_types: ['INSERT']
  }
  const trigger = {
    name: 'onInsert',
    type: 'DATABASE',
    config,
    event_processors: { FUNCTION: { config: { function_id: r.s.ids.functionId } } }
  }
  r.s.ids.triggerId = idOf((await r.ok('adminCreateTrigger', { body: trigger })).data)
  await r.ok('adminListTriggers')
  await r.ok('adminGetTrigger')
  await r.ok('adminUpdateTrigger', { body: { ...trigger, disabled: false } })
  await r.ok('adminResumeTrigger', { body: { disable_token: false } })
}

export async function authPhase(r: SessionRun): Promise<void> {
  const providers = (await r.ok('adminListAuthProviders')).data as Array<{ _id: string; type: string }>
  r.s.ids.providerId = providers.find(p => p.type === 'api-key')?._id ?? ''
  await r.ok('adminGetAuthProvider')
  await r.ok('adminEnableAuthProvider')
  const anon = await r.ok('adminCreateAuthProvider', { body: { name: 'anon-user', type: 'anon-user' } })
  await r.ok('adminUpdateAuthProvider', {
    providerId: idOf(anon.data),
    body: { name: 'anon-user', type: 'anon-user', disabled: false }
  })
  await r.ok('adminDisableAuthProvider', { providerId: idOf(anon.data) })
  r.s.ids.apiKeyId = idOf((await r.ok('adminCreateApiKey', { body: { name: 'server' } })).data)
  await r.ok('adminListApiKeys')
  await r.ok('adminGetApiKey')
  await r.ok('adminDisableApiKey')
  await r.ok('adminEnableApiKey')
  const cud = {
    enabled: true,
    mongo_service_id: r.s.ids.serviceId,
    database_name: 'todo',
    collection_name: 'users',
    user_id_field: 'uid'
  }
  await r.ok('adminSetCustomUserDataConfig', { body: cud })
  await r.ok('adminGetCustomUserDataConfig')
}

export async function endpointPhase(r: SessionRun): Promise<void> {
  const fn = r.s.ids.functionId
  const endpoint = {
    route: '/sum',
    http_method: 'GET',
    function_id: fn,
    validation_method: 'NO_VALIDATION',
    respond_result: true,
    disabled: false,
    return_type: 'JSON'
  }
  r.s.ids.endpointId = idOf((await r.ok('adminCreateEndpoint', { body: endpoint })).data)
  await r.ok('adminGetAllEndpoints')
  await r.ok('adminGetEndpoint')
  await r.ok('adminModifyEndpoint', { body: { ...endpoint, disabled: true } })
  const dataApi = {
    disabled: false,
    versions: ['v1'],
    return_type: 'JSON',
    validation_method: 'NO_VALIDATION'
  }
  await r.ok('adminCreateDataApiConfig', { body: dataApi })
  await r.ok('adminGetDataApiConfig')
  await r.ok('adminModifyDataApiConfig', { body: { ...dataApi, disabled: true } })
  await r.ok('adminGetDataApiVersions')
  await r.ok('adminGetGraphQLConfig')
  await r.ok('adminUpdateGraphQLConfig', {
    body: { use_natural_pluralization: true, disable_schema_introspection: false }
  })
  await r.ok('adminGetGraphQLValidationSettings')
  const levels = {
    read_validation_action: 'ERROR',
    read_validation_level: 'OFF',
    write_validation_action: 'ERROR',
    write_validation_level: 'OFF'
  }
  await r.ok('adminSetGraphQLValidationSettings', { body: levels })
  const resolver = { on_type: 'Query', field_name: 'sum', function_id: fn }
  r.s.ids.customResolverId = idOf((await r.ok('adminCreateCustomResolver', { body: resolver })).data)
  await r.ok('adminGetAllCustomResolvers')
  await r.ok('adminGetCustomResolver')
  await r.ok('adminModifyCustomResolver', { body: resolver })
  const forwarder = {
    name: 'errors',
    disabled: false,
    log_types: ['auth'],
    log_statuses: ['error'],
    policy: { type: 'single' },
    action: { type: 'function', name: 'sum' }
  }
  r.s.ids.forwarderId = idOf((await r.ok('createLogForwarder', { body: forwarder })).data)
  await r.ok('listLogForwarders')
  await r.ok('getLogForwarder')
  await r.ok('updateLogForwarder', { body: { ...forwarder, disabled: true } })
  await r.ok('enableLogForwarder')
  await r.ok('disableLogForwarder')
}

export async function webhookPhase(r: SessionRun): Promise<void> {
  const http = idOf(
    (await r.ok('adminCreateService', { body: { name: 'http', type: 'http', config: {} } })).data
  )
  const webhook = { name: 'find', function_source: 'exports = () => 1', respond_result: true }
  const created = await r.ok('adminCreateWebhook', { serviceId: http, body: webhook })
  const hook = { serviceId: http, incomingWebhookId: idOf(created.data) }
  await r.ok('adminListWebhooks', { serviceId: http })
  await r.ok('adminGetWebhook', hook)
  await r.ok('adminUpdateWebhook', { ...hook, body: { ...webhook, respond_result: false } })
  await r.ok('adminDeleteWebhook', hook)
}

export async function securityPhase(r: SessionRun): Promise<void> {
  await r.ok('adminSetAllowedRequestOrigins', { body: ['https://example.com'] })
  await r.ok('adminListAllowedRequestOrigins')
  r.s.ids.ipId = idOf(
    (await r.ok('allowedIPAccessListCreate', { body: { address: '203.0.113.7', comment: 'office' } })).data
  )
  await r.ok('allowedIPAccessListUpdate', { body: { address: '203.0.113.0/24', comment: 'office net' } })
  await r.ok('allowedIPAccessListGet')
  const endpoint = {
    cloud_provider_region: 'aws-us-east-1',
    cloud_provider_endpoint_id: 'vpce-12345678',
    endpoint_type: 'general'
  }
  r.s.ids.privateEndpointId = idOf((await r.ok('adminCreatePrivateEndpoint', { body: endpoint })).data)
  await r.ok('adminGetPrivateEndpoints')
  await r.ok('adminGetPrivateEndpoint')
  await r.ok('adminUpdatePrivateEndpoint', { body: { ...endpoint, comment: 'vpc' } })
  await r.ok('adminListPrivateEndpointServices')
  await r.okRaw('allowNonVpcClientRequests', 'POST', '/security/allow_non_vpc_client_requests', {
    allow_non_vpc_client_requests: true
  })
  await r.ok('adminSetRefreshTokenExpiration', { body: { expiration_time_seconds: 86400 } })
  await r.ok('adminGetRefreshTokenExpiration')
}

/** realm-cli's wire format of an asset upload (admin-api-notes §4.8). */
function multipartUpload(path: string, text: string): { body: string; contentType: string } {
  const boundary = 'pkgsessionboundary'
  const meta = JSON.stringify({
    path,
    size: Buffer.byteLength(text),
    attrs: [{ name: 'Content-Type', value: 'text/html' }]
  })
  const part = (name: string, content: string): string =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${content}\r\n`
  return {
    body: `${part('meta', meta)}${part('file', text)}--${boundary}--\r\n`,
    contentType: `multipart/mixed; boundary=${boundary}`
  }
}

export async function hostingPhase(r: SessionRun): Promise<void> {
  await r.ok('adminEnableDisableHosting', { body: { enabled: true } })
  await r.ok('adminGetHostingConfig')
  const upload = multipartUpload('/index.html', '<h1>hello</h1>')
  await r.ok(
    'adminUploadHostedAsset',
    { path: '/index.html', body: upload.body },
    { headers: { 'Content-Type': upload.contentType } }
  )
  await r.ok('adminGetAllHostedAssets')
  await r.ok('adminGetHostedAsset', { path: '/index.html' })
  await r.ok('adminUpdateHostedAsset', {
    path: '/index.html',
    body: { attributes: [{ name: 'Cache-Control', value: 'no-cache' }] }
  })
  await r.ok('adminMoveCopyHostedAsset', { body: { copy_from: '/index.html', copy_to: '/copy.html' } })
  await r.ok('adminGetAllDependencies')
}
