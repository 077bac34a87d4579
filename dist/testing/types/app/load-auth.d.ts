import { type LoadContext } from './context.js';
import type { JsonDocument } from './json-file.js';
import { type AuthProviderResource, type CustomUserDataResource } from './model.js';
export declare function loadAuthProviders(ctx: LoadContext): Promise<AuthProviderResource[]>;
export declare function loadCustomUserData(ctx: LoadContext, rootDoc: JsonDocument | undefined): Promise<CustomUserDataResource | undefined>;
