// The closing phases of the package contract session: drafts and deployments, function execution,
// event subscriptions, whole-configuration transfer (pull, push, export), deployment migration, the
// deliberately not emulated operations, and the deletes that end the session.
import type { SessionRun } from './package-session.js'

const idOf = (data: unknown): string => String((data as { _id?: unknown } | undefined)?._id ?? '')
/** A list reply's documents; an error reply (already counted as refused) gives none. */
const listOf = <T>(data: unknown): T[] => (Array.isArray(data) ? (data as T[]) : [])

export async function deployPhase(r: SessionRun): Promise<void> {
  r.s.ids.draftId = idOf((await r.ok('adminCreateDeploymentDraft')).data)
  await r.ok('adminListDeploymentDrafts')
  await r.ok('adminCreateValue', { body: { name: 'inDraft', private: false, value: 1 } })
  await r.ok('adminDeployDraftDiff')
  r.s.ids.deploymentId = idOf((await r.ok('adminDeployDraft', { body: { name: 'v1' } })).data)
  await r.ok('adminGetDeployment')
  await r.ok('adminListDeployments')
  await r.ok('adminRedeployDeployment', {}, { method: 'POST' })
  const discarded = idOf((await r.ok('adminCreateDeploymentDraft')).data)
  await r.ok('adminDiscardDraft', { draftId: discarded })
  await r.ok('adminGetDeploymentConfig')
  const automatic = { enabled: false, provider: 'github', installation_ids: [] }
  await r.ok('adminConfigureDeployment', {
    body: { ui_drafts_disabled: false, automatic_deployment: automatic }
  })
  await r.ok('adminGetLogs', { limit: 10 })
}

export async function executePhase(r: SessionRun): Promise<{ result: unknown; sourceResult: unknown }> {
  const run = await r.ok('adminExecuteFunction', {
    userId: undefined,
    runAsSystem: true,
    body: { name: 'sum', arguments: [2, 3] }
  })
  const source = 'exports = () => ({ env: context.environment.tag, user: context.user.type })'
  const fromSource = await r.ok('adminExecuteFunctionSource', {
    userId: 'u1',
    runAsSystem: false,
    body: { source }
  })
  await r.ok('adminListEventSubscriptions')
  r.s.ids.eventSubscriptionId = r.s.ids.triggerId
  await r.ok('adminGetEventSubscription')
  return { result: run.data?.result, sourceResult: fromSource.data?.result }
}

export async function transferPhase(r: SessionRun): Promise<{ zipBytes: number; exportBytes: number }> {
  const pulled = await r.okRaw('adminPullAppConfiguration', 'GET', '/pull', undefined, {
    headers: { Accept: 'application/json' }
  })
  const zip = await r.okRaw('adminPullAppConfiguration', 'GET', '/pull', undefined, {
    headers: { Accept: 'application/zip' },
    responseType: 'arraybuffer'
  })
  await r.okRaw('adminPushAppConfiguration', 'PATCH', '/push', pulled.data)
  const exported = await r.ok(
    'adminExportApplication',
    { version: '20210101', sourceControl: true },
    { responseType: 'arraybuffer' }
  )
  await r.ok('adminCreateDeploymentMigration', {
    body: { deployment_model: 'GLOBAL', provider_region: 'aws-us-east-1' }
  })
  await r.ok('adminGetDeploymentMigration')
  return { zipBytes: Buffer.from(zip.data).length, exportBytes: Buffer.from(exported.data).length }
}

/** Deletes what the session made, dependants first. */
export async function cleanupPhase(r: SessionRun): Promise<void> {
  const lists: Array<[string, string, string]> = [
    ['listLogForwarders', 'deleteGwarder', 'forwarderId'],
    ['adminGetAllCustomResolvers', 'adminDeleteCustomResolver', 'customResolverId'],
    ['adminGetAllEndpoints', 'adminDeleteEndpoint', 'endpointId'],
    ['adminListTriggers', 'adminDeleteTrigger', 'triggerId'],
    ['adminListSchemas', 'adminDeleteSchema', 'schemaId'],
    ['adminListValues', 'adminDeleteValue', 'valueId'],
    ['adminListEnvironmentValues', 'adminDeleteEnvironmentValue', 'environmentValueId'],
    ['adminGetPrivateEndpoints', 'adminDeletePrivateEndpoint', 'privateEndpointId'],
    ['adminListApiKeys', 'adminDeleteApiKey', 'apiKeyId']
  ]
  await r.ok('adminSetCustomUserDataConfig', { body: { enabled: false } })
  for (const [list, remove, param] of lists) {
    const docs = listOf<{ _id: string }>((await r.ok(list)).data)
    for (const doc of docs) await r.ok(remove, { [param]: doc._id })
  }
  await r.ok('allowedIPAccessListDelete')
  // A push gave every resource a new id: find the data source and its rule again.
  const atlas = listOf<{ _id: string; name: string }>((await r.ok('adminListServices')).data).find(
    svc => svc.name === 'mongodb-atlas'
  )
  r.s.ids.serviceId = atlas?._id ?? ''
  await r.ok('adminDeleteDefaultRule')
  await r.ok('adminDeleteRule', { ruleId: idOf(listOf((await r.ok('adminListRules')).data)[0]) })
  const providers = listOf<{ _id: string; type: string }>((await r.ok('adminListAuthProviders')).data)
  for (const p of providers.filter(p => p.type === 'anon-user'))
    await r.ok('adminDeleteAuthProvider', { providerId: p._id })
  const services = listOf<{ _id: string }>((await r.ok('adminListServices')).data)
  for (const svc of services) await r.ok('adminDeleteService', { serviceId: svc._id })
  const functions = listOf<{ _id: string }>((await r.ok('adminListFunctions')).data)
  for (const fn of functions) await r.ok('adminDeleteFunction', { functionId: fn._id })
  await r.ok('adminDeleteSecret')
}

/** The last two calls: the app, then the session (with the refresh token). */
export async function endPhase(r: SessionRun, refreshToken: string): Promise<void> {
  await r.ok('adminDeleteApplication')
  r.s.setToken(refreshToken)
  await r.ok('adminDeleteSession')
}
