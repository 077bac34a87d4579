import { type LoadContext } from './context.js';
import { type FieldTable } from './fields.js';
import type { DefaultRuleResource, RuleResource, SchemaResource } from './model.js';
export declare const RULE_TABLE: FieldTable;
export declare const DEFAULT_RULE_TABLE: FieldTable;
export declare function loadDefaultRule(ctx: LoadContext, rel: string): Promise<DefaultRuleResource | undefined>;
export interface CollectionFiles {
    rules: RuleResource[];
    schemas: SchemaResource[];
}
/**
 * One v2 collection folder `<dsDir>/<db>/<coll>/`. A schema-only folder gets a schema and no rule:
 * realm-cli sends a bare `{database, collection}` rule for it, but a rule without roles overrides the
 * default rule and denies access (config-to-api §4.9), which is not what a schema file asks for.
 */
export declare function loadCollectionDir(ctx: LoadContext, dir: string, database: string, collection: string, out: CollectionFiles): Promise<void>;
/** One v1 rule file `services/<svc>/rules/<db>.<coll>.json` of a data source. */
export declare function loadV1Rule(ctx: LoadContext, rel: string, fileName: string, out: CollectionFiles): Promise<void>;
