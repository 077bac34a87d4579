export const id = 2256567866;
export const ids = [2256567866];
export const modules = {

/***/ 5557:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Du: () => (/* binding */ createAppsApi),
  Kp: () => (/* binding */ matchApps),
  Ae: () => (/* binding */ resolveApp)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/admin/shapes.ts
var shapes = __webpack_require__(79021);
;// CONCATENATED MODULE: ./src/admin/types.ts
// The Admin API documents this client reads. Only the fields the project relies on are typed (and
// checked in shapes.ts); everything else the server sends is kept as it is.
const appProducts = ['standard', 'atlas', 'data-api', 'device-sync'];

;// CONCATENATED MODULE: ./src/admin/apps.ts
// Apps of a project: list (per product, or all of them), get, create (never twice), delete, and
// resolving what a user typed (client_app_id, name or `_id`) to one app.



const appKeys = ['client_app_id', 'name'];
function checkApp(what) {
    return (item, field) => (0,shapes/* expectDoc */.Kn)(item, what, field, appKeys);
}
function createAppsApi(transport) {
    const appsPath = (groupId) => `/groups/${encodeURIComponent(groupId)}/apps`;
    const list = async (groupId, options = {}) => {
        const path = appsPath(groupId);
        const response = await transport.call({ method: 'GET', path, query: { product: options.product } });
        return (0,shapes/* expectList */.sn)(response.body, `GET ${path}`, checkApp(`GET ${path}`));
    };
    return {
        list,
        async listAll(groupId) {
            // One call per product, as realm-cli does: the comma form is not documented for every product.
            const lists = await Promise.all(appProducts.map(product => list(groupId, { product })));
            const byId = new Map();
            for (const app of lists.flat())
                if (!byId.has(app._id))
                    byId.set(app._id, app);
            return [...byId.values()];
        },
        async get(groupId, appId) {
            const path = `${appsPath(groupId)}/${encodeURIComponent(appId)}`;
            const response = await transport.call({ method: 'GET', path });
            return checkApp(`GET ${path}`)(response.body, '');
        },
        async create(groupId, app, options = {}) {
            const path = appsPath(groupId);
            const response = await transport.call({
                method: 'POST',
                path,
                query: { product: options.product, defaults: options.defaults },
                json: app,
                recover: async () => (await list(groupId, { product: options.product })).find(a => a.name === app.name)
            });
            return checkApp(`POST ${path}`)(response.body, '');
        },
        async delete(groupId, appId) {
            await transport.call({ method: 'DELETE', path: `${appsPath(groupId)}/${encodeURIComponent(appId)}` });
        }
    };
}
/** The apps a reference names: its `_id`, its client_app_id, or its name. */
function matchApps(apps, reference) {
    const byId = apps.filter(a => a._id === reference || a.client_app_id === reference);
    return byId.length > 0 ? byId : apps.filter(a => a.name === reference);
}
/** Resolves `reference` to exactly one app of any product, or explains why it cannot. */
async function resolveApp(apps, groupId, reference, source = '--app') {
    const matches = matchApps(await apps.listAll(groupId), reference);
    if (matches.length === 1)
        return matches[0];
    const message = matches.length === 0
        ? `no app '${reference}' in project ${groupId} (looked for a client app id, a name and an _id, in every product)`
        : `'${reference}' names ${matches.length} apps (${matches
            .map(a => a.client_app_id)
            .sort()
            .join(', ')}): use the client app id`;
    throw new errors/* ConfigError */.xL([{ source, message, severity: 'error' }]);
}


/***/ }),

/***/ 79021:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ expectArray),
/* harmony export */   Kn: () => (/* binding */ expectDoc),
/* harmony export */   WI: () => (/* binding */ optionalNumber),
/* harmony export */   Xk: () => (/* binding */ expectObject),
/* harmony export */   cn: () => (/* binding */ shapeError),
/* harmony export */   lK: () => (/* binding */ expectString),
/* harmony export */   sn: () => (/* binding */ expectList),
/* harmony export */   sx: () => (/* binding */ optionalString)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Runtime checks of Admin API responses at the boundary: a response of the wrong shape fails here,
// naming the call and the field, instead of surfacing as an `undefined` three layers up.
// Messages name fields and types, never values (a value may be a token).

/** `what` is the call, "METHOD /path". */
function shapeError(what, field, problem) {
    const space = what.indexOf(' ');
    const error = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AdminApiError */ .ge(what.slice(0, space), what.slice(space + 1), 0, 'UnexpectedResponse', problem);
    error.message = `${what}: unexpected response: ${field ? `\`${field}\` ` : ''}${problem}`;
    return error;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
function expectObject(value, what, field = '') {
    if (value && typeof value === 'object' && !Array.isArray(value))
        return value;
    throw shapeError(what, field, `expected an object, got ${value === undefined ? 'no body' : typeName(value)}`);
}
function expectArray(value, what, field = '') {
    if (Array.isArray(value))
        return value;
    throw shapeError(what, field, `expected an array, got ${value === undefined ? 'no body' : typeName(value)}`);
}
function expectString(body, key, what, prefix = '') {
    const value = body[key];
    if (typeof value === 'string')
        return value;
    throw shapeError(what, `${prefix}${key}`, `expected a string, got ${value === undefined ? 'nothing' : typeName(value)}`);
}
function optionalString(body, key, what, prefix = '') {
    return body[key] === undefined || body[key] === null ? undefined : expectString(body, key, what, prefix);
}
function optionalNumber(body, key, what, prefix = '') {
    const value = body[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'number')
        return value;
    throw shapeError(what, `${prefix}${key}`, `expected a number, got ${typeName(value)}`);
}
/** Checks every element with `check` (which gets the element and its field path, e.g. `[3]`). */
function expectList(value, what, check) {
    return expectArray(value, what).map((item, i) => check(item, `[${i}]`));
}
/** An object with a string `_id` and the given string keys; other fields kept as they are. */
function expectDoc(value, what, field, keys) {
    const body = expectObject(value, what, field);
    const prefix = field ? `${field}.` : '';
    expectString(body, '_id', what, prefix);
    for (const key of keys)
        expectString(body, key, what, prefix);
    return body;
}


/***/ }),

/***/ 80646:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ LOCATIONS),
/* harmony export */   D: () => (/* binding */ regionForLocation),
/* harmony export */   g6: () => (/* binding */ findRegion),
/* harmony export */   vr: () => (/* binding */ providerRegions)
/* harmony export */ });
// Cloud regions an app can be deployed to (the spec's region enums) and the location each maps to: one list
// for the validator (a provider_region App Services refuses is an error) and the emulator.
const REGIONS = [
    {
        id: 'aws-us-east-1',
        name: 'Virginia (us-east-1)',
        cloud_provider: 'aws',
        country: 'usa',
        location: 'US-VA'
    },
    {
        id: 'aws-us-west-2',
        name: 'Oregon (us-west-2)',
        cloud_provider: 'aws',
        country: 'usa',
        location: 'US-OR'
    },
    { id: 'aws-us-east-2', name: 'Ohio (us-east-2)', cloud_provider: 'aws', country: 'usa', location: 'US-VA' },
    {
        id: 'aws-eu-central-1',
        name: 'Frankfurt (eu-central-1)',
        cloud_provider: 'aws',
        country: 'deu',
        location: 'DE-FF'
    },
    { id: 'aws-eu-west-1', name: 'Ireland (eu-west-1)', cloud_provider: 'aws', country: 'irl', location: 'IE' },
    { id: 'aws-eu-west-2', name: 'London (eu-west-2)', cloud_provider: 'aws', country: 'gbr', location: 'IE' },
    {
        id: 'aws-ap-southeast-1',
        name: 'Singapore (ap-southeast-1)',
        cloud_provider: 'aws',
        country: 'sgp',
        location: 'SG'
    },
    {
        id: 'aws-ap-southeast-2',
        name: 'Sydney (ap-southeast-2)',
        cloud_provider: 'aws',
        country: 'aus',
        location: 'AU'
    },
    {
        id: 'aws-ap-south-1',
        name: 'Mumbai (ap-south-1)',
        cloud_provider: 'aws',
        country: 'ind',
        location: 'IN-MB'
    },
    {
        id: 'aws-sa-east-1',
        name: 'São Paulo (sa-east-1)',
        cloud_provider: 'aws',
        country: 'bra',
        location: 'BR-SP'
    },
    {
        id: 'azure-eastus2',
        name: 'Virginia (eastus2)',
        cloud_provider: 'azure',
        country: 'usa',
        location: 'US-VA'
    },
    {
        id: 'azure-westus',
        name: 'California (westus)',
        cloud_provider: 'azure',
        country: 'usa',
        location: 'US-OR'
    },
    {
        id: 'azure-westeurope',
        name: 'Netherlands (westeurope)',
        cloud_provider: 'azure',
        country: 'nld',
        location: 'IE'
    },
    {
        id: 'azure-eastasia',
        name: 'Hong Kong (eastasia)',
        cloud_provider: 'azure',
        country: 'hkg',
        location: 'SG'
    },
    {
        id: 'azure-southeastasia',
        name: 'Singapore (southeastasia)',
        cloud_provider: 'azure',
        country: 'sgp',
        location: 'SG'
    },
    {
        id: 'gcp-us-central1',
        name: 'Iowa (us-central1)',
        cloud_provider: 'gcp',
        country: 'usa',
        location: 'US-VA'
    },
    {
        id: 'gcp-us-east4',
        name: 'Virginia (us-east4)',
        cloud_provider: 'gcp',
        country: 'usa',
        location: 'US-VA'
    },
    { id: 'gcp-us-west1', name: 'Oregon (us-west1)', cloud_provider: 'gcp', country: 'usa', location: 'US-OR' },
    {
        id: 'gcp-europe-west1',
        name: 'Belgium (europe-west1)',
        cloud_provider: 'gcp',
        country: 'bel',
        location: 'IE'
    },
    {
        id: 'gcp-asia-south1',
        name: 'Mumbai (asia-south1)',
        cloud_provider: 'gcp',
        country: 'ind',
        location: 'IN-MB'
    }
];
const LOCATIONS = ['US-VA', 'US-OR', 'DE-FF', 'IE', 'AU', 'IN-MB', 'SG', 'BR-SP'];
function findRegion(id) {
    return REGIONS.find(r => r.id === id);
}
/** The first region of a location (used when a client gives a location but no region). */
function regionForLocation(location) {
    return REGIONS.find(r => r.location === location);
}
/** The `GET /provider_regions` body. */
function providerRegions() {
    return REGIONS.map(({ id, name, cloud_provider, country }) => ({
        id,
        name,
        cloud_provider,
        country,
        deployment_models: ['GLOBAL', 'LOCAL']
    }));
}


/***/ }),

/***/ 27019:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  emulatorCommand: () => (/* binding */ emulatorCommand),
  emulatorOptionsFrom: () => (/* binding */ emulatorOptionsFrom),
  runEmulatorCommand: () => (/* binding */ runEmulatorCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
// EXTERNAL MODULE: ./src/emulator/settings.ts
var settings = __webpack_require__(43318);
// EXTERNAL MODULE: ./src/emulator/server.ts + 12 modules
var server = __webpack_require__(36609);
// EXTERNAL MODULE: ./src/emulator/resources/index.ts + 34 modules
var resources = __webpack_require__(97495);
// EXTERNAL MODULE: ./src/emulator/resources/not-emulated.ts
var not_emulated = __webpack_require__(26266);
;// CONCATENATED MODULE: ./src/emulator/resources/spec-divergences.ts

const CREATES_WITHOUT_409 = [
    'adminCreateTrigger, adminCreateValue, adminCreateWebhook, adminCreateAuthProvider, createLogForwarder',
    'adminCreateASecret, adminCreateFunction, adminCreateSchema, adminCreateEndpoint, adminCreateCustomResolver',
    'adminCreatePrivateEndpoint, adminUpdateFunction, adminUpdateValue, adminModifyASecret, adminUpdateAuthProvider',
    'adminModifyEndpoint, adminModifyCustomResolver, updateLogForwarder, adminUpdateSchema'
].join(', ');
const specRouteDivergences = [
    {
        operation: CREATES_WITHOUT_409,
        divergence: "A create or update that clashes with a sibling's key is refused with 409 DuplicateName: the name; route and http_method for endpoints; on_type and field_name for resolvers; data source, database and collection for schemas; the cloud endpoint id for private endpoints.",
        reason: 'The spec documents 409 for the same clash on services, rules, environment values and trigger updates only; these keys are unique per app in the config format (config-to-api §4), and "already exists" is 409 everywhere the spec says.',
        contractExempt: false
    },
    {
        operation: 'all operations',
        divergence: 'An id or name in the path that names nothing answers 404 with {"error", "error_code"} (e.g. FunctionNotFound), and every error carries that body, also where the spec documents the status without a body or documents no 404.',
        reason: "The spec's Error schema and its documented 404s (DeploymentNotFound, EnvironmentValueNotFound) have this shape; realm-cli reads error_code from every error body (internal/cloud/realm/error.go, admin-api-notes §1).",
        contractExempt: false
    },
    {
        operation: 'adminUpdateFunction, adminUpdateValue, adminUpdateService',
        divergence: 'A JSON body is required: the function, value or service fields to write (400 InvalidParameter without).',
        reason: 'The spec documents no request body for these three updates, which cannot update anything without one; realm-cli and realm-core send the resource document.',
        contractExempt: false
    },
    {
        operation: 'adminCreateAuthProvider',
        divergence: 'Creating an `api-key` provider on a new app answers 409 DuplicateName: every new app already has a disabled `api-key` provider, which clients enable (PUT .../enable) instead.',
        reason: "Undocumented; config-to-api §4.12 (new apps already have an api-key provider that realm-core's test harness finds with a list and then enables, never creates).",
        contractExempt: false
    },
    {
        operation: 'adminUpdateService',
        divergence: "A service's type cannot change (400 InvalidParameter): create a new service instead.",
        reason: 'Creation-only setting, undocumented; the config format keys a data source by name and type, and the type decides the config schema.',
        contractExempt: false
    },
    {
        operation: 'getAdminAuthProviders',
        divergence: 'Lists the one admin login the emulator accepts: {"name": "mongodb-cloud", "type": "mongodb-cloud"}.',
        reason: "BaseAuthProvider's `type` enum (ProviderType) holds the app's end-user providers only, yet the Admin API's own login path is /auth/providers/mongodb-cloud/login (admin-api-notes §2.1)."
    },
    {
        operation: 'allowedIPAccessListGet',
        divergence: 'Answers one object {"current_ip", "allowed_ips": [...]}, not an array of such objects.',
        reason: 'The spec\'s schema has `items` but no `type: array` (so an object validates too); realm-cli (internal/cloud/realm/access_list.go) decodes one object with "allowed_ips".',
        contractExempt: false
    },
    {
        operation: 'allowedIPAccessListCreate, allowedIPAccessListUpdate',
        divergence: 'The address must be an IPv4/IPv6 address or CIDR block (400 InvalidParameter otherwise) and unique in the list (409 DuplicateName); the entry shows `ip` for an address, `network` for a block. PATCH answers 201 with the entry, as the spec says (realm-cli used PUT and expected 204).',
        reason: 'The spec documents neither error; both follow the request field\'s description ("IP address or CIDR block").',
        contractExempt: false
    },
    {
        operation: 'adminSetRefreshTokenExpiration',
        divergence: 'Refuses with 400 InvalidParameter a value that is not a whole number of seconds from 1800 to 15552000; GET shows 5184000 until set.',
        reason: "RefreshTokenExpiration's minimum, maximum and default; the spec documents the 400 without a body.",
        contractExempt: false
    },
    {
        operation: 'schema ApiKey, schema ApiKeyResponse',
        divergence: '`disabled` is validated as a boolean.',
        reason: 'Both schemas type it as a string, while the list response of the same keys (adminListApiKeys) types it boolean, as every other `disabled` of the API.'
    },
    {
        operation: 'adminCreateApiKey',
        divergence: "Refused with 400 AuthProviderNotFound while the app's `api-key` provider is missing or disabled; a name used by another key is 409 APIKeyAlreadyExists. The key is shown only in this reply; keys live outside drafts.",
        reason: 'Undocumented; the docs create server API keys only after enabling the API Key provider. Keys are end-user credentials, not configuration.',
        contractExempt: false
    },
    {
        operation: 'adminExecuteFunction, adminExecuteFunctionSource',
        divergence: '`arguments` may be any JSON values. `result` is the canonical EJSON of whatever the function returned (a string stays a string); a thrown error is `error: {name, message}` in a 200. The function runs in a node:vm sandbox in a worker thread, 3 s and 64 MB at most, 4 at once (more answer 429 TooManyRequests), against the deployed configuration, with context.values, context.environment, context.functions.execute and context.user only; context.services, context.http, require(), BSON/EJSON, fetch and timers throw an error naming what is not emulated. `user_id` is not checked against end users (the emulator has none); `service` and a non-trivial `eval_source` answer 501 NotEmulated.',
        reason: 'The spec types `arguments` as strings and `result` as an object, but realm-cli sends numbers and objects as arguments (`function run`), and its integration test (internal/cloud/realm/function_test.go) expects a string result as a string and numbers as {"$numberInt": ...}.'
    },
    {
        operation: 'adminListEventSubscriptions, adminGetEventSubscription, adminGetLatestEventSubscriptionExecution',
        divergence: 'The subscriptions are the deployed triggers (same `_id`); ?type=SYNCTRANSLATOR lists none. The latest execution is built from the newest run of the subscription in the app log (DB_TRIGGER, AUTH_TRIGGER, SCHEDULED_TRIGGER entries, with `data.error` when it failed) and is 404 EventSubscriptionExecutionNotFound before one exists. Runs come only from the emulator\'s control (`POST /__emulator/groups/{groupId}/apps/{app}/triggers/{name}/execution`, `{"error"}` for a failed run) and from `--fail-trigger-rate` after a deployment.',
        reason: 'The emulator runs no change streams or Device Sync, so nothing else could execute; the spec does not say what a subscription that never ran answers.'
    },
    {
        operation: 'adminListEventSubscriptions, adminGetEventSubscription, adminResumeTrigger',
        divergence: 'A suspended database trigger shows on its event subscription as `state: "SUSPENDED"` with the reason in `error` (both absent while it runs), and the suspension is logged as a `TRIGGER_FAILURE` app log entry (not a run: the latest execution is unchanged). Triggers are suspended only by the emulator\'s control (`POST /__emulator/groups/{groupId}/apps/{app}/triggers/{name}/suspend` with the API\'s token, or in-process `control.suspendTrigger`) or by `--suspend-trigger-rate` after a deployment; resume (with or without `disable_token`) ends the suspension.',
        reason: 'The spec has the resume operation of a suspended trigger but no field that shows the suspension, and no public MongoDB client reads one: searched mongodb/terraform-provider-mongodbatlas (eventtrigger), mongodb-labs/go-client-mongodb-atlas-app-services (event_triggers.go), 10gen/realm-cli, mongodb/go-client-mongodb-atlas, mongodb/mongodb-atlas-cli and the App Services docs for "SUSPENDED", "suspended" and "event_subscriptions"; the shape is an assumption the client reads in one place (src/admin/trigger-state.ts). The emulator has no change streams that could break by themselves.'
    },
    {
        operation: 'adminExportApplication',
        divergence: 'A zip (Content-Disposition `<name>_<yyyymmddHHMMSS>.zip`) of the configuration directory: `version=20210101` gives realm_config.json, anything else the current root_config.json layout (other versions 400). `deployment=<id>` exports that successful deployment; `template=true` leaves out .mdb/; `source_control` with `template` is 400.',
        reason: 'The spec documents only a body-less 200; the file name follows admin-api-notes §2.4.'
    },
    {
        operation: 'adminPullAppConfiguration',
        divergence: "With Accept: application/zip alone, answers the zip of the root_config.json layout of the caller's view (their draft, else live).",
        reason: 'The spec documents the zip without naming its layout; the current CLI writes root_config.json (admin-api-notes §4.1). The JSON form carries two listed departures from PushPullAppConfig: custom resolvers without `_id` (see adminCreateCustomResolver) and AUTHENTICATION trigger `providers` as an array (see adminCreateTrigger).'
    },
    {
        operation: 'adminPushAppConfiguration',
        divergence: "Replaces the caller's view (their draft, else live) through each resource's own create route, all or nothing (on a refusal, nothing changes and the 400 names the refused part). Secrets, the IP access list, private endpoints, allowed origins and the refresh token setting are kept; every recreated resource gets a new `_id`.",
        reason: 'The spec says only that a push "overwrites the entire existing App configuration"; how it meets drafts and ids is undocumented (admin-api-notes §8). It accepts what the pull sends, with the same two departures (resolvers without `_id`, AUTHENTICATION `providers` as an array).'
    },
    {
        operation: 'adminLinkMultiDataSources',
        divergence: 'All or nothing; each source gets a `readAndWriteAll` default rule. The 400 for failed sources is {"error", "error_code": "InvalidParameter", "failedClusterNames"}.',
        reason: "The spec's 400 is oneOf FailedLinkingDataSourceResponse or Error, but FailedLinkingDataSourceResponse requires nothing, so an Error body matches both and no error body can satisfy the oneOf; the emulator keeps the API's error fields and adds the documented one."
    },
    {
        operation: 'adminCreateDeploymentMigration, adminGetDeploymentMigration',
        divergence: 'A migration is `started` for 200 ms of emulator time, then `successful`, and the app shows the new model, region and location. A no-op, an unknown region or a second migration while one runs is 400; GET before any migration is 404 DeploymentMigrationNotFound.',
        reason: 'The spec does not say how long a migration takes or what GET answers before the first one (its 404 says "App not found").',
        contractExempt: false
    }
];
const specDivergences = [...specRouteDivergences, ...not_emulated/* notEmulatedDivergences */.K];

;// CONCATENATED MODULE: ./src/emulator/divergences.ts
// The one list of places where the emulator knowingly differs from the official OpenAPI spec, and
// why. The contract test tolerates a spec mismatch only for an operation listed here; the resource
// modules' entries are merged in from `resources/`.


const coreDivergences = [
    {
        operation: 'adminListDeploymentDrafts',
        divergence: "Returns an array of the caller's drafts (empty or one element).",
        reason: 'The spec documents a single DeploymentDraft object, but realm-cli decodes an array and requires exactly one element (admin-api-notes §2.3), which is what the real server sends.'
    },
    {
        operation: 'adminDeployDraft',
        divergence: 'The body is optional: no body (or an empty one) deploys with the deployment named after its _id.',
        reason: 'The spec marks {"name"} required, but realm-cli sends no body (admin-api-notes §2.3).'
    },
    {
        operation: 'adminGetLogs',
        divergence: 'nextEndDate is absent on the last page and nextSkip is present only when the next page starts at the same timestamp as this one ends.',
        reason: "The response schema marks both required, but the spec's own pagination section says they are omitted that way, and clients stop when nextEndDate is absent."
    },
    {
        operation: 'adminGetLogs',
        divergence: 'Entries are returned newest first.',
        reason: 'The limit parameter text says ascending order, but paging backwards with end_date (the documented pagination) only works newest first.'
    },
    {
        operation: 'schema NullableAppEnvironment',
        divergence: 'An app without an environment has environment "" (validated as the first allOf branch only).',
        reason: 'The spec combines an enum that allows "" with AppEnvironment, which does not, in allOf, so no app without an environment could validate; the real server sends "" (Admin API overview example).'
    },
    {
        operation: 'schema AtlasFederatedInstance',
        divergence: 'Validated with `required: ["_id"]`.',
        reason: 'The spec writes `required: "_id"` (a string), which is not valid JSON Schema.'
    },
    {
        operation: 'adminCreateApplication',
        divergence: 'A name already used in the project is refused with 409 AppAlreadyExists.',
        reason: 'The spec documents only 400; other "already exists" errors of this API are 409 (drafts, services, environment values).'
    },
    {
        operation: 'adminRedeployDeployment',
        divergence: 'A deployment still `created` or `pending` is finished first, then redeployed (204); one that failed is refused with 400 InvalidParameter.',
        reason: 'The spec documents only 204 and 404; a failed deployment has no configuration to put back.'
    },
    {
        operation: 'adminListApplications, adminGetApplication, adminDeleteApplication, adminCreateApplication',
        divergence: 'A project the API key has no access to answers 404 GroupNotFound.',
        reason: 'Undocumented; realm-cli treats 404 on the app list as "group could not be found", and a key must not learn which other projects exist.'
    }
];
const divergences = [
    ...coreDivergences,
    ...resources/* resourceDivergences */._,
    ...specDivergences
];

;// CONCATENATED MODULE: ./src/emulator/divergence-report.ts
function isNotEmulated(d) {
    return d.divergence.startsWith('Not emulated');
}
/** Wraps text at `width` columns; `first` starts the first line, `indent` the others. */
function wrap(text, first, indent = first, width = 100) {
    const lines = [];
    let line = '';
    const lead = () => (lines.length === 0 ? first : indent);
    for (const word of text.split(/\s+/).filter(Boolean)) {
        if (line !== '' && lead().length + line.length + 1 + word.length > width) {
            lines.push(`${lead()}${line}`);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '')
        lines.push(`${lead()}${line}`);
    return lines;
}
function entry(d) {
    return [
        ...wrap(d.operation, '- ', '  '),
        ...wrap(d.divergence, '    '),
        ...wrap(`Why: ${d.reason}`, '    ')
    ];
}
function renderDivergences(list) {
    const missing = list.filter(isNotEmulated);
    const differing = list.filter(d => !isNotEmulated(d));
    return [
        `The Admin API emulator against the official OpenAPI spec: ${list.length} entries.`,
        '',
        ...wrap(`Not emulated (${missing.length}): these operations answer 501 {"error", "error_code": "NotEmulated"} naming the operation.`, ''),
        ...missing.flatMap(entry),
        '',
        `Different from, or beyond, the spec (${differing.length}):`,
        ...differing.flatMap(entry),
        ''
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/cli/commands/emulator.ts
// `realm-deploy emulator`: runs the local Admin API emulator until SIGINT/SIGTERM. Prints exactly one
// line on stdout when ready (the base URL), everything else on stderr; `--divergences` prints the
// emulator's divergences from the spec instead and exits. A user-supplied private key is
// never printed; the built-in demo key is a local credential and is shown so it can be used.








const PROJECT_ID = /^[0-9a-f]{24}$/;
const emulatorCommand = {
    name: 'emulator',
    summary: 'Run a local emulator of the App Services Admin API (for tests and demos).',
    description: [
        'Run a local, stateful emulator of the Atlas App Services Admin API v3.0 until SIGINT/SIGTERM.',
        'When ready it prints its base URL on stdout (the API is under /api/admin/v3.0).',
        'Without --api-key and --project it accepts a fixed demo key pair for a demo project (printed on stderr).',
        'With --divergences it prints where it knowingly differs from the spec (and what it does not emulate) and exits.',
        '',
        'Control routes simulate what the service does by itself, with the same bearer token as the API',
        '(POST /api/admin/v3.0/auth/providers/mongodb-cloud/login) for a key with access to the project:',
        '  POST /__emulator/groups/GROUP/apps/APP/triggers/NAME/suspend    {"error": "..."}  suspend a database trigger',
        '  POST /__emulator/groups/GROUP/apps/APP/triggers/NAME/execution  {"error": "..."}  record a failed run',
        '                                                                  (no error: a successful run)',
        "APP is the app's _id, client app id or name; NAME the trigger's name. PUT .../triggers/{id}/resume",
        'ends a suspension. --suspend-trigger-rate and --fail-trigger-rate make the same changes at random',
        '(reproducible with --seed) after each successful deployment.'
    ].join('\n'),
    options: {
        divergences: {
            type: 'boolean',
            description: 'Print where the emulator differs from the official spec, with the evidence, and exit.'
        },
        host: { type: 'string', value: 'HOST', description: 'Interface to listen on.', default: '127.0.0.1' },
        port: {
            type: 'string',
            value: 'PORT',
            description: 'Port to listen on; 0 picks a free port.',
            default: '0'
        },
        'api-key': {
            type: 'string',
            multiple: true,
            value: 'PUBLIC:PRIVATE',
            description: 'An API key pair; each pair is its own user.'
        },
        project: {
            type: 'string',
            multiple: true,
            value: 'ID',
            description: 'An Atlas project (group) id the keys can use (24 hex digits).'
        },
        'data-dir': {
            type: 'string',
            value: 'DIR',
            description: 'Keep the state in DIR (reloaded at start); default: in memory.'
        },
        'latency-ms': {
            type: 'string',
            value: 'N',
            description: 'Delay every response by N milliseconds.',
            default: '0'
        },
        'fault-rate': {
            type: 'string',
            value: 'F',
            description: 'Share (0 to 1) of API requests that fail (500, 503, 429, dropped).',
            default: '0'
        },
        'suspend-trigger-rate': {
            type: 'string',
            value: 'F',
            description: 'Share (0 to 1) of enabled database triggers suspended after each successful deployment.',
            default: '0'
        },
        'fail-trigger-rate': {
            type: 'string',
            value: 'F',
            description: 'Share (0 to 1) of enabled triggers whose latest run fails after each successful deployment.',
            default: '0'
        },
        seed: {
            type: 'string',
            value: 'N',
            description: 'Seed of the fault sequences (requests, triggers) and of seeded logs.',
            default: '1'
        },
        'token-ttl-s': {
            type: 'string',
            value: 'N',
            description: 'Access token lifetime in seconds.',
            default: '1800'
        },
        'seed-logs': {
            type: 'string',
            value: 'N',
            description: 'Synthetic log entries seeded into each new app.',
            default: '0'
        },
        'request-log': {
            type: 'string',
            value: 'FILE',
            description: 'Append one JSON line per request to FILE (no bodies, no auth headers).'
        }
    },
    exitCodes: [0, 2, 130],
    examples: [
        'realm-deploy emulator --port 8080',
        'realm-deploy emulator --port 0 --data-dir .emulator --request-log requests.jsonl',
        'realm-deploy emulator --port 8080 --suspend-trigger-rate 0.5 --seed 7'
    ],
    run: runEmulatorCommand
};
function numberFlag(values, name, problems, test) {
    const raw = (0,command/* stringOption */.Pp)(values, name) ?? '';
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value) || !test(value)) {
        problems.push({ source: `--${name}`, message: `invalid value '${raw}'`, severity: 'error' });
    }
    return value;
}
function usersFrom(values, problems) {
    const projects = (0,command/* stringList */.Yn)(values, 'project');
    for (const p of projects.filter(p => !PROJECT_ID.test(p))) {
        problems.push({
            source: '--project',
            message: `'${p}' is not a project id (24 hex digits)`,
            severity: 'error'
        });
    }
    const keys = (0,command/* stringList */.Yn)(values, 'api-key');
    if (keys.length === 0)
        return [{ ...settings/* DEMO_USER */.W0, projects: projects.length ? projects : [settings/* DEMO_PROJECT_ID */.YT] }];
    return keys.flatMap((pair, i) => {
        const colon = pair.indexOf(':');
        if (colon <= 0 || colon === pair.length - 1) {
            problems.push({
                source: '--api-key',
                message: `API key #${i + 1} is not PUBLIC:PRIVATE`,
                severity: 'error'
            });
            return [];
        }
        (0,secrets/* registerSecret */.cl)(pair.slice(colon + 1));
        return [
            {
                publicKey: pair.slice(0, colon),
                privateKey: pair.slice(colon + 1),
                projects: projects.length ? projects : [settings/* DEMO_PROJECT_ID */.YT]
            }
        ];
    });
}
const isRate = (n) => n >= 0 && n <= 1;
/** Reads the flags into emulator options; all problems at once. */
function emulatorOptionsFrom(values, cwd) {
    const problems = [];
    const users = usersFrom(values, problems);
    const options = {
        host: (0,command/* stringOption */.Pp)(values, 'host'),
        port: numberFlag(values, 'port', problems, n => Number.isInteger(n) && n >= 0 && n < 65536),
        users,
        latencyMs: numberFlag(values, 'latency-ms', problems, n => n >= 0),
        faultRate: numberFlag(values, 'fault-rate', problems, isRate),
        suspendTriggerRate: numberFlag(values, 'suspend-trigger-rate', problems, isRate),
        failTriggerRate: numberFlag(values, 'fail-trigger-rate', problems, isRate),
        seed: numberFlag(values, 'seed', problems, Number.isInteger),
        tokenTtlS: numberFlag(values, 'token-ttl-s', problems, n => n > 0),
        seedLogs: numberFlag(values, 'seed-logs', problems, n => Number.isInteger(n) && n >= 0),
        dataDir: optionalPath(values, 'data-dir', cwd),
        requestLogFile: optionalPath(values, 'request-log', cwd)
    };
    if (problems.length)
        throw new errors/* ConfigError */.xL(problems);
    return options;
}
function optionalPath(values, name, cwd) {
    const value = (0,command/* stringOption */.Pp)(values, name);
    return value ? (0,external_node_path_.resolve)(cwd, value) : undefined;
}
function describeUsers(users) {
    return users.map(u => {
        const isDemo = u.publicKey === settings/* DEMO_USER */.W0.publicKey && u.privateKey === settings/* DEMO_USER */.W0.privateKey;
        const key = isDemo
            ? `${u.publicKey}:${u.privateKey} (demo key)`
            : `${u.publicKey} (private key not shown)`;
        return `  api key ${key}, projects: ${u.projects.join(', ')}`;
    });
}
async function runEmulatorCommand(values, _positionals, io) {
    if (values.divergences === true) {
        io.stdout(renderDivergences(divergences));
        return 0;
    }
    const options = emulatorOptionsFrom(values, io.cwd);
    const emulator = await (0,server/* startEmulator */.sJ)({ ...options, logger: io.logger });
    const lines = [
        `realm-deploy emulator: Admin API at ${emulator.url}/api/admin/v3.0`,
        ...describeUsers(emulator.settings.users),
        `  state: ${options.dataDir ?? 'in memory'}`,
        'Press Ctrl+C to stop.'
    ];
    io.stderr(`${lines.join('\n')}\n`);
    io.stdout(`${emulator.url}\n`);
    await new Promise(done => {
        if (io.signal.aborted)
            done();
        else
            io.signal.addEventListener('abort', () => done(), { once: true });
    });
    await emulator.stop();
    io.stderr('realm-deploy emulator: stopped\n');
    return 0;
}


/***/ }),

/***/ 45999:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readSnapshot)
/* harmony export */ });
const named = (docs) => docs.map(d => ({ _id: String(d._id), name: String(d.name) }));
async function readSnapshot(app, options) {
    const [pull, functions, services, secrets, allowedOrigins, assets] = await Promise.all([
        app.pull(),
        app.functions.list(),
        app.services.list(),
        app.secrets.list(),
        app.allowedRequestOrigins.get(),
        options.hosting ? app.hosting.listAssets() : Promise.resolve(undefined)
    ]);
    return {
        pull,
        functions: named(functions),
        services: named(services),
        secrets: named(secrets),
        allowedOrigins,
        ...(assets ? { assets } : {})
    };
}


/***/ }),

/***/ 48583:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ rememberServedIntegers),
/* harmony export */   TR: () => (/* binding */ rememberExactInteger),
/* harmony export */   Z0: () => (/* binding */ sameExactly),
/* harmony export */   bS: () => (/* binding */ stringifyServed),
/* harmony export */   li: () => (/* binding */ isInexactInteger),
/* harmony export */   zX: () => (/* binding */ stringifyExact)
/* harmony export */ });
/* unused harmony export clearExactIntegers */
/* harmony import */ var jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49370);
// Integers beyond 2^53 as they were written. JSON.parse turns `12345678901234567891` into the nearest
// double, and JSON.stringify would send that double's digits (…7000): a silent change. Both readers
// remember the digits of every such integer, keyed by the double it became: the config reader
// (src/app/json-scan.ts) the repository's, the Admin API client (src/admin/http.ts) the server's.
// Request bodies are written with `stringifyExact`, which puts the repository's digits back, and the
// plan compares with `sameExactly`, so a change in the last digits is a change.

/**
 * double -> the digits last read for it. The latest reading wins on both sides: a config file read
 * again after an edit, or a server answer after a write, is what holds now. (Two different integers
 * of one app that round to the same double would share an entry: past 2^53 doubles are 2,048 or more
 * apart, so that takes two values within a few thousand of each other.)
 */
const digitsOf = {
    repository: new Map(),
    server: new Map()
};
// A per-process nonce: no string from a config file can look like a placeholder. A file written
// before the process started cannot guess it, so Math.random's 2 x 52 bits serve: node:crypto would
// cost every command that reads a config file (validate among them) a few milliseconds to load.
const nonce = [Math.random(), Math.random()].map(n => n.toString(36).slice(2)).join('');
const placeholder = new RegExp(`"\\\\u0000exact-${nonce}-(\\d+)\\\\u0000"`, 'g');
/** True when `raw` is an integer literal that `value` (what JSON.parse made of it) does not hold. */
function isInexactInteger(raw, value) {
    if (!/^-?\d+$/.test(raw) || Number.isSafeInteger(value))
        return false;
    return !Number.isFinite(value) || BigInt(value) !== BigInt(raw);
}
/** Records that `value` was written as `raw` (an integer literal past 2^53). */
function rememberExactInteger(value, raw, side = 'repository') {
    digitsOf[side].set(value, raw);
}
/** Remembers the server's digits of every integer past 2^53 in a response body. */
function rememberServedIntegers(text) {
    // A quick look first: most bodies have no run of 16 digits at all.
    if (!/\d{16}/.test(text))
        return;
    (0,jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(text, {
        onLiteralValue: (value, offset, length) => {
            if (typeof value !== 'number')
                return;
            const raw = text.slice(offset, offset + length);
            if (isInexactInteger(raw, value))
                rememberExactInteger(value, raw, 'server');
        }
    });
}
/** JSON.stringify, with each integer the repository wrote past 2^53 written with its digits. */
function stringifyExact(value) {
    return stringifyWith(value, v => digitsOf.repository.get(v));
}
/**
 * Whether a repository value and a server value are the same. Integers past 2^53 are compared by
 * their digits where the server kept digits of its own; a server that holds only the double (it
 * answers with the double's digits) cannot store more, so there the doubles are compared.
 */
function sameExactly(repository, server) {
    const plain = JSON.stringify(repository) === JSON.stringify(server);
    if (!plain || digitsOf.repository.size === 0 || digitsOf.server.size === 0)
        return plain;
    const kept = (v) => {
        const served = digitsOf.server.get(v);
        if (!served || served === JSON.stringify(v) || served === BigInt(v).toString())
            return undefined;
        return served;
    };
    const fromRepository = (v) => (kept(v) === undefined ? undefined : digitsOf.repository.get(v));
    return stringifyWith(repository, fromRepository) === stringifyWith(server, kept);
}
/** JSON.stringify for what came from the server (`pull`'s files), with the server's digits. */
function stringifyServed(value, space) {
    return stringifyWith(value, v => digitsOf.server.get(v), space);
}
function stringifyWith(value, digitsFor, space) {
    const digits = [];
    const text = JSON.stringify(value, (_key, v) => {
        const raw = typeof v === 'number' && !Number.isSafeInteger(v) ? digitsFor(v) : undefined;
        if (!raw)
            return v;
        digits.push(raw);
        return `\u0000exact-${nonce}-${digits.length - 1}\u0000`;
    }, space);
    return digits.length === 0 ? text : text.replace(placeholder, (_m, i) => digits[Number(i)]);
}
/** For tests: forget every remembered integer. */
function clearExactIntegers() {
    digitsOf.repository.clear();
    digitsOf.server.clear();
}


/***/ }),

/***/ 34917:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ changedFields),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   JB: () => (/* binding */ stableStringify),
/* harmony export */   bD: () => (/* binding */ deepEqual),
/* harmony export */   dw: () => (/* binding */ canonicalize),
/* harmony export */   mu: () => (/* binding */ sameAsServer)
/* harmony export */ });
/* unused harmony exports sortDeep, isEmpty, defined */
/* harmony import */ var _exact_numbers_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48583);
// What "equal" means when planning (config-to-api §2.4): both sides are reduced to a canonical form
// (keys sorted, read-only fields dropped, documented defaults removed, `{}` for expression fields
// treated as absent, set-like arrays sorted) and then compared as JSON text.

/** Fields the server owns; never compared, never sent. */
const READ_ONLY = new Set(['_id', 'id', 'last_modified', 'app_id', 'group_id', 'domain_id']);
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Sorted keys and `undefined` dropped, at every depth. Read-only fields are dropped by
 *  `canonicalize` at the levels where the server owns them, never deeper: a schema may well have a
 *  property called `_id`. */
function sortDeep(value) {
    if (Array.isArray(value))
        return value.map(sortDeep);
    if (!isObject(value))
        return value;
    const out = {};
    for (const key of Object.keys(value).sort()) {
        if (value[key] !== undefined)
            out[key] = sortDeep(value[key]);
    }
    return out;
}
function isEmpty(value) {
    if (value === undefined || value === null || value === '')
        return true;
    if (Array.isArray(value))
        return value.length === 0;
    return isObject(value) && Object.keys(value).length === 0;
}
function sortedSet(value) {
    if (!Array.isArray(value))
        return value;
    return [...value].map(sortDeep).sort((a, b) => stableStringify(a).localeCompare(stableStringify(b)));
}
/** Applies `rules` to one object level and sorts everything below it. */
function canonicalize(doc, rules = {}) {
    const out = {};
    const ignore = new Set(rules.ignore ?? []);
    for (const key of Object.keys(doc).sort()) {
        let value = doc[key];
        if (value === undefined || READ_ONLY.has(key) || ignore.has(key))
            continue;
        if (rules.emptyIsAbsent?.includes(key) && isEmpty(value))
            continue;
        if (rules.sets?.includes(key))
            value = sortedSet(value);
        value = sortDeep(value);
        if (rules.defaults && key in rules.defaults && deepEqual(value, rules.defaults[key]))
            continue;
        out[key] = value;
    }
    return out;
}
function stableStringify(value) {
    return JSON.stringify(sortDeep(value));
}
function deepEqual(a, b) {
    return stableStringify(a) === stableStringify(b);
}
/** A repository value against a server value: deepEqual, but unset equals unset and null equals
 *  absent, with integers past 2^53 compared by the digits each side wrote (../exact-numbers.ts). */
function sameAsServer(desired, remote) {
    // Unset either way: absent, null, "", [] or {} (a file's `"roles": null` is stored as []).
    if (isEmpty(desired) && isEmpty(remote))
        return true;
    return (0,_exact_numbers_js__WEBPACK_IMPORTED_MODULE_0__/* .sameExactly */ .Z0)(withoutNulls(sortDeep(desired)), withoutNulls(sortDeep(remote)));
}
/** Object keys whose value is null dropped, at every depth: null and absent both mean unset (array
 *  items are kept: a position in a list is data). */
function withoutNulls(value) {
    if (Array.isArray(value))
        return value.map(withoutNulls);
    if (!isObject(value))
        return value;
    return Object.fromEntries(Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNulls(v)]));
}
/**
 * Top-level fields whose canonical values differ, sorted. `same` compares one field: deepEqual for
 * two server states, `sameAsServer` for the repository against the server.
 */
function changedFields(desired, remote, same = deepEqual) {
    const keys = new Set([...Object.keys(desired), ...Object.keys(remote)]);
    return [...keys].filter(k => !same(desired[k], remote[k])).sort();
}
/** Removes keys whose value is undefined (a shallow copy). */
function defined(doc) {
    return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined));
}


/***/ }),

/***/ 17984:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ syncFromPull),
/* harmony export */   SM: () => (/* binding */ syncPatch),
/* harmony export */   jT: () => (/* binding */ SYNC_CONFIG_KEY),
/* harmony export */   sY: () => (/* binding */ syncServiceName)
/* harmony export */ });
/* unused harmony exports DEFAULT_SYNC_SERVICE, syncMode */
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34917);
// Device Sync as one name-form document, whatever the mode: `sync/config.json` says `type: "flexible"`
// or `type: "partition"` and names its data source; the server keeps flexible sync in the data source's
// `config.flexible_sync` and partition-based sync in its `config.sync` (DOCS appschema-mongodb,
// config-to-api §4.10). The plan, the apply and `pull` all go through these two functions, so the mode
// is never lost on the way.

/** The data source config key that holds each mode. */
const SYNC_CONFIG_KEY = {
    flexible: 'flexible_sync',
    partition: 'sync'
};
const active = (block) => (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(block) && typeof block.state === 'string' && block.state !== '';
/** The data source a sync document without `service_name` (or with null or "") is written to. */
const DEFAULT_SYNC_SERVICE = 'mongodb-atlas';
/** The data source a sync document names, or the default one when it names none. */
function syncServiceName(doc) {
    return typeof doc.service_name === 'string' && doc.service_name !== ''
        ? doc.service_name
        : DEFAULT_SYNC_SERVICE;
}
/** The mode a `sync/config.json` asks for: its `type`, or flexible for older files with only `state`. */
function syncMode(doc) {
    return doc.type === 'partition' ? 'partition' : 'flexible';
}
/** The data source config that a name-form sync document is written as. */
function syncPatch(doc) {
    const { service_name: _serviceName, type: _type, last_disabled: _lastDisabled, ...block } = doc;
    return {
        serviceName: syncServiceName(doc),
        patch: { [SYNC_CONFIG_KEY[syncMode(doc)]]: block }
    };
}
/**
 * The app's sync as a name-form document, from a pull (`PushPullAppConfig`): partition-based sync from
 * the data source whose `config.sync` is active (the pull's top-level `sync` is FlexibleSync only, by
 * the spec), else the top-level flexible `sync`, with `type` and the `service_name` of the data source
 * that holds it added. Undefined when the pull says nothing of sync.
 */
function syncFromPull(pull) {
    const dataSources = Array.isArray(pull.data_sources) ? pull.data_sources.filter(_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv) : [];
    const holder = (mode) => dataSources.find(ds => (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(ds.config) && active(ds.config[SYNC_CONFIG_KEY[mode]]));
    const partition = holder('partition');
    if (partition) {
        const block = partition.config[SYNC_CONFIG_KEY.partition];
        return { type: 'partition', service_name: partition.name, ...block };
    }
    const sync = pull.sync;
    if (!(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(sync))
        return undefined;
    if (!active(sync))
        return { ...sync };
    const flexible = holder('flexible');
    return { type: 'flexible', ...(flexible ? { service_name: flexible.name } : {}), ...sync };
}


/***/ }),

/***/ 47819:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D_: () => (/* binding */ LOG_TYPES),
/* harmony export */   LA: () => (/* binding */ FORWARDER_LOG_STATUSES),
/* harmony export */   N5: () => (/* binding */ TRIGGER_OPERATION_TYPES),
/* harmony export */   Sb: () => (/* binding */ FORWARDER_LOG_TYPES)
/* harmony export */ });
// Enumerations the Admin API spec defines, shared by everything that checks them: the config
// validator, the client, the CLI and the emulator. One list each, so they cannot drift apart.
/** `type` values of app logs (spec `adminGetLogs`). */
const LOG_TYPES = [
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
];
/** `config.operation_types` of database triggers (spec `DatabaseTrigger`). */
const TRIGGER_OPERATION_TYPES = [
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
];
/** `log_types` of log forwarders (spec `LogType`). */
const FORWARDER_LOG_TYPES = [
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
];
/** `log_statuses` of log forwarders (spec `LogStatus`). */
const FORWARDER_LOG_STATUSES = ['error', 'success'];


/***/ })

};
