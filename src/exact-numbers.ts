// Integers beyond 2^53 as the repository wrote them. JSON.parse turns `12345678901234567891` into
// the nearest double, and JSON.stringify would send that double's digits (…7168): a silent change.
// The JSON reader remembers the digits of every such integer here, keyed by the double it became,
// and the Admin API client writes request bodies with `stringifyExact`, which puts the remembered
// digits back. A double two different spellings share is ambiguous and left as it is.
import { randomBytes } from 'node:crypto'

const written = new Map<number, string | null>()
// A per-process nonce: no string from a config file can look like a placeholder.
const nonce = randomBytes(8).toString('hex')
const placeholder = new RegExp(`"\\\\u0000exact-${nonce}-(\\d+)\\\\u0000"`, 'g')

/** Records that `value` was written as `raw` (an integer literal past 2^53). */
export function rememberExactInteger(value: number, raw: string): void {
  const known = written.get(value)
  if (known === undefined) written.set(value, raw)
  else if (known !== raw) written.set(value, null)
}

/** JSON.stringify, with each remembered integer written with its original digits. */
export function stringifyExact(value: unknown): string {
  if (written.size === 0) return JSON.stringify(value)
  const digits: string[] = []
  const text = JSON.stringify(value, (_key, v: unknown) => {
    const raw = typeof v === 'number' ? written.get(v) : undefined
    if (!raw) return v
    digits.push(raw)
    return `\u0000exact-${nonce}-${digits.length - 1}\u0000`
  })
  return digits.length === 0 ? text : text.replace(placeholder, (_m, i: string) => digits[Number(i)])
}

/** For tests: forget every remembered integer. */
export function clearExactIntegers(): void {
  written.clear()
}
