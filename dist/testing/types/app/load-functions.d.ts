import { type LoadContext } from './context.js';
import { type FieldTable } from './fields.js';
import { type FunctionResource } from './model.js';
export declare const MANIFEST_ENTRY: FieldTable;
export declare function loadFunctions(ctx: LoadContext): Promise<FunctionResource[]>;
