// Turns a function source, in every form App Services accepts (`exports = function`, `exports =
// async function`, arrow functions, `module.exports = ...`, v1 `source.js`), into a callable inside
// one sandbox. The source is compiled as a function body with vm.compileFunction, so lines and
// columns in errors and stacks are the file's own.
import vm from 'node:vm'
import { FunctionSyntaxError, NoExportError } from './errors.js'

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

/** The module body: called (under the time limit) with `exports`, `module` and `require`. */
export type ModuleBody = (exports: unknown, module: { exports: unknown }, require: unknown) => unknown

export function compileModule(file: SourceFile, sandbox: vm.Context): ModuleBody {
  try {
    return vm.compileFunction(file.source + EPILOGUE, ['exports', 'module', 'require'], {
      filename: file.path,
      parsingContext: sandbox
    }) as ModuleBody
  } catch (error) {
    throw syntaxError(file, error)
  }
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
