import { type Problem } from '../errors.js';
import { type AppModel } from '../app/model.js';
import { type FunctionUser } from './context.js';
import type { DatabaseEngine, FunctionCollection } from './database/types.js';
import { FunctionRuntimeError } from './errors.js';
import { type HttpHandler } from './http.js';
import { type FireInput, type FireResult } from './triggers/fire.js';
/** App Services caps a function at 300 seconds of runtime (docs: functions, Constraints). */
export declare const APP_SERVICES_TIME_LIMIT_MS = 300000;
export interface TestAppOptions {
    /** The app directory, or a directory inside it. */
    readonly appDir: string;
    /** `""` (none, the default unless the app sets one), development, testing, qa, production. */
    readonly environment?: string;
    /** Values by name that replace the app's values/ for this test app (a fixed URL, a feature flag). */
    readonly values?: Readonly<Record<string, unknown>>;
    /** Secret values by secret name; missing ones fall back to `REALM_SECRET_<NAME>` in `env`. */
    readonly secrets?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
    /** Where `REALM_SECRET_*` and `MONGODB_URI` are read (default: process.env). */
    readonly env?: NodeJS.ProcessEnv;
    /** A MongoDB connection string: run against a real server through the driver instead of in memory.
     *  Undefined reads `MONGODB_URI` from `env`; `null` or `''` forces the in-memory engine. */
    readonly mongodbUri?: string | null;
    /** With `mongodbUri`: prefix for every database name (keeps parallel runs apart). */
    readonly databasePrefix?: string;
    /** Answers `context.http.*`; without it (and without allowNetwork) every call fails clearly. */
    readonly http?: HttpHandler;
    readonly allowNetwork?: boolean;
    /** Per-invocation limit (default: App Services' 300 s). */
    readonly timeLimitMs?: number;
    /** Run even when the config has errors a deploy would refuse (they are on `problems`); default false. */
    readonly ignoreConfigErrors?: boolean;
}
export interface CallOptions {
    /** `context.user` (default: App Services' system user). */
    readonly user?: Partial<FunctionUser>;
    readonly request?: Record<string, unknown>;
}
export interface FunctionRun {
    readonly result: unknown;
    /** The function's console lines. */
    readonly logs: string[];
}
export declare class TestApp {
    readonly model: AppModel;
    /** What the loader found: warnings, and the errors `ignoreConfigErrors` let through. */
    readonly problems: readonly Problem[];
    private readonly parts;
    private constructor();
    static load(options: TestAppOptions): Promise<TestApp>;
    get environment(): string;
    get database(): DatabaseEngine;
    /** A collection as functions see it, for seeding and checking data in tests. */
    collection(dataSource: string, database: string, collection: string): FunctionCollection;
    /** Calls a function as a client does: `private` functions are refused, as App Services refuses them. */
    call(name: string, args?: unknown[], options?: CallOptions): Promise<FunctionRun>;
    /** Fires a trigger by name; says whether it fired and, when it did, what its function returned. */
    fire(name: string, input?: FireInput): Promise<FireResult>;
    /** Compiles a function and runs its top-level code (no call); throws what a call would throw for its source. */
    loadFunction(name: string): Promise<void>;
    /** Every function's load outcome: undefined when it loads, else the error. */
    checkFunctions(): Promise<Array<{
        name: string;
        error?: FunctionRuntimeError;
    }>>;
    /** Empties the database (between tests). */
    reset(): Promise<void>;
    close(): Promise<void>;
}
/** Loads an app for testing (see TestAppOptions). */
export declare function loadTestApp(options: TestAppOptions): Promise<TestApp>;
