import { type LoadContext } from './context.js';
import { type FieldTable } from './fields.js';
import type { JsonDocument } from './json-file.js';
import { type DependenciesResource, type HostingResource, type SyncResource } from './model.js';
export declare const SYNC_TABLE: FieldTable;
export declare const HOSTING_TABLE: FieldTable;
/** DOCS functions/dependencies.txt: a zipped node_modules may be at most 15 MB. */
export declare const MAX_DEPENDENCY_ARCHIVE_BYTES: number;
export declare function loadSync(ctx: LoadContext, rootDoc: JsonDocument | undefined): Promise<SyncResource | undefined>;
export declare function loadHosting(ctx: LoadContext, rootDoc: JsonDocument | undefined): Promise<HostingResource | undefined>;
/** An archive wins over package.json, which wins over a node_modules folder (realm-cli's order for the first). */
export declare function loadDependencies(ctx: LoadContext): Promise<DependenciesResource | undefined>;
/**
 * The legacy root `secrets.json`: `{auth_providers: {<provider>: {<secret name>: value}},
 * services: {<svc>: {<field>: value}}}` (a service field becomes the secret `__<svc>_<field>`).
 * Returns the secret names; every value is registered for masking at once and then forgotten.
 */
export declare function loadLegacySecrets(ctx: LoadContext): Promise<string[]>;
