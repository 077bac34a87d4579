// Test helper: the independent client `atlas-app-services-admin-api` (OpenAPI-generated, CommonJS,
// axios-based) pointed at an emulator. Every operation is called by its operationId through the
// package's own method, whose arguments are filled by name (ids, per-call query values, the body), and
// every request goes through one transport that records the exchange for the contract checker. The
// workarounds for the package's and the spec's errata are in PACKAGE_ERRATA, each applied here only.
import adminApi from 'atlas-app-services-admin-api'
import type { Exchange } from './harness.js'
import { API_PREFIX } from '../../src/emulator/server.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any

export interface Erratum {
  readonly operations: string
  readonly problem: string
  readonly workaround: string
}

/** Every place the test deviates from calling the package plainly, and why. */
export const PACKAGE_ERRATA: readonly Erratum[] = [
  {
    operations:
      'adminLinkMultiDataSources, adminPullAppConfiguration, adminPushAppConfiguration, allowNonVpcClientRequests',
    problem:
      'The package (1.5.6) was generated from an older spec and has no method for these four operations.',
    workaround: "Sent through the package's own axios transport and configuration."
  },
  {
    operations: 'adminRedeployDeployment',
    problem: 'The package sends GET; the spec says POST.',
    workaround: 'The call passes `method: "POST"` in the request options.'
  },
  {
    operations: 'adminGetHostedAsset, adminUploadHostedAsset, adminUpdateHostedAsset, adminListUsers',
    problem:
      'The package has no groupId/appId parameters for these paths and sends `{groupId}`/`{appId}` literally.',
    workaround: "The transport fills the two placeholders with the session's ids."
  },
  {
    operations: 'adminUploadHostedAsset',
    problem:
      'The spec labels the body application/json; the service takes multipart/mixed with "meta" and "file" parts (admin-api-notes §4.8).',
    workaround:
      'The call passes a ready multipart body as a string with its Content-Type, which the package sends unchanged.'
  },
  {
    operations: 'adminUpdateFunction, adminUpdateValue, adminUpdateService, adminUpdateServiceConfig',
    problem:
      'The spec documents no request body for the first three (which replace or patch a resource), and the package has no body parameter for any of the four.',
    workaround: 'The body goes in the request options (`data`).'
  }
]

const packageApis = adminApi as Any

export interface PackageSession {
  readonly exchanges: Exchange[]
  /** Ids and other path values by the package's parameter names (groupId, appId, functionId, ...). */
  readonly ids: Record<string, string>
  setToken(token: string): void
  /** Calls an operation; `args` override parameters by name (query values, the body as `body`). */
  call(
    operationId: string,
    args?: Record<string, unknown>,
    options?: Record<string, unknown>
  ): Promise<Response>
  /** An operation the package lacks, through its transport. */
  raw(method: string, path: string, body?: unknown, options?: Record<string, unknown>): Promise<Response>
}

export interface Response {
  readonly status: number
  readonly data: Any
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The package's methods by operationId, with their parameter names. */
function operationIndex(configuration: Any, transport: Any): Map<string, { api: Any; params: string[] }> {
  const index = new Map<string, { api: Any; params: string[] }>()
  for (const [name, value] of Object.entries<Any>(packageApis)) {
    if (!/Api$/.test(name) || typeof value !== 'function' || name === 'BaseAPI') continue
    const api = new value(configuration, undefined, transport)
    for (const method of Object.getOwnPropertyNames(value.prototype)) {
      if (method === 'constructor') continue
      const source = String(value.prototype[method])
      const params = source
        .slice(source.indexOf('(') + 1, source.indexOf(')'))
        .split(',')
        .map(p => p.trim())
      index.set(method, { api, params })
    }
  }
  return index
}

function record(
  exchanges: Exchange[],
  base: string,
  config: Any,
  status: number,
  data: Any,
  headers: Any
): void {
  const url = new URL(String(config.url))
  const contentType = String(headers?.['content-type'] ?? '')
  const sentType = String(config.headers?.['Content-Type'] ?? config.headers?.['content-type'] ?? '')
  exchanges.push({
    method: String(config.method).toUpperCase(),
    path: `${url.pathname.slice(base.length)}${url.search}`,
    status,
    contentType,
    body: contentType.includes('json') ? data : data === '' || data === undefined ? undefined : data,
    requestBody: sentType.includes('json') ? parseJson(config.data) : undefined
  })
}

type Index = ReturnType<typeof operationIndex>

/** Calls by operationId, filling the package method's parameters by name. */
function caller(
  index: Index,
  ids: Record<string, string>,
  specParams: (id: string) => string[]
): PackageSession['call'] {
  return async (operationId, args = {}, options = {}) => {
    const entry = index.get(operationId)
    if (!entry) throw new Error(`the package has no method ${operationId}`)
    const named = specParams(operationId)
    // The generator puts the body last, after the path and query parameters the spec declares.
    const bodyParam = entry.params.findLast(p => p !== 'options' && !named.includes(p))
    const values = entry.params.map(name => {
      if (name === 'options') return options
      if (name in args) return args[name]
      if (name === bodyParam) return args.body
      return ids[name]
    })
    const res = await entry.api[operationId](...values)
    return { status: res.status, data: res.data }
  }
}

/** Requests for the operations the package lacks, through the same transport and token. */
function rawCaller(transport: Any, configuration: Any, basePath: string): PackageSession['raw'] {
  return async (method, path, body, options = {}) => {
    const headers = (options.headers ?? {}) as Record<string, string>
    const res = await transport.request({
      ...options,
      method,
      url: `${basePath}${path}`,
      data: body === undefined ? undefined : JSON.stringify(body),
      headers: {
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        Authorization: `Bearer ${String(configuration.accessToken)}`,
        ...headers
      },
      validateStatus: () => true
    })
    return { status: res.status, data: res.data }
  }
}

/** `specParams(operationId)`: the operation's path and query parameter names, camelCased as the
 *  package names them; a method parameter outside them (and `options`) is the body. */
export function packageSession(
  emulatorUrl: string,
  specParams: (operationId: string) => string[]
): PackageSession {
  const exchanges: Exchange[] = []
  const ids: Record<string, string> = {}
  const basePath = `${emulatorUrl}${API_PREFIX}`
  const configuration = new packageApis.Configuration({
    basePath,
    baseOptions: { validateStatus: () => true }
  })
  const axios = new packageApis.AdminApi(configuration).axios
  const transport = {
    request: async (args: Any) => {
      const url = String(args.url).replace('%7BgroupId%7D', ids.groupId).replace('%7BappId%7D', ids.appId)
      const res = await axios.request({ ...args, url })
      record(exchanges, API_PREFIX, res.config, res.status, res.data, res.headers)
      return res
    }
  }
  return {
    exchanges,
    ids,
    setToken: token => void (configuration.accessToken = token),
    call: caller(operationIndex(configuration, transport), ids, specParams),
    raw: rawCaller(transport, configuration, basePath)
  }
}
