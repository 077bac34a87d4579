import { type LoadContext } from './context.js';
import { type DataApiConfigResource, type EndpointResource } from './model.js';
/** The folder that holds endpoints in this app (undefined in v1 or when there is none). Exports of apps
 *  that moved between layouts keep both folders, one of them holding only `[]`: that one defines nothing. */
export declare function endpointsFolder(ctx: LoadContext): Promise<string | undefined>;
export declare function loadEndpoints(ctx: LoadContext, folder: string | undefined): Promise<EndpointResource[]>;
export declare function loadDataApiConfig(ctx: LoadContext, folder: string | undefined): Promise<DataApiConfigResource | undefined>;
