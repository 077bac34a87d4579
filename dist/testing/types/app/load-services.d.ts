import { type LoadContext } from './context.js';
import { type FieldTable } from './fields.js';
import { type DataSourceResource, type ServiceResource } from './model.js';
export declare const SERVICE_TABLE: FieldTable;
export declare const SERVICE_RULE_TABLE: FieldTable;
export declare const WEBHOOK_TABLE: FieldTable;
export interface ServiceFolders {
    services: ServiceResource[];
    /** v1 only: `services/` folders whose type is a data source. */
    dataSources: DataSourceResource[];
}
/** Every service folder under `parent` (`services`, `http_endpoints`, `https_endpoints`). */
export declare function loadServiceFolders(ctx: LoadContext, parent: string, out: ServiceFolders): Promise<void>;
