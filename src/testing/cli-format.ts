// The text forms `realm-deploy exec` speaks: arguments in as Extended JSON (a client's wire format),
// the result out as Extended JSON. Here so that the CLI loads bson only when it runs a function.
import { EJSON } from 'bson'

/** `[1, {"$date": "..."}]` -> the argument list; a single non-array value is one argument. */
export function parseArguments(text: string | undefined): unknown[] {
  if (text === undefined || text.trim() === '') return []
  const value = EJSON.parse(text, { relaxed: true }) as unknown
  return Array.isArray(value) ? value : [value]
}

/** The result as indented Extended JSON (relaxed: numbers stay numbers, dates and ids keep their type). */
export function formatResult(value: unknown): string {
  if (value === undefined) return 'undefined'
  return EJSON.stringify(value as never, undefined, 2, { relaxed: true })
}
