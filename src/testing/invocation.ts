// One top-level call into the app's functions (a client call or a trigger firing): its sandbox, its
// captured log lines, every function it executes through context.functions.execute, and the time
// limit over all of it: node:vm's timeout while the call starts, the checks compiled into the sources
// (instrument.ts) after that. Errors leave as FunctionRuntimeError subclasses, never as harness crashes.
import vm from 'node:vm'
import type { AppModel, FunctionResource } from '../app/model.js'
import { compileModule, exportedFunction, type SourceFile } from './compile.js'
import { buildContext, type FunctionUser } from './context.js'
import type { DatabaseEngine } from './database/types.js'
import { FunctionTimeoutError, UnknownNameError } from './errors.js'
import { originalColumn, type Instrumented } from './instrument.js'
import { toHostValue } from './result.js'
import { mapThrown } from './stack.js'
import type { createHttpClient } from './http.js'
import { createSandbox, type Sandbox } from './sandbox.js'
import { createTimeLimit, type TimeLimit } from './time-limit.js'
import type { ValueSources } from './values.js'

export interface RuntimeParts {
  readonly model: AppModel
  readonly values: ValueSources
  readonly engine: DatabaseEngine
  readonly http: ReturnType<typeof createHttpClient>
  readonly timeLimitMs: number
}

export interface Caller {
  readonly user: FunctionUser
  readonly request: Record<string, unknown>
  readonly system: boolean
}

const INVOKE = '__realmDeployInvoke'

export class Invocation {
  readonly logs: string[] = []
  private readonly sandbox: Sandbox
  private readonly deadline: number
  private readonly limit: TimeLimit
  /** The function the caller asked for: the one the timeout error names. */
  private name = ''
  /** The instrumented sources compiled in this invocation, by path, to map stack columns back. */
  private readonly compiled = new Map<string, Instrumented>()

  constructor(
    private readonly parts: RuntimeParts,
    caller: Caller
  ) {
    this.deadline = Date.now() + parts.timeLimitMs
    this.limit = createTimeLimit(this.deadline, () => this.timeout())
    const context = buildContext({
      ...parts,
      user: caller.user,
      request: caller.request,
      runningAsSystem: caller.system,
      execute: (name, args) => this.execute(name, args)
    })
    this.sandbox = createSandbox(parts.model.root, context, this.logs)
  }

  /** Runs `name` with `args`, awaiting its result within the time limit; the result as EJSON carries it. */
  async run(name: string, args: unknown[]): Promise<unknown> {
    this.name = name
    try {
      const value = await this.within(this.timed(() => this.execute(name, args)))
      // A function that caught the timeout error and returned anyway still ran past its limit.
      if (this.limit.expired()) throw this.timeout()
      return toHostValue(value)
    } catch (error) {
      throw mapThrown(error, name, this.parts, this.logs, this.columns)
    } finally {
      this.sandbox.dispose()
    }
  }

  /** Loads a function's module (compile + top-level code) without calling it. */
  load(name: string): void {
    this.name = name
    try {
      this.timed(() => this.instantiate(this.resource(name)))
      if (this.limit.expired()) throw this.timeout()
    } catch (error) {
      throw mapThrown(error, name, this.parts, this.logs, this.columns)
    } finally {
      this.sandbox.dispose()
    }
  }

  /** `context.functions.execute`: any function of the app, private ones included. */
  execute(name: string, args: unknown[]): unknown {
    return this.instantiate(this.resource(name))(...args)
  }

  private resource(name: string): FunctionResource {
    const fn = this.parts.model.functions.find(f => f.name === name)
    if (!fn) throw new UnknownNameError(`no function named '${name}' in the app (functions/)`)
    return fn
  }

  /** A fresh module instance per execution, as App Services evaluates the source per call. */
  private instantiate(fn: FunctionResource): (...args: unknown[]) => unknown {
    const file: SourceFile = {
      name: fn.name,
      source: fn.source,
      path: `${this.parts.model.root}/${fn.sourceFile}`,
      display: fn.sourceFile
    }
    const { body, instrumented } = compileModule(file, this.sandbox.context)
    this.compiled.set(file.path, instrumented)
    const module = { exports: {} }
    const initial = module.exports
    return exportedFunction(
      file,
      body(module.exports, module, this.sandbox.require, this.limit.gate),
      initial
    )
  }

  private timeout(): FunctionTimeoutError {
    return new FunctionTimeoutError(this.name, this.parts.timeLimitMs)
  }

  /** Stack columns of the instrumented sources, back to the files' own. */
  private readonly columns = (path: string, line: number, column: number): number => {
    const instrumented = this.compiled.get(path)
    return instrumented ? originalColumn(instrumented, line, column) : column
  }

  /** Runs synchronous code under node:vm's timeout, which also interrupts what the checks cannot reach
   *  (a long native call such as a catastrophic regex, code built with eval or new Function). */
  private timed<T>(work: () => T): T {
    const remaining = Math.max(1, this.deadline - Date.now())
    const context = this.sandbox.context as Record<string, unknown>
    context[INVOKE] = work
    try {
      return new vm.Script(`${INVOKE}()`).runInContext(this.sandbox.context, { timeout: remaining }) as T
    } finally {
      delete context[INVOKE]
    }
  }

  /** Awaits a returned promise until the deadline; at the deadline, the work it leaves running is
   *  stopped at its next check. */
  private async within(value: unknown): Promise<unknown> {
    if (!value || typeof (value as PromiseLike<unknown>).then !== 'function') return value
    let timer: NodeJS.Timeout | undefined
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => {
          this.limit.expire()
          reject(this.timeout())
        },
        Math.max(1, this.deadline - Date.now())
      )
    })
    try {
      return await Promise.race([value as PromiseLike<unknown>, limit])
    } finally {
      clearTimeout(timer)
    }
  }
}
