import { type LoadContext } from './context.js';
import { type FieldTable } from './fields.js';
import type { TriggerResource } from './model.js';
export declare const PROVIDER_TYPES: string[];
export declare const EVENTBRIDGE_CONFIG_TABLE: FieldTable;
export declare const TRIGGER_TABLE: FieldTable;
export declare const CONFIG_TABLES: Record<string, FieldTable>;
export declare function loadTriggers(ctx: LoadContext): Promise<TriggerResource[]>;
