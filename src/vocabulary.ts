// Enumerations the Admin API spec defines, shared by everything that checks them: the config
// validator, the client, the CLI and the emulator. One list each, so they cannot drift apart.

/** `type` values of app logs (spec `adminGetLogs`). */
export const LOG_TYPES: readonly string[] = [
  'TRIGGER_FAILURE',
  'TRIGGER_ERROR_HANDLER',
  'DB_TRIGGER',
  'AUTH_TRIGGER',
  'SCHEDULED_TRIGGER',
  'FUNCTION',
  'SERVICE_FUNCTION',
  'STREAM_FUNCTION',
  'SERVICE_STREAM_FUNCTION',
  'AUTH',
  'WEBHOOK',
  'ENDPOINT',
  'PUSH',
  'API',
  'API_KEY',
  'GRAPHQL',
  'SYNC_CONNECTION_START',
  'SYNC_CONNECTION_END',
  'SYNC_SESSION_START',
  'SYNC_SESSION_END',
  'SYNC_CLIENT_WRITE',
  'SYNC_ERROR',
  'SYNC_OTHER',
  'SCHEMA_ADDITIVE_CHANGE',
  'SCHEMA_GENERATION',
  'SCHEMA_VALIDATION',
  'LOG_FORWARDER'
]

/** `config.operation_types` of database triggers (spec `DatabaseTrigger`). */
export const TRIGGER_OPERATION_TYPES = [
  'INSERT',
  'UPDATE',
  'REPLACE',
  'DELETE',
  'CREATE_COLLECTION',
  'MODIFY_COLLECTION',
  'RENAME_COLLECTION',
  'DROP_COLLECTION',
  'SHARD_COLLECTION',
  'RESHARD_COLLECTION',
  'REFINE_COLLECTION_SHARD_KEY',
  'DROP_DATABASE'
] as const

/** `log_types` of log forwarders (spec `LogType`). */
export const FORWARDER_LOG_TYPES = [
  'auth',
  'endpoint',
  'function',
  'graphql',
  'push',
  'schema',
  'service',
  'sync',
  'trigger',
  'trigger_error_handler'
] as const

/** `log_statuses` of log forwarders (spec `LogStatus`). */
export const FORWARDER_LOG_STATUSES = ['error', 'success'] as const
