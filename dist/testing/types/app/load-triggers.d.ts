import { type LoadContext } from './context.js';
import type { TriggerResource } from './model.js';
export declare const PROVIDER_TYPES: string[];
export declare function loadTriggers(ctx: LoadContext): Promise<TriggerResource[]>;
