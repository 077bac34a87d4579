import { type Problem } from '../errors.js';
import { type AppModel, type Layout } from './model.js';
export interface LoadAppOptions {
    /** The app directory or any directory below it (the root is searched upwards). */
    readonly appDir: string;
    /** Every warning counts as an error (`--strict`). */
    readonly strict?: boolean;
}
export interface ValidationResult {
    /** Undefined when no app root was found. */
    readonly model?: AppModel;
    readonly root?: string;
    readonly layout?: Layout;
    /** Errors and warnings, sorted by file and position. */
    readonly problems: Problem[];
}
/** Loads and validates the app; never throws for problems in the config (they are returned). */
export declare function validateApp({ appDir, strict }: LoadAppOptions): Promise<ValidationResult>;
/** Under `--strict` a warning stops the run like an error, and says why. */
export declare function strictProblems(problems: readonly Problem[]): Problem[];
/** Loads the app; throws ConfigError (exit code 2) listing every error. Warnings ride on the model. */
export declare function loadApp(options: LoadAppOptions): Promise<AppModel>;
