// The asset diff the deploy planner applies: local Asset Metadata Documents against the remote list.
// Same rules as realm-cli (admin-api-notes §4.7): new path -> added; other hash -> body changed
// (re-upload, which also sets attrs); same hash, other attrs (compared sorted by name, then value)
// -> attrs changed (PATCH); remote path not local -> removed. The remote root entry "/" is not a file.
import { isDefaultContentType } from './content-type.js'
import { compareCodePoints } from './paths.js'
import type { AssetMetadata, Attr } from './types.js'

export interface AssetDiff {
  readonly added: AssetMetadata[]
  readonly bodyChanged: AssetMetadata[]
  readonly attrsChanged: AssetMetadata[]
  /** Remote paths with no local file. */
  readonly removed: string[]
  readonly unchanged: number
}

export interface DiffOptions {
  /**
   * Count a remote legacy Content-Type (`application/x-javascript`, as realm-cli sent for .js) as equal
   * to the default of an asset whose attrs are not set in metadata.json. Default true: otherwise the
   * first deploy after realm-cli re-PATCHes every such file for no visible change.
   */
  readonly acceptLegacyContentTypes?: boolean
}

type LocalInput = AssetMetadata & { readonly explicitAttrs?: boolean }
type RemoteInput = AssetMetadata & { readonly last_modified?: number }

export function diffAssets(
  local: readonly LocalInput[],
  remote: readonly RemoteInput[],
  options: DiffOptions = {}
): AssetDiff {
  const acceptLegacy = options.acceptLegacyContentTypes ?? true
  const remoteByPath = new Map<string, RemoteInput>()
  // Directory entries ("/" and any path ending in "/") are not files to compare or delete.
  for (const asset of remote) if (!asset.path.endsWith('/')) remoteByPath.set(asset.path, asset)
  const diff = {
    added: [] as AssetMetadata[],
    bodyChanged: [] as AssetMetadata[],
    attrsChanged: [] as AssetMetadata[]
  }
  let unchanged = 0
  for (const asset of [...local].sort(byPath)) {
    const current = remoteByPath.get(asset.path)
    remoteByPath.delete(asset.path)
    if (!current) diff.added.push(documentOf(asset))
    else if (current.hash !== asset.hash) diff.bodyChanged.push(documentOf(asset))
    else if (!attrsMatch(asset, current.attrs ?? [], acceptLegacy)) diff.attrsChanged.push(documentOf(asset))
    else unchanged++
  }
  const removed = [...remoteByPath.keys()].sort(compareCodePoints)
  return { ...diff, removed, unchanged }
}

/** True when two attr lists are the same set, order aside (sorted by name, then value). */
export function sameAttrs(a: readonly Attr[], b: readonly Attr[]): boolean {
  if (a.length !== b.length) return false
  const left = sortAttrs(a)
  const right = sortAttrs(b)
  return left.every((attr, i) => attr.name === right[i].name && attr.value === right[i].value)
}

export function sortAttrs(attrs: readonly Attr[]): Attr[] {
  return [...attrs].sort((x, y) => compareCodePoints(x.name, y.name) || compareCodePoints(x.value, y.value))
}

function attrsMatch(local: LocalInput, remote: readonly Attr[], acceptLegacy: boolean): boolean {
  if (sameAttrs(local.attrs, remote)) return true
  if (!acceptLegacy || local.explicitAttrs === true) return false
  // Only an asset that got the default Content-Type may keep a legacy name of that same type.
  const [own] = local.attrs
  const [theirs] = remote
  return (
    local.attrs.length === 1 &&
    remote.length === 1 &&
    own.name === 'Content-Type' &&
    theirs.name === 'Content-Type' &&
    isDefaultContentType(local.path, own.value) &&
    isDefaultContentType(local.path, theirs.value)
  )
}

/** The Asset Metadata Document alone, without local bookkeeping such as `explicitAttrs`. */
function documentOf(asset: LocalInput): AssetMetadata {
  return { path: asset.path, hash: asset.hash, size: asset.size, attrs: asset.attrs }
}

function byPath(a: AssetMetadata, b: AssetMetadata): number {
  return compareCodePoints(a.path, b.path)
}
