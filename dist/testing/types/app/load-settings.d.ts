import { type LoadContext } from './context.js';
import type { JsonDocument } from './json-file.js';
import { type AppMeta, type AppSettings } from './model.js';
export interface RootConfig {
    readonly settings: AppSettings;
    /** The parsed root document (v1 keeps hosting, custom user data and sync in it). */
    readonly doc?: JsonDocument;
}
export declare function loadSettings(ctx: LoadContext, rootFile: string, meta: AppMeta | undefined): Promise<RootConfig>;
export declare function loadMeta(ctx: LoadContext, metaFile: string | undefined): Promise<AppMeta | undefined>;
