// One implementation of list/create/get/update/delete for every collection resource (functions,
// values, triggers, rules, ...). A kind is a data definition: its path, how a body becomes a stored
// document, which documents conflict, what a list or a GET shows and the (irregular, per-spec)
// status codes of each operation.
import { HttpError, type AppConfig, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import { APP, docsOf, logWrite, nowSeconds, omit, removeDoc, requireDoc, saveDoc } from './store.js'
import { checkBodyId, requireBody } from './validate.js'

/** A child collection lives under one parent document (rules and webhooks under a service). */
export interface ParentSpec {
  readonly param: string
  /** The field of the child that stores the parent's id. */
  readonly field: string
  /** The parent, or HttpError (404 when absent, 400 when it cannot have this child). */
  readonly load: (config: AppConfig, id: string) => Doc
}

export interface BuildInput {
  readonly ctx: RequestContext
  readonly config: AppConfig
  readonly body: Doc
  /** The stored document, on update. */
  readonly existing?: Doc
  readonly parent?: Doc
}

export type View = (config: AppConfig, doc: Doc) => unknown

export interface ReplySpec {
  readonly status: number
  /** The reply body; absent for replies without one. */
  readonly body?: View
}

export interface CollectionSpec {
  /** The key in `AppConfig.collections`. */
  readonly kind: string
  /** The collection path below the app, e.g. `/functions`. */
  readonly path: string
  readonly idParam: string
  /** How messages name one document, e.g. `function`. */
  readonly label: string
  readonly notFoundCode: string
  readonly parent?: ParentSpec
  /** Two documents (under one parent) with the same key conflict: 409. */
  readonly uniqueKey?: (doc: Doc) => string
  /** Validates a body into the stored document (without `_id`); throws HttpError. */
  readonly build: (input: BuildInput) => Doc
  /** Keep `last_modified` (unix seconds) on the stored document. */
  readonly stamp?: boolean
  readonly listView?: View
  readonly fullView?: View
  readonly create: ReplySpec
  /** `merge`: PATCH keeps fields the body leaves out; `required`: fields the body must still carry. */
  readonly update?: ReplySpec & {
    readonly method: 'PUT' | 'PATCH'
    readonly merge?: boolean
    readonly required?: readonly string[]
  }
  readonly remove: { readonly status: number; readonly body?: unknown }
  /** False when the spec has no GET by id (secrets). */
  readonly get?: boolean
  /** Throws to refuse a delete (the resource is still referenced). */
  readonly beforeRemove?: (config: AppConfig, doc: Doc) => void
  /** Moves parts of a built document elsewhere before it is stored (a service's config singleton). */
  readonly beforeSave?: (ctx: RequestContext, config: AppConfig, doc: Doc) => Doc
  /** Cascades a delete to dependent documents. */
  readonly afterRemove?: (ctx: RequestContext, config: AppConfig, doc: Doc) => void
}

export function describeDoc(spec: CollectionSpec, doc: Doc): string {
  return `${spec.label} ${JSON.stringify(doc.name ?? doc._id)}`
}

function fullViewOf(spec: CollectionSpec): View {
  if (spec.fullView) return spec.fullView
  const hidden = spec.parent ? [spec.parent.field] : []
  return (_config, doc) => omit(doc, ...hidden)
}

function loadParent(spec: CollectionSpec, ctx: RequestContext, config: AppConfig): Doc | undefined {
  return spec.parent ? spec.parent.load(config, ctx.params[spec.parent.param]) : undefined
}

function siblings(spec: CollectionSpec, config: AppConfig, parent: Doc | undefined): Doc[] {
  const docs = Object.values(docsOf(config, spec.kind))
  return spec.parent ? docs.filter(d => d[spec.parent!.field] === parent?._id) : docs
}

function loadDoc(spec: CollectionSpec, ctx: RequestContext, config: AppConfig, parent: Doc | undefined): Doc {
  const id = ctx.params[spec.idParam]
  const doc = requireDoc(config, spec.kind, id, spec.notFoundCode, spec.label)
  if (spec.parent && doc[spec.parent.field] !== parent?._id)
    throw new HttpError(404, spec.notFoundCode, `${spec.label} not found: ${id}`)
  return doc
}

function checkUnique(spec: CollectionSpec, config: AppConfig, parent: Doc | undefined, doc: Doc): void {
  if (!spec.uniqueKey) return
  const key = spec.uniqueKey(doc)
  const clash = siblings(spec, config, parent).find(d => d._id !== doc._id && spec.uniqueKey!(d) === key)
  if (clash) throw new HttpError(409, 'DuplicateName', `a ${spec.label} with ${key} already exists`)
}

/** Assembles and stores the document built from `body`; returns it. */
function store(
  spec: CollectionSpec,
  ctx: RequestContext,
  config: AppConfig,
  input: Omit<BuildInput, 'ctx' | 'config'> & { id: string }
): Doc {
  const built = spec.build({ ctx, config, body: input.body, existing: input.existing, parent: input.parent })
  const doc: Doc = { _id: input.id, ...omit(built, '_id') }
  if (spec.parent) doc[spec.parent.field] = input.parent?._id
  if (spec.stamp) doc.last_modified = nowSeconds(ctx)
  checkUnique(spec, config, input.parent, doc)
  const stored = spec.beforeSave ? spec.beforeSave(ctx, config, doc) : doc
  saveDoc(ctx, config, spec.kind, stored)
  return stored
}

function reply(config: AppConfig, spec: ReplySpec, doc: Doc): Reply {
  return spec.body ? { status: spec.status, body: spec.body(config, doc) } : { status: spec.status }
}

function listHandler(spec: CollectionSpec) {
  const view = spec.listView ?? fullViewOf(spec)
  return (ctx: RequestContext): Reply => {
    const config = ctx.config()
    const parent = loadParent(spec, ctx, config)
    return { status: 200, body: siblings(spec, config, parent).map(doc => view(config, doc)) }
  }
}

function createHandler(spec: CollectionSpec) {
  return (ctx: RequestContext): Reply => {
    const config = ctx.config()
    const parent = loadParent(spec, ctx, config)
    const doc = store(spec, ctx, config, { body: requireBody(ctx), parent, id: ctx.newId() })
    logWrite(ctx, spec.create.status, `created ${describeDoc(spec, doc)}`)
    return reply(config, spec.create, doc)
  }
}

function getHandler(spec: CollectionSpec) {
  const view = fullViewOf(spec)
  return (ctx: RequestContext): Reply => {
    const config = ctx.config()
    const doc = loadDoc(spec, ctx, config, loadParent(spec, ctx, config))
    return { status: 200, body: view(config, doc) }
  }
}

function updateHandler(spec: CollectionSpec, update: NonNullable<CollectionSpec['update']>) {
  return (ctx: RequestContext): Reply => {
    const config = ctx.config()
    const parent = loadParent(spec, ctx, config)
    const existing = loadDoc(spec, ctx, config, parent)
    const body = requireBody(ctx)
    checkBodyId(body, existing._id as string)
    for (const field of update.required ?? []) {
      if (body[field] === undefined) throw new HttpError(400, 'InvalidParameter', `"${field}" is required`)
    }
    const hidden = ['_id', 'last_modified', ...(spec.parent ? [spec.parent.field] : [])]
    const merged = update.merge ? { ...omit(existing, ...hidden), ...body } : body
    const doc = store(spec, ctx, config, { body: merged, existing, parent, id: existing._id as string })
    logWrite(ctx, update.status, `updated ${describeDoc(spec, doc)}`)
    return reply(config, update, doc)
  }
}

function deleteHandler(spec: CollectionSpec) {
  return (ctx: RequestContext): Reply => {
    const config = ctx.config()
    const doc = loadDoc(spec, ctx, config, loadParent(spec, ctx, config))
    spec.beforeRemove?.(config, doc)
    removeDoc(ctx, config, spec.kind, doc._id as string)
    spec.afterRemove?.(ctx, config, doc)
    logWrite(ctx, spec.remove.status, `deleted ${describeDoc(spec, doc)}`)
    return spec.remove.body === undefined
      ? { status: spec.remove.status }
      : { status: spec.remove.status, body: spec.remove.body }
  }
}

export function collectionRoutes(spec: CollectionSpec): Route[] {
  const base = `${APP}${spec.path}`
  const item = `${base}/{${spec.idParam}}`
  const routes: Route[] = [
    { method: 'GET', pattern: base, handler: listHandler(spec), options: {} },
    { method: 'POST', pattern: base, handler: createHandler(spec), options: { write: true } },
    { method: 'DELETE', pattern: item, handler: deleteHandler(spec), options: { write: true } }
  ]
  if (spec.get !== false)
    routes.push({ method: 'GET', pattern: item, handler: getHandler(spec), options: {} })
  if (spec.update)
    routes.push({
      method: spec.update.method,
      pattern: item,
      handler: updateHandler(spec, spec.update),
      options: { write: true }
    })
  return routes
}

/** `PUT <item>/<action>` that changes one document in place (enable, disable): 204. */
export function itemActionRoute(spec: CollectionSpec, action: string, change: (doc: Doc) => void): Route {
  const handler = (ctx: RequestContext): Reply => {
    const config = ctx.config()
    const doc = loadDoc(spec, ctx, config, loadParent(spec, ctx, config))
    const updated = { ...doc }
    change(updated)
    if (spec.stamp) updated.last_modified = nowSeconds(ctx)
    saveDoc(ctx, config, spec.kind, updated)
    logWrite(ctx, 204, `${action}d ${describeDoc(spec, updated)}`)
    return { status: 204 }
  }
  return {
    method: 'PUT',
    pattern: `${APP}${spec.path}/{${spec.idParam}}/${action}`,
    handler,
    options: { write: true }
  }
}
