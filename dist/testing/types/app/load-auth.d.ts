import { type LoadContext } from './context.js';
import { type FieldTable } from './fields.js';
import type { JsonDocument } from './json-file.js';
import { type AuthProviderResource, type CustomUserDataResource } from './model.js';
export declare const PROVIDER_TABLE: FieldTable;
export declare const CUSTOM_USER_DATA_TABLE: FieldTable;
export declare function loadAuthProviders(ctx: LoadContext): Promise<AuthProviderResource[]>;
export declare function loadCustomUserData(ctx: LoadContext, rootDoc: JsonDocument | undefined): Promise<CustomUserDataResource | undefined>;
