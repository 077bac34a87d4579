// The global scope of one invocation: a fresh node:vm context with App Services' globals (context,
// BSON, EJSON, utils, console, require), Node's Buffer, URL and timers, and the `process` subset
// App Services supports. Timers are tracked so that none outlives its invocation, and a callback the
// time limit stops (its check throws FunctionTimeoutError) ends quietly: its call has already failed.
import vm from 'node:vm'
import { createRequire } from 'node:module'
import path from 'node:path'
import { formatWithOptions } from 'node:util'
import { BSON_GLOBAL, EJSON_GLOBAL } from './bson-global.js'
import { FunctionTimeoutError } from './errors.js'
import { UTILS_GLOBAL } from './utils-global.js'

/** Node built-ins App Services does not offer (docs: functions/javascript-support). */
const UNSUPPORTED_MODULES = new Set(['child_process', 'cluster', 'domain', 'readline', 'v8', 'vm'])

export interface Sandbox {
  readonly context: vm.Context
  readonly require: (id: string) => unknown
  /** Clears every timer the functions set and did not clear. */
  dispose(): void
}

/** `require` as App Services resolves it: Node built-ins and the app's `functions/node_modules`. */
export function appRequire(root: string): (id: string) => unknown {
  const base = createRequire(path.join(root, 'functions', 'package.json'))
  return (id: string) => {
    if (UNSUPPORTED_MODULES.has(id.replace(/^node:/, '')))
      throw new Error(`require('${id}'): App Services functions do not support the '${id}' module`)
    return base(id)
  }
}

export function createSandbox(root: string, functionContext: object, logs: string[]): Sandbox {
  const timers = new Set<NodeJS.Timeout>()
  const track = <T extends NodeJS.Timeout>(timer: T): T => (timers.add(timer), timer)
  const requireFn = appRequire(root)
  const context = vm.createContext({
    context: functionContext,
    BSON: BSON_GLOBAL,
    EJSON: EJSON_GLOBAL,
    utils: UTILS_GLOBAL,
    console: captureConsole(logs),
    require: requireFn,
    Buffer,
    URL,
    URLSearchParams,
    process: Object.freeze({
      hrtime: process.hrtime,
      nextTick: (fn: (...a: unknown[]) => void, ...args: unknown[]) => process.nextTick(stopped(fn), ...args),
      version: process.version,
      versions: process.versions,
      env: {}
    }),
    setTimeout: (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      track(setTimeout(stopped(fn), ms, ...args)),
    setInterval: (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
      track(setInterval(stopped(fn), ms, ...args)),
    clearTimeout: (t: NodeJS.Timeout) => clearTimeout(t),
    clearInterval: (t: NodeJS.Timeout) => clearInterval(t),
    setImmediate: (fn: (...a: unknown[]) => void, ...args: unknown[]) => setImmediate(stopped(fn), ...args),
    queueMicrotask: (fn: () => void) => queueMicrotask(stopped(fn))
  })
  return {
    context,
    require: requireFn,
    dispose: () => {
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
    }
  }
}

/** The callback, except that the time limit's error ends it quietly (any other error propagates as
 *  Node's own timers let it). */
function stopped<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args)
    } catch (error) {
      if (!(error instanceof FunctionTimeoutError)) throw error
    }
  }
}

/** console.* writes one line per call into `logs` (App Services' function log lines). */
function captureConsole(logs: string[]): Record<string, (...args: unknown[]) => void> {
  const line = (...args: unknown[]): void => {
    logs.push(args.map(a => (typeof a === 'string' ? a : formatValue(a))).join(' '))
  }
  return Object.freeze({ log: line, info: line, warn: line, error: line, debug: line, trace: line })
}

function formatValue(value: unknown): string {
  if (value && typeof value === 'object' && !(value instanceof Error) && !('stack' in value)) {
    try {
      return EJSON_GLOBAL.stringify(value, { relaxed: true })
    } catch {
      // Not serialisable as EJSON (a cycle, a function): fall back to Node's formatting.
    }
  }
  return formatWithOptions({ colors: false, depth: 4 }, '%s', value)
}
