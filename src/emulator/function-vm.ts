// Runs one App Services function source for `debug/execute_function[_source]`, isolated in a
// node:vm context inside a worker thread: the worker bounds memory (resourceLimits) and is terminated
// at the time limit, so neither an endless loop nor a runaway allocation reaches the emulator. The
// function sees a documented subset of its context (values, environment, functions.execute, user);
// everything else it touches (`context.services`, `context.http`, `require`, ...) throws an error that
// names what is not emulated. Arguments are plain JSON; results come back as canonical EJSON, as the
// service sends them (integers as $numberInt, other numbers as $numberDouble, dates as $date).
import { Worker } from 'node:worker_threads'

export const FUNCTION_TIME_LIMIT_MS = 3000
export const FUNCTION_MEMORY_LIMIT_MB = 64
/** How deep `context.functions.execute` may nest before the run fails. */
export const MAX_CALL_DEPTH = 16
/** Runs at once (one worker each); more are refused, so a flood cannot exhaust the machine. */
export const MAX_CONCURRENT_RUNS = 4

let running = 0

/** Whether another run may start now. */
export function canStartRun(): boolean {
  return running < MAX_CONCURRENT_RUNS
}

export interface FunctionContextData {
  /** Value name -> value (secrets already resolved). */
  readonly values: Record<string, unknown>
  readonly environment: { readonly tag: string; readonly values: Record<string, unknown> }
  readonly user: Record<string, unknown>
  /** Function name -> source, for `context.functions.execute`. */
  readonly functions: Record<string, string>
}

export interface FunctionRun {
  readonly source: string
  readonly args: readonly unknown[]
  readonly context: FunctionContextData
  readonly timeLimitMs?: number
}

export interface FunctionOutcome {
  /** Canonical EJSON of the return value (absent when the function threw). */
  readonly result?: unknown
  readonly error?: { readonly name: string; readonly message: string }
  readonly logs: string[]
  readonly durationMs: number
}

// Plain JavaScript run by the worker (a string, so the bundled CLI needs no separate worker file).
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads')
const vm = require('node:vm')
const { source, args, context: data, maxDepth } = workerData
const logs = []
const sandbox = vm.createContext(Object.create(null), { codeGeneration: { strings: false, wasm: false } })
const notEmulated = what => () => { throw new Error(what + ' is not emulated: the emulator runs functions without a cluster, services or network') }
const format = v => typeof v === 'string' ? v : JSON.stringify(v)
const consoleLike = { log: (...a) => logs.push(a.map(format).join(' ')) }
consoleLike.info = consoleLike.warn = consoleLike.error = consoleLike.debug = consoleLike.log
let depth = 0
function compile(name, code) {
  const module = { exports: undefined }
  const script = new vm.Script('(function (exports, module, require) {' + code + '\n;return exports})', { filename: name + '.js' })
  const wrapper = script.runInContext(sandbox)
  const exported = wrapper(undefined, module, notEmulated('require()')) ?? module.exports
  if (typeof exported !== 'function') throw new TypeError('function ' + name + ' does not export a function (exports = function (...) {...})')
  return exported
}
async function call(name, code, callArgs) {
  if (++depth > maxDepth) throw new RangeError('context.functions.execute nested deeper than ' + maxDepth)
  try { return await compile(name, code)(...callArgs) } finally { depth-- }
}
const context = {
  values: { get: name => data.values[name] },
  environment: data.environment,
  user: data.user,
  functions: { execute: (name, ...a) => {
    if (!(name in data.functions)) throw new Error('function not found: ' + JSON.stringify(name))
    return call(name, data.functions[name], a)
  } },
  request: undefined
}
for (const what of ['services', 'http', 'app']) Object.defineProperty(context, what, { get: notEmulated('context.' + what) })
Object.assign(sandbox, { context, console: consoleLike, utils: undefined })
for (const what of ['BSON', 'EJSON', 'fetch', 'setTimeout', 'setInterval']) Object.defineProperty(sandbox, what, { get: notEmulated(what) })
function ejson(v) {
  if (v === undefined || v === null) return null
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 2147483647 ? { $numberInt: String(v) } : { $numberDouble: String(v) }
  if (typeof v === 'bigint') return { $numberLong: String(v) }
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') return { $date: { $numberLong: String(v.getTime()) } }
  if (Array.isArray(v)) return v.map(ejson)
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function').map(([k, x]) => [k, ejson(x)]))
  if (typeof v === 'function') return null
  return v
}
const started = Date.now()
call('function', source, args).then(
  value => parentPort.postMessage({ result: ejson(value), logs, durationMs: Date.now() - started }),
  error => parentPort.postMessage({ error: { name: String(error && error.name || 'Error'), message: String(error && error.message || error) }, logs, durationMs: Date.now() - started })
)
`

function failure(name: string, message: string, startedMs: number): FunctionOutcome {
  return { error: { name, message }, logs: [], durationMs: Date.now() - startedMs }
}

function startWorker(run: FunctionRun): Worker {
  return new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { source: run.source, args: run.args, context: run.context, maxDepth: MAX_CALL_DEPTH },
    resourceLimits: {
      maxOldGenerationSizeMb: FUNCTION_MEMORY_LIMIT_MB,
      maxYoungGenerationSizeMb: 16,
      stackSizeMb: 4
    },
    // The function's own stdout/stderr stay in the worker (console goes to `logs`).
    stdout: true,
    stderr: true
  })
}

function workerFailure(error: Error & { code?: string }, startedMs: number): FunctionOutcome {
  return error.code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? failure(
        'ExecutionMemoryLimitExceeded',
        `memory limit of ${FUNCTION_MEMORY_LIMIT_MB} MB exceeded`,
        startedMs
      )
    : failure(error.name, error.message, startedMs)
}

/** Runs the function; never rejects: every failure is an outcome with `error`. */
export function runFunction(run: FunctionRun): Promise<FunctionOutcome> {
  const started = Date.now()
  const limit = run.timeLimitMs ?? FUNCTION_TIME_LIMIT_MS
  running += 1
  return new Promise(resolve => {
    const worker = startWorker(run)
    let settled = false
    const finish = (outcome: FunctionOutcome): void => {
      if (settled) return
      settled = true
      running -= 1
      clearTimeout(timer)
      void worker.terminate()
      resolve(outcome)
    }
    const timeUp = (): void =>
      finish(failure('ExecutionTimeLimitExceeded', `execution time limit of ${limit} ms exceeded`, started))
    const timer = setTimeout(timeUp, limit)
    worker.once('message', (outcome: FunctionOutcome) => finish(outcome))
    worker.once('error', (error: Error & { code?: string }) => finish(workerFailure(error, started)))
    // The worker ends by itself only when nothing is left to wait for: the function's promise can
    // never settle (the service would wait out its time limit instead).
    worker.once('exit', () =>
      finish(failure('ExecutionError', 'the function returned a promise that never settles', started))
    )
  })
}
