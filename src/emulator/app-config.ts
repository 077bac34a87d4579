// Reading and writing one deployable unit of an AppConfig by its ResourceKey (`kind/_id` or
// `singleton/key`), plus the copies and comparisons drafts, deployments and redeploys need.
import type { AppConfig, ResourceKey } from './types.js'

export function emptyConfig(): AppConfig {
  return { collections: {}, singletons: {} }
}

export function cloneJson<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T)
}

export function splitKey(key: ResourceKey): { kind: string; id: string } {
  const slash = key.indexOf('/')
  if (slash <= 0) return { kind: key, id: '' }
  return { kind: key.slice(0, slash), id: key.slice(slash + 1) }
}

/** The document a key names, or undefined when the config does not have it. */
export function readKey(config: AppConfig, key: ResourceKey): unknown {
  const { kind, id } = splitKey(key)
  if (kind === 'singleton') return config.singletons[id]
  return config.collections[kind]?.[id]
}

/** Sets (a copy of) `value` under `key`; `undefined` deletes it. */
export function writeKey(config: AppConfig, key: ResourceKey, value: unknown): void {
  const { kind, id } = splitKey(key)
  if (kind === 'singleton') {
    if (value === undefined) delete config.singletons[id]
    else config.singletons[id] = cloneJson(value)
    return
  }
  if (value === undefined) {
    if (config.collections[kind]) delete config.collections[kind][id]
    return
  }
  config.collections[kind] ??= {}
  config.collections[kind][id] = cloneJson(value) as Record<string, unknown>
}

/** Every key present in a config, sorted. */
export function configKeys(config: AppConfig): ResourceKey[] {
  const keys = Object.keys(config.singletons).map(k => `singleton/${k}`)
  for (const [kind, docs] of Object.entries(config.collections)) {
    for (const id of Object.keys(docs)) keys.push(`${kind}/${id}`)
  }
  return keys.sort()
}

/** JSON equality that ignores object key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b)
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}

/** Keys whose documents differ between two configs (present in one only, or changed). */
export function changedKeys(from: AppConfig, to: AppConfig): ResourceKey[] {
  const keys = new Set([...configKeys(from), ...configKeys(to)])
  return [...keys].filter(key => !sameJson(readKey(from, key), readKey(to, key))).sort()
}
