import type { Problem } from '../errors.js';
import { type LoadContext } from './context.js';
import { type AppModel } from './model.js';
type Checker = Pick<LoadContext, 'docs' | 'bases'>;
export declare function checkReferences(ctx: Checker, model: AppModel): Problem[];
export {};
