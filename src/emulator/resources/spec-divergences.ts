// Where the routes of spec-routes.ts, and rules the spec leaves open across all resource routes,
// knowingly go beyond or against the spec, with the evidence each choice rests on. Merged into the
// one list (../divergences.ts) that the contract test and `realm-deploy emulator --divergences` read.
import type { Divergence } from '../divergence-entry.js'
import { notEmulatedDivergences } from './not-emulated.js'

const CREATES_WITHOUT_409 = [
  'adminCreateTrigger, adminCreateValue, adminCreateWebhook, adminCreateAuthProvider, createLogForwarder',
  'adminCreateASecret, adminCreateFunction, adminCreateSchema, adminCreateEndpoint, adminCreateCustomResolver',
  'adminCreatePrivateEndpoint, adminUpdateFunction, adminUpdateValue, adminModifyASecret, adminUpdateAuthProvider',
  'adminModifyEndpoint, adminModifyCustomResolver, updateLogForwarder, adminUpdateSchema'
].join(', ')

const specRouteDivergences: readonly Divergence[] = [
  {
    operation: CREATES_WITHOUT_409,
    divergence:
      "A create or update that clashes with a sibling's key is refused with 409 DuplicateName: the name; route and http_method for endpoints; on_type and field_name for resolvers; data source, database and collection for schemas; the cloud endpoint id for private endpoints.",
    reason:
      'The spec documents 409 for the same clash on services, rules, environment values and trigger updates only; these keys are unique per app in the config format (config-to-api §4), and "already exists" is 409 everywhere the spec says.',
    contractExempt: false
  },
  {
    operation: 'all operations',
    divergence:
      'An id or name in the path that names nothing answers 404 with {"error", "error_code"} (e.g. FunctionNotFound), and every error carries that body, also where the spec documents the status without a body or documents no 404.',
    reason:
      "The spec's Error schema and its documented 404s (DeploymentNotFound, EnvironmentValueNotFound) have this shape; realm-cli reads error_code from every error body (internal/cloud/realm/error.go, admin-api-notes §1).",
    contractExempt: false
  },
  {
    operation: 'adminUpdateFunction, adminUpdateValue, adminUpdateService',
    divergence:
      'A JSON body is required: the function, value or service fields to write (400 InvalidParameter without).',
    reason:
      'The spec documents no request body for these three updates, which cannot update anything without one; realm-cli and realm-core send the resource document.',
    contractExempt: false
  },
  {
    operation: 'adminCreateAuthProvider',
    divergence:
      'Creating an `api-key` provider on a new app answers 409 DuplicateName: every new app already has a disabled `api-key` provider, which clients enable (PUT .../enable) instead.',
    reason:
      "Undocumented; config-to-api §4.12 (new apps already have an api-key provider that realm-core's test harness finds with a list and then enables, never creates).",
    contractExempt: false
  },
  {
    operation: 'adminUpdateService',
    divergence: "A service's type cannot change (400 InvalidParameter): create a new service instead.",
    reason:
      'Creation-only setting, undocumented; the config format keys a data source by name and type, and the type decides the config schema.',
    contractExempt: false
  },
  {
    operation: 'getAdminAuthProviders',
    divergence:
      'Lists the one admin login the emulator accepts: {"name": "mongodb-cloud", "type": "mongodb-cloud"}.',
    reason:
      "BaseAuthProvider's `type` enum (ProviderType) holds the app's end-user providers only, yet the Admin API's own login path is /auth/providers/mongodb-cloud/login (admin-api-notes §2.1)."
  },
  {
    operation: 'allowedIPAccessListGet',
    divergence: 'Answers one object {"current_ip", "allowed_ips": [...]}, not an array of such objects.',
    reason:
      'The spec\'s schema has `items` but no `type: array` (so an object validates too); realm-cli (internal/cloud/realm/access_list.go) decodes one object with "allowed_ips".',
    contractExempt: false
  },
  {
    operation: 'allowedIPAccessListCreate, allowedIPAccessListUpdate',
    divergence:
      'The address must be an IPv4/IPv6 address or CIDR block (400 InvalidParameter otherwise) and unique in the list (409 DuplicateName); the entry shows `ip` for an address, `network` for a block. PATCH answers 201 with the entry, as the spec says (realm-cli used PUT and expected 204).',
    reason:
      'The spec documents neither error; both follow the request field\'s description ("IP address or CIDR block").',
    contractExempt: false
  },
  {
    operation: 'adminSetRefreshTokenExpiration',
    divergence:
      'Refuses with 400 InvalidParameter a value that is not a whole number of seconds from 1800 to 15552000; GET shows 5184000 until set.',
    reason:
      "RefreshTokenExpiration's minimum, maximum and default; the spec documents the 400 without a body.",
    contractExempt: false
  },
  {
    operation: 'schema ApiKey, schema ApiKeyResponse',
    divergence: '`disabled` is validated as a boolean.',
    reason:
      'Both schemas type it as a string, while the list response of the same keys (adminListApiKeys) types it boolean, as every other `disabled` of the API.'
  },
  {
    operation: 'adminCreateApiKey',
    divergence:
      "Refused with 400 AuthProviderNotFound while the app's `api-key` provider is missing or disabled; a name used by another key is 409 APIKeyAlreadyExists. The key is shown only in this reply; keys live outside drafts.",
    reason:
      'Undocumented; the docs create server API keys only after enabling the API Key provider. Keys are end-user credentials, not configuration.',
    contractExempt: false
  },
  {
    operation: 'adminExecuteFunction, adminExecuteFunctionSource',
    divergence:
      '`arguments` may be any JSON values. `result` is the canonical EJSON of whatever the function returned (a string stays a string); a thrown error is `error: {name, message}` in a 200. The function runs in a node:vm sandbox in a worker thread, 3 s and 64 MB at most, 4 at once (more answer 429 TooManyRequests), against the deployed configuration, with context.values, context.environment, context.functions.execute and context.user only; context.services, context.http, require(), BSON/EJSON, fetch and timers throw an error naming what is not emulated. `user_id` is not checked against end users (the emulator has none); `service` and a non-trivial `eval_source` answer 501 NotEmulated.',
    reason:
      'The spec types `arguments` as strings and `result` as an object, but realm-cli sends numbers and objects as arguments (`function run`), and its integration test (internal/cloud/realm/function_test.go) expects a string result as a string and numbers as {"$numberInt": ...}.'
  },
  {
    operation:
      'adminListEventSubscriptions, adminGetEventSubscription, adminGetLatestEventSubscriptionExecution',
    divergence:
      'The subscriptions are the deployed triggers (same `_id`); ?type=SYNCTRANSLATOR lists none. The latest execution is built from the newest run of the subscription in the app log (DB_TRIGGER, AUTH_TRIGGER, SCHEDULED_TRIGGER entries, with `data.error` when it failed) and is 404 EventSubscriptionExecutionNotFound before one exists. Runs come only from the emulator\'s control (`POST /__emulator/groups/{groupId}/apps/{app}/triggers/{name}/execution`, `{"error"}` for a failed run) and from `--fail-trigger-rate` after a deployment.',
    reason:
      'The emulator runs no change streams or Device Sync, so nothing else could execute; the spec does not say what a subscription that never ran answers.'
  },
  {
    operation: 'adminListEventSubscriptions, adminGetEventSubscription, adminResumeTrigger',
    divergence:
      'A suspended database trigger shows on its event subscription as `state: "SUSPENDED"` with the reason in `error` (both absent while it runs), and the suspension is logged as a `TRIGGER_FAILURE` app log entry (not a run: the latest execution is unchanged). Triggers are suspended only by the emulator\'s control (`POST /__emulator/groups/{groupId}/apps/{app}/triggers/{name}/suspend` with the API\'s token, or in-process `control.suspendTrigger`) or by `--suspend-trigger-rate` after a deployment; resume (with or without `disable_token`) ends the suspension.',
    reason:
      'The spec has the resume operation of a suspended trigger but no field that shows the suspension, and no public MongoDB client reads one: searched mongodb/terraform-provider-mongodbatlas (eventtrigger), mongodb-labs/go-client-mongodb-atlas-app-services (event_triggers.go), 10gen/realm-cli, mongodb/go-client-mongodb-atlas, mongodb/mongodb-atlas-cli and the App Services docs for "SUSPENDED", "suspended" and "event_subscriptions"; the shape is an assumption the client reads in one place (src/admin/trigger-state.ts). The emulator has no change streams that could break by themselves.'
  },
  {
    operation: 'adminExportApplication',
    divergence:
      'A zip (Content-Disposition `<name>_<yyyymmddHHMMSS>.zip`) of the configuration directory: `version=20210101` gives realm_config.json, anything else the current root_config.json layout (other versions 400). `deployment=<id>` exports that successful deployment; `template=true` leaves out .mdb/; `source_control` with `template` is 400.',
    reason: 'The spec documents only a body-less 200; the file name follows admin-api-notes §2.4.'
  },
  {
    operation: 'adminPullAppConfiguration',
    divergence:
      "With Accept: application/zip alone, answers the zip of the root_config.json layout of the caller's view (their draft, else live).",
    reason:
      'The spec documents the zip without naming its layout; the current CLI writes root_config.json (admin-api-notes §4.1). The JSON form carries two listed departures from PushPullAppConfig: custom resolvers without `_id` (see adminCreateCustomResolver) and AUTHENTICATION trigger `providers` as an array (see adminCreateTrigger).'
  },
  {
    operation: 'adminPushAppConfiguration',
    divergence:
      "Replaces the caller's view (their draft, else live) through each resource's own create route, all or nothing (on a refusal, nothing changes and the 400 names the refused part). Secrets, the IP access list, private endpoints, allowed origins and the refresh token setting are kept; every recreated resource gets a new `_id`.",
    reason:
      'The spec says only that a push "overwrites the entire existing App configuration"; how it meets drafts and ids is undocumented (admin-api-notes §8). It accepts what the pull sends, with the same two departures (resolvers without `_id`, AUTHENTICATION `providers` as an array).'
  },
  {
    operation: 'adminLinkMultiDataSources',
    divergence:
      'All or nothing; each source gets a `readAndWriteAll` default rule. The 400 for failed sources is {"error", "error_code": "InvalidParameter", "failedClusterNames"}.',
    reason:
      "The spec's 400 is oneOf FailedLinkingDataSourceResponse or Error, but FailedLinkingDataSourceResponse requires nothing, so an Error body matches both and no error body can satisfy the oneOf; the emulator keeps the API's error fields and adds the documented one."
  },
  {
    operation: 'adminCreateDeploymentMigration, adminGetDeploymentMigration',
    divergence:
      'A migration is `started` for 200 ms of emulator time, then `successful`, and the app shows the new model, region and location. A no-op, an unknown region or a second migration while one runs is 400; GET before any migration is 404 DeploymentMigrationNotFound.',
    reason:
      'The spec does not say how long a migration takes or what GET answers before the first one (its 404 says "App not found").',
    contractExempt: false
  }
]

export const specDivergences: readonly Divergence[] = [...specRouteDivergences, ...notEmulatedDivergences]
