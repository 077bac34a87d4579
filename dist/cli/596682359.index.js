export const id = 596682359;
export const ids = [596682359];
export const modules = {

/***/ 65614:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CL: () => (/* reexport */ PULL_LAYOUTS),
  ap: () => (/* reexport */ configFiles),
  Nu: () => (/* binding */ pullApp)
});

// UNUSED EXPORTS: checkOutputDir, readPulledApp, writeConfigDir

// EXTERNAL MODULE: ./src/admin/apps.ts + 1 modules
var apps = __webpack_require__(5557);
// EXTERNAL MODULE: ./src/deploy/snapshot.ts
var deploy_snapshot = __webpack_require__(45999);
// EXTERNAL MODULE: ./src/exact-numbers.ts
var exact_numbers = __webpack_require__(48583);
;// CONCATENATED MODULE: ./src/pull/config-files.ts
// The output of a pull before it touches the disk: relative `/`-separated path -> file text, plus
// the notes a user should read (what could not be written exactly). JSON files are 2-space indented
// with a final newline. Key order is fixed where this module decides it (the top level of every
// file, maps keyed by name); below that, documents keep the order the server gave them, because
// MongoDB documents (trigger `match`, role `apply_when`, schemas) can be order-sensitive.

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const objectOf = (value) => (isObject(value) ? value : {});
const listOf = (value) => (Array.isArray(value) ? value.filter(isObject) : []);
/** `head` keys first, in that order, then the others alphabetically; undefined values dropped. */
function ordered(doc, head = []) {
    const rest = Object.keys(doc)
        .filter(k => !head.includes(k))
        .sort(compareText);
    const out = {};
    for (const key of [...head, ...rest])
        if (doc[key] !== undefined)
            out[key] = doc[key];
    return out;
}
/** Ids and references by id that the server owns: never written into a config file. */
const SERVER_OWNED = new Set([
    '_id',
    'id',
    'last_modified',
    'app_id',
    'group_id',
    'domain_id',
    'function_id',
    'secret_id',
    'service_id',
    'mongo_service_id',
    'on_user_creation_function_id'
]);
/** Only the listed keys, in that order, undefined dropped (the app's own settings). */
function only(doc, keys) {
    const out = {};
    for (const key of keys)
        if (doc[key] !== undefined)
            out[key] = doc[key];
    return out;
}
/**
 * A resource's file: the fields the local format documents, in its order, then every other field the
 * server gave back (alphabetically), since a field our tables do not know is still the app's and a
 * pull that dropped it would deploy back something else. Left out: server-owned ids, undefined
 * values, and `elsewhere` (fields written to files of their own, such as a function's source).
 */
function documented(doc, keys, elsewhere = []) {
    const out = only(doc, keys);
    for (const key of Object.keys(doc).sort(compareText)) {
        const skip = key in out || doc[key] === undefined || SERVER_OWNED.has(key) || elsewhere.includes(key);
        if (!skip)
            out[key] = doc[key];
    }
    return out;
}
/** A config file's text; integers past 2^53 keep the digits the server sent (../exact-numbers.ts). */
function jsonText(value) {
    return `${(0,exact_numbers/* stringifyServed */.bS)(value, 2)}\n`;
}
/** Code-point order, independent of the locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function byName(a, b) {
    return compareText(String(a.name), String(b.name));
}
/** Collects files and notes while the writers run; `result()` sorts the files. */
class ConfigFileSet {
    files = new Map();
    notes = [];
    json(path, value) {
        this.text(path, jsonText(value));
    }
    text(path, content) {
        if (this.files.has(path)) {
            this.notes.push(`${path}: two resources map to this file; only the first is written`);
            return;
        }
        this.files.set(path, content);
    }
    note(message) {
        this.notes.push(message);
    }
    result() {
        const sorted = [...this.files].sort(([a], [b]) => compareText(a, b));
        return { files: new Map(sorted), notes: [...this.notes] };
    }
}

;// CONCATENATED MODULE: ./src/pull/settings-files.ts

/** The API's environment keys and their files (config-to-api §4.2). */
const ENVIRONMENT_FILES = [
    ['none', 'no-environment.json'],
    ['development', 'development.json'],
    ['testing', 'testing.json'],
    ['qa', 'qa.json'],
    ['production', 'production.json']
];
const HOSTING_FIELDS = [
    'enabled',
    'custom_domain',
    'app_default_domain',
    'default_error_path',
    'default_error_code'
];
function writeRootConfig(out, pulled, layout) {
    const { app, snapshot } = pulled;
    const pull = snapshot.pull;
    const environment = typeof pull.environment === 'string' && pull.environment !== ''
        ? pull.environment
        : app.environment || undefined;
    const origins = snapshot.allowedOrigins && snapshot.allowedOrigins.length > 0
        ? [...snapshot.allowedOrigins].sort(compareText)
        : undefined;
    const common = {
        name: pull.name ?? app.name,
        provider_region: pull.provider_region ?? app.provider_region,
        deployment_model: pull.deployment_model ?? app.deployment_model,
        environment,
        allowed_request_origins: origins
    };
    if (layout === '20230101') {
        out.json('root_config.json', only(common, ['name', 'provider_region', 'deployment_model', 'environment', 'allowed_request_origins']));
        const meta = {
            config_version: 20230101,
            app_id: app._id,
            group_id: app.group_id,
            client_app_id: app.client_app_id
        };
        out.json('.mdb/meta.json', only(meta, ['config_version', 'app_id', 'group_id', 'client_app_id']));
        return;
    }
    const root = { ...common, config_version: 20210101, app_id: app.client_app_id, location: app.location };
    const keys = [
        'config_version',
        'app_id',
        'name',
        'location',
        'provider_region',
        'deployment_model',
        'environment',
        'allowed_request_origins'
    ];
    out.json('realm_config.json', only(root, keys));
}
/** `values/<name>.json`; a `from_secret` value holds the secret's NAME, never its value. */
function writeValues(out, pull) {
    for (const value of listOf(pull.values).sort(byName)) {
        const name = String(value.name);
        if (value.private === true) {
            out.note(`values/${name}.json: the value is private in the app; the config format has no 'private' field, so a deploy makes it public`);
        }
        out.json(`values/${name}.json`, { name, value: value.value, from_secret: value.from_secret === true });
    }
}
/** All five environment files, as realm-cli writes them, each `{"values": {...}}` sorted by name. */
function writeEnvironments(out, pull) {
    const byEnvironment = objectOf(objectOf(pull.environments).values);
    for (const [key, file] of ENVIRONMENT_FILES) {
        const values = objectOf(objectOf(byEnvironment[key]).values);
        out.json(`environments/${file}`, { values: ordered(values) });
    }
}
/** Listings include folders (paths ending in `/`), which nothing uploads. */
function hostedFiles(assets) {
    return assets.filter(asset => !asset.path.endsWith('/'));
}
/** `hosting/config.json`, and with the assets `hosting/metadata.json` (their attrs; the files stay remote). */
function writeHosting(out, pull, assets) {
    if (isObject(pull.hosting))
        out.json('hosting/config.json', only(pull.hosting, HOSTING_FIELDS));
    if (!assets)
        return;
    const entries = hostedFiles(assets)
        .sort((a, b) => compareText(a.path, b.path))
        .map(asset => ({
        path: asset.path,
        attrs: asset.attrs.map(attr => ({ name: attr.name, value: attr.value }))
    }));
    out.json('hosting/metadata.json', entries);
}

;// CONCATENATED MODULE: ./src/pull/auth-files.ts
// `auth/providers.json` (one object keyed by provider name) and `auth/custom_user_data.json`, with
// function and data source references by name only (config-to-api §4.12, §4.13).

const PROVIDER_FIELDS = [
    'name',
    'type',
    'disabled',
    'config',
    'secret_config',
    'metadata_fields',
    'redirect_uris',
    'domain_restrictions'
];
const CUSTOM_USER_DATA_FIELDS = [
    'enabled',
    'mongo_service_name',
    'database_name',
    'collection_name',
    'user_id_field',
    'on_user_creation_function_name'
];
/** A provider's config without the `*FunctionId` keys the server keeps next to each `*FunctionName`. */
function providerConfig(config, names, where) {
    const out = {};
    for (const [key, value] of Object.entries(config)) {
        const nameKey = key.replace(/FunctionId$/, 'FunctionName');
        if (nameKey === key) {
            out[key] = value;
        }
        else if (config[nameKey] === undefined) {
            const name = names.function(value, undefined, `${where} (config.${key})`);
            if (name !== undefined)
                out[nameKey] = name;
        }
    }
    return out;
}
function writeAuth(out, pull, names) {
    const providers = {};
    for (const provider of listOf(pull.auth_providers).sort(byName)) {
        const name = String(provider.name);
        const config = isObject(provider.config)
            ? providerConfig(provider.config, names, `auth/providers.json (${name})`)
            : undefined;
        providers[name] = documented({ ...provider, name, disabled: provider.disabled === true, config }, PROVIDER_FIELDS);
    }
    out.json('auth/providers.json', providers);
    // No file when the app never set it: `{"enabled": false}` would be a change to deploy.
    if (!isObject(pull.custom_user_data))
        return;
    const cud = pull.custom_user_data;
    const where = 'auth/custom_user_data.json';
    const doc = {
        ...cud,
        enabled: cud.enabled === true,
        mongo_service_name: names.service(cud.mongo_service_id, cud.mongo_service_name, where),
        on_user_creation_function_name: names.function(cud.on_user_creation_function_id, cud.on_user_creation_function_name, where)
    };
    out.json(where, documented(doc, CUSTOM_USER_DATA_FIELDS));
}

// EXTERNAL MODULE: ./src/plan/sync.ts
var plan_sync = __webpack_require__(17984);
;// CONCATENATED MODULE: ./src/pull/data-source-files.ts
// Data sources (`data_sources/<name>/config.json`), their default rule, collection rules, schemas
// and relationships (`<db>/<coll>/{rules,schema,relationships}.json`), and Device Sync
// (`sync/config.json`), which the server keeps inside the synced data source's config.


/** Read-only cluster fields the server adds (config-to-api §4.7). */
const SERVER_CONFIG_FIELDS = ['clusterId', 'groupName', 'orgName'];
const SYNC_HEAD = ['type', 'state', 'service_name', 'database_name', 'development_mode_enabled'];
const namespaceOrder = (a, b) => compareText(String(a.database), String(b.database)) ||
    compareText(String(a.collection), String(b.collection));
/** The data source's own config: without server fields, and without its sync block (sync/config.json has it). */
function dataSourceConfig(config) {
    const out = {};
    const sync = Object.values(plan_sync/* SYNC_CONFIG_KEY */.jT);
    for (const [key, value] of Object.entries(config)) {
        if (!SERVER_CONFIG_FIELDS.includes(key) && !sync.includes(key))
            out[key] = value;
    }
    return out;
}
function writeDataSource(out, ds) {
    const dir = `data_sources/${String(ds.name)}`;
    const header = {
        name: ds.name,
        type: ds.type,
        config: dataSourceConfig(objectOf(ds.config)),
        version: ds.version
    };
    out.json(`${dir}/config.json`, only(header, ['name', 'type', 'config', 'version']));
    if (isObject(ds.default_rule) && Object.keys(ds.default_rule).length > 0) {
        out.json(`${dir}/default_rule.json`, documented(ds.default_rule, ['roles', 'filters']));
    }
    for (const rule of listOf(ds.rules).sort(namespaceOrder)) {
        out.json(`${dir}/${String(rule.database)}/${String(rule.collection)}/rules.json`, documented(rule, ['database', 'collection', 'roles', 'filters']));
    }
}
function writeSchemas(out, pull, dataSources) {
    for (const schema of listOf(pull.schemas)) {
        const { data_source, database, collection } = objectOf(schema.metadata);
        const dir = `data_sources/${String(data_source)}/${String(database)}/${String(collection)}`;
        if (!dataSources.has(String(data_source))) {
            out.note(`${dir}: the app has a schema for data source '${String(data_source)}', which it does not have; not written`);
            continue;
        }
        out.json(`${dir}/schema.json`, objectOf(schema.schema));
        out.json(`${dir}/relationships.json`, ordered(objectOf(schema.relationships)));
    }
}
/** `sync/config.json` in either mode, with the `type` and `service_name` a deploy needs to know which
 *  data source to configure and how (the server keeps the block in that data source's config). */
function writeSync(out, pull) {
    const sync = (0,plan_sync/* syncFromPull */.Pn)(pull);
    if (sync)
        out.json('sync/config.json', ordered(sync, SYNC_HEAD));
}
function writeDataSources(out, pull) {
    const dataSources = listOf(pull.data_sources).sort(byName);
    for (const ds of dataSources)
        writeDataSource(out, ds);
    writeSchemas(out, pull, new Set(dataSources.map(ds => String(ds.name))));
    writeSync(out, pull);
}

;// CONCATENATED MODULE: ./src/pull/function-files.ts
// Functions (`functions/config.json` + one `.js` per function, nested names in folders), the
// `functions/package.json` of installed dependencies, and triggers with names instead of ids.

/** The manifest fields of the local format (config-to-api §4.5), in the order exports use. */
const MANIFEST_FIELDS = [
    'name',
    'private',
    'can_evaluate',
    'disable_arg_logs',
    'run_as_system',
    'run_as_user_id',
    'run_as_user_id_script_source'
];
function writeFunctions(out, pull) {
    const functions = listOf(pull.functions).sort(byName);
    const manifest = functions.map(fn => documented({ ...fn, private: fn.private === true }, MANIFEST_FIELDS, ['source']));
    out.json('functions/config.json', manifest);
    // The source is written byte for byte: a deploy compares it exactly.
    for (const fn of functions)
        out.text(`functions/${String(fn.name)}.js`, typeof fn.source === 'string' ? fn.source : '');
}
/** `{"dependencies": {name: version}}` from the installed list; nothing when there is none. */
function writePackageJson(out, summary) {
    const installed = listOf(summary?.dependencies_list).filter(d => typeof d.name === 'string');
    if (installed.length === 0)
        return;
    const dependencies = {};
    for (const dep of installed.sort((a, b) => compareText(String(a.name), String(b.name)))) {
        dependencies[String(dep.name)] = String(dep.version ?? '*');
    }
    out.json('functions/package.json', { dependencies });
}
/** A processor in the file's form: a FUNCTION processor names its function, others stay as they are. */
function processorsOf(trigger, names, where) {
    const processors = objectOf(trigger.event_processors);
    const out = {};
    for (const kind of Object.keys(processors).sort(compareText)) {
        if (kind !== 'FUNCTION') {
            out[kind] = processors[kind];
            continue;
        }
        const config = objectOf(objectOf(processors.FUNCTION).config);
        const name = names.function(config.function_id, config.function_name, where);
        if (name !== undefined)
            out.FUNCTION = { config: { function_name: name } };
    }
    // Older servers put the function only at the root (config-to-api §4.14).
    const rootName = names.function(trigger.function_id, trigger.function_name, where);
    if (out.FUNCTION === undefined && rootName !== undefined && !('AWS_EVENTBRIDGE' in out))
        out.FUNCTION = { config: { function_name: rootName } };
    return out;
}
function errorHandlerOf(trigger, names, where) {
    if (!isObject(trigger.error_handler))
        return undefined;
    const { config, ...handler } = trigger.error_handler;
    const { function_id, function_name, ...rest } = objectOf(config);
    const name = names.function(function_id, function_name, `${where} (error_handler)`);
    return { ...handler, config: ordered({ ...rest, function_name: name }, ['enabled', 'function_name']) };
}
/** `triggers/<name>.json`: `config.service_name` and `function_name`s, no ids (config-to-api §4.14). */
function writeTriggers(out, pull, names) {
    for (const trigger of listOf(pull.triggers).sort(byName)) {
        const file = `triggers/${String(trigger.name)}.json`;
        const { service_id, service_name, schedule_type: _serverSet, ...config } = objectOf(trigger.config);
        const serviceName = names.service(service_id, service_name, file);
        const doc = {
            name: trigger.name,
            type: trigger.type,
            disabled: trigger.disabled === true,
            config: serviceName === undefined ? config : { service_name: serviceName, ...config },
            event_processors: processorsOf(trigger, names, file),
            error_handler: errorHandlerOf(trigger, names, file)
        };
        out.json(file, documented(doc, ['name', 'type', 'disabled', 'config', 'event_processors', 'error_handler'], ['function_name']));
    }
}

;// CONCATENATED MODULE: ./src/pull/graphql-files.ts
// GraphQL (`graphql/config.json`, `validation_settings.json`, `custom_resolvers/<type>_<field>.json`)
// and log forwarders (`log_forwarders/<name>.json`), config-to-api §4.17, §4.18.

const CONFIG_FIELDS = ['use_natural_pluralization', 'disable_schema_introspection'];
const VALIDATION_FIELDS = [
    'read_validation_action',
    'read_validation_level',
    'write_validation_action',
    'write_validation_level'
];
const RESOLVER_FIELDS = [
    'on_type',
    'field_name',
    'function_name',
    'input_type',
    'input_type_format',
    'payload_type',
    'payload_type_format'
];
const LOG_FORWARDER_FIELDS = ['name', 'disabled', 'log_types', 'log_statuses', 'policy', 'action'];
function writeGraphQL(out, pull, names) {
    const graphql = objectOf(pull.graphql);
    if (isObject(graphql.config))
        out.json('graphql/config.json', documented(graphql.config, CONFIG_FIELDS));
    if (isObject(graphql.validation_settings))
        out.json('graphql/validation_settings.json', documented(graphql.validation_settings, VALIDATION_FIELDS));
    const resolvers = listOf(graphql.custom_resolvers).sort((a, b) => compareText(String(a.on_type), String(b.on_type)) ||
        compareText(String(a.field_name), String(b.field_name)));
    for (const resolver of resolvers) {
        const file = `graphql/custom_resolvers/${String(resolver.on_type)}_${String(resolver.field_name)}.json`;
        const function_name = names.function(resolver.function_id, resolver.function_name, file);
        out.json(file, documented({ ...resolver, function_name }, RESOLVER_FIELDS));
    }
}
function writeLogForwarders(out, pull) {
    for (const forwarder of listOf(pull.log_forwarders).sort(byName)) {
        const doc = { ...forwarder, disabled: forwarder.disabled === true };
        out.json(`log_forwarders/${String(forwarder.name)}.json`, documented(doc, LOG_FORWARDER_FIELDS));
    }
}

;// CONCATENATED MODULE: ./src/pull/pulled-app.ts
const PULL_LAYOUTS = ['20210101', '20230101'];
const ZERO_ID = '000000000000000000000000';
function nameIndex(snapshot, out) {
    const resolver = (kind, items) => {
        const byId = new Map(items.map(i => [i._id, i.name]));
        return (id, name, where) => {
            if (typeof name === 'string' && name !== '')
                return name;
            if (typeof id !== 'string' || id === '' || id === ZERO_ID)
                return undefined;
            const found = byId.get(id);
            if (found === undefined)
                out.note(`${where}: refers to ${kind} ${id}, which the app does not list; the reference is left out`);
            return found;
        };
    };
    return {
        function: resolver('function', snapshot.functions),
        service: resolver('service', snapshot.services),
        secret: resolver('secret', snapshot.secrets)
    };
}

;// CONCATENATED MODULE: ./src/pull/service-files.ts
// HTTPS endpoints and the Data API config (`http_endpoints/` in 20210101, `https_endpoints/` in
// 20230101), and the legacy third-party services with their rules and incoming webhooks: HTTP
// services next to the endpoints, every other type under `services/`.

const ENDPOINT_FIELDS = [
    'route',
    'http_method',
    'function_name',
    'validation_method',
    'secret_name',
    'respond_result',
    'fetch_custom_user_data',
    'create_user_on_auth',
    'disabled',
    'return_type'
];
const DATA_API_FIELDS = [
    'disabled',
    'versions',
    'return_type',
    'validation_method',
    'secret_name',
    'create_user_on_auth',
    'run_as_system',
    'run_as_user_id',
    'run_as_user_id_script_source',
    'can_evaluate'
];
const SERVICE_FIELDS = ['name', 'type', 'config', 'secret_config', 'version'];
const SERVICE_RULE_FIELDS = ['name', 'actions', 'when'];
function endpointsFolder(layout) {
    return layout === '20230101' ? 'https_endpoints' : 'http_endpoints';
}
/** `<folder>/config.json` (always, `[]` when empty) and `<folder>/data_api_config.json`. */
function writeEndpoints(out, pull, names, layout) {
    const folder = endpointsFolder(layout);
    const endpoints = listOf(pull.endpoints)
        .sort((a, b) => compareText(String(a.route), String(b.route)) ||
        compareText(String(a.http_method), String(b.http_method)))
        .map(endpoint => {
        const where = `${folder}/config.json (${String(endpoint.http_method)} ${String(endpoint.route)})`;
        const function_name = names.function(endpoint.function_id, endpoint.function_name, where);
        const secret_name = names.secret(endpoint.secret_id, endpoint.secret_name, where);
        return documented({ ...endpoint, function_name, secret_name }, ENDPOINT_FIELDS);
    });
    out.json(`${folder}/config.json`, endpoints);
    const dataApi = pull.data_api_config;
    if (dataApi !== null && typeof dataApi === 'object' && !Array.isArray(dataApi)) {
        out.json(`${folder}/data_api_config.json`, documented(dataApi, DATA_API_FIELDS));
    }
}
function writeService(out, dir, service) {
    out.json(`${dir}/config.json`, documented(service, SERVICE_FIELDS, ['rules', 'incoming_webhooks']));
    for (const rule of listOf(service.rules).sort(byName)) {
        out.json(`${dir}/rules/${String(rule.name)}.json`, documented(rule, SERVICE_RULE_FIELDS));
    }
    for (const hook of listOf(service.incoming_webhooks).sort(byName)) {
        const hookDir = `${dir}/incoming_webhooks/${String(hook.name)}`;
        const { function_source, service_id: _serviceId, _id, ...config } = hook;
        out.json(`${hookDir}/config.json`, ordered(config, ['name']));
        out.text(`${hookDir}/source.js`, typeof function_source === 'string' ? function_source : '');
    }
}
/** Legacy services: `services/<name>/` (and `<endpoints folder>/<name>/` for HTTP services). */
function writeServices(out, pull, layout) {
    for (const service of listOf(pull.services).sort(byName))
        writeService(out, `services/${String(service.name)}`, service);
    const folder = endpointsFolder(layout);
    for (const service of listOf(pull.https_endpoints).sort(byName))
        writeService(out, `${folder}/${String(service.name)}`, service);
}

;// CONCATENATED MODULE: ./src/pull/write-config.ts
// The pull as files: a pure function from what the Admin API returned to the config directory a
// deploy reads back unchanged (config-to-api §4 in reverse). Both layouts share everything but the
// root file, `.mdb/meta.json` and the endpoints folder's name.








function configFiles(pulled, options) {
    const out = new ConfigFileSet();
    const pull = pulled.snapshot.pull;
    const names = nameIndex(pulled.snapshot, out);
    writeRootConfig(out, pulled, options.layout);
    writeValues(out, pull);
    writeEnvironments(out, pull);
    writeFunctions(out, pull);
    writePackageJson(out, pulled.dependencies);
    writeTriggers(out, pull, names);
    writeDataSources(out, pull);
    writeAuth(out, pull, names);
    writeEndpoints(out, pull, names, options.layout);
    writeServices(out, pull, options.layout);
    writeGraphQL(out, pull, names);
    writeLogForwarders(out, pull);
    writeHosting(out, pull, pulled.assets);
    return out.result();
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/pull/write-files.ts
// Puts a pull on disk, safely. A non-empty output directory is refused unless forced, before
// anything is written; forced, the App Services config in it is replaced (so nothing deleted from
// the app survives) while everything else stays: `.git`, READMEs, and `hosting/` except the files
// the pull writes, because hosted files cannot be downloaded and may only exist locally.
// Everything is first written into a temporary folder beside the output directory and moved into
// place only once complete, so a pull that fails half-way (a full disk, an unsafe path found late)
// leaves the output directory as it was.



/** Top-level entries a pull owns and replaces with --force (every layout's names). */
const REPLACED_ENTRIES = [
    '.mdb',
    'root_config.json',
    'realm_config.json',
    'config.json',
    'stitch.json',
    'data_api_config.json',
    'auth',
    'auth_providers',
    'data_sources',
    'environments',
    'functions',
    'graphql',
    'http_endpoints',
    'https_endpoints',
    'log_forwarders',
    'services',
    'sync',
    'triggers',
    'values'
];
async function entriesOf(dir) {
    const info = await (0,promises_.lstat)(dir).catch(() => undefined);
    if (!info)
        return undefined;
    if (!info.isDirectory()) {
        throw new errors/* ConfigError */.xL([
            { source: '--out', message: `'${dir}' exists and is not a directory`, severity: 'error' }
        ]);
    }
    return (0,promises_.readdir)(dir);
}
/** Refuses a non-empty `dir` without `force` (exit 2). A missing directory is fine: it is created. */
async function checkOutputDir(dir, force) {
    const entries = await entriesOf(dir);
    if (!entries || entries.length === 0 || force)
        return;
    const shown = entries.sort().slice(0, 5).join(', ');
    const message = `'${dir}' is not empty (${shown}${entries.length > 5 ? ', ...' : ''}); nothing was written. Pull into an empty directory, ` +
        'or pass --force to replace the App Services config in it (other files, such as .git and hosting/files, are kept)';
    throw new errors/* ConfigError */.xL([{ source: '--out', message, severity: 'error' }]);
}
/** Every path must stay inside the directory: names come from the server. */
function unsafePaths(files) {
    const problems = [];
    for (const file of files.keys()) {
        const segments = file.split('/');
        const bad = external_node_path_default().posix.isAbsolute(file) ||
            segments.some(s => s === '' || s === '.' || s === '..' || /[\\\0]/.test(s));
        if (bad)
            problems.push({
                source: file,
                message: 'a resource name makes an unsafe file path; nothing was written',
                severity: 'error'
            });
    }
    return problems;
}
async function writeOne(root, rel, content) {
    const target = external_node_path_default().join(root, ...rel.split('/'));
    await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
    const parent = await (0,promises_.realpath)(external_node_path_default().dirname(target));
    if (parent !== root && !parent.startsWith(`${root}${(external_node_path_default()).sep}`)) {
        throw new errors/* ConfigError */.xL([
            {
                source: rel,
                message: 'its folder is a link to a place outside the output directory; not written',
                severity: 'error'
            }
        ]);
    }
    // Never write through a link: replace it with the file.
    if ((await (0,promises_.lstat)(target).catch(() => undefined))?.isSymbolicLink())
        await (0,promises_.rm)(target);
    await (0,promises_.writeFile)(target, content, 'utf8');
}
/** Writes `files` under `dir` (created when missing); returns the paths written, sorted. */
async function writeConfigDir(dir, files, 
/** `keepOthers`: write these files into an existing config, removing and refusing nothing. */
options) {
    const problems = unsafePaths(files);
    if (problems.length > 0)
        throw new errors/* ConfigError */.xL(problems);
    if (!options.keepOthers)
        await checkOutputDir(dir, options.force);
    const parent = external_node_path_default().dirname(external_node_path_default().resolve(dir));
    await (0,promises_.mkdir)(parent, { recursive: true });
    // Beside the target, so the final moves are renames within one file system.
    const staging = await (0,promises_.realpath)(await (0,promises_.mkdtemp)(external_node_path_default().join(parent, `.${external_node_path_default().basename(dir)}.pull-`)));
    try {
        const paths = [...files.keys()].sort();
        for (const rel of paths)
            await writeOne(staging, rel, files.get(rel));
        if (options.keepOthers)
            await addInto(staging, dir);
        else
            await moveIntoPlace(staging, dir, options.force);
        return paths;
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
    }
}
/** The complete pull replaces `dir`: renamed whole when `dir` is missing or empty, else merged. */
async function moveIntoPlace(staging, dir, force) {
    const entries = await entriesOf(dir);
    if (!entries || entries.length === 0) {
        if (entries)
            await (0,promises_.rm)(dir, { recursive: true });
        await (0,promises_.rename)(staging, dir);
        return;
    }
    if (!force)
        throw new Error(`'${dir}' changed while the pull ran; nothing was moved into it`);
    const root = await (0,promises_.realpath)(dir);
    // Checked before anything moves: a failure here leaves the directory as it was.
    await checkLinks(staging, root, root, '');
    for (const entry of REPLACED_ENTRIES)
        await (0,promises_.rm)(external_node_path_default().join(root, entry), { recursive: true, force: true });
    await mergeInto(staging, root);
}
/** A few files of a complete pull (`pull --only`) go into the existing config; nothing else changes. */
async function addInto(staging, dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const root = await (0,promises_.realpath)(dir);
    await checkLinks(staging, root, root, '');
    await mergeInto(staging, root);
}
/** A folder of the pull that is a link in `dir` must lead inside it (else nothing is written). */
async function checkLinks(from, to, root, rel) {
    for (const entry of await (0,promises_.readdir)(from, { withFileTypes: true })) {
        if (!entry.isDirectory())
            continue;
        const target = external_node_path_default().join(to, entry.name);
        const real = await (0,promises_.realpath)(target).catch(() => undefined);
        if (real === undefined)
            continue;
        const name = rel ? `${rel}/${entry.name}` : entry.name;
        if (real !== root && !real.startsWith(`${root}${(external_node_path_default()).sep}`)) {
            throw new errors/* ConfigError */.xL([
                {
                    source: name,
                    message: 'its folder is a link to a place outside the output directory; nothing was written',
                    severity: 'error'
                }
            ]);
        }
        await checkLinks(external_node_path_default().join(from, entry.name), real, root, name);
    }
}
/** Moves every entry of `from` into `to`, keeping what only `to` has (local hosting files). */
async function mergeInto(from, to) {
    for (const entry of await (0,promises_.readdir)(from, { withFileTypes: true })) {
        const source = external_node_path_default().join(from, entry.name);
        const target = external_node_path_default().join(to, entry.name);
        // Followed: a linked folder inside the directory was checked by checkLinks.
        const existing = await (0,promises_.lstat)(target).catch(() => undefined);
        const existingDir = existing &&
            (await (0,promises_.realpath)(target)
                .then(r => (0,promises_.lstat)(r))
                .catch(() => undefined));
        if (entry.isDirectory() && existingDir?.isDirectory()) {
            await mergeInto(source, await (0,promises_.realpath)(target));
            continue;
        }
        // A file or a link to a file in the way is replaced, never written through.
        if (existing)
            await (0,promises_.rm)(target, { recursive: true, force: true });
        await (0,promises_.rename)(source, target);
    }
}

;// CONCATENATED MODULE: ./src/pull/index.ts









async function readPulledApp(client, projectId, reference, options) {
    const found = await (0,apps/* resolveApp */.Ae)(client.apps, projectId, reference);
    const api = client.app(projectId, found._id);
    const [snapshot, app, dependencies] = await Promise.all([
        (0,deploy_snapshot/* readSnapshot */.R)(api, options),
        api.get(),
        api.dependencies.get()
    ]);
    return {
        app: { ...found, ...app },
        snapshot,
        ...(dependencies ? { dependencies } : {}),
        ...(snapshot.assets ? { assets: snapshot.assets } : {})
    };
}
/** Checks the output directory first (nothing is read or written when it is refused), then pulls and writes. */
async function pullApp(client, settings) {
    if (settings.only?.length)
        return pullOnly(client, settings, settings.only);
    await checkOutputDir(settings.outDir, settings.force);
    const pulled = await readPulledApp(client, settings.projectId, settings.app, {
        hosting: settings.includeHosting
    });
    const { files, notes } = configFiles(pulled, { layout: settings.layout });
    const written = await writeConfigDir(settings.outDir, files, { force: settings.force });
    return {
        app: pulled.app,
        layout: settings.layout,
        files: written,
        secrets: pulled.snapshot.secrets.map(s => s.name).sort(compareText),
        notes,
        ...(pulled.assets ? { hostedFiles: hostedFiles(pulled.assets).length } : {})
    };
}
/** `--only`: the named files from the app, written over their copies; nothing else is touched. */
async function pullOnly(client, settings, only) {
    const pulled = await readPulledApp(client, settings.projectId, settings.app, { hosting: false });
    const { files, notes } = configFiles(pulled, { layout: settings.layout });
    const wanted = new Set(only.map(f => f.replace(/\\/g, '/').replace(/^\.\//, '')));
    const chosen = new Map([...files].filter(([rel]) => wanted.has(rel)));
    const missing = [...wanted].filter(rel => !files.has(rel)).sort(compareText);
    const written = await writeConfigDir(settings.outDir, chosen, { force: false, keepOthers: true });
    return {
        app: pulled.app,
        layout: settings.layout,
        files: written,
        secrets: pulled.snapshot.secrets.map(s => s.name).sort(compareText),
        notes: [
            ...notes,
            ...missing.map(rel => `${rel}: the app has no such file (removed in the app?): delete it to take the removal`)
        ]
    };
}


/***/ })

};
