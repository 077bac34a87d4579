// Turns a function source, in every form App Services accepts (`exports = function`, `exports =
// async function`, arrow functions, `module.exports = ...`, v1 `source.js`), into a callable inside
// one sandbox. The source gets the time-limit checks (instrument.ts) and is compiled as a function
// body with vm.compileFunction, so lines in errors and stacks are the file's own (columns on a line
// that received a check are mapped back by stack.ts).
import vm from 'node:vm'
import { FunctionSyntaxError, NoExportError } from './errors.js'
import { instrumentSource, TIME_GATE, type Instrumented } from './instrument.js'
import type { TimeGate } from './time-limit.js'

/** Appended after the source (never before it, so line numbers stay the file's). */
const EPILOGUE = '\n;return { exports: exports, moduleExports: module.exports }'

export interface SourceFile {
  readonly name: string
  readonly source: string
  /** Absolute path: what stacks show (the harness maps it back to `display`). */
  readonly path: string
  /** Relative to the app directory, for messages. */
  readonly display: string
}

/** The module body: called with `exports`, `module`, `require` and the time limit's gate. */
export type ModuleBody = (
  exports: unknown,
  module: { exports: unknown },
  require: unknown,
  timeGate: TimeGate
) => unknown

export interface CompiledModule {
  readonly body: ModuleBody
  /** Where checks were inserted, to map stack columns back. */
  readonly instrumented: Instrumented
}

const PARAMETERS = ['exports', 'module', 'require', TIME_GATE]

/** Instrumented sources by source text: every call compiles its function again, the parse is done once.
 *  Emptied when it grows past CACHE_LIMIT (a test process that loads many apps). */
const instrumentedCache = new Map<string, Instrumented>()
const CACHE_LIMIT = 2000

export function compileModule(file: SourceFile, sandbox: vm.Context): CompiledModule {
  const instrumented = instrument(file, sandbox)
  try {
    const body = vm.compileFunction(instrumented.source + EPILOGUE, PARAMETERS, {
      filename: file.path,
      parsingContext: sandbox
    }) as ModuleBody
    return { body, instrumented }
  } catch (error) {
    throw syntaxError(file, error)
  }
}

function instrument(file: SourceFile, sandbox: vm.Context): Instrumented {
  const cached = instrumentedCache.get(file.source)
  if (cached) return cached
  let instrumented: Instrumented
  try {
    instrumented = instrumentSource(file.source)
  } catch (error) {
    // The error V8 gives for the source as written (the message users know), when V8 rejects it too.
    try {
      vm.compileFunction(file.source + EPILOGUE, PARAMETERS, { filename: file.path, parsingContext: sandbox })
    } catch (v8Error) {
      throw syntaxError(file, v8Error)
    }
    throw parserRefused(file, error)
  }
  if (instrumentedCache.size >= CACHE_LIMIT) instrumentedCache.clear()
  instrumentedCache.set(file.source, instrumented)
  return instrumented
}

/** Syntax V8 accepts but acorn does not (newer than acorn, or `new.target` at the top level): refused
 *  rather than run without the time limit's checks. */
function parserRefused(file: SourceFile, error: unknown): FunctionSyntaxError {
  const { message, loc } = (error ?? {}) as { message?: string; loc?: { line?: number } }
  return new FunctionSyntaxError(
    file.display,
    loc?.line,
    `${(message ?? String(error)).replace(/ \(\d+:\d+\)$/, '')} (the local runtime parses sources with ` +
      "acorn to insert its time-limit checks, and acorn rejects this one although Node's engine accepts it)"
  )
}

/** Picks what the module exported: `module.exports` when reassigned, else `exports`. */
export function exportedFunction(
  file: SourceFile,
  outcome: unknown,
  initialModuleExports: unknown
): (...args: unknown[]) => unknown {
  const { exports, moduleExports } = (outcome ?? {}) as { exports?: unknown; moduleExports?: unknown }
  const chosen = moduleExports !== initialModuleExports ? moduleExports : exports
  if (typeof chosen !== 'function')
    throw new NoExportError(
      `${file.display}: function '${file.name}' does not export a function (App Services calls what ` +
        '`exports = function (...) {...}` assigns)'
    )
  return chosen as (...args: unknown[]) => unknown
}

function syntaxError(file: SourceFile, error: unknown): Error {
  const { name, message, stack } = (error ?? {}) as { name?: string; message?: string; stack?: string }
  if (name !== 'SyntaxError') return error instanceof Error ? error : new Error(String(error))
  // V8 puts "<filename>:<line>" first in a compile error's stack.
  const first = (stack ?? '').split('\n')[0]
  const line = first.startsWith(`${file.path}:`) ? Number(first.slice(file.path.length + 1)) : undefined
  return new FunctionSyntaxError(file.display, Number.isFinite(line) ? line : undefined, message ?? '')
}
