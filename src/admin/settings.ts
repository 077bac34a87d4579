// One-per-app (or one-per-service) settings: environment, custom user data, Data API, GraphQL,
// allowed request origins, service config, default rules, sync config, and the whole-app pull.
import { AdminApiError } from '../errors.js'
import { expectArray, expectObject } from './shapes.js'
import type { Query, Transport } from './transport.js'
import type { Doc } from './types.js'

export interface SettingApi {
  /** Undefined when the setting does not exist (404 or no body). */
  get(): Promise<Doc | undefined>
  update(body: Doc): Promise<void>
}

export interface CreatableSettingApi extends SettingApi {
  create(body: Doc): Promise<Doc | undefined>
}

export interface DefaultRuleApi extends CreatableSettingApi {
  delete(): Promise<void>
}

export async function getOptional(
  transport: Transport,
  path: string,
  query?: Query
): Promise<Doc | undefined> {
  try {
    const response = await transport.call({ method: 'GET', path, query })
    if (response.body === undefined || response.body === null) return undefined
    return expectObject(response.body, `GET ${path}`)
  } catch (error) {
    if (error instanceof AdminApiError && error.status === 404) return undefined
    throw error
  }
}

export function createSettingApi(
  transport: Transport,
  path: string,
  updateMethod: 'PUT' | 'PATCH'
): SettingApi {
  return {
    get: () => getOptional(transport, path),
    async update(body) {
      await transport.call({ method: updateMethod, path, json: body })
    }
  }
}

/** A setting created by POST: after an uncertain attempt, it exists if GET finds it. */
export function createCreatableSettingApi(
  transport: Transport,
  path: string,
  updateMethod: 'PUT' | 'PATCH'
): CreatableSettingApi {
  const setting = createSettingApi(transport, path, updateMethod)
  return {
    ...setting,
    async create(body) {
      const response = await transport.call({
        method: 'POST',
        path,
        json: body,
        recover: async () => (await setting.get()) ?? undefined
      })
      return response.body && typeof response.body === 'object' ? (response.body as Doc) : undefined
    }
  }
}

export function createDefaultRuleApi(transport: Transport, servicePath: string): DefaultRuleApi {
  const path = `${servicePath}/default_rule`
  const setting = createCreatableSettingApi(transport, path, 'PUT')
  return {
    ...setting,
    async delete() {
      await transport.call({ method: 'DELETE', path })
    }
  }
}

export interface OriginsApi {
  get(): Promise<string[]>
  /** Replaces the whole list. */
  set(origins: readonly string[]): Promise<void>
}

export function createOriginsApi(transport: Transport, appPath: string): OriginsApi {
  const path = `${appPath}/security/allowed_request_origins`
  return {
    async get() {
      const response = await transport.call({ method: 'GET', path })
      if (response.body === undefined || response.body === null) return []
      return expectArray(response.body, `GET ${path}`).map(String)
    },
    async set(origins) {
      // POST here replaces the list: repeating it is harmless.
      await transport.call({ method: 'POST', path, json: [...origins], idempotent: true })
    }
  }
}

export async function setEnvironment(
  transport: Transport,
  appPath: string,
  environment: string
): Promise<void> {
  await transport.call({ method: 'PUT', path: `${appPath}/environment`, json: { environment } })
}

/** The whole app configuration as JSON (`PushPullAppConfig`). */
export async function pullJson(transport: Transport, appPath: string): Promise<Doc> {
  const path = `${appPath}/pull`
  const response = await transport.call({ method: 'GET', path, accept: 'application/json' })
  return expectObject(response.body, `GET ${path}`)
}

/** The whole app configuration as a zip of the config directory. */
export async function pullZip(transport: Transport, appPath: string): Promise<Buffer> {
  const path = `${appPath}/pull`
  const response = await transport.call({
    method: 'GET',
    path,
    accept: 'application/zip',
    responseType: 'bytes'
  })
  return response.body as Buffer
}
