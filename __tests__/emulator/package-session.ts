// The admin session the package contract test runs: what a tool other than realm-deploy does with
// `atlas-app-services-admin-api` against the emulator, one phase per area, every call expected to be
// accepted (2xx). Ids land in `s.ids` under the package's parameter names for later calls.
import type { PackageSession, Response } from './package-client.js'

export type Step = (
  operationId: string,
  args?: Record<string, unknown>,
  options?: Record<string, unknown>
) => Promise<Response>

export interface SessionRun {
  readonly s: PackageSession
  /** A call that must be accepted; a refusal is collected, not thrown, so one run shows them all. */
  readonly ok: Step
  /** An accepted call of an operation the package lacks (through its transport). */
  readonly okRaw: (
    label: string,
    method: string,
    path: string,
    body?: unknown,
    options?: Record<string, unknown>
  ) => Promise<Response>
  readonly refused: string[]
}

export function sessionRun(s: PackageSession): SessionRun {
  const refused: string[] = []
  const ok: Step = async (operationId, args, options) => {
    const res = await s.call(operationId, args, options)
    if (res.status < 200 || res.status >= 300)
      refused.push(`${operationId} -> ${res.status} ${JSON.stringify(res.data)}`)
    return res
  }
  const okRaw: SessionRun['okRaw'] = async (label, method, path, body, options) => {
    const res = await s.raw(method, `/groups/${s.ids.groupId}/apps/${s.ids.appId}${path}`, body, options)
    if (res.status < 200 || res.status >= 300)
      refused.push(`${label} -> ${res.status} ${JSON.stringify(res.data)}`)
    return res
  }
  return { s, ok, okRaw, refused }
}

const idOf = (res: Response): string => String(res.data?._id ?? '')

/** A JSON body for an operation whose spec (so the package) has no body parameter (PACKAGE_ERRATA). */
export const bodyOption = (body: unknown): Record<string, unknown> => ({
  data: JSON.stringify(body),
  headers: { 'Content-Type': 'application/json' }
})

export async function loginPhase(r: SessionRun, publicKey: string, privateKey: string): Promise<string> {
  await r.ok('getAdminAuthProviders')
  const login = await r.ok('adminLogin', {
    provider: 'mongodb-cloud',
    body: { username: publicKey, apiKey: privateKey }
  })
  r.s.setToken(login.data.refresh_token)
  const session = await r.ok('adminCreateSession')
  r.s.setToken(session.data.access_token)
  await r.ok('getAdminProfile')
  await r.ok('adminListAppRegions')
  return login.data.refresh_token
}

export async function appPhase(r: SessionRun): Promise<void> {
  const data_source = { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'Cluster0' } }
  r.s.ids.appId = idOf(await r.ok('adminCreateApplication', { body: { name: 'pkgsession', data_source } }))
  await r.ok('adminListApplications')
  await r.ok('adminGetApplication')
  await r.ok('adminSetEnvironment', { body: { environment: 'development' } })
}

export async function functionPhase(r: SessionRun): Promise<void> {
  const source = 'exports = (a, b) => ({ sum: a + b, greeting: context.values.get("greeting") })'
  r.s.ids.functionId = idOf(
    await r.ok('adminCreateFunction', { body: { name: 'sum', private: false, source } })
  )
  await r.ok('adminListFunctions')
  await r.ok('adminGetFunction')
  await r.ok('adminUpdateFunction', {}, bodyOption({ name: 'sum', private: false, source }))
  r.s.ids.secretId = idOf(
    await r.ok('adminCreateASecret', { body: { name: 'token', value: 'not-a-real-secret' } })
  )
  await r.ok('adminGetAllSecrets')
  await r.ok('adminModifyASecret', {
    body: { _id: r.s.ids.secretId, name: 'token', value: 'still-not-real' }
  })
  const value = { name: 'greeting', private: false, from_secret: false, value: 'hello' }
  r.s.ids.valueId = idOf(await r.ok('adminCreateValue', { body: value }))
  await r.ok('adminListValues')
  await r.ok('adminGetValue')
  await r.ok('adminUpdateValue', {}, bodyOption({ ...value, value: 'hi' }))
  const env = { name: 'baseUrl', values: { none: 'http://localhost', development: 'http://dev' } }
  r.s.ids.environmentValueId = idOf(await r.ok('adminCreateEnvironmentValue', { body: env }))
  await r.ok('adminListEnvironmentValues')
  await r.ok('adminGetEnvironmentValue')
  await r.ok('adminModifyEnvironmentValue', { body: env })
}

export async function dataSourcePhase(r: SessionRun): Promise<void> {
  const services = await r.ok('adminListServices')
  const serviceId = String(services.data?.[0]?._id)
  Object.assign(r.s.ids, { serviceId, datasourceId: serviceId })
  await r.ok('adminGetService')
  await r.ok('adminUpdateService', {}, bodyOption({ name: 'mongodb-atlas' }))
  await r.ok('adminGetServiceConfig')
  const sync = { flexible_sync: { state: 'enabled', database_name: 'todo' } }
  await r.ok('adminUpdateServiceConfig', {}, bodyOption(sync))
  await r.ok('adminGetFlexSync')
  const rule = { database: 'todo', collection: 'Item', roles: [{ name: 'owner', read: true, write: true }] }
  r.s.ids.ruleId = idOf(await r.ok('adminCreateRule', { body: rule }))
  await r.ok('adminListRules')
  await r.ok('adminGetRule')
  await r.ok('adminUpdateRule', { body: { ...rule, _id: r.s.ids.ruleId } })
  const defaultRule = await r.ok('adminCreateDefaultRule', { body: { roles: [], filters: [] } })
  await r.ok('adminGetDefaultRule')
  await r.ok('adminUpdateDefaultRule', { body: defaultRule.data })
  const schema = {
    metadata: { data_source: 'mongodb-atlas', database: 'todo', collection: 'Item' },
    schema: { title: 'Item', bsonType: 'object' }
  }
  r.s.ids.schemaId = idOf(await r.ok('adminCreateSchema', { body: schema }))
  await r.ok('adminListSchemas')
  await r.ok('adminGetSchema')
  await r.ok('adminUpdateSchema', { body: schema })
  await r.ok('adminGetNullTypeSchemaValidationSetting')
  await r.ok('adminSetNullTypeSchemaValidationSetting', { body: { enabled: true } })
  await r.okRaw('adminLinkMultiDataSources', 'POST', '/multi_data_sources', [
    { name: 'analytics', type: 'mongodb-atlas', config: { clusterName: 'Cluster1' } }
  ])
}
