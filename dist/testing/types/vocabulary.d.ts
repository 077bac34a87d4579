/** `type` values of app logs (spec `adminGetLogs`). */
export declare const LOG_TYPES: readonly string[];
/** `config.operation_types` of database triggers (spec `DatabaseTrigger`). */
export declare const TRIGGER_OPERATION_TYPES: readonly ["INSERT", "UPDATE", "REPLACE", "DELETE", "CREATE_COLLECTION", "MODIFY_COLLECTION", "RENAME_COLLECTION", "DROP_COLLECTION", "SHARD_COLLECTION", "RESHARD_COLLECTION", "REFINE_COLLECTION_SHARD_KEY", "DROP_DATABASE"];
/** `log_types` of log forwarders (spec `LogType`). */
export declare const FORWARDER_LOG_TYPES: readonly ["auth", "endpoint", "function", "graphql", "push", "schema", "service", "sync", "trigger", "trigger_error_handler"];
/** `log_statuses` of log forwarders (spec `LogStatus`). */
export declare const FORWARDER_LOG_STATUSES: readonly ["error", "success"];
