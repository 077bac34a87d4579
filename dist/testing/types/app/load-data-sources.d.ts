import { type LoadContext } from './context.js';
import { type FieldTable } from './fields.js';
import type { JsonDocument } from './json-file.js';
import { type CollectionFiles } from './load-rules.js';
import type { DataSourceResource } from './model.js';
export declare const DATA_SOURCE_TYPES: string[];
export declare const DATA_SOURCE_TABLE: FieldTable;
export declare function loadDataSources(ctx: LoadContext): Promise<DataSourceResource[]>;
/** Reads `<dir>/config.json` of a data source or service folder; undefined (reported) when missing or invalid. */
export declare function readFolderConfig(ctx: LoadContext, dir: string): Promise<JsonDocument | undefined>;
export declare function dataSourceFromHeader(ctx: LoadContext, doc: JsonDocument, files: CollectionFiles): DataSourceResource | undefined;
/** A v1 `services/<dir>/` folder whose config.json has a data source type. */
export declare function loadV1DataSource(ctx: LoadContext, dir: string, doc: JsonDocument): Promise<DataSourceResource | undefined>;
