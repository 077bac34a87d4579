// What "equal" means when planning (config-to-api §2.4): both sides are reduced to a canonical form
// (keys sorted, read-only fields dropped, documented defaults removed, `{}` for expression fields
// treated as absent, set-like arrays sorted) and then compared as JSON text.

import { sameExactly } from '../exact-numbers.js'

export type Json = unknown
export type JsonObject = Record<string, unknown>

/** Fields the server owns; never compared, never sent. */
const READ_ONLY = new Set(['_id', 'id', 'last_modified', 'app_id', 'group_id', 'domain_id'])

export interface CanonicalRules {
  /** Top-level field -> default: a field equal to its default is dropped (absent ≡ default). */
  readonly defaults?: Readonly<Record<string, Json>>
  /** Top-level fields whose `{}` / `[]` / `""` means absent. */
  readonly emptyIsAbsent?: readonly string[]
  /** Top-level array fields compared as sets. */
  readonly sets?: readonly string[]
  /** Extra top-level fields to ignore. */
  readonly ignore?: readonly string[]
}

export function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Sorted keys and `undefined` dropped, at every depth. Read-only fields are dropped by
 *  `canonicalize` at the levels where the server owns them, never deeper: a schema may well have a
 *  property called `_id`. */
export function sortDeep(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortDeep)
  if (!isObject(value)) return value
  const out: JsonObject = {}
  for (const key of Object.keys(value).sort()) {
    if (value[key] !== undefined) out[key] = sortDeep(value[key])
  }
  return out
}

export function isEmpty(value: Json): boolean {
  if (value === undefined || value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  return isObject(value) && Object.keys(value).length === 0
}

function sortedSet(value: Json): Json {
  if (!Array.isArray(value)) return value
  return [...value].map(sortDeep).sort((a, b) => stableStringify(a).localeCompare(stableStringify(b)))
}

/** Applies `rules` to one object level and sorts everything below it. */
export function canonicalize(doc: JsonObject, rules: CanonicalRules = {}): JsonObject {
  const out: JsonObject = {}
  const ignore = new Set(rules.ignore ?? [])
  for (const key of Object.keys(doc).sort()) {
    let value = doc[key]
    if (value === undefined || READ_ONLY.has(key) || ignore.has(key)) continue
    if (rules.emptyIsAbsent?.includes(key) && isEmpty(value)) continue
    if (rules.sets?.includes(key)) value = sortedSet(value)
    value = sortDeep(value)
    if (rules.defaults && key in rules.defaults && deepEqual(value, rules.defaults[key])) continue
    out[key] = value
  }
  return out
}

export function stableStringify(value: Json): string {
  return JSON.stringify(sortDeep(value))
}

export function deepEqual(a: Json, b: Json): boolean {
  return stableStringify(a) === stableStringify(b)
}

/** A repository value against a server value: deepEqual, but unset equals unset and null equals
 *  absent, with integers past 2^53 compared by the digits each side wrote (../exact-numbers.ts). */
export function sameAsServer(desired: Json, remote: Json): boolean {
  // Unset either way: absent, null, "", [] or {} (a file's `"roles": null` is stored as []).
  if (isEmpty(desired) && isEmpty(remote)) return true
  return sameExactly(withoutNulls(sortDeep(desired)), withoutNulls(sortDeep(remote)))
}

/** Object keys whose value is null dropped, at every depth: null and absent both mean unset (array
 *  items are kept: a position in a list is data). */
function withoutNulls(value: Json): Json {
  if (Array.isArray(value)) return value.map(withoutNulls)
  if (!isObject(value)) return value
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)])
  )
}

/**
 * Top-level fields whose canonical values differ, sorted. `same` compares one field: deepEqual for
 * two server states, `sameAsServer` for the repository against the server.
 */
export function changedFields(
  desired: JsonObject,
  remote: JsonObject,
  same: (a: Json, b: Json) => boolean = deepEqual
): string[] {
  const keys = new Set([...Object.keys(desired), ...Object.keys(remote)])
  return [...keys].filter(k => !same(desired[k], remote[k])).sort()
}

/** Removes keys whose value is undefined (a shallow copy). */
export function defined(doc: JsonObject): JsonObject {
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined))
}
