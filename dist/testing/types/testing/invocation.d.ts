import type { AppModel } from '../app/model.js';
import { type FunctionUser } from './context.js';
import type { DatabaseEngine } from './database/types.js';
import type { createHttpClient } from './http.js';
import type { ValueSources } from './values.js';
export interface RuntimeParts {
    readonly model: AppModel;
    readonly values: ValueSources;
    readonly engine: DatabaseEngine;
    readonly http: ReturnType<typeof createHttpClient>;
    readonly timeLimitMs: number;
}
export interface Caller {
    readonly user: FunctionUser;
    readonly request: Record<string, unknown>;
    readonly system: boolean;
}
export declare class Invocation {
    private readonly parts;
    readonly logs: string[];
    private readonly sandbox;
    private readonly deadline;
    private readonly limit;
    /** The function the caller asked for: the one the timeout error names. */
    private name;
    /** The instrumented sources compiled in this invocation, by path, to map stack columns back. */
    private readonly compiled;
    constructor(parts: RuntimeParts, caller: Caller);
    /** Runs `name` with `args`, awaiting its result within the time limit; the result as EJSON carries it. */
    run(name: string, args: unknown[]): Promise<unknown>;
    /** Loads a function's module (compile + top-level code) without calling it. */
    load(name: string): void;
    /** `context.functions.execute`: any function of the app, private ones included. */
    execute(name: string, args: unknown[]): unknown;
    private resource;
    /** A fresh module instance per execution, as App Services evaluates the source per call. */
    private instantiate;
    private timeout;
    /** Stack columns of the instrumented sources, back to the files' own. */
    private readonly columns;
    /** Runs synchronous code under node:vm's timeout, which also interrupts what the checks cannot reach
     *  (a long native call such as a catastrophic regex, code built with eval or new Function). */
    private timed;
    /** Awaits a returned promise until the deadline; at the deadline, the work it leaves running is
     *  stopped at its next check. */
    private within;
}
