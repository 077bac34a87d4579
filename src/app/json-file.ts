// Strict JSON parsing with positions: App Services (and realm-cli's Go `encoding/json`) take plain
// JSON, so comments and trailing commas are errors here, not silently accepted. jsonc-parser gives
// the syntax tree, which maps a field path back to a line and column for every later problem.
import {
  findNodeAtLocation,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError
} from 'jsonc-parser/lib/esm/main.js'
import type { Problem } from '../errors.js'
import { formatFieldPath, type FieldPath } from './field-path.js'
import { countKeys, lossProblems, scanText } from './json-scan.js'

export { formatFieldPath, type FieldPath }

export interface JsonDocument {
  /** Relative to the app directory. */
  readonly file: string
  readonly text: string
  readonly tree: Node | undefined
  /** Undefined when the file has syntax errors. */
  readonly value: unknown
  readonly ok: boolean
}

const parseOptions = { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false }

/**
 * Parses `text` (a leading UTF-8 BOM is accepted) and returns the document and its syntax problems.
 * A valid file is read by JSON.parse alone; its syntax tree, needed only to place a problem, is built
 * on first use. jsonc-parser reads a file only when JSON.parse fails (to place the error) or when the
 * scan finds a key written twice or a long number (lossProblems).
 */
export function parseJsonDocument(file: string, raw: string): { doc: JsonDocument; problems: Problem[] } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  const scan = scanText(file, text)
  if (scan.tooDeep)
    return { doc: { file, text, tree: undefined, value: undefined, ok: false }, problems: [scan.tooDeep] }
  let value: unknown
  try {
    // JSON.parse builds ordinary objects (jsonc-parser's have no prototype) with the same last-wins rule.
    value = JSON.parse(text)
  } catch {
    const errors: ParseError[] = []
    const tree = parseTree(text, errors, parseOptions)
    // Both parsers take plain JSON: what JSON.parse refuses, jsonc-parser places.
    const problem: Problem = errors[0]
      ? syntaxProblem(file, text, errors[0])
      : { source: file, line: 1, column: 1, message: 'invalid JSON', severity: 'error' }
    return { doc: { file, text, tree, value: undefined, ok: false }, problems: [problem] }
  }
  // Warnings only: the run goes on (a strict mode may turn them into errors).
  const problems = scan.longNumber || scan.keys !== countKeys(value) ? lossProblems(file, text) : []
  return { doc: lazyTreeDocument(file, text, value), problems }
}

function lazyTreeDocument(file: string, text: string, value: unknown): JsonDocument {
  let tree: Node | undefined
  let built = false
  return {
    file,
    text,
    value,
    ok: true,
    get tree() {
      if (!built) {
        tree = parseTree(text, [], parseOptions)
        built = true
      }
      return tree
    }
  }
}

function syntaxProblem(file: string, text: string, error: ParseError): Problem {
  const { line, column } = text.trim() === '' ? { line: 1, column: 1 } : lineColumn(text, error.offset)
  return { source: file, line, column, message: describeSyntaxError(text, error), severity: 'error' }
}

function describeSyntaxError(text: string, error: ParseError): string {
  const code = printParseErrorCode(error.error)
  if (text.trim() === '') return 'the file is empty; it must hold a JSON document'
  if (code === 'InvalidCommentToken') return 'comments are not allowed in JSON'
  const before = text.slice(0, error.offset).trimEnd()
  const after = text.slice(error.offset).trimStart()
  if (before.endsWith(',') && (after.startsWith('}') || after.startsWith(']'))) {
    return 'trailing comma: JSON does not allow a comma before a closing bracket'
  }
  const readable = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return `invalid JSON: ${readable}`
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: offset - lineStart + 1 }
}

/** Line and column of the deepest existing node on `path` (the property name when there is one). */
export function locate(doc: JsonDocument, path: FieldPath): { line?: number; column?: number } {
  if (!doc.tree) return {}
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(doc.tree, [...path.slice(0, depth)])
    if (!node) continue
    // For an object property, point at its key, where an editor would show the field.
    const target = node.parent?.type === 'property' ? node.parent : node
    return lineColumn(doc.text, target.offset)
  }
  return {}
}

/** Whether the document has a node exactly at `path`. */
export function hasNode(doc: JsonDocument, path: FieldPath): boolean {
  return doc.tree !== undefined && findNodeAtLocation(doc.tree, [...path]) !== undefined
}

/** A problem about the field at `path` of `doc`, positioned when the field exists. */
export function fieldProblem(
  doc: JsonDocument,
  path: FieldPath,
  message: string,
  severity: Problem['severity'] = 'error'
): Problem {
  const field = formatFieldPath(path)
  return { source: doc.file, ...locate(doc, path), ...(field ? { field } : {}), message, severity }
}
