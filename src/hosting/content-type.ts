// The Content-Type an asset gets when hosting/metadata.json has no entry for it.
//
// Choice for `.js` (and the few other extensions where realm-cli's own table used a legacy name):
// new uploads get the current standard type from mime-db (`text/javascript`, RFC 9239), not the
// `application/x-javascript` realm-cli sent. Browsers treat both as JavaScript, so an asset already
// served with the legacy name is not wrong, only old. To spare a user switching from realm-cli a first
// deploy that re-PATCHes every .js file for no visible effect, `isDefaultContentType` accepts the legacy
// names as the default, and `diffAssets` leaves such assets alone when metadata.json does not name a type.
import { extname } from 'node:path'
import { EXTENSIONS_BY_TYPE } from './mime-table.js'
import type { Attr } from './types.js'

/**
 * Legacy names of the same format that realm-cli sent or web servers still send, keyed by the type we
 * choose. realm-cli's table (admin-api-notes §4.7) differs from mime-db on these web extensions.
 */
export const LEGACY_CONTENT_TYPE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'text/javascript': ['application/x-javascript', 'application/javascript'],
  'image/vnd.microsoft.icon': ['image/x-icon'],
  'audio/wav': ['audio/x-wav'],
  'application/gzip': ['application/x-gzip'],
  'application/rtf': ['text/rtf'],
  'audio/ogg': ['application/ogg']
}

let byExtension: Map<string, string> | undefined

/** The Content-Type for a path from its extension (case-insensitive), or undefined. */
export function defaultContentType(path: string): string | undefined {
  const extension = extname(path).slice(1).toLowerCase()
  if (!extension) return undefined
  byExtension ??= buildExtensionMap()
  return byExtension.get(extension)
}

const attrsByType = new Map<string, readonly Attr[]>()
const noAttrs: readonly Attr[] = Object.freeze([])

/** The attrs of an asset without a metadata.json entry: its Content-Type, or none. Shared, frozen. */
export function defaultAttrs(path: string): readonly Attr[] {
  const type = defaultContentType(path)
  if (!type) return noAttrs
  let attrs = attrsByType.get(type)
  if (!attrs) {
    // One frozen list per type: twenty thousand .html files need not carry twenty thousand copies.
    attrs = Object.freeze([Object.freeze({ name: 'Content-Type', value: type })])
    attrsByType.set(type, attrs)
  }
  return attrs
}

/** True when `value` is the default Content-Type of `path` or a legacy name of it. */
export function isDefaultContentType(path: string, value: string): boolean {
  const type = defaultContentType(path)
  if (type === undefined) return false
  return value === type || (LEGACY_CONTENT_TYPE_ALIASES[type] ?? []).includes(value)
}

/** The generated table (mime-table.ts, ranked from mime-db by scripts/mime-table.mjs) by extension. */
function buildExtensionMap(): Map<string, string> {
  const map = new Map<string, string>()
  for (const [type, extensions] of Object.entries(EXTENSIONS_BY_TYPE)) {
    for (const extension of extensions.split(' ')) map.set(extension, type)
  }
  return map
}
