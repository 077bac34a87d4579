// Field tables: for each kind of config file, which fields it may have, their JSON types, which are
// required and which values an enum allows. One checker walks a document against its table.
//
// Unknown-field policy (the same for every kind): an unknown field at the top level of a resource whose
// API body is a closed, documented shape (functions, values, triggers, endpoints, log forwarders,
// resolvers, GraphQL settings, custom user data, environments, data source / service / auth provider
// headers, rules, hosting config) is an ERROR: App Services would reject or silently drop it, and a
// typo there (`"disable": true`) changes what is deployed. Inside nested, type-dependent objects
// (trigger `config`, data source `config`, provider `config`, roles, sync, webhooks) and in root config
// files (realm-cli drops unknown root keys) an unknown field is a WARNING: their accepted fields vary
// with the type and the server version, so we cannot be sure.
import type { Problem } from '../errors.js'
import { fieldProblem, type FieldPath, type JsonDocument } from './json-file.js'

export type FieldType = 'string' | 'boolean' | 'number' | 'integer' | 'object' | 'array' | 'any'

export interface FieldSpec {
  readonly type: FieldType | readonly FieldType[]
  readonly required?: boolean
  readonly enum?: readonly string[]
  /** For objects: their own table. */
  readonly fields?: FieldTable
  /** For arrays: the type of every item. */
  readonly items?: FieldSpec
}

export interface FieldTable {
  /** What the object is, for messages: `trigger`, `function manifest entry`. */
  readonly kind: string
  readonly fields: Readonly<Record<string, FieldSpec>>
  readonly unknown: 'error' | 'warning' | 'allow'
}

export const str: FieldSpec = { type: 'string' }
export const bool: FieldSpec = { type: 'boolean' }
export const obj: FieldSpec = { type: 'object' }
export const any: FieldSpec = { type: 'any' }
export const strList: FieldSpec = { type: 'array', items: str }
/** Rule expressions: a boolean or a JSON expression object. */
export const expression: FieldSpec = { type: ['boolean', 'object'] }

export function required(spec: FieldSpec): FieldSpec {
  return { ...spec, required: true }
}

export function oneOf(values: readonly string[], isRequired = false): FieldSpec {
  return { type: 'string', enum: values, required: isRequired }
}

export function typeOfJson(value: unknown): FieldType | 'null' {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  return typeof value as FieldType
}

function matchesType(value: unknown, type: FieldType): boolean {
  const actual = typeOfJson(value)
  if (type === 'any') return true
  if (type === 'number') return actual === 'number' || actual === 'integer'
  return actual === type
}

const article = (t: string): string => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`)

/** Checks `value` (at `path` of `doc`) against `table`; returns false when an error was found. */
export function checkFields(
  doc: JsonDocument,
  path: FieldPath,
  value: unknown,
  table: FieldTable,
  problems: Problem[]
): boolean {
  if (typeOfJson(value) !== 'object') {
    problems.push(fieldProblem(doc, path, `${table.kind} must be a JSON object, found ${typeOfJson(value)}`))
    return false
  }
  const record = value as Record<string, unknown>
  const before = problems.filter(p => p.severity === 'error').length
  if (table.unknown !== 'allow') {
    for (const key of Object.keys(record).filter(k => !(k in table.fields))) {
      const known = Object.keys(table.fields).join(', ')
      const message = `unknown field '${key}' in ${table.kind} (known fields: ${known})`
      problems.push(fieldProblem(doc, [...path, key], message, table.unknown))
    }
  }
  for (const [key, spec] of Object.entries(table.fields)) {
    if (record[key] === undefined) {
      if (spec.required)
        problems.push(fieldProblem(doc, path, `${table.kind} is missing required field '${key}'`))
    } else {
      checkValue(doc, [...path, key], record[key], spec, problems)
    }
  }
  return problems.filter(p => p.severity === 'error').length === before
}

function checkValue(
  doc: JsonDocument,
  path: FieldPath,
  value: unknown,
  spec: FieldSpec,
  problems: Problem[]
): void {
  const types = (Array.isArray(spec.type) ? spec.type : [spec.type]) as FieldType[]
  if (!types.some(t => matchesType(value, t))) {
    const expected = types.map(article).join(' or ')
    problems.push(fieldProblem(doc, path, `expected ${expected}, found ${typeOfJson(value)}`))
    return
  }
  if (spec.enum && !spec.enum.includes(value as string)) {
    const allowed = spec.enum.map(v => JSON.stringify(v)).join(', ')
    problems.push(fieldProblem(doc, path, `${JSON.stringify(value)} is not one of ${allowed}`))
    return
  }
  if (spec.fields && typeOfJson(value) === 'object') checkFields(doc, path, value, spec.fields, problems)
  if (spec.items && Array.isArray(value)) {
    value.forEach((item, i) => checkValue(doc, [...path, i], item, spec.items as FieldSpec, problems))
  }
}
