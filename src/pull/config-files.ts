// The output of a pull before it touches the disk: relative `/`-separated path -> file text, plus
// the notes a user should read (what could not be written exactly). JSON files are 2-space indented
// with a final newline. Key order is fixed where this module decides it (the top level of every
// file, maps keyed by name); below that, documents keep the order the server gave them, because
// MongoDB documents (trigger `match`, role `apply_when`, schemas) can be order-sensitive.
import { stringifyServed } from '../exact-numbers.js'

export type ConfigFileMap = Map<string, string>

export interface ConfigFiles {
  /** Sorted by path. */
  readonly files: ConfigFileMap
  /** Warnings: what the local format cannot hold, references that did not resolve. */
  readonly notes: string[]
}

export type JsonObject = Record<string, unknown>

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const objectOf = (value: unknown): JsonObject => (isObject(value) ? value : {})

export const listOf = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : [])

/** `head` keys first, in that order, then the others alphabetically; undefined values dropped. */
export function ordered(doc: JsonObject, head: readonly string[] = []): JsonObject {
  const rest = Object.keys(doc)
    .filter(k => !head.includes(k))
    .sort(compareText)
  const out: JsonObject = {}
  for (const key of [...head, ...rest]) if (doc[key] !== undefined) out[key] = doc[key]
  return out
}

/** Ids and references by id that the server owns: never written into a config file. */
const SERVER_OWNED = new Set([
  '_id',
  'id',
  'last_modified',
  'app_id',
  'group_id',
  'domain_id',
  'function_id',
  'secret_id',
  'service_id',
  'mongo_service_id',
  'on_user_creation_function_id'
])

/** Only the listed keys, in that order, undefined dropped (the app's own settings). */
export function only(doc: JsonObject, keys: readonly string[]): JsonObject {
  const out: JsonObject = {}
  for (const key of keys) if (doc[key] !== undefined) out[key] = doc[key]
  return out
}

/**
 * A resource's file: the fields the local format documents, in its order, then every other field the
 * server gave back (alphabetically), since a field our tables do not know is still the app's and a
 * pull that dropped it would deploy back something else. Left out: server-owned ids, undefined
 * values, and `elsewhere` (fields written to files of their own, such as a function's source).
 */
export function documented(
  doc: JsonObject,
  keys: readonly string[],
  elsewhere: readonly string[] = []
): JsonObject {
  const out = only(doc, keys)
  for (const key of Object.keys(doc).sort(compareText)) {
    const skip = key in out || doc[key] === undefined || SERVER_OWNED.has(key) || elsewhere.includes(key)
    if (!skip) out[key] = doc[key]
  }
  return out
}

/** A config file's text; integers past 2^53 keep the digits the server sent (../exact-numbers.ts). */
export function jsonText(value: unknown): string {
  return `${stringifyServed(value, 2)}\n`
}

/** Code-point order, independent of the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function byName(a: JsonObject, b: JsonObject): number {
  return compareText(String(a.name), String(b.name))
}

/** Collects files and notes while the writers run; `result()` sorts the files. */
export class ConfigFileSet {
  private readonly files: ConfigFileMap = new Map()
  readonly notes: string[] = []

  json(path: string, value: unknown): void {
    this.text(path, jsonText(value))
  }

  text(path: string, content: string): void {
    if (this.files.has(path)) {
      this.notes.push(`${path}: two resources map to this file; only the first is written`)
      return
    }
    this.files.set(path, content)
  }

  note(message: string): void {
    this.notes.push(message)
  }

  result(): ConfigFiles {
    const sorted = [...this.files].sort(([a], [b]) => compareText(a, b))
    return { files: new Map(sorted), notes: [...this.notes] }
  }
}
