// Request-body checks shared by the resource routes. Each check names the offending field in its
// message, so a client author sees exactly what the emulator (and, by the spec, the server) refused.
import { HttpError, type Doc, type RequestContext } from '../types.js'

export const INVALID = 'InvalidParameter'

export function badRequest(message: string, code = INVALID): HttpError {
  return new HttpError(400, code, message)
}

export function isObject(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The JSON body as an object, or 400. */
export function requireBody(ctx: RequestContext): Doc {
  const body = ctx.json()
  if (!isObject(body)) throw badRequest('the request body must be a JSON object')
  return body
}

export function requireString(value: unknown, field: string): string {
  if (value === undefined || value === null || value === '') throw badRequest(`"${field}" is required`)
  if (typeof value !== 'string') throw badRequest(`"${field}" must be a string`)
  return value
}

export function optionalString(value: unknown, field: string): string | undefined {
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string') throw badRequest(`"${field}" must be a string`)
  return value
}

export function requireBoolean(value: unknown, field: string): boolean {
  if (value === undefined || value === null) throw badRequest(`"${field}" is required`)
  if (typeof value !== 'boolean') throw badRequest(`"${field}" must be a boolean`)
  return value
}

export function optionalBoolean(value: unknown, field: string, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback
  if (typeof value !== 'boolean') throw badRequest(`"${field}" must be a boolean`)
  return value
}

export function requireObject(value: unknown, field: string): Doc {
  if (value === undefined || value === null) throw badRequest(`"${field}" is required`)
  if (!isObject(value)) throw badRequest(`"${field}" must be an object`)
  return value
}

export function optionalObject(value: unknown, field: string): Doc | undefined {
  if (value === undefined || value === null) return undefined
  if (!isObject(value)) throw badRequest(`"${field}" must be an object`)
  return value
}

export function optionalArray(value: unknown, field: string): unknown[] | undefined {
  if (value === undefined || value === null) return undefined
  if (!Array.isArray(value)) throw badRequest(`"${field}" must be an array`)
  return value
}

export function requireEnum<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  const text = requireString(value, field)
  if (!(allowed as readonly string[]).includes(text)) {
    throw badRequest(
      `"${field}" must be one of ${allowed.map(a => JSON.stringify(a)).join(', ')}; got ${JSON.stringify(text)}`
    )
  }
  return text as T
}

/** An enum the server leaves unset as `""` (exports write it so): absent, null or "" pass as sent. */
export function unsetOrEnum<T extends string>(value: unknown, field: string, allowed: readonly T[]): unknown {
  if (value === undefined || value === null || value === '') return value
  return requireEnum(value, field, allowed)
}

/** A non-empty array whose every item is one of `allowed`. */
export function requireEnumList<T extends string>(value: unknown, field: string, allowed: readonly T[]): T[] {
  if (value === undefined || value === null) throw badRequest(`"${field}" is required`)
  if (!Array.isArray(value)) throw badRequest(`"${field}" must be an array`)
  if (value.length === 0) throw badRequest(`"${field}" must not be empty`)
  return value.map((item, i) => requireEnum(item, `${field}[${i}]`, allowed))
}

export function requireStringList(value: unknown, field: string): string[] {
  if (value === undefined || value === null) throw badRequest(`"${field}" is required`)
  if (!Array.isArray(value)) throw badRequest(`"${field}" must be an array`)
  return value.map((item, i) => requireString(item, `${field}[${i}]`))
}

// App Services names (triggers, services, values, rules): ASCII letters, digits, `_`, `-`, at most 64.
const SIMPLE_NAME = /^[A-Za-z0-9_-]{1,64}$/

export function requireSimpleName(value: unknown, field: string, what: string): string {
  const name = requireString(value, field)
  if (!SIMPLE_NAME.test(name)) {
    throw badRequest(
      `invalid ${what} name ${JSON.stringify(name)}: use at most 64 ASCII letters, digits, "_" or "-"`
    )
  }
  return name
}

/** The `_id` in an update body, when sent, must be the one in the path. */
export function checkBodyId(body: Doc, id: string): void {
  if (body._id !== undefined && body._id !== id) {
    throw badRequest(
      `"_id" in the body (${JSON.stringify(body._id)}) does not match the id in the path (${id})`
    )
  }
}
