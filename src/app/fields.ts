// Field tables: for each kind of config file, which fields it may have, their JSON types, which are
// required and which values an enum allows. One checker walks a document against its table.
//
// The policy (the same for every kind): what App Services itself exported and deployed is valid, and the
// tables (built from the OpenAPI spec, which is incomplete) are not the truth. So a problem is an ERROR
// only where App Services would refuse the file: a required field missing, a value of the wrong JSON
// type, a non-empty value outside a closed set the server checks (a trigger's type, an HTTP method).
// Everything else is carried to the API as written and is at most a WARNING: a field the table does not
// know (with "did you mean" when it is one edit from a known field, the likely typo), `null` where a
// value is usual, `""` for an unset enum, a value outside an open set (`--strict` makes warnings fatal).
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
  /** A non-empty value outside `enum` is refused by App Services (an error, not a warning). */
  readonly refuse?: boolean
}

export interface FieldTable {
  /** What the object is, for messages: `trigger`, `function manifest entry`. */
  readonly kind: string
  readonly fields: Readonly<Record<string, FieldSpec>>
  /** `allow`: open objects whose keys are data (no warning for unknown keys). */
  readonly unknown: 'warning' | 'allow'
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

/** A closed set of strings. A required one is the resource's discriminator, which the server checks;
 *  `refuse` marks other sets the server checks. */
export function oneOf(values: readonly string[], isRequired = false, refuse = isRequired): FieldSpec {
  return { type: 'string', enum: values, required: isRequired, refuse }
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
      problems.push(fieldProblem(doc, [...path, key], unknownFieldMessage(key, table), 'warning'))
    }
  }
  for (const [key, spec] of Object.entries(table.fields)) {
    const value = record[key]
    // `""` is unset for an enum, and missing for a required string (the server refuses both).
    const empty = value === '' && (spec.enum !== undefined || (spec.required && spec.type === 'string'))
    if (value === undefined || value === null || empty) {
      if (spec.required)
        problems.push(fieldProblem(doc, path, `${table.kind} is missing required field '${key}'`))
    } else {
      checkValue(doc, [...path, key], value, spec, problems)
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
  if (spec.enum && value !== '' && !spec.enum.includes(value as string)) {
    const allowed = spec.enum.map(v => JSON.stringify(v)).join(', ')
    const message = spec.refuse
      ? `${JSON.stringify(value)} is not one of ${allowed}`
      : `${JSON.stringify(value)} is not one of ${allowed}; it is sent as written, App Services may refuse it`
    problems.push(fieldProblem(doc, path, message, spec.refuse ? 'error' : 'warning'))
    return
  }
  if (spec.fields && typeOfJson(value) === 'object') checkFields(doc, path, value, spec.fields, problems)
  if (spec.items && Array.isArray(value)) {
    const items = spec.items
    value.forEach((item, i) => {
      // A list's item cannot be unset: `""` in a closed list the server checks, or where a name is
      // required, is refused.
      if (item === '' && ((items.enum && items.refuse) || items.required))
        problems.push(
          fieldProblem(
            doc,
            [...path, i],
            items.enum
              ? `"" is not one of ${items.enum.map(v => JSON.stringify(v)).join(', ')}`
              : 'an empty string where a value is required'
          )
        )
      else checkValue(doc, [...path, i], item, items, problems)
    })
  }
}

function unknownFieldMessage(key: string, table: FieldTable): string {
  const loose = (name: string): string => name.toLowerCase().replace(/[_-]/g, '')
  const near = Object.keys(table.fields).find(
    known => oneEditApart(key, known) || loose(key) === loose(known)
  )
  const hint = near ? ` (did you mean '${near}'?)` : ''
  return `unknown field '${key}' in ${table.kind}${hint}: it is sent to App Services as written`
}

/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1)
}
