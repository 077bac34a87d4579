// Where the resource routes knowingly differ from the official spec, and why: undocumented endpoints
// served because realm-cli uses them, fixes of spec mistakes, and choices where the spec is silent.
// The core's list (../divergences.ts) merges these in; `operation` uses its format: operationIds or
// `METHOD G/A/path`, comma-separated.
import type { Divergence } from '../divergence-entry.js'

export const resourceDivergences: readonly Divergence[] = [
  {
    operation: 'adminCreateCustomResolver, adminModifyCustomResolver',
    divergence:
      'A custom resolver is accepted without "_id" (the emulator assigns it on create and keeps it on update).',
    reason:
      'The spec\'s CustomResolver schema lists "_id" as required even in create and update bodies, which no client can know before creating; config-to-api §4.17 infers it is omitted.'
  },
  {
    operation: 'adminUploadHostedAsset',
    divergence:
      'Accepts multipart/mixed (and multipart/form-data) with "meta" and "file" parts; the "path" query is optional (taken from meta.path when absent, and must agree when both are sent).',
    reason:
      'The spec labels the body application/json and requires "path"; realm-cli sends multipart/mixed without the query (admin-api-notes §4.8).'
  },
  {
    operation: 'adminUploadHostedAsset',
    divergence: 'A file over 25 MiB is refused with 400 AssetTooLarge.',
    reason: "The docs give a 25 MB limit but not the server's status or message for it."
  },
  {
    operation: 'adminGetAllHostedAssets',
    divergence:
      'Lists every asset, with or without recursive=true; only an explicit recursive=false lists just the files directly in the prefix\'s directory. The "/" root entry is listed when no other prefix is given.',
    reason:
      'The spec says "List all hosted assets" and has no recursive parameter; realm-cli always sends recursive=true (admin-api-notes §2.5), so both read the whole list.'
  },
  {
    operation: 'DELETE G/A/hosting/assets/asset, PUT G/A/hosting/cache',
    divergence: 'Served (204) though not in the spec.',
    reason: 'CLI-only endpoints realm-cli uses to remove assets and flush the CDN (admin-api-notes §2.5).'
  },
  {
    operation: 'PUT G/A/dependencies, GET G/A/dependencies/status, POST G/A/dependencies/diff',
    divergence:
      'Served though not in the spec. An upload is `created` for 200 ms of emulator time, then `successful` or `failed` (invalid package.json, unreadable archive); archives report the name and version of each top-level node_modules package.',
    reason:
      'CLI-only endpoints realm-cli uses to install dependencies (admin-api-notes §2.6); the real server installs asynchronously.'
  },
  {
    operation: 'adminGetAllDependencies',
    divergence: 'Before any upload, answers 200 with an empty dependencies_list.',
    reason: 'The spec does not say what an app without dependencies returns.'
  },
  {
    operation: 'adminCreateValue, adminUpdateValue',
    divergence: '"private" and "from_secret" default to false when omitted.',
    reason:
      "The spec marks them required, but RJS's importer omits both and the server is inferred to default them (config-to-api §3)."
  },
  {
    operation: 'adminCreateEndpoint, adminModifyEndpoint',
    divergence:
      '"return_type" defaults to JSON and the booleans (disabled, respond_result, ...) to false when omitted.',
    reason:
      'The spec marks them required, but the local endpoint file format has no return_type and the server default is unknown (config-to-api §3).'
  },
  {
    operation: 'adminCreateService',
    divergence:
      'Only config.clusterName is required; readPreference defaults to "primary" when absent (null or "" is kept as sent, as unset) and wireProtocolEnabled to false. A secret_config entry of null or "" is unset: kept as sent, no secret referenced.',
    reason:
      'AtlasClusterServiceConfig marks all three required; real exports and RCORE send only some of them.'
  },
  {
    operation: 'adminUpdateValue',
    divergence: 'Answers 200 with the updated Value object.',
    reason: 'The spec types the 200 body as an array of NewValue, which cannot describe one updated value.'
  },
  {
    operation: 'adminCreateWebhook, adminGetWebhook, adminUpdateWebhook',
    divergence: 'Answer with the IncomingWebhook document.',
    reason: 'The spec documents these responses without a body, which would leave GET with nothing to say.'
  },
  {
    operation: 'adminListWebhooks',
    divergence: 'Returns an array of webhooks.',
    reason: 'The spec shows a single IncomingWebhook, which cannot list several (config-to-api §2.2).'
  },
  {
    operation: 'adminGetServiceConfig',
    divergence: 'Returns one config object, not an array.',
    reason: 'The spec types it as an array; the docs and RCORE read one object (config-to-api §3).'
  },
  {
    operation:
      'adminDeleteFunction, adminDeleteService, adminDeleteSecret, adminUpdateFunction, adminUpdateService, adminModifyASecret',
    divergence:
      'A delete is refused with 400 ResourceInUse while a trigger, endpoint, resolver, auth provider, log forwarder, custom user data or value still references the resource; so is a rename while something refers to it by name (log forwarders, schemas, from_secret values).',
    reason:
      "Undocumented; inferred from the server's reference checks (config-to-api §4.5), so clients delete dependants first.",
    contractExempt: false
  },
  {
    operation: 'adminCreateTrigger, adminUpdateTrigger, adminGetTrigger, adminListTriggers',
    divergence:
      'config.providers of an AUTHENTICATION trigger is accepted, stored and returned as sent: one provider type or an array of them.',
    reason:
      'The spec types it as a string enum; the docs and exported configs use an array (config-to-api §3).'
  },
  {
    operation: 'adminGetDataApiConfig',
    divergence:
      'Answers 404 DataApiConfigNotFound until the Data API config is created; a second POST is 409.',
    reason: 'The response for an app without a Data API config is undocumented.'
  },
  {
    operation: 'PUT G/A/sync/config, GET G/A/sync/config',
    divergence: 'Served: {development_mode_enabled} (PUT 204).',
    reason: 'Absent from the spec, documented in DOCS enable-sync and used by RCORE and RJS.'
  },
  {
    operation: 'adminSetEnvironment',
    divergence:
      'Inside a draft the environment is part of the draft; the AppInstance returned shows the new value, while GET app shows it once deployed.',
    reason: 'DOCS say every Admin API write lands in the open draft.'
  },
  {
    operation:
      'adminCreateDataApiConfig, adminModifyDataApiConfig, adminCreateCustomResolver, adminModifyCustomResolver',
    divergence:
      'An enum the app leaves unset may be sent as "" (Data API validation_method, a resolver\'s input_type_format and payload_type_format) and is stored and returned as sent; "" needs no secret.',
    reason:
      'The spec marks validation_method required with a closed enum, but App Services exports write "" for an unset one (the corpus: docs-data-api, qrtracker), and those apps deploy with realm-cli, so the server accepts it.'
  },
  {
    operation: 'adminUpdateServiceConfig, adminGetServiceConfig, adminPullAppConfiguration',
    divergence:
      'Partition-based sync lives in the data source\'s config as "sync" {state, database_name, partition {key, type, required, permissions}, ...}, next to "flexible_sync"; an enabled one needs partition.key, and one data source syncs in one mode at a time. The pull\'s top-level "sync" stays FlexibleSync only; partition sync is read from the data source\'s config.',
    reason:
      'The spec models only FlexibleSync; DOCS appschema-mongodb puts partition sync in the data source config (config-to-api §4.10), and exports of partition apps (the corpus: praksisejer) write sync/config.json with type "partition".',
    contractExempt: false
  },
  {
    operation: 'all create and update operations',
    divergence:
      'Fields a body carries beyond the spec are kept where the route keeps the body as sent (Data API config, custom resolvers, auth provider configs, service configs); functions, values, triggers, endpoints and the other typed resources store their documented fields and drop the rest.',
    reason:
      'App Services exports carry fields the spec lacks (Data API log_function_arguments and fetch_custom_user_data, hosting default_response_code), so the server keeps some fields beyond the spec, while its typed documents drop unknown JSON fields. realm-deploy warns about a field its tables do not know and never plans it as a change when the server does not give it back.',
    contractExempt: false
  }
]
