// A resource collection of an app (functions, values, triggers, rules, ...): list, get, create,
// update, delete. A create is never repeated blindly: after an uncertain attempt the collection is
// listed and the new document looked up by the kind's match key (name; route + method; ...).
import { expectDoc, expectList } from './shapes.js'
import type { Transport } from './transport.js'
import type { Doc, Resource } from './types.js'

export interface CollectionApi<T extends Resource = Resource> {
  list(): Promise<T[]>
  get(id: string): Promise<T>
  /** Returns the server's answer (often only `{_id, name}`). */
  create(body: Doc): Promise<T>
  /** Returns the server's answer when it sends one (many updates answer 204). */
  update(id: string, body: Doc): Promise<Doc | undefined>
  delete(id: string): Promise<void>
}

export interface CollectionSpec {
  /** The collection's path, e.g. `/groups/g/apps/a/functions`. */
  readonly path: string
  readonly updateMethod: 'PUT' | 'PATCH'
  /** Whether `item` (from the list) is the document `body` creates. */
  readonly matches: (body: Doc, item: Doc) => boolean
}

/** Match keys of every kind (config-to-api.md §1). */
export const sameName = (body: Doc, item: Doc): boolean => body.name !== undefined && item.name === body.name

export const sameRoute = (body: Doc, item: Doc): boolean =>
  item.route === body.route && item.http_method === body.http_method

export const sameNamespace = (body: Doc, item: Doc): boolean =>
  body.database !== undefined
    ? item.database === body.database && item.collection === body.collection
    : sameName(body, item)

export const sameResolverField = (body: Doc, item: Doc): boolean =>
  item.on_type === body.on_type && item.field_name === body.field_name

export const sameSchemaNamespace = (body: Doc, item: Doc): boolean => {
  const a = (body.metadata ?? {}) as Doc
  const b = (item.metadata ?? {}) as Doc
  return a.data_source === b.data_source && a.database === b.database && a.collection === b.collection
}

export function createCollectionApi<T extends Resource = Resource>(
  transport: Transport,
  spec: CollectionSpec
): CollectionApi<T> {
  const itemPath = (id: string): string => `${spec.path}/${encodeURIComponent(id)}`
  const check = (what: string) => (item: unknown, field: string) => expectDoc<T>(item, what, field, [])

  const list = async (): Promise<T[]> => {
    const response = await transport.call({ method: 'GET', path: spec.path })
    if (response.body === undefined || response.body === null) return []
    return expectList(response.body, `GET ${spec.path}`, check(`GET ${spec.path}`))
  }

  return {
    list,
    async get(id) {
      const response = await transport.call({ method: 'GET', path: itemPath(id) })
      return check(`GET ${itemPath(id)}`)(response.body, '')
    },
    async create(body) {
      const response = await transport.call({
        method: 'POST',
        path: spec.path,
        json: body,
        recover: async () => (await list()).find(item => spec.matches(body, item))
      })
      return check(`POST ${spec.path}`)(response.body, '')
    },
    async update(id, body) {
      const response = await transport.call({
        method: spec.updateMethod,
        path: itemPath(id),
        json: body
      })
      return response.body && typeof response.body === 'object' ? (response.body as Doc) : undefined
    },
    async delete(id) {
      await transport.call({ method: 'DELETE', path: itemPath(id) })
    }
  }
}

/** PUT `{path}/{id}/enable` or `/disable` (auth providers, log forwarders). */
export async function setEnabled(
  transport: Transport,
  path: string,
  id: string,
  enabled: boolean
): Promise<void> {
  await transport.call({
    method: 'PUT',
    path: `${path}/${encodeURIComponent(id)}/${enabled ? 'enable' : 'disable'}`
  })
}
