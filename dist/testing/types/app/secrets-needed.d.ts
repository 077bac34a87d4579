import type { Problem } from '../errors.js';
import { type LoadContext } from './context.js';
import type { AppModel } from './model.js';
type Checker = Pick<LoadContext, 'docs' | 'bases'>;
export declare function collectSecretNames(ctx: Checker, model: Omit<AppModel, 'secretsNeeded'>, legacyNames: readonly string[]): {
    names: string[];
    problems: Problem[];
};
export {};
