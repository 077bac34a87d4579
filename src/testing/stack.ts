// Turns whatever a function threw into a FunctionRuntimeError: the runtime's own errors pass through,
// node:vm's timeout becomes FunctionTimeoutError, anything else becomes FunctionThrewError whose stack
// keeps only the frames in the app's sources, with paths relative to the app directory.
import { EJSON } from 'bson'
import { FunctionRuntimeError, FunctionThrewError, FunctionTimeoutError } from './errors.js'

interface Parts {
  readonly model: { readonly root: string }
  readonly timeLimitMs: number
}

/** Maps a 1-based column of a compiled source back to the file's own. */
export type ColumnMap = (path: string, line: number, column: number) => number

export function mapThrown(
  error: unknown,
  name: string,
  parts: Parts,
  logs: string[],
  columns: ColumnMap = (_path, _line, column) => column
): FunctionRuntimeError {
  const mapped = classify(error, name, parts, columns)
  if (!mapped.logs.length) mapped.logs = [...logs]
  return mapped
}

function classify(error: unknown, name: string, parts: Parts, columns: ColumnMap): FunctionRuntimeError {
  if (error instanceof FunctionRuntimeError) return error
  const shape = (error ?? {}) as { code?: unknown; name?: unknown; message?: unknown; stack?: unknown }
  if (shape.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return new FunctionTimeoutError(name, parts.timeLimitMs)
  const prefix = `${parts.model.root}/`
  const isErrorLike = typeof error === 'object' && error !== null && typeof shape.message === 'string'
  const what = isErrorLike ? `${String(shape.name ?? 'Error')}: ${String(shape.message)}` : describe(error)
  const frames = (typeof shape.stack === 'string' ? shape.stack : '')
    .split('\n')
    .filter(line => /^\s+at /.test(line) && line.includes(prefix))
    .map(line =>
      line.replace(framePosition(prefix), (_, file: string, row: string, column: string) => {
        return `${file}:${row}:${columns(`${prefix}${file}`, Number(row), Number(column))}`
      })
    )
    .map(line => line.split(prefix).join(''))
  const message = `function '${name}' threw ${what}`
  return new FunctionThrewError(name, error, message, [message, ...frames].join('\n'))
}

/** `<prefix><file>:<line>:<column>` at the end of a V8 stack frame (the prefix is dropped; other
 *  places the prefix appears, as in an eval frame, are made relative after). */
function framePosition(prefix: string): RegExp {
  return new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(.+?):(\\d+):(\\d+)(?=\\)?$)`, 'g')
}

function describe(value: unknown): string {
  try {
    return EJSON.stringify(value as never, { relaxed: true }) ?? String(value)
  } catch {
    return String(value)
  }
}
