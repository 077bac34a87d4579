// Static hosting: the config switch, and the assets (list, read metadata, upload streamed from disk,
// replace attributes, delete, CDN cache invalidation). Hosting is not draft-scoped; every call here
// sets state by path, so each is safe to repeat.
import { expectList, expectObject, expectString } from './shapes.js'
import { multipartBody } from './multipart.js'
import type { Transport } from './transport.js'
import { getOptional } from './settings.js'
import type { AssetAttribute, Doc, HostedAsset } from './types.js'

export interface AssetUpload {
  /** The asset path, e.g. `/css/site.css`. */
  readonly path: string
  /** The file on disk; it is streamed, never read whole. */
  readonly filePath: string
  /** Lowercase hex MD5 of the bytes. */
  readonly hash: string
  readonly size: number
  readonly attrs: readonly AssetAttribute[]
}

export interface HostingApi {
  getConfig(): Promise<Doc | undefined>
  /** Asynchronous on the server (up to 15 minutes): poll getConfig for `status`. */
  setEnabled(enabled: boolean): Promise<void>
  listAssets(): Promise<HostedAsset[]>
  /** Undefined when there is no asset at `path`. */
  getAsset(path: string): Promise<HostedAsset | undefined>
  uploadAsset(asset: AssetUpload): Promise<void>
  /** Replaces all attributes of the asset. */
  setAssetAttributes(path: string, attrs: readonly AssetAttribute[]): Promise<void>
  deleteAsset(path: string): Promise<void>
  invalidateCache(path?: string): Promise<void>
}

export interface HostingOptions {
  /** The app's `_id`, sent in each asset's `meta` as realm-cli does. */
  readonly appId: string
  /** Per-attempt timeout for uploads (an asset can be 25 MB). */
  readonly uploadTimeoutMs: number
}

function checkAsset(what: string) {
  return (item: unknown, field: string): HostedAsset => {
    const body = expectObject(item, what, field)
    expectString(body, 'path', what, field ? `${field}.` : '')
    const attrs =
      body.attrs === undefined || body.attrs === null ? [] : expectList(body.attrs, what, checkAttr(what))
    return { ...body, attrs } as HostedAsset
  }
}

function checkAttr(what: string) {
  return (item: unknown, field: string): AssetAttribute => {
    const body = expectObject(item, what, `attrs${field}`)
    return {
      name: expectString(body, 'name', what, `attrs${field}.`),
      value: expectString(body, 'value', what, `attrs${field}.`)
    }
  }
}

export function createHostingApi(transport: Transport, appPath: string, options: HostingOptions): HostingApi {
  const configPath = `${appPath}/hosting/config`
  const assetsPath = `${appPath}/hosting/assets`
  const assetPath = `${assetsPath}/asset`

  return {
    getConfig: () => getOptional(transport, configPath),
    async setEnabled(enabled) {
      await transport.call({ method: 'PATCH', path: configPath, json: { enabled } })
    },
    async listAssets() {
      const response = await transport.call({ method: 'GET', path: assetsPath, query: { recursive: true } })
      if (response.body === undefined || response.body === null) return []
      return expectList(response.body, `GET ${assetsPath}`, checkAsset(`GET ${assetsPath}`))
    },
    async getAsset(path) {
      const found = await getOptional(transport, assetPath, { path })
      return found === undefined ? undefined : checkAsset(`GET ${assetPath}`)(found, '')
    },
    async uploadAsset(asset) {
      // Key order path, hash, size, appId, attrs, as realm-cli writes it (admin-api-notes §4.8).
      const meta = {
        path: asset.path,
        hash: asset.hash,
        size: asset.size,
        appId: options.appId,
        attrs: asset.attrs
      }
      const body = multipartBody('mixed', [
        {
          headers: ['Content-Disposition: form-data; name="meta"'],
          content: Buffer.from(JSON.stringify(meta))
        },
        { headers: ['Content-Disposition: form-data; name="file"'], filePath: asset.filePath }
      ])
      await transport.call({
        method: 'PUT',
        path: assetPath,
        query: { path: asset.path },
        body,
        timeoutMs: options.uploadTimeoutMs
      })
    },
    async setAssetAttributes(path, attrs) {
      await transport.call({ method: 'PATCH', path: assetPath, query: { path }, json: { attributes: attrs } })
    },
    async deleteAsset(path) {
      await transport.call({ method: 'DELETE', path: assetPath, query: { path } })
    },
    async invalidateCache(path = '/*') {
      await transport.call({
        method: 'PUT',
        path: `${appPath}/hosting/cache`,
        json: { invalidate: true, path }
      })
    }
  }
}
