// Update documents for the in-memory engine: operator updates through mingo's updater, aggregation
// pipeline updates through its Aggregator, `$setOnInsert` and the document an upsert starts from.
import { Aggregator, update as applyModifier } from 'mingo'
import type { Doc } from './types.js'

export type Update = Doc | Doc[]

/** Rejects what a server rejects: an update without operators (that is a replacement). */
export function checkUpdate(update: unknown): Update {
  if (Array.isArray(update)) return update as Doc[]
  if (!update || typeof update !== 'object') throw new Error('update: the update must be an object')
  const keys = Object.keys(update)
  if (!keys.length || keys.some(k => !k.startsWith('$')))
    throw new Error('update: the update document must contain only update operators ($set, $inc, ...)')
  return update as Doc
}

/** Applies the update to `doc` in place; returns whether anything changed. */
export function applyUpdate(doc: Doc, update: Update, inserting = false): boolean {
  if (Array.isArray(update)) {
    const [next] = new Aggregator(update).run([doc]) as Doc[]
    const before = JSON.stringify(doc)
    for (const key of Object.keys(doc)) delete doc[key]
    Object.assign(doc, next, { _id: doc._id ?? next._id })
    return JSON.stringify(doc) !== before
  }
  const { $setOnInsert, ...operators } = update
  const changed = Object.keys(operators).length
    ? applyModifier(doc, operators as Parameters<typeof applyModifier>[1]).length > 0
    : false
  if (inserting && $setOnInsert && typeof $setOnInsert === 'object') {
    applyModifier(doc, { $set: $setOnInsert } as Parameters<typeof applyModifier>[1])
    return true
  }
  return changed
}

/** The document an upsert inserts before its update applies: the query's equality conditions. */
export function upsertBase(query: Doc): Doc {
  const base: Doc = {}
  for (const [key, value] of Object.entries(query)) {
    if (key.startsWith('$')) continue
    if (isOperatorObject(value)) {
      const eq = (value as Doc).$eq
      if (eq !== undefined) setPath(base, key, eq)
      continue
    }
    setPath(base, key, value)
  }
  return base
}

function isOperatorObject(value: unknown): boolean {
  return (
    !!value &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).some(k => k.startsWith('$'))
  )
}

function setPath(doc: Doc, dotted: string, value: unknown): void {
  const parts = dotted.split('.')
  let at = doc
  for (const part of parts.slice(0, -1)) {
    if (!at[part] || typeof at[part] !== 'object') at[part] = {}
    at = at[part] as Doc
  }
  at[parts[parts.length - 1]] = value
}
