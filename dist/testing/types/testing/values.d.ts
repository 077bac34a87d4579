import type { AppModel } from '../app/model.js';
export interface ValueSources {
    readonly model: AppModel;
    /** `""` (none), development, testing, qa or production. */
    readonly environment: string;
    readonly secrets: ReadonlyMap<string, string>;
    readonly env: NodeJS.ProcessEnv;
    /** Values the test gives by name: they replace the app's (and need not exist in values/). */
    readonly overrides?: Readonly<Record<string, unknown>>;
}
/** The environment variable a secret falls back to: `REALM_SECRET_` + the name, upper-cased, `_` for the rest. */
export declare function secretVariable(name: string): string;
/** `context.environment.values`: this environment's values, by name. */
export declare function environmentValues(model: AppModel, environment: string): Record<string, unknown>;
/** Resolves one value by name; throws MissingValueError naming what to provide. */
export declare function resolveValue(sources: ValueSources, name: string): unknown;
