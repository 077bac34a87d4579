import { type LoadContext } from './context.js';
import { type FieldTable } from './fields.js';
import { type DataApiConfigResource, type EndpointResource } from './model.js';
export declare const ENDPOINT_TABLE: FieldTable;
export declare const DATA_API_TABLE: FieldTable;
/** The folder that holds endpoints in this app (undefined in v1 or when there is none). Exports of apps
 *  that moved between layouts keep both folders, one of them holding only `[]`: that one defines nothing. */
export declare function endpointsFolder(ctx: LoadContext): Promise<string | undefined>;
export declare function loadEndpoints(ctx: LoadContext, folder: string | undefined): Promise<EndpointResource[]>;
export declare function loadDataApiConfig(ctx: LoadContext, folder: string | undefined): Promise<DataApiConfigResource | undefined>;
