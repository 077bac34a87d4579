import type { FunctionUser } from '../context.js';
import type { Doc } from '../database/types.js';
export interface AuthInput {
    /** The provider the user authenticated with (default: the trigger's first provider). */
    readonly provider?: string;
    readonly user?: Partial<FunctionUser>;
}
export interface AuthConfig {
    readonly operation_type?: string;
    readonly providers?: string[];
}
export declare function buildAuthEvent(config: AuthConfig, input: AuthInput): Doc;
export declare function authFilterReason(config: AuthConfig, event: Doc): string | undefined;
