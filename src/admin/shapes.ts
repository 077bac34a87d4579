// Runtime checks of Admin API responses at the boundary: a response of the wrong shape fails here,
// naming the call and the field, instead of surfacing as an `undefined` three layers up.
// Messages name fields and types, never values (a value may be a token).
import { AdminApiError } from '../errors.js'

export type Json = Record<string, unknown>

/** `what` is the call, "METHOD /path". */
export function shapeError(what: string, field: string, problem: string): AdminApiError {
  const space = what.indexOf(' ')
  const error = new AdminApiError(
    what.slice(0, space),
    what.slice(space + 1),
    0,
    'UnexpectedResponse',
    problem
  )
  error.message = `${what}: unexpected response: ${field ? `\`${field}\` ` : ''}${problem}`
  return error
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

export function expectObject(value: unknown, what: string, field = ''): Json {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Json
  throw shapeError(
    what,
    field,
    `expected an object, got ${value === undefined ? 'no body' : typeName(value)}`
  )
}

export function expectArray(value: unknown, what: string, field = ''): unknown[] {
  if (Array.isArray(value)) return value
  throw shapeError(what, field, `expected an array, got ${value === undefined ? 'no body' : typeName(value)}`)
}

export function expectString(body: Json, key: string, what: string, prefix = ''): string {
  const value = body[key]
  if (typeof value === 'string') return value
  throw shapeError(
    what,
    `${prefix}${key}`,
    `expected a string, got ${value === undefined ? 'nothing' : typeName(value)}`
  )
}

export function optionalString(body: Json, key: string, what: string, prefix = ''): string | undefined {
  return body[key] === undefined || body[key] === null ? undefined : expectString(body, key, what, prefix)
}

export function optionalNumber(body: Json, key: string, what: string, prefix = ''): number | undefined {
  const value = body[key]
  if (value === undefined || value === null) return undefined
  if (typeof value === 'number') return value
  throw shapeError(what, `${prefix}${key}`, `expected a number, got ${typeName(value)}`)
}

/** Checks every element with `check` (which gets the element and its field path, e.g. `[3]`). */
export function expectList<T>(value: unknown, what: string, check: (item: unknown, field: string) => T): T[] {
  return expectArray(value, what).map((item, i) => check(item, `[${i}]`))
}

/** An object with a string `_id` and the given string keys; other fields kept as they are. */
export function expectDoc<T extends Json>(
  value: unknown,
  what: string,
  field: string,
  keys: readonly string[]
): T {
  const body = expectObject(value, what, field)
  const prefix = field ? `${field}.` : ''
  expectString(body, '_id', what, prefix)
  for (const key of keys) expectString(body, key, what, prefix)
  return body as T
}
