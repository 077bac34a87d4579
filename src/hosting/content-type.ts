// The Content-Type an asset gets when hosting/metadata.json has no entry for it.
//
// Choice for `.js` (and the few other extensions where realm-cli's own table used a legacy name):
// new uploads get the current standard type from mime-db (`text/javascript`, RFC 9239), not the
// `application/x-javascript` realm-cli sent. Browsers treat both as JavaScript, so an asset already
// served with the legacy name is not wrong, only old. To spare a user switching from realm-cli a first
// deploy that re-PATCHes every .js file for no visible effect, `isDefaultContentType` accepts the legacy
// names as the default, and `diffAssets` leaves such assets alone when metadata.json does not name a type.
import mimeDb from 'mime-db'
import { extname } from 'node:path'
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

/** Where mime-db's own ranking picks a type a browser would not play or show inline. */
const PREFERRED_BY_EXTENSION: Readonly<Record<string, string>> = {
  mp4: 'video/mp4',
  mpg4: 'video/mp4'
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

function buildExtensionMap(): Map<string, string> {
  const map = new Map<string, string>()
  const scores = new Map<string, number>()
  for (const [type, entry] of Object.entries(mimeDb)) {
    for (const extension of entry.extensions ?? []) {
      const score = typeScore(type, entry.source)
      if (score > (scores.get(extension) ?? -1)) {
        map.set(extension, type)
        scores.set(extension, score)
      }
    }
  }
  for (const [extension, type] of Object.entries(PREFERRED_BY_EXTENSION)) map.set(extension, type)
  return map
}

const FACET_SCORES: Readonly<Record<string, number>> = { 'prs.': 100, 'x-': 200, 'x.': 300, 'vnd.': 400 }
const SOURCE_SCORES: Readonly<Record<string, number>> = { nginx: 10, apache: 20, iana: 40 }
const TOP_LEVEL_SCORES: Readonly<Record<string, number>> = { application: 1, font: 2 }

/**
 * Several types claim some extensions (`.js`: text/javascript and application/javascript). Prefer a
 * standard subtree over vnd./x-/prs., then the IANA registry over Apache and nginx, then application/
 * and font/ types, then the shorter name (the ranking of the `mime-types` package).
 */
function typeScore(type: string, source: string | undefined): number {
  if (type === 'application/octet-stream') return 0
  const [top, subtype] = type.split('/')
  const facet = /^(vnd\.|x-|x\.|prs\.)/.exec(subtype)?.[1]
  const facetScore = FACET_SCORES[facet ?? ''] ?? 900
  const sourceScore = SOURCE_SCORES[source ?? ''] ?? 30
  const topScore = TOP_LEVEL_SCORES[top] ?? 0
  return facetScore + sourceScore + topScore + (1 - type.length / 100)
}

/**
 * True when the media type of a Content-Type value (parameters such as `; charset=utf-8` aside) is one
 * the MIME database knows. `application/html` or `image/*` upload fine and then make browsers download
 * or refuse the file: worth a warning, not an error (a private type can be on purpose).
 */
export function isKnownContentType(value: string): boolean {
  const type = value.split(';')[0].trim().toLowerCase()
  return Object.hasOwn(mimeDb, type)
}
