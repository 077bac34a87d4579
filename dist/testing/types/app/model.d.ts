import type { Problem } from '../errors.js';
/** 20230101 = `root_config.json`, 20210101 = `realm_config.json`, 20200603 = `config.json`, 20180301 = `stitch.json`. */
export type Layout = '20230101' | '20210101' | '20200603' | '20180301';
export declare const LAYOUT_ROOT_FILES: Readonly<Record<Layout, string>>;
/** Both v1 layouts share one directory structure (realm-cli's `structure_v1.go`). */
export declare function isV1Layout(layout: Layout): boolean;
/** The API's keys of `EnvironmentValue.values`; `none` is `environments/no-environment.json`. */
export type EnvironmentKey = 'none' | 'development' | 'testing' | 'qa' | 'production';
/** The active-environment names the API accepts (`""` = none). */
export declare const ENVIRONMENT_NAMES: readonly ["", "development", "testing", "qa", "production"];
export type Json = unknown;
export type JsonObject = Record<string, unknown>;
/** Where a resource was read from. */
export interface Sourced {
    readonly file: string;
}
/** `.mdb/meta.json` (20230101) or `.mdb/app_meta.json` (realm-cli): which remote app a checkout belongs to. */
export interface AppMeta extends Sourced {
    readonly config_version?: number;
    readonly group_id?: string;
    /** The app's internal ObjectId (`{appId}` in API paths). */
    readonly app_id?: string;
    readonly client_app_id?: string;
}
export interface AppSettings extends Sourced {
    readonly name?: string;
    /** Local `app_id` of the root file (or `client_app_id` of `.mdb/meta.json`). */
    readonly client_app_id?: string;
    /** From `.mdb`: the Atlas project id. */
    readonly group_id?: string;
    /** From `.mdb`: the app's internal ObjectId. */
    readonly app_id?: string;
    readonly location?: string;
    readonly provider_region?: string;
    readonly deployment_model?: string;
    readonly environment?: string;
    readonly allowed_request_origins?: string[];
}
export interface FunctionResource extends Sourced {
    readonly name: string;
    /** LF line endings. */
    readonly source: string;
    readonly private: boolean;
    readonly can_evaluate?: JsonObject;
    readonly disable_arg_logs?: boolean;
    readonly run_as_system?: boolean;
    readonly run_as_user_id?: string;
    readonly run_as_user_id_script_source?: string;
    /** The `.js` file (`file` is the manifest entry's file). */
    readonly sourceFile: string;
}
export interface ValueResource extends Sourced {
    readonly name: string;
    /** With `from_secret`, the NAME of the secret. */
    readonly value: Json;
    readonly from_secret: boolean;
    /** Other fields, carried as written (`private` in Stitch exports). */
    readonly [field: string]: Json;
}
export interface EnvironmentValueResource extends Sourced {
    readonly name: string;
    readonly values: Partial<Record<EnvironmentKey, Json>>;
    /** Every environment file that defines this name. */
    readonly files: string[];
}
/** A trigger body as the API takes it, with names instead of ids: the function in
 *  `event_processors.FUNCTION.config.function_name` (a root `function_name` is moved there), the data
 *  source in `config.service_name`. */
export interface TriggerResource extends Sourced {
    readonly name: string;
    readonly type: string;
    readonly disabled: boolean;
    readonly config: JsonObject;
    readonly event_processors: JsonObject;
    readonly error_handler?: JsonObject;
}
export interface RuleResource extends Sourced {
    readonly database: string;
    readonly collection: string;
    readonly roles?: JsonObject[];
    readonly filters?: JsonObject[];
    readonly [field: string]: Json;
}
export interface DefaultRuleResource extends Sourced {
    readonly roles?: JsonObject[];
    readonly filters?: JsonObject[];
}
export interface SchemaResource extends Sourced {
    readonly database: string;
    readonly collection: string;
    readonly schema: JsonObject;
    readonly relationships: JsonObject;
    /** `relationships.json` when the relationships came from one (v1 embeds them in the rule file). */
    readonly relationshipsFile?: string;
}
export interface DataSourceResource extends Sourced {
    readonly name: string;
    readonly type: string;
    readonly config: JsonObject;
    readonly version?: number;
    readonly default_rule?: DefaultRuleResource;
    readonly rules: RuleResource[];
    readonly schemas: SchemaResource[];
}
export interface ServiceRuleResource extends Sourced {
    readonly name: string;
    readonly actions?: string[];
    readonly when?: JsonObject;
}
export interface WebhookResource extends Sourced {
    readonly name: string;
    /** LF line endings; the API's `function_source`. */
    readonly source: string;
    readonly sourceFile: string;
    readonly [field: string]: Json;
}
/** A legacy third-party service (http, aws, twilio, github, gcm). */
export interface ServiceResource extends Sourced {
    readonly name: string;
    readonly type: string;
    readonly config: JsonObject;
    readonly secret_config?: Record<string, string>;
    readonly version?: number;
    readonly rules: ServiceRuleResource[];
    readonly incoming_webhooks: WebhookResource[];
}
export interface AuthProviderResource extends Sourced {
    readonly name: string;
    readonly type: string;
    readonly disabled: boolean;
    readonly config?: JsonObject;
    readonly secret_config?: JsonObject;
    readonly metadata_fields?: JsonObject[];
    readonly redirect_uris?: string[];
    readonly domain_restrictions?: string[];
}
export interface CustomUserDataResource extends Sourced {
    readonly enabled: boolean;
    readonly mongo_service_name?: string;
    readonly database_name?: string;
    readonly collection_name?: string;
    readonly user_id_field?: string;
    readonly on_user_creation_function_name?: string;
}
export interface EndpointResource extends Sourced {
    readonly route: string;
    readonly http_method: string;
    readonly function_name: string;
    readonly validation_method?: string;
    readonly secret_name?: string;
    readonly respond_result?: boolean;
    readonly fetch_custom_user_data?: boolean;
    readonly create_user_on_auth?: boolean;
    readonly disabled?: boolean;
    readonly return_type?: string;
}
export type DataApiConfigResource = Sourced & JsonObject;
export interface CustomResolverResource extends Sourced {
    readonly on_type: string;
    readonly field_name: string;
    readonly function_name: string;
    readonly [field: string]: Json;
}
export interface GraphQLResource {
    readonly config?: Sourced & JsonObject;
    readonly validation_settings?: Sourced & JsonObject;
    readonly custom_resolvers: CustomResolverResource[];
}
export type SyncResource = Sourced & JsonObject;
export interface LogForwarderResource extends Sourced {
    readonly name: string;
    readonly disabled: boolean;
    readonly log_types: string[];
    readonly log_statuses: string[];
    readonly policy: JsonObject;
    readonly action: JsonObject;
}
export interface HostingResource {
    /** `hosting/config.json` (v2) or the root file's `hosting` (v1). */
    readonly config?: Sourced & JsonObject;
    /** Whether `hosting/` exists (the assets themselves are src/hosting's). */
    readonly present: boolean;
}
export interface DependenciesResource extends Sourced {
    readonly kind: 'package.json' | 'archive' | 'directory';
    /** `dependencies` of `functions/package.json`. */
    readonly dependencies?: Record<string, string>;
}
export interface AppModel {
    /** Absolute, symlink-free path of the app directory. */
    readonly root: string;
    readonly layout: Layout;
    /** `root_config.json`, `realm_config.json`, `config.json` or `stitch.json`. */
    readonly rootFile: string;
    readonly meta?: AppMeta;
    readonly settings: AppSettings;
    readonly functions: FunctionResource[];
    readonly values: ValueResource[];
    readonly environmentValues: EnvironmentValueResource[];
    readonly triggers: TriggerResource[];
    readonly dataSources: DataSourceResource[];
    readonly services: ServiceResource[];
    readonly authProviders: AuthProviderResource[];
    readonly customUserData?: CustomUserDataResource;
    readonly endpoints: EndpointResource[];
    readonly dataApiConfig?: DataApiConfigResource;
    readonly graphql?: GraphQLResource;
    readonly sync?: SyncResource;
    readonly logForwarders: LogForwarderResource[];
    readonly hosting?: HostingResource;
    readonly dependencies?: DependenciesResource;
    /** Every secret NAME the config references, sorted. Values never live in the model. */
    readonly secretsNeeded: string[];
    readonly warnings: Problem[];
}
/** The function a trigger calls, wherever the file put it. */
export declare function triggerFunctionName(trigger: TriggerResource): string | undefined;
