// Inserts a time-limit check into a function source before it is compiled: at the start of every loop
// body (while, do-while, for, for-in, for-of, for-await, braces or not), of every function body
// (declarations, expressions, methods, arrows), of every catch clause and of every finally block.
//
// Why this and not a worker thread per call: node:vm's `timeout` only covers the synchronous start of
// a call, so a loop that starts after an `await` runs on the test's own thread, where nothing can
// interrupt it. A worker thread could be terminated at the deadline, but everything a function's
// context reaches (the in-memory database, the test's http handler, values, console lines) lives in
// the test's thread and would have to be proxied across it, each call paying a thread start.
// Checks inside the function's own code keep that code in the test's thread and bound any loop or
// callback chain in it. A check is inline code, a countdown on an object that reads the clock only
// when it runs out: calling a check function instead cost two to three times as much in a tight loop.
//
// The checks are inserted without newlines, so lines in errors and stacks stay the file's own;
// columns on a line that received a check are mapped back by `originalColumn`.
import { parse, type Node } from 'acorn'

/** The name the checks use: a parameter of the compiled module body, so it is reached in every scope.
 *  It holds a TimeGate (time-limit.ts). */
export const TIME_GATE = '__realmDeployLimit'

/** One check, as an expression. */
export const CHECK = `--${TIME_GATE}.left<0&&${TIME_GATE}.check()`
const CALL = `${CHECK};`

/** Text inserted at `column` (0-based, original source) of `line` (1-based). */
export interface Insertion {
  readonly line: number
  readonly column: number
  readonly length: number
}

export interface Instrumented {
  readonly source: string
  /** Per line, in column order. */
  readonly insertions: ReadonlyMap<number, readonly Insertion[]>
}

interface Edit {
  readonly offset: number
  readonly text: string
  /** Nesting depth: openings of outer nodes go first, closings of inner nodes go first. */
  readonly depth: number
  readonly closing: boolean
}

type AnyNode = Node & Record<string, unknown>

const LOOPS = new Set([
  'WhileStatement',
  'DoWhileStatement',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement'
])
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'])

/** Parses `source` as the body of a function (as it is compiled) and returns it with the checks in.
 *  Throws acorn's SyntaxError when the source does not parse. */
export function instrumentSource(source: string): Instrumented {
  const program = parse(source, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowReturnOutsideFunction: true
  }) as unknown as AnyNode
  const edits: Edit[] = []
  walk(program, 0, edits)
  edits.sort(
    (a, b) =>
      a.offset - b.offset ||
      Number(b.closing) - Number(a.closing) ||
      (a.closing ? b.depth - a.depth : a.depth - b.depth)
  )
  return apply(source, edits)
}

function walk(node: AnyNode, depth: number, edits: Edit[]): void {
  editsFor(node, depth, edits)
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, depth + 1, edits)
    } else if (isNode(value)) walk(value, depth + 1, edits)
  }
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}

function editsFor(node: AnyNode, depth: number, edits: Edit[]): void {
  const add = (offset: number, text: string, closing = false): void => {
    edits.push({ offset, text, depth, closing })
  }
  if (LOOPS.has(node.type)) {
    const body = node.body as AnyNode
    if (body.type === 'BlockStatement') add(body.start + 1, CALL)
    else {
      add(body.start, `{${CALL}`)
      add(body.end, '}', true)
    }
  } else if (FUNCTIONS.has(node.type)) {
    const body = node.body as AnyNode
    if (body.type !== 'BlockStatement') {
      add(body.start, `(${CHECK}, `)
      add(body.end, ')', true)
      return
    }
    // After the directive prologue (acorn marks its statements), so `'use strict'` stays a directive.
    const directives = (body.body as AnyNode[]).filter(s => typeof s.directive === 'string')
    if (directives.length) add(directives[directives.length - 1].end, `;${CALL}`)
    else add(body.start + 1, CALL)
  } else if (node.type === 'CatchClause') add((node.body as AnyNode).start + 1, CALL)
  else if (node.type === 'TryStatement' && node.finalizer) add((node.finalizer as AnyNode).start + 1, CALL)
}

function apply(source: string, edits: Edit[]): Instrumented {
  const lineStarts = [0]
  for (let i = 0; i < source.length; i++) if (source[i] === '\n') lineStarts.push(i + 1)
  const parts: string[] = []
  const insertions = new Map<number, Insertion[]>()
  let line = 0
  let last = 0
  for (const edit of edits) {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= edit.offset) line++
    parts.push(source.slice(last, edit.offset), edit.text)
    last = edit.offset
    const onLine = insertions.get(line + 1) ?? []
    onLine.push({ line: line + 1, column: edit.offset - lineStarts[line], length: edit.text.length })
    insertions.set(line + 1, onLine)
  }
  parts.push(source.slice(last))
  return { source: parts.join(''), insertions }
}

/** Maps a 1-based column of the instrumented source back to the original's (a column inside a check
 *  maps to where the check was inserted). */
export function originalColumn(instrumented: Instrumented, line: number, column: number): number {
  let shift = 0
  for (const insertion of instrumented.insertions.get(line) ?? []) {
    const start = insertion.column + shift
    if (column - 1 >= start + insertion.length) shift += insertion.length
    else if (column - 1 >= start) return insertion.column + 1
    else break
  }
  return column - shift
}
