import type { Doc } from '../database/types.js';
export interface ChangeInput {
    /** insert, update, replace, delete (any case); default: the trigger's first operation type. */
    readonly operationType?: string;
    /** The document after the change (insert/update/replace) or the one deleted. */
    readonly document?: Doc;
    /** The document before the change (update/replace/delete). */
    readonly before?: Doc;
    readonly updateDescription?: Doc;
    /** For database- or deployment-level triggers: which namespace changed. */
    readonly ns?: {
        db: string;
        coll: string;
    };
}
export interface TriggerConfig {
    readonly database?: string;
    readonly collection?: string;
    readonly full_document?: boolean;
    readonly full_document_before_change?: boolean;
    readonly operation_types?: string[];
    readonly match?: Doc;
    readonly project?: Doc;
}
export declare function buildChangeEvent(config: TriggerConfig, input: ChangeInput): Doc;
/** Why the trigger would not see this event, or undefined when it would. */
export declare function eventFilterReason(config: TriggerConfig, event: Doc): string | undefined;
/** The event as the function receives it: the trigger's `project` applied. */
export declare function projectEvent(config: TriggerConfig, event: Doc): Doc;
