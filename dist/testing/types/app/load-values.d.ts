import { type LoadContext } from './context.js';
import { type FieldTable } from './fields.js';
import type { EnvironmentKey, EnvironmentValueResource, ValueResource } from './model.js';
export declare const VALUE_TABLE: FieldTable;
/** Environment file name -> the API's key in `EnvironmentValue.values`. */
export declare const ENVIRONMENT_FILES: Readonly<Record<string, EnvironmentKey>>;
export declare function loadValues(ctx: LoadContext): Promise<ValueResource[]>;
export declare function loadEnvironmentValues(ctx: LoadContext): Promise<EnvironmentValueResource[]>;
