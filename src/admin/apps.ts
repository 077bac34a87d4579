// Apps of a project: list (per product, or all of them), get, create (never twice), delete, and
// resolving what a user typed (client_app_id, name or `_id`) to one app.
import { ConfigError } from '../errors.js'
import { expectDoc, expectList } from './shapes.js'
import type { Transport } from './transport.js'
import { appProducts, type AppCreate, type AppInstance, type AppProduct } from './types.js'

export interface AppsApi {
  /** Without `product` the API lists only `standard` apps. */
  list(groupId: string, options?: { product?: AppProduct }): Promise<AppInstance[]>
  /** Apps of every product, each once. */
  listAll(groupId: string): Promise<AppInstance[]>
  get(groupId: string, appId: string): Promise<AppInstance>
  create(
    groupId: string,
    app: AppCreate,
    options?: { product?: AppProduct; defaults?: boolean }
  ): Promise<AppInstance>
  delete(groupId: string, appId: string): Promise<void>
}

const appKeys = ['client_app_id', 'name'] as const

function checkApp(what: string) {
  return (item: unknown, field: string): AppInstance => expectDoc<AppInstance>(item, what, field, appKeys)
}

export function createAppsApi(transport: Transport): AppsApi {
  const appsPath = (groupId: string): string => `/groups/${encodeURIComponent(groupId)}/apps`

  const list: AppsApi['list'] = async (groupId, options = {}) => {
    const path = appsPath(groupId)
    const response = await transport.call({ method: 'GET', path, query: { product: options.product } })
    return expectList(response.body, `GET ${path}`, checkApp(`GET ${path}`))
  }

  return {
    list,
    async listAll(groupId) {
      // One call per product, as realm-cli does: the comma form is not documented for every product.
      const lists = await Promise.all(appProducts.map(product => list(groupId, { product })))
      const byId = new Map<string, AppInstance>()
      for (const app of lists.flat()) if (!byId.has(app._id)) byId.set(app._id, app)
      return [...byId.values()]
    },
    async get(groupId, appId) {
      const path = `${appsPath(groupId)}/${encodeURIComponent(appId)}`
      const response = await transport.call({ method: 'GET', path })
      return checkApp(`GET ${path}`)(response.body, '')
    },
    async create(groupId, app, options = {}) {
      const path = appsPath(groupId)
      const response = await transport.call({
        method: 'POST',
        path,
        query: { product: options.product, defaults: options.defaults },
        json: app,
        recover: async () =>
          (await list(groupId, { product: options.product })).find(a => a.name === app.name)
      })
      return checkApp(`POST ${path}`)(response.body, '')
    },
    async delete(groupId, appId) {
      await transport.call({ method: 'DELETE', path: `${appsPath(groupId)}/${encodeURIComponent(appId)}` })
    }
  }
}

/** The apps a reference names: its `_id`, its client_app_id, or its name. */
export function matchApps(apps: readonly AppInstance[], reference: string): AppInstance[] {
  const byId = apps.filter(a => a._id === reference || a.client_app_id === reference)
  return byId.length > 0 ? byId : apps.filter(a => a.name === reference)
}

/** Resolves `reference` to exactly one app of any product, or explains why it cannot. */
export async function resolveApp(
  apps: AppsApi,
  groupId: string,
  reference: string,
  source = '--app'
): Promise<AppInstance> {
  const matches = matchApps(await apps.listAll(groupId), reference)
  if (matches.length === 1) return matches[0]
  const message =
    matches.length === 0
      ? `no app '${reference}' in project ${groupId} (looked for a client app id, a name and an _id, in every product)`
      : `'${reference}' names ${matches.length} apps (${matches
          .map(a => a.client_app_id)
          .sort()
          .join(', ')}): use the client app id`
  throw new ConfigError([{ source, message, severity: 'error' }])
}
