import { type LoadContext } from './context.js';
import { type FunctionResource } from './model.js';
export declare function loadFunctions(ctx: LoadContext): Promise<FunctionResource[]>;
