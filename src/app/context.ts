// What every loader shares while one app is read: the safe directory, the layout, the list of
// problems found so far, and every parsed JSON document (kept for positions of later problems).
import type { Problem } from '../errors.js'
import type { AppDir } from './app-dir.js'
import {
  fieldProblem,
  formatFieldPath,
  hasNode,
  parseJsonDocument,
  type FieldPath,
  type JsonDocument
} from './json-file.js'
import type { Layout, Sourced } from './model.js'

export interface LoadContext {
  readonly dir: AppDir
  readonly layout: Layout
  readonly problems: Problem[]
  readonly docs: Map<string, JsonDocument>
  /** Where a resource sits inside its file when that is not the whole file (`[3]` of a manifest). */
  readonly bases: WeakMap<object, FieldPath>
}

/** Records where `resource` sits inside its file, for the positions of later problems. */
export function remember<T extends object>(ctx: LoadContext, resource: T, base: FieldPath): T {
  ctx.bases.set(resource, base)
  return resource
}

/**
 * A problem about a resource already in the model: positioned at the first of `paths` (relative to the
 * resource) that exists in its file, or at the resource itself.
 */
export function problemFor(
  ctx: Pick<LoadContext, 'docs' | 'bases'>,
  resource: Sourced,
  paths: FieldPath[],
  message: string,
  severity: Problem['severity'] = 'error'
): Problem {
  const base = ctx.bases.get(resource) ?? []
  const candidates = paths.map(p => [...base, ...p])
  const doc = ctx.docs.get(resource.file)
  if (!doc) {
    const field = formatFieldPath(candidates[0] ?? [])
    return { source: resource.file, ...(field ? { field } : {}), message, severity }
  }
  const path = candidates.find(p => hasNode(doc, p)) ?? candidates[0] ?? base
  return fieldProblem(doc, path, message, severity)
}

/** Reads and parses a JSON file; undefined when it does not exist (or could not be read safely). */
export async function readJson(ctx: LoadContext, rel: string): Promise<JsonDocument | undefined> {
  const cached = ctx.docs.get(rel)
  if (cached) return cached
  const text = await ctx.dir.readText(rel)
  if (text === undefined) return undefined
  const { doc, problems } = parseJsonDocument(rel, text)
  ctx.problems.push(...problems)
  ctx.docs.set(rel, doc)
  return doc
}

/** Reads a text file (a function source) with CRLF normalized to LF, so Windows checkouts never diff. */
export async function readSource(ctx: LoadContext, rel: string): Promise<string | undefined> {
  const text = await ctx.dir.readText(rel)
  return text?.replace(/\r\n/g, '\n')
}

export function report(
  ctx: LoadContext,
  doc: JsonDocument,
  path: FieldPath,
  message: string,
  severity: Problem['severity'] = 'error'
): void {
  ctx.problems.push(fieldProblem(doc, path, message, severity))
}

/** A problem about a file or directory as a whole (no JSON position). */
export function reportFile(
  ctx: LoadContext,
  source: string,
  message: string,
  severity: Problem['severity'] = 'error'
): void {
  ctx.problems.push({ source, message, severity })
}

/** The object without the exported `id` (it belongs to the app that was exported). */
export function withoutId<T extends Record<string, unknown>>(value: T): Omit<T, 'id'> {
  return omit(value, ['id'])
}

export function omit<T extends Record<string, unknown>, K extends string>(
  value: T,
  keys: readonly K[]
): Omit<T, K> {
  return Object.fromEntries(
    Object.entries(value).filter(([key]) => !(keys as readonly string[]).includes(key))
  ) as Omit<T, K>
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {}
}
