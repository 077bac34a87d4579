// Reading and writing the user's view of an app's config (their draft, else live) for the resource
// routes: collection documents, singletons, change tracking (`touch`) and the app log entry each
// write leaves behind.
import { HttpError, type AppConfig, type Doc, type RequestContext } from '../types.js'

/** Every resource route lives below this pattern. */
export const APP = '/groups/{groupId}/apps/{appId}'

/** The log type of the entry every configuration write appends (the spec's enum has no admin type; API is the closest). */
export const WRITE_LOG_TYPE = 'API'

export function docsOf(config: AppConfig, kind: string): Record<string, Doc> {
  config.collections[kind] ??= {}
  return config.collections[kind]
}

export function listDocs(config: AppConfig, kind: string): Doc[] {
  return Object.values(config.collections[kind] ?? {})
}

export function findDoc(config: AppConfig, kind: string, test: (doc: Doc) => boolean): Doc | undefined {
  return listDocs(config, kind).find(test)
}

export function docById(config: AppConfig, kind: string, id: unknown): Doc | undefined {
  return typeof id === 'string' ? config.collections[kind]?.[id] : undefined
}

export function docByName(config: AppConfig, kind: string, name: unknown): Doc | undefined {
  return typeof name === 'string' ? findDoc(config, kind, doc => doc.name === name) : undefined
}

export function requireDoc(config: AppConfig, kind: string, id: string, code: string, label: string): Doc {
  const doc = docById(config, kind, id)
  if (!doc) throw new HttpError(404, code, `${label} not found: ${id}`)
  return doc
}

/** Stores a collection document (it must carry `_id`) and records the change. */
export function saveDoc(ctx: RequestContext, config: AppConfig, kind: string, doc: Doc): void {
  docsOf(config, kind)[doc._id as string] = doc
  ctx.touch(`${kind}/${doc._id as string}`)
}

export function removeDoc(ctx: RequestContext, config: AppConfig, kind: string, id: string): void {
  delete docsOf(config, kind)[id]
  ctx.touch(`${kind}/${id}`)
}

export function readSingleton<T>(config: AppConfig, key: string): T | undefined {
  return config.singletons[key] as T | undefined
}

export function writeSingleton(ctx: RequestContext, config: AppConfig, key: string, value: unknown): void {
  config.singletons[key] = value
  ctx.touch(`singleton/${key}`)
}

export function removeSingleton(ctx: RequestContext, config: AppConfig, key: string): void {
  delete config.singletons[key]
  ctx.touch(`singleton/${key}`)
}

export function nowSeconds(ctx: RequestContext): number {
  return Math.floor(ctx.now() / 1000)
}

/** One app log entry per successful write; `message` names the resource, never a secret value. */
export function logWrite(ctx: RequestContext, status: number, message: string): void {
  const started = new Date(ctx.now()).toISOString()
  ctx.log({
    type: WRITE_LOG_TYPE,
    status,
    started,
    completed: started,
    messages: [message]
  })
}

/** A copy of `doc` without the listed keys (read projections). */
export function omit(doc: Doc, ...keys: string[]): Doc {
  const copy: Doc = { ...doc }
  for (const key of keys) delete copy[key]
  return copy
}

export function pick(doc: Doc, ...keys: string[]): Doc {
  const copy: Doc = {}
  for (const key of keys) if (doc[key] !== undefined) copy[key] = doc[key]
  return copy
}
