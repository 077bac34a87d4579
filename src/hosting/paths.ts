// Asset paths: ordering them by code point, and keeping reads inside the app directory.
import { relative, sep, isAbsolute } from 'node:path'

/**
 * Orders strings by Unicode code point, which is also UTF-8 byte order. JavaScript's `<` compares
 * UTF-16 code units, which puts astral characters (emoji) before U+E000..U+FFFF; this remaps the
 * first differing unit so surrogates sort above the rest of the BMP.
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return codePointRank(x) - codePointRank(y)
  }
  return a.length - b.length
}

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800
  if (unit >= 0xd800) return unit + 0x2000
  return unit
}

/** True when `child` (an absolute, real path) is `root` or inside it. */
export function isInside(root: string, child: string): boolean {
  const rel = relative(root, child)
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`))
}
