// What JSON.parse would lose or choke on, found before or beside it: nesting deeper than a config
// document may have (a pre-scan without recursion, so 100,000 open brackets cannot overflow the
// stack), keys written twice (JSON.parse keeps the last silently, while a diff shows the reader
// either one), and integers JavaScript numbers cannot hold exactly (their digits are remembered, so
// they are sent and compared as written: ../exact-numbers.ts).
import { visit, type JSONPath } from 'jsonc-parser'
import type { Problem } from '../errors.js'
import { isInexactInteger, rememberExactInteger } from '../exact-numbers.js'
import { formatFieldPath } from './field-path.js'

/** MongoDB nests documents at most 100 levels deep, so no App Services config can go deeper. */
export const MAX_JSON_DEPTH = 100

/** A problem when brackets nest deeper than MAX_JSON_DEPTH (strings are skipped), else undefined. */
export function nestingProblem(file: string, text: string): Problem | undefined {
  let depth = 0
  let line = 1
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 10) line++
    if (inString) {
      if (ch === 92)
        i++ // a backslash escapes the next character
      else if (ch === 34) inString = false
      continue
    }
    if (ch === 34) inString = true
    else if (ch === 123 || ch === 91) {
      if (++depth > MAX_JSON_DEPTH)
        return {
          source: file,
          line,
          message: `JSON nests deeper than ${MAX_JSON_DEPTH} levels, more than App Services stores; it was not read further`,
          severity: 'error'
        }
    } else if (ch === 125 || ch === 93) depth--
  }
  return undefined
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
