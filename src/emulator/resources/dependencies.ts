// Function dependencies. `GET G/A/dependencies` is in the spec; upload (`PUT`, multipart/form-data
// part `file`), `GET …/status` and `POST …/diff` are CLI-only. An upload answers 204 and is then
// `created` for a short while (emulator time, advanced by later requests) before it becomes
// `successful` (the new list is installed) or `failed` (the previous list stays). Not draft-scoped.
import type { Doc, Reply, RequestContext, Route } from '../types.js'
import { DependencyUploadError, uploadedDependencies, type Dependency } from './archive.js'
import { SETTLE_MS } from './hosting.js'
import { parseMultipart, type MultipartPart } from './multipart.js'
import { APP, logWrite, nowSeconds, omit } from './store.js'
import { badRequest } from './validate.js'

/** DOCS: zipped node_modules may be at most 15 MB. */
export const MAX_DEPENDENCY_BYTES = 15 * 1024 * 1024

interface PendingInstall {
  readonly uploaded_ms: number
  readonly list?: Dependency[]
  readonly error?: string
  readonly file_name: string
}

function filePart(ctx: RequestContext): MultipartPart {
  const contentType = ctx.headers['content-type']
  const parts = parseMultipart(Array.isArray(contentType) ? contentType[0] : contentType, ctx.rawBody)
  const file = parts.find(p => p.name === 'file')
  if (!file) throw badRequest('the upload has no "file" part')
  if (file.body.length > MAX_DEPENDENCY_BYTES)
    throw badRequest(`the upload is ${file.body.length} bytes: dependency archives may be at most 15 MB`)
  return file
}

/** Applies a finished install (once its time has come) to the app record. */
function settle(ctx: RequestContext): void {
  const record = ctx.appRecord
  const pending = record.dependencies?.pending as PendingInstall | undefined
  if (!pending || ctx.now() - pending.uploaded_ms < SETTLE_MS) return
  const previous = omit(record.dependencies as Doc, 'pending')
  if (pending.error !== undefined) {
    record.dependencies = Object.keys(previous).length > 0 ? previous : null
    record.dependencies_status = { status: 'failed', status_message: pending.error }
    return
  }
  record.dependencies = {
    _id: previous._id ?? ctx.newId(),
    location: record.app.location,
    user_id: ctx.user.user_id,
    last_modified: Math.floor(pending.uploaded_ms / 1000),
    dependencies_list: pending.list
  }
  record.dependencies_status = {
    status: 'successful',
    status_message: `installed ${pending.list?.length ?? 0} dependencies from ${pending.file_name}`
  }
}

function installedList(ctx: RequestContext): Dependency[] {
  const list = ctx.appRecord.dependencies?.dependencies_list
  return Array.isArray(list) ? (list as Dependency[]) : []
}

function getDependencies(ctx: RequestContext): Reply {
  settle(ctx)
  const deps = ctx.appRecord.dependencies
  if (!deps || deps.dependencies_list === undefined)
    return { status: 200, body: { location: ctx.appRecord.app.location, dependencies_list: [] } }
  return { status: 200, body: omit(deps, 'pending') }
}

function uploadDependencies(ctx: RequestContext): Reply {
  settle(ctx)
  const file = filePart(ctx)
  const fileName = file.filename ?? 'package.json'
  let pending: PendingInstall
  try {
    pending = { uploaded_ms: ctx.now(), list: uploadedDependencies(fileName, file.body), file_name: fileName }
  } catch (error) {
    if (!(error instanceof DependencyUploadError)) throw error
    pending = { uploaded_ms: ctx.now(), error: error.message, file_name: fileName }
  }
  ctx.appRecord.dependencies = { ...(ctx.appRecord.dependencies ?? {}), pending }
  ctx.appRecord.dependencies_status = {
    status: 'created',
    status_message: `installing dependencies from ${fileName}`
  }
  logWrite(ctx, 204, `uploaded dependencies (${fileName}, ${file.body.length} bytes) at ${nowSeconds(ctx)}`)
  return { status: 204 }
}

function getStatus(ctx: RequestContext): Reply {
  settle(ctx)
  return {
    status: 200,
    body: ctx.appRecord.dependencies_status ?? {
      status: 'successful',
      status_message: 'no dependencies uploaded'
    }
  }
}

function diffDependencies(ctx: RequestContext): Reply {
  settle(ctx)
  const file = filePart(ctx)
  let proposed: Dependency[]
  try {
    proposed = uploadedDependencies(file.filename ?? 'package.json', file.body)
  } catch (error) {
    if (error instanceof DependencyUploadError) throw badRequest(error.message)
    throw error
  }
  const current = new Map(installedList(ctx).map(d => [d.name, d.version]))
  const names = new Set(proposed.map(d => d.name))
  return {
    status: 200,
    body: {
      added: proposed.filter(d => !current.has(d.name)),
      deleted: installedList(ctx).filter(d => !names.has(d.name)),
      modified: proposed
        .filter(d => current.has(d.name) && current.get(d.name) !== d.version)
        .map(d => ({ name: d.name, version: d.version, previous_version: current.get(d.name) }))
    }
  }
}

export function dependencyRoutes(): Route[] {
  const path = `${APP}/dependencies`
  return [
    // Reads settle a finished install, so they count as writes for persistence.
    { method: 'GET', pattern: path, handler: getDependencies, options: { write: true } },
    { method: 'PUT', pattern: path, handler: uploadDependencies, options: { write: true } },
    { method: 'GET', pattern: `${path}/status`, handler: getStatus, options: { write: true } },
    { method: 'POST', pattern: `${path}/diff`, handler: diffDependencies, options: {} }
  ]
}
