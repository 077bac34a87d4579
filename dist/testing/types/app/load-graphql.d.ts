import { type LoadContext } from './context.js';
import { type FieldTable } from './fields.js';
import type { GraphQLResource, LogForwarderResource } from './model.js';
export declare const CONFIG_TABLE: FieldTable;
export declare const VALIDATION_TABLE: FieldTable;
export declare const RESOLVER_TABLE: FieldTable;
export declare const LOG_FORWARDER_TABLE: FieldTable;
export declare function loadGraphQL(ctx: LoadContext): Promise<GraphQLResource | undefined>;
export declare function loadLogForwarders(ctx: LoadContext): Promise<LogForwarderResource[]>;
