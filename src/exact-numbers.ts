// Integers beyond 2^53 as they were written. JSON.parse turns `12345678901234567891` into the nearest
// double, and JSON.stringify would send that double's digits (…7000): a silent change. Both readers
// remember the digits of every such integer, keyed by the double it became: the config reader
// (src/app/json-scan.ts) the repository's, the Admin API client (src/admin/http.ts) the server's.
// Request bodies are written with `stringifyExact`, which puts the repository's digits back, and the
// plan compares with `sameExactly`, so a change in the last digits is a change.
import { visit } from 'jsonc-parser/lib/esm/main.js'

export type DigitsSide = 'repository' | 'server'

/**
 * double -> the digits last read for it. The latest reading wins on both sides: a config file read
 * again after an edit, or a server answer after a write, is what holds now. (Two different integers
 * of one app that round to the same double would share an entry: past 2^53 doubles are 2,048 or more
 * apart, so that takes two values within a few thousand of each other.)
 */
const digitsOf: Record<DigitsSide, Map<number, string>> = {
  repository: new Map(),
  server: new Map()
}
// A per-process nonce: no string from a config file can look like a placeholder. A file written
// before the process started cannot guess it, so Math.random's 2 x 52 bits serve: node:crypto would
// cost every command that reads a config file (validate among them) a few milliseconds to load.
const nonce = [Math.random(), Math.random()].map(n => n.toString(36).slice(2)).join('')
const placeholder = new RegExp(`"\\\\u0000exact-${nonce}-(\\d+)\\\\u0000"`, 'g')

/** True when `raw` is an integer literal that `value` (what JSON.parse made of it) does not hold. */
export function isInexactInteger(raw: string, value: number): boolean {
  if (!/^-?\d+$/.test(raw) || Number.isSafeInteger(value)) return false
  return !Number.isFinite(value) || BigInt(value) !== BigInt(raw)
}

/** Records that `value` was written as `raw` (an integer literal past 2^53). */
export function rememberExactInteger(value: number, raw: string, side: DigitsSide = 'repository'): void {
  digitsOf[side].set(value, raw)
}

/** Remembers the server's digits of every integer past 2^53 in a response body. */
export function rememberServedIntegers(text: string): void {
  // A quick look first: most bodies have no run of 16 digits at all.
  if (!/\d{16}/.test(text)) return
  visit(text, {
    onLiteralValue: (value: unknown, offset: number, length: number) => {
      if (typeof value !== 'number') return
      const raw = text.slice(offset, offset + length)
      if (isInexactInteger(raw, value)) rememberExactInteger(value, raw, 'server')
    }
  })
}

/** JSON.stringify, with each integer the repository wrote past 2^53 written with its digits. */
export function stringifyExact(value: unknown): string {
  return stringifyWith(value, v => digitsOf.repository.get(v))
}

/**
 * Whether a repository value and a server value are the same. Integers past 2^53 are compared by
 * their digits where the server kept digits of its own; a server that holds only the double (it
 * answers with the double's digits) cannot store more, so there the doubles are compared.
 */
export function sameExactly(repository: unknown, server: unknown): boolean {
  const plain = JSON.stringify(repository) === JSON.stringify(server)
  if (!plain || digitsOf.repository.size === 0 || digitsOf.server.size === 0) return plain
  const kept = (v: number): string | undefined => {
    const served = digitsOf.server.get(v)
    if (!served || served === JSON.stringify(v) || served === BigInt(v).toString()) return undefined
    return served
  }
  const fromRepository = (v: number) => (kept(v) === undefined ? undefined : digitsOf.repository.get(v))
  return stringifyWith(repository, fromRepository) === stringifyWith(server, kept)
}

/** JSON.stringify for what came from the server (`pull`'s files), with the server's digits. */
export function stringifyServed(value: unknown, space?: number): string {
  return stringifyWith(value, v => digitsOf.server.get(v), space)
}

function stringifyWith(value: unknown, digitsFor: (v: number) => string | undefined, space?: number): string {
  const digits: string[] = []
  const text = JSON.stringify(
    value,
    (_key, v: unknown) => {
      const raw = typeof v === 'number' && !Number.isSafeInteger(v) ? digitsFor(v) : undefined
      if (!raw) return v
      digits.push(raw)
      return `\u0000exact-${nonce}-${digits.length - 1}\u0000`
    },
    space
  )
  return digits.length === 0 ? text : text.replace(placeholder, (_m, i: string) => digits[Number(i)])
}

/** For tests: forget every remembered integer. */
export function clearExactIntegers(): void {
  digitsOf.repository.clear()
  digitsOf.server.clear()
}
