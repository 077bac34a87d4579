// One top-level call into the app's functions (a client call or a trigger firing): its sandbox, its
// captured log lines, every function it executes through context.functions.execute, and the time
// limit over all of it. Errors leave as FunctionRuntimeError subclasses, never as harness crashes.
import vm from 'node:vm'
import type { AppModel, FunctionResource } from '../app/model.js'
import { compileModule, exportedFunction, type SourceFile } from './compile.js'
import { buildContext, type FunctionUser } from './context.js'
import type { DatabaseEngine } from './database/types.js'
import { FunctionTimeoutError, UnknownNameError } from './errors.js'
import { toHostValue } from './result.js'
import { mapThrown } from './stack.js'
import type { createHttpClient } from './http.js'
import { createSandbox, type Sandbox } from './sandbox.js'
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

  constructor(
    private readonly parts: RuntimeParts,
    caller: Caller
  ) {
    this.deadline = Date.now() + parts.timeLimitMs
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
    try {
      const value = this.timed(() => this.execute(name, args))
      return toHostValue(await this.within(name, value))
    } catch (error) {
      throw mapThrown(error, name, this.parts, this.logs)
    } finally {
      this.sandbox.dispose()
    }
  }

  /** Loads a function's module (compile + top-level code) without calling it. */
  load(name: string): void {
    try {
      this.timed(() => this.instantiate(this.resource(name)))
    } catch (error) {
      throw mapThrown(error, name, this.parts, this.logs)
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
    const body = compileModule(file, this.sandbox.context)
    const module = { exports: {} }
    const initial = module.exports
    return exportedFunction(file, body(module.exports, module, this.sandbox.require), initial)
  }

  /** Runs synchronous code under node:vm's timeout, so an endless loop is interrupted. */
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

  /** Awaits a returned promise until the deadline. */
  private async within(name: string, value: unknown): Promise<unknown> {
    if (!value || typeof (value as PromiseLike<unknown>).then !== 'function') return value
    let timer: NodeJS.Timeout | undefined
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new FunctionTimeoutError(name, this.parts.timeLimitMs)),
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
