import { type LoadContext } from './context.js';
import type { GraphQLResource, LogForwarderResource } from './model.js';
export declare function loadGraphQL(ctx: LoadContext): Promise<GraphQLResource | undefined>;
export declare function loadLogForwarders(ctx: LoadContext): Promise<LogForwarderResource[]>;
