import type { AppModel } from '../app/model.js';
import type { DatabaseEngine } from './database/types.js';
import type { createHttpClient } from './http.js';
import { type ValueSources } from './values.js';
/** `context.user`: the caller, or App Services' system user (no id, no data) for triggers and system calls. */
export interface FunctionUser {
    readonly id: string;
    readonly type: 'normal' | 'server' | 'system';
    readonly data: Record<string, unknown>;
    readonly custom_data: Record<string, unknown>;
    readonly identities: Array<{
        id: string;
        provider_type: string;
    }>;
}
export declare const SYSTEM_USER: FunctionUser;
export interface ContextParts {
    readonly model: AppModel;
    readonly values: ValueSources;
    readonly engine: DatabaseEngine;
    readonly http: ReturnType<typeof createHttpClient>;
    readonly user: FunctionUser;
    readonly request: Record<string, unknown>;
    readonly runningAsSystem: boolean;
    readonly execute: (name: string, args: unknown[]) => unknown;
}
export declare function buildContext(parts: ContextParts): Record<string, unknown>;
