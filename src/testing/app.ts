// The test API's entry: load an app directory (any layout loadApp reads), choose an environment,
// values, secrets and a database, then call functions and fire triggers. One TestApp per app; its
// database lives until close().
import { validateApp } from '../app/load.js'
import { ConfigError, type Problem } from '../errors.js'
import { ENVIRONMENT_NAMES, type AppModel } from '../app/model.js'
import { SYSTEM_USER, type FunctionUser } from './context.js'
import { MemoryEngine } from './database/memory.js'
import type { DatabaseEngine, FunctionCollection } from './database/types.js'
import { FunctionRuntimeError, UnknownNameError } from './errors.js'
import { createHttpClient, type HttpHandler } from './http.js'
import { Invocation, type RuntimeParts } from './invocation.js'
import { fireTrigger, type FireInput, type FireResult } from './triggers/fire.js'

/** App Services caps a function at 300 seconds of runtime (docs: functions, Constraints). */
export const APP_SERVICES_TIME_LIMIT_MS = 300_000

export interface TestAppOptions {
  /** The app directory, or a directory inside it. */
  readonly appDir: string
  /** `""` (none, the default unless the app sets one), development, testing, qa, production. */
  readonly environment?: string
  /** Values by name that replace the app's values/ for this test app (a fixed URL, a feature flag). */
  readonly values?: Readonly<Record<string, unknown>>
  /** Secret values by secret name; missing ones fall back to `REALM_SECRET_<NAME>` in `env`. */
  readonly secrets?: Readonly<Record<string, string>> | ReadonlyMap<string, string>
  /** Where `REALM_SECRET_*` and `MONGODB_URI` are read (default: process.env). */
  readonly env?: NodeJS.ProcessEnv
  /** A MongoDB connection string: run against a real server through the driver instead of in memory.
   *  Undefined reads `MONGODB_URI` from `env`; `null` or `''` forces the in-memory engine. */
  readonly mongodbUri?: string | null
  /** With `mongodbUri`: prefix for every database name (keeps parallel runs apart). */
  readonly databasePrefix?: string
  /** Answers `context.http.*`; without it (and without allowNetwork) every call fails clearly. */
  readonly http?: HttpHandler
  readonly allowNetwork?: boolean
  /** Per-invocation limit (default: App Services' 300 s). */
  readonly timeLimitMs?: number
  /** Run even when the config has errors a deploy would refuse (they are on `problems`); default false. */
  readonly ignoreConfigErrors?: boolean
}

export interface CallOptions {
  /** `context.user` (default: App Services' system user). */
  readonly user?: Partial<FunctionUser>
  readonly request?: Record<string, unknown>
}

export interface FunctionRun {
  readonly result: unknown
  /** The function's console lines. */
  readonly logs: string[]
}

export class TestApp {
  private constructor(
    readonly model: AppModel,
    /** What the loader found: warnings, and the errors `ignoreConfigErrors` let through. */
    readonly problems: readonly Problem[],
    private readonly parts: RuntimeParts
  ) {}

  static async load(options: TestAppOptions): Promise<TestApp> {
    const { model, problems } = await readApp(options)
    const env = options.env ?? process.env
    const engine = await openEngine(
      options.mongodbUri === undefined ? env.MONGODB_URI : options.mongodbUri,
      options
    )
    const secrets = new Map(
      options.secrets instanceof Map ? options.secrets : Object.entries(options.secrets ?? {})
    )
    return new TestApp(model, problems, {
      model,
      values: {
        model,
        environment: options.environment ?? model.settings.environment ?? '',
        secrets,
        env,
        overrides: options.values
      },
      engine,
      http: createHttpClient(options.http, options.allowNetwork === true),
      timeLimitMs: options.timeLimitMs ?? APP_SERVICES_TIME_LIMIT_MS
    })
  }

  get environment(): string {
    return this.parts.values.environment
  }

  get database(): DatabaseEngine {
    return this.parts.engine
  }

  /** A collection as functions see it, for seeding and checking data in tests. */
  collection(dataSource: string, database: string, collection: string): FunctionCollection {
    return this.parts.engine.collection(dataSource, database, collection)
  }

  /** Calls a function as a client does: `private` functions are refused, as App Services refuses them. */
  async call(name: string, args: unknown[] = [], options: CallOptions = {}): Promise<FunctionRun> {
    const fn = this.model.functions.find(f => f.name === name)
    if (!fn) throw new UnknownNameError(`no function named '${name}' in the app (functions/)`)
    if (fn.private)
      throw new UnknownNameError(
        `function '${name}' is private: App Services lets only other functions (context.functions.execute), ` +
          'triggers and endpoints call it'
      )
    const user = options.user ? { ...SYSTEM_USER, type: 'normal' as const, ...options.user } : SYSTEM_USER
    const invocation = new Invocation(this.parts, {
      user,
      request: options.request ?? {},
      system: fn.run_as_system === true || user.type === 'system'
    })
    const result = await invocation.run(name, args)
    return { result, logs: invocation.logs }
  }

  /** Fires a trigger by name; says whether it fired and, when it did, what its function returned. */
  async fire(name: string, input: FireInput = {}): Promise<FireResult> {
    return fireTrigger(this.parts, name, input)
  }

  /** Compiles a function and runs its top-level code (no call); throws what a call would throw for its source. */
  async loadFunction(name: string): Promise<void> {
    new Invocation(this.parts, { user: SYSTEM_USER, request: {}, system: true }).load(name)
  }

  /** Every function's load outcome: undefined when it loads, else the error. */
  async checkFunctions(): Promise<Array<{ name: string; error?: FunctionRuntimeError }>> {
    const outcomes: Array<{ name: string; error?: FunctionRuntimeError }> = []
    for (const fn of this.model.functions) {
      try {
        await this.loadFunction(fn.name)
        outcomes.push({ name: fn.name })
      } catch (error) {
        if (!(error instanceof FunctionRuntimeError)) throw error
        outcomes.push({ name: fn.name, error })
      }
    }
    return outcomes
  }

  /** Empties the database (between tests). */
  async reset(): Promise<void> {
    await this.parts.engine.reset()
  }

  async close(): Promise<void> {
    await this.parts.engine.close()
  }
}

/** Loads an app for testing (see TestAppOptions). */
export function loadTestApp(options: TestAppOptions): Promise<TestApp> {
  return TestApp.load(options)
}

async function openEngine(uri: string | null | undefined, options: TestAppOptions): Promise<DatabaseEngine> {
  if (!uri) return new MemoryEngine()
  // Loaded here only: the in-memory path never loads the driver.
  const { connectDriverEngine } = await import('./database/driver.js')
  return connectDriverEngine({ uri, databasePrefix: options.databasePrefix })
}

async function readApp(options: TestAppOptions): Promise<{ model: AppModel; problems: Problem[] }> {
  const { model, problems } = await validateApp({ appDir: options.appDir })
  if (
    options.environment !== undefined &&
    !(ENVIRONMENT_NAMES as readonly string[]).includes(options.environment)
  )
    throw new ConfigError([
      {
        source: 'environment',
        message: `'${options.environment}' is not an App Services environment (${ENVIRONMENT_NAMES.map(n => `'${n}'`).join(', ')})`,
        severity: 'error'
      }
    ])
  const errors = problems.some(p => p.severity === 'error')
  if (!model || (errors && !options.ignoreConfigErrors)) throw new ConfigError(problems)
  return { model, problems }
}
