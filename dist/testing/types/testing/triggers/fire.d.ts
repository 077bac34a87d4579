import { type FunctionUser } from '../context.js';
import type { Doc } from '../database/types.js';
import { type RuntimeParts } from '../invocation.js';
import { type ChangeInput } from './change-event.js';
export interface FireInput extends ChangeInput {
    /** DATABASE: a complete change event, used as given (still filtered by match, shaped by project). */
    readonly event?: Doc;
    /** AUTHENTICATION: the provider and the user. */
    readonly provider?: string;
    readonly user?: Partial<FunctionUser>;
    /** Fire even when the trigger is `disabled`. */
    readonly force?: boolean;
}
export interface FireResult {
    readonly fired: boolean;
    /** Why it did not fire (undefined when it fired). */
    readonly reason?: string;
    /** The argument the function received (or would have received). */
    readonly event?: Doc;
    readonly result?: unknown;
    readonly logs: string[];
}
export declare function fireTrigger(parts: RuntimeParts, name: string, input: FireInput): Promise<FireResult>;
