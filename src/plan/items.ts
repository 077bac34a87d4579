// Building plan items: a kind, a key and a name-form document, with the canonical fields computed
// by the kind's rules. Shared by the desired side (the repository) and the remote side (the app).
import type { JsonObject } from './canonical.js'
import { KINDS, type KindName } from './kinds.js'
import type { PlanItem } from './types.js'

export function item(kind: KindName, key: string, doc: JsonObject, file?: string): PlanItem {
  return { kind, key, doc, fields: KINDS[kind].fields(doc), ...(file ? { file } : {}) }
}

export const ruleKey = (dataSource: string, database: string, collection: string): string =>
  `${dataSource}/${database}.${collection}`

export const endpointKey = (method: unknown, route: unknown): string => `${String(method)} ${String(route)}`

export const resolverKey = (onType: unknown, fieldName: unknown): string =>
  `${String(onType)}.${String(fieldName)}`

/** A copy without the keys that only say where a resource came from (`file`, `files`, `sourceFile`,
 *  `relationshipsFile`, ...): the model's bookkeeping, never the API's. */
export function withoutSource<T extends object>(resource: T): JsonObject {
  return Object.fromEntries(
    Object.entries(resource).filter(([key]) => key !== 'files' && !/^(?:[a-z]+)?[fF]ile$/.test(key))
  )
}
