// What JSON.parse would lose or choke on, found before or beside it: nesting deeper than a config
// document may have (a pre-scan without recursion, so 100,000 open brackets cannot overflow the
// stack), keys written twice (JSON.parse keeps the last silently, while a diff shows the reader
// either one), and integers JavaScript numbers cannot hold exactly (their digits are remembered, so
// they are sent and compared as written: ../exact-numbers.ts).
import { visit, type JSONPath } from 'jsonc-parser/lib/esm/main.js'
import type { Problem } from '../errors.js'
import { isInexactInteger, rememberExactInteger } from '../exact-numbers.js'
import { formatFieldPath } from './field-path.js'

/** MongoDB nests documents at most 100 levels deep, so no App Services config can go deeper. */
export const MAX_JSON_DEPTH = 100

/** What one pass over the text finds: the nesting problem, and what decides whether lossProblems can find anything. */
export interface TextScan {
  /** Brackets nest deeper than MAX_JSON_DEPTH (strings are skipped). */
  readonly tooDeep: Problem | undefined
  /** Property keys written, duplicates included (a string followed by `:`). */
  readonly keys: number
  /** A run of 16 or more digits outside strings: an integer that may be past 2^53. */
  readonly longNumber: boolean
}

/**
 * One pass without recursion (100,000 open brackets cannot overflow the stack) over the text: nesting,
 * the number of keys written and whether any number is long enough to lose digits. A document whose key
 * count equals the parsed value's (countKeys) has no key written twice, since JSON.parse keeps one of
 * each; with no long number either, lossProblems has nothing to find and its slower parse is skipped.
 */
export function scanText(file: string, text: string): TextScan {
  let depth = 0
  let line = 1
  let keys = 0
  let digits = 0
  let longNumber = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch >= 48 && ch <= 57) {
      if (++digits >= 16) longNumber = true
      continue
    }
    digits = 0
    if (ch === 10) line++
    else if (ch === 34) {
      // A string: skip to its closing quote (a backslash escapes the next character), then see
      // whether a colon follows, which makes it a key.
      for (i++; i < text.length; i++) {
        const c = text.charCodeAt(i)
        if (c === 92) i++
        else if (c === 34) break
        else if (c === 10) line++
      }
      let j = i + 1
      while (j < text.length && isSpace(text.charCodeAt(j))) j++
      if (text.charCodeAt(j) === 58) keys++
    } else if (ch === 123 || ch === 91) {
      if (++depth > MAX_JSON_DEPTH)
        return {
          tooDeep: {
            source: file,
            line,
            message: `JSON nests deeper than ${MAX_JSON_DEPTH} levels, more than App Services stores; it was not read further`,
            severity: 'error'
          },
          keys,
          longNumber
        }
    } else if (ch === 125 || ch === 93) depth--
  }
  return { tooDeep: undefined, keys, longNumber }
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 10 || ch === 13 || ch === 9
}

/** The number of own keys of every object in a parsed JSON value (iterative: depth is already bounded). */
export function countKeys(value: unknown): number {
  let count = 0
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const item = stack.pop()
    if (item === null || typeof item !== 'object') continue
    if (Array.isArray(item)) {
      for (const element of item) stack.push(element)
      continue
    }
    const record = item as Record<string, unknown>
    const keys = Object.keys(record)
    count += keys.length
    for (const key of keys) stack.push(record[key])
  }
  return count
}

/** Warnings for duplicate keys (naming both lines) and for integers that would not survive exactly. */
export function lossProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = []
  const objects: Array<Map<string, number>> = []
  const field = (path: JSONPath) => {
    const formatted = formatFieldPath(path)
    return formatted ? { field: formatted } : {}
  }
  visit(
    text,
    {
      onObjectBegin: () => void objects.push(new Map()),
      onObjectEnd: () => void objects.pop(),
      onObjectProperty: (key, _offset, _length, startLine, startCharacter, pathSupplier) => {
        const seen = objects[objects.length - 1]
        const first = seen?.get(key)
        if (first !== undefined) {
          problems.push({
            source: file,
            line: startLine + 1,
            column: startCharacter + 1,
            ...field([...pathSupplier(), key]),
            message: `duplicate key ${JSON.stringify(key)} on lines ${first} and ${startLine + 1}: only the later one counts, though a diff may show either`,
            severity: 'warning'
          })
        } else seen?.set(key, startLine + 1)
      },
      onLiteralValue: (value: unknown, offset, length, startLine, startCharacter, pathSupplier) => {
        if (typeof value !== 'number') return
        const raw = text.slice(offset, offset + length)
        if (!isInexactInteger(raw, value)) return
        rememberExactInteger(value, raw)
        problems.push({
          source: file,
          line: startLine + 1,
          column: startCharacter + 1,
          ...field(pathSupplier()),
          message: `integer ${raw} is past 2^53: realm-deploy sends and compares it with every digit, but a function or a server that reads it as a JavaScript number sees ${String(value)}; write it as a string if every digit matters`,
          severity: 'warning'
        })
      }
    },
    { disallowComments: true, allowTrailingComma: false }
  )
  return problems
}
