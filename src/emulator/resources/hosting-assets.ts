// Hosted assets (`G/A/hosting/assets[/asset]`): list, metadata, upload (multipart/mixed as realm-cli
// sends it, or multipart/form-data: a `meta` JSON part and a `file` part, checked against the MD5
// and size the meta claims), attribute replacement, delete, move/copy. Assets are not draft-scoped:
// they live on the app record with their bytes (base64) so a restart keeps them.
import { createHash } from 'node:crypto'
import {
  HttpError,
  type Doc,
  type HostedAsset,
  type Reply,
  type RequestContext,
  type Route
} from '../types.js'
import { parseMultipart, type MultipartPart } from './multipart.js'
import { appDefaultDomain } from './hosting.js'
import { APP, logWrite, nowSeconds } from './store.js'
import { badRequest, isObject, requireBody, requireString } from './validate.js'

/** Static hosting's file size limit (DOCS: 25 MB). */
export const MAX_ASSET_BYTES = 25 * 1024 * 1024
export const ATTRIBUTE_NAMES = [
  'Content-Type',
  'Content-Disposition',
  'Content-Language',
  'Content-Encoding',
  'Cache-Control',
  'Website-Redirect-Location'
]

type Attribute = HostedAsset['attrs'][number]

function assetView(
  ctx: RequestContext,
  asset: Pick<HostedAsset, 'path' | 'hash' | 'size' | 'attrs' | 'last_modified'>
): Doc {
  const { path, hash, size, attrs, last_modified } = asset
  return {
    appId: ctx.appRecord.app._id,
    path,
    hash,
    size,
    last_modified,
    url: `https://${appDefaultDomain(ctx)}${encodeURI(path)}`,
    attrs
  }
}

function checkPath(path: string, field: string): string {
  if (!path.startsWith('/') || path === '/')
    throw badRequest(`"${field}" must be a file path starting with "/": ${JSON.stringify(path)}`)
  return path
}

function pathParam(ctx: RequestContext): string {
  return checkPath(requireString(ctx.query.get('path') ?? undefined, 'path'), 'path')
}

function requireAsset(ctx: RequestContext, path: string): HostedAsset {
  const asset = ctx.appRecord.hosting_assets[path]
  if (!asset) throw new HttpError(404, 'AssetNotFound', `no hosted asset at ${path}`)
  return asset
}

export function checkAttributes(value: unknown, field: string): Attribute[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) throw badRequest(`"${field}" must be an array of {name, value}`)
  return value.map((item, i) => {
    if (!isObject(item) || typeof item.name !== 'string' || typeof item.value !== 'string') {
      throw badRequest(`"${field}[${i}]" must be {"name": string, "value": string}`)
    }
    if (!ATTRIBUTE_NAMES.includes(item.name)) {
      throw badRequest(
        `"${field}[${i}].name" ${JSON.stringify(item.name)} is not a metadata attribute: use one of ${ATTRIBUTE_NAMES.join(', ')}`
      )
    }
    return { name: item.name, value: item.value }
  })
}

/** The directory a listing with `recursive=false` shows: the prefix's own directory. */
function listingDir(prefix: string): string {
  return prefix.endsWith('/') ? prefix : `${prefix}/`
}

function listAssets(ctx: RequestContext): Reply {
  const prefix = ctx.query.get('prefix') ?? '/'
  // The spec lists "all hosted assets" and has no `recursive` parameter, so only an explicit
  // `recursive=false` narrows the list to one directory (realm-cli always sends `recursive=true`).
  const recursive = ctx.query.get('recursive') !== 'false'
  const dir = listingDir(prefix)
  const paths = Object.keys(ctx.appRecord.hosting_assets)
    .filter(
      p => p.startsWith(prefix) && (recursive || (p.startsWith(dir) && !p.slice(dir.length).includes('/')))
    )
    .sort()
  const root =
    prefix === '/'
      ? [
          assetView(ctx, {
            path: '/',
            hash: '',
            size: 0,
            attrs: [],
            last_modified: ctx.appRecord.app.last_modified
          })
        ]
      : []
  return { status: 200, body: [...root, ...paths.map(p => assetView(ctx, ctx.appRecord.hosting_assets[p]))] }
}

function uploadParts(ctx: RequestContext): { meta: Doc; file: MultipartPart } {
  const contentType = ctx.headers['content-type']
  const parts = parseMultipart(Array.isArray(contentType) ? contentType[0] : contentType, ctx.rawBody)
  const metaPart = parts.find(p => p.name === 'meta')
  const file = parts.find(p => p.name === 'file')
  if (!metaPart) throw badRequest('the upload has no "meta" part (the asset metadata document)')
  if (!file) throw badRequest('the upload has no "file" part (the asset bytes)')
  let meta: unknown
  try {
    meta = JSON.parse(metaPart.body.toString('utf8'))
  } catch {
    throw badRequest('the "meta" part is not valid JSON')
  }
  if (!isObject(meta)) throw badRequest('the "meta" part must be a JSON object')
  return { meta, file }
}

function uploadPath(ctx: RequestContext, meta: Doc): string {
  const fromQuery = ctx.query.get('path')
  const fromMeta = meta.path === undefined ? undefined : requireString(meta.path, 'meta.path')
  if (fromQuery !== null && fromMeta !== undefined && fromQuery !== fromMeta) {
    throw badRequest(`the "path" query (${fromQuery}) and "meta.path" (${fromMeta}) differ`)
  }
  return checkPath(fromQuery ?? requireString(fromMeta, 'meta.path'), 'meta.path')
}

function checkBytes(meta: Doc, bytes: Buffer, path: string): string {
  if (bytes.length > MAX_ASSET_BYTES) {
    throw new HttpError(
      400,
      'AssetTooLarge',
      `${path} is ${bytes.length} bytes: static hosting accepts files up to 25 MB (${MAX_ASSET_BYTES} bytes)`
    )
  }
  const hash = createHash('md5').update(bytes).digest('hex')
  if (meta.hash !== undefined && meta.hash !== '' && String(meta.hash).toLowerCase() !== hash) {
    throw badRequest(
      `"meta.hash" ${JSON.stringify(meta.hash)} is not the MD5 of the uploaded bytes of ${path} (${hash})`
    )
  }
  if (meta.size !== undefined && meta.size !== bytes.length) {
    throw badRequest(
      `"meta.size" ${JSON.stringify(meta.size)} is not the size of the uploaded bytes of ${path} (${bytes.length})`
    )
  }
  return hash
}

function uploadAsset(ctx: RequestContext): Reply {
  const { meta, file } = uploadParts(ctx)
  const path = uploadPath(ctx, meta)
  if (meta.appId !== undefined && meta.appId !== ctx.appRecord.app._id) {
    throw badRequest(`"meta.appId" ${JSON.stringify(meta.appId)} is not this app's id`)
  }
  const attrs = checkAttributes(meta.attrs, 'meta.attrs')
  const hash = checkBytes(meta, file.body, path)
  const asset: HostedAsset = {
    path,
    hash,
    size: file.body.length,
    attrs,
    last_modified: nowSeconds(ctx),
    body: file.body.toString('base64')
  }
  ctx.appRecord.hosting_assets[path] = asset
  logWrite(ctx, 204, `uploaded hosted asset ${path} (${asset.size} bytes)`)
  return { status: 204 }
}

function patchAttributes(ctx: RequestContext): Reply {
  const path = pathParam(ctx)
  const asset = requireAsset(ctx, path)
  const body = requireBody(ctx)
  if (body.attributes === undefined) throw badRequest('"attributes" is required')
  asset.attrs = checkAttributes(body.attributes, 'attributes')
  asset.last_modified = nowSeconds(ctx)
  logWrite(ctx, 204, `replaced the attributes of hosted asset ${path}`)
  return { status: 204 }
}

function deleteAsset(ctx: RequestContext): Reply {
  const path = pathParam(ctx)
  requireAsset(ctx, path)
  delete ctx.appRecord.hosting_assets[path]
  logWrite(ctx, 204, `deleted hosted asset ${path}`)
  return { status: 204 }
}

function moveOrCopy(ctx: RequestContext): Reply {
  const body = requireBody(ctx)
  const move = body.move_from !== undefined || body.move_to !== undefined
  const copy = body.copy_from !== undefined || body.copy_to !== undefined
  if (move === copy) throw badRequest('send either "move_from" and "move_to", or "copy_from" and "copy_to"')
  const verb = move ? 'move' : 'copy'
  const from = checkPath(requireString(body[`${verb}_from`], `${verb}_from`), `${verb}_from`)
  const to = checkPath(requireString(body[`${verb}_to`], `${verb}_to`), `${verb}_to`)
  const source = requireAsset(ctx, from)
  ctx.appRecord.hosting_assets[to] = {
    ...source,
    attrs: [...source.attrs],
    path: to,
    last_modified: nowSeconds(ctx)
  }
  if (move && from !== to) delete ctx.appRecord.hosting_assets[from]
  logWrite(ctx, 204, `${move ? 'moved' : 'copied'} hosted asset ${from} to ${to}`)
  return { status: 204 }
}

export function hostingAssetRoutes(): Route[] {
  const asset = `${APP}/hosting/assets/asset`
  return [
    { method: 'GET', pattern: `${APP}/hosting/assets`, handler: listAssets, options: {} },
    { method: 'POST', pattern: `${APP}/hosting/assets`, handler: moveOrCopy, options: { write: true } },
    {
      method: 'GET',
      pattern: asset,
      handler: ctx => ({ status: 200, body: assetView(ctx, requireAsset(ctx, pathParam(ctx))) }),
      options: {}
    },
    { method: 'PUT', pattern: asset, handler: uploadAsset, options: { write: true } },
    { method: 'PATCH', pattern: asset, handler: patchAttributes, options: { write: true } },
    { method: 'DELETE', pattern: asset, handler: deleteAsset, options: { write: true } }
  ]
}
