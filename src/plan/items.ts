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

export const resolverKey = (onType: unknown, fieldName: unknown): string => `${String(onType)}.${String(fieldName)}`

/** A copy without the keys that only describe where a resource came from. */
export function withoutSource<T extends object>(resource: T): JsonObject {
  const { file: _file, sourceFile: _sourceFile, files: _files, ...rest } = resource as JsonObject
  return rest
}
