import { type Problem } from '../errors.js';
import { type LoadContext } from './context.js';
import type { AppModel, EnvironmentKey } from './model.js';
type Locator = Pick<LoadContext, 'docs' | 'bases'>;
export declare function environmentKey(environment: string | undefined): EnvironmentKey;
/** The model with every expansion resolved for `environment`; throws ConfigError listing every unresolved one. */
export declare function expandTemplates(model: AppModel, environment?: string): AppModel;
/** Every expansion that cannot be resolved for `environment`, without changing the model. */
export declare function findTemplateProblems(model: AppModel, environment?: string, locator?: Locator): Problem[];
export {};
