export const id = 1999085470;
export const ids = [1999085470];
export const modules = {

/***/ 4647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_1__.AT),
/* harmony export */   It: () => (/* reexport safe */ _secret_inputs_js__WEBPACK_IMPORTED_MODULE_4__.It),
/* harmony export */   O6: () => (/* reexport safe */ _templates_js__WEBPACK_IMPORTED_MODULE_2__.O6)
/* harmony export */ });
/* harmony import */ var _root_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3975);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4117);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90036);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3791);
/* harmony import */ var _secret_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19865);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19870);
// The app module's public surface: read an app directory into the AppModel, validate it offline,
// resolve template expansions, and parse secret inputs.








/***/ }),

/***/ 19865:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ readSecretInputs)
/* harmony export */ });
/* unused harmony exports parseSecretLines, parseAssignment */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27194);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84895);
// Secret values supplied to a deploy: `--secret NAME=VALUE` (repeatable), `--secrets-file FILE`, and
// the action's multi-line `secrets` input, all `NAME=value` lines. Every value is registered for
// masking the moment it is read. A problem names the line and, once the name is known to be a
// valid name, the name: never the value, and never a malformed line (it may be a pasted secret).





/**
 * Parses `NAME=value` lines. Blank lines and lines starting with `#` are skipped. The value is
 * everything after the first `=`, taken literally (no quotes are removed, no spaces trimmed), with a
 * trailing CR dropped so files written on Windows work.
 */
function parseSecretLines(text, source) {
    const values = new Map();
    const problems = [];
    text.split('\n').forEach((raw, i) => {
        const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        if (line.trim() === '' || line.trimStart().startsWith('#'))
            return;
        const parsed = parseAssignment(line);
        const message = 'error' in parsed
            ? parsed.error
            : values.has(parsed.name)
                ? `secret '${parsed.name}' is given twice`
                : undefined;
        if (message)
            problems.push({ source, line: i + 1, message, severity: 'error' });
        else if (!('error' in parsed))
            values.set(parsed.name, parsed.value);
    });
    return { values, problems };
}
/** One `NAME=value`; the value (or the whole text, when there is no `=`) is registered as a secret first. */
function parseAssignment(text) {
    const equals = text.indexOf('=');
    if (equals < 0) {
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(text.trim());
        return { error: 'expected NAME=value (the text is not shown: it may hold a secret)' };
    }
    const name = text.slice(0, equals).trim();
    const value = text.slice(equals + 1);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(value);
    if ((0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .secretNameProblem */ .nL)(name))
        return { error: 'the name before "=" may only contain ASCII letters, digits, "_" and "-"' };
    if (value === '')
        return { error: `secret '${name}' has an empty value (is the CI secret it comes from set?)` };
    return { name, value };
}
/** Reads every secret input; `--secret` wins over the same name in the file. Throws ConfigError on any problem. */
async function readSecretInputs({ secrets = [], secretsFile, cwd }) {
    const values = new Map();
    const problems = [];
    if (secretsFile) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, secretsFile), 'utf8').catch((error) => {
            problems.push({
                source: '--secrets-file',
                message: `cannot read '${secretsFile}': ${error.code ?? error.message}`,
                severity: 'error'
            });
            return '';
        });
        const parsed = parseSecretLines(text, secretsFile);
        problems.push(...parsed.problems);
        parsed.values.forEach((value, name) => values.set(name, value));
    }
    // A flag is one assignment: its value may span lines (a PEM key), so it is not split like a file.
    secrets.forEach((assignment, i) => {
        const parsed = parseAssignment(assignment);
        if ('error' in parsed)
            problems.push({ source: '--secret', message: `flag ${i + 1}: ${parsed.error}`, severity: 'error' });
        else
            values.set(parsed.name, parsed.value);
    });
    if (problems.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(problems);
    return values;
}


/***/ }),

/***/ 10885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P0: () => (/* binding */ checkExclude),
/* harmony export */   Uc: () => (/* binding */ excludeFromPlan),
/* harmony export */   lI: () => (/* binding */ excludableKinds)
/* harmony export */ });
/* unused harmony export PHASES */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _plan_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94284);
// `--exclude <kind>` (action input `exclude`): kinds a deploy leaves alone entirely: neither created,
// updated nor deleted. `hosting` and `dependencies` name the two phases after the deployment.


const PHASES = ['hosting', 'dependencies'];
/** Every name `--exclude` accepts, sorted. */
function excludableKinds() {
    return [...Object.keys(_plan_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .KINDS */ .G), ...PHASES].sort();
}
/** Checks the names; every unknown one at once, naming `source` (the flag or input). */
function checkExclude(names, source) {
    const known = new Set(excludableKinds());
    const unknown = names.filter(n => !known.has(n));
    if (unknown.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(unknown.map(n => ({
            source,
            severity: 'error',
            message: `'${n}' is not a kind: use one of ${excludableKinds().join(', ')}`
        })));
    }
    return new Set(names);
}
/** The plan without the excluded kinds (and phases). */
function excludeFromPlan(plan, exclude) {
    if (exclude.size === 0)
        return plan;
    const secretsOut = exclude.has('secret');
    const { hosting, dependencies, ...rest } = plan;
    return {
        ...rest,
        changes: plan.changes.filter(c => !exclude.has(c.kind)),
        secrets: secretsOut ? { create: [], update: [] } : plan.secrets,
        ...(hosting && !exclude.has('hosting') && !exclude.has('hosting_config') ? { hosting } : {}),
        ...(dependencies && !exclude.has('dependencies') ? { dependencies } : {})
    };
}


/***/ }),

/***/ 70650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: ./src/admin/client.ts + 8 modules
var admin_client = __webpack_require__(87928);
// EXTERNAL MODULE: ./src/app/index.ts
var app = __webpack_require__(4647);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/hosting/scan.ts + 2 modules
var scan = __webpack_require__(67309);
// EXTERNAL MODULE: ./src/plan/canonical.ts
var canonical = __webpack_require__(34917);
;// CONCATENATED MODULE: ./src/plan/bodies.ts
// Name-form documents (as the repository has them) turned into the bodies the Admin API takes:
// references resolved to ids, local-only keys dropped, documented required fields filled.

const obj = (value) => ((0,canonical/* isObject */.Gv)(value) ? value : {});
function omit(doc, keys) {
    return Object.fromEntries(Object.entries(doc).filter(([k, v]) => v !== undefined && !keys.includes(k)));
}
async function triggerBody(doc, ids) {
    const config = omit(obj(doc.config), ['service_name']);
    const serviceName = obj(doc.config).service_name;
    if (typeof serviceName === 'string')
        config.service_id = await ids.id('data_source', serviceName);
    const processors = {};
    for (const [kind, value] of Object.entries(obj(doc.event_processors))) {
        const pconfig = obj(obj(value).config);
        if (kind === 'FUNCTION' && typeof pconfig.function_name === 'string') {
            const functionId = await ids.id('function', pconfig.function_name);
            processors[kind] = { config: { function_id: functionId, function_name: pconfig.function_name } };
        }
        else {
            processors[kind] = value;
        }
    }
    const body = { ...omit(doc, ['error_handler']), config, event_processors: processors };
    const handler = obj(doc.error_handler);
    const handlerFn = obj(handler.config).function_name;
    if (typeof handlerFn === 'string') {
        body.error_handler = {
            ...handler,
            config: { ...obj(handler.config), function_id: await ids.id('function', handlerFn) }
        };
    }
    else if ((0,canonical/* isObject */.Gv)(doc.error_handler)) {
        body.error_handler = doc.error_handler;
    }
    return body;
}
async function endpointBody(doc, ids) {
    const body = omit(doc, ['secret_name']);
    body.function_id = await ids.id('function', String(doc.function_name));
    if (typeof doc.secret_name === 'string')
        body.secret_id = await ids.id('secret', doc.secret_name);
    body.return_type ??= 'JSON';
    for (const flag of ['respond_result', 'fetch_custom_user_data', 'create_user_on_auth', 'disabled'])
        body[flag] ??= false;
    body.validation_method ??= 'NO_VALIDATION';
    return body;
}
async function customUserDataBody(doc, ids) {
    const body = omit(doc, ['mongo_service_name', 'on_user_creation_function_name']);
    // A disabled config keeps its data source too (exports name it), so a pull gives the name back.
    if (typeof doc.mongo_service_name === 'string' && doc.mongo_service_name !== '') {
        const id = doc.enabled === true
            ? await ids.id('data_source', doc.mongo_service_name)
            : await ids.find('data_source', doc.mongo_service_name);
        if (id !== undefined)
            body.mongo_service_id = id;
    }
    if (typeof doc.on_user_creation_function_name === 'string') {
        body.on_user_creation_function_id = await ids.id('function', doc.on_user_creation_function_name);
    }
    return body;
}
/** Auth providers that call functions carry both the name and the id (config-to-api §3). */
async function authProviderBody(doc, ids) {
    const config = { ...obj(doc.config) };
    for (const field of ['confirmationFunctionName', 'resetFunctionName', 'authFunctionName']) {
        const name = config[field];
        if (typeof name === 'string')
            config[field.replace(/Name$/, 'Id')] = await ids.id('function', name);
    }
    return { ...doc, ...((0,canonical/* isObject */.Gv)(doc.config) ? { config } : {}) };
}
async function bodyFor(item, ids) {
    const doc = item.doc;
    switch (item.kind) {
        case 'function':
            return { ...doc, private: doc.private === true };
        case 'value':
            return { ...doc, from_secret: doc.from_secret === true, private: doc.private === true };
        case 'trigger':
            return triggerBody(doc, ids);
        case 'endpoint':
            return endpointBody(doc, ids);
        case 'custom_user_data':
            return customUserDataBody(doc, ids);
        case 'auth_provider':
            return authProviderBody(doc, ids);
        case 'custom_resolver':
            return { ...doc, function_id: await ids.id('function', String(doc.function_name)) };
        case 'schema':
            return {
                metadata: { data_source: doc.data_source, database: doc.database, collection: doc.collection },
                schema: doc.schema,
                relationships: doc.relationships ?? {}
            };
        case 'rule':
        case 'default_rule':
            return omit(doc, ['data_source']);
        case 'service_rule':
            // Old exports leave out an empty `when`, which the API requires (SPEC ThirdPartyServiceRule).
            return { when: {}, ...omit(doc, ['service']) };
        case 'webhook':
            return omit(doc, ['service']);
        case 'log_forwarder':
            return { ...doc, disabled: doc.disabled === true };
        default:
            return doc;
    }
}

// EXTERNAL MODULE: ./src/plan/kinds.ts
var kinds = __webpack_require__(94284);
;// CONCATENATED MODULE: ./src/plan/items.ts

function item(kind, key, doc, file) {
    return { kind, key, doc, fields: kinds/* KINDS */.G[kind].fields(doc), ...(file ? { file } : {}) };
}
const ruleKey = (dataSource, database, collection) => `${dataSource}/${database}.${collection}`;
const endpointKey = (method, route) => `${String(method)} ${String(route)}`;
const resolverKey = (onType, fieldName) => `${String(onType)}.${String(fieldName)}`;
/** A copy without the keys that only say where a resource came from (`file`, `files`, `sourceFile`,
 *  `relationshipsFile`, ...): the model's bookkeeping, never the API's. */
function withoutSource(resource) {
    return Object.fromEntries(Object.entries(resource).filter(([key]) => key !== 'files' && !/^(?:[a-z]+)?[fF]ile$/.test(key)));
}

;// CONCATENATED MODULE: ./src/plan/ids.ts


class IdIndex {
    app;
    /** One list per scope, shared by concurrent writers (a promise, so a list is read once). */
    cache = new Map();
    /** `known` seeds the lists already read with the remote snapshot (functions, services, secrets). */
    constructor(app, known = {}) {
        this.app = app;
        for (const [scope, items] of Object.entries(known)) {
            if (items)
                this.cache.set(scope, Promise.resolve(new Map(items.map(i => [i.name, i._id]))));
        }
    }
    load(scope, lister) {
        let map = this.cache.get(scope);
        if (!map) {
            map = lister.api.list().then(docs => new Map(docs.map(d => [lister.key(d), String(d._id)])));
            // A failed read is not cached: the next caller tries again.
            map.catch(() => this.cache.delete(scope));
            this.cache.set(scope, map);
        }
        return map;
    }
    async lister(kind, key) {
        const byName = (api) => ({ api, key: d => String(d.name) });
        const [parent] = key.split('/');
        switch (kind) {
            case 'function':
                return { scope: kind, lister: byName(this.app.functions) };
            case 'value':
                return { scope: kind, lister: byName(this.app.values) };
            case 'secret':
                return { scope: kind, lister: byName(this.app.secrets) };
            case 'environment_value':
                return { scope: kind, lister: byName(this.app.environmentValues) };
            case 'trigger':
                return { scope: kind, lister: byName(this.app.triggers) };
            case 'data_source':
            case 'service':
                return { scope: 'service', lister: byName(this.app.services) };
            case 'auth_provider':
                return { scope: kind, lister: byName(this.app.authProviders) };
            case 'log_forwarder':
                return { scope: kind, lister: byName(this.app.logForwarders) };
            case 'endpoint':
                return {
                    scope: kind,
                    lister: { api: this.app.endpoints, key: d => endpointKey(d.http_method, d.route) }
                };
            case 'custom_resolver':
                return {
                    scope: kind,
                    lister: { api: this.app.customResolvers, key: d => resolverKey(d.on_type, d.field_name) }
                };
            case 'schema': {
                const key = (d) => {
                    const m = (d.metadata ?? {});
                    return ruleKey(String(m.data_source), String(m.database), String(m.collection));
                };
                return { scope: kind, lister: { api: this.app.schemas, key } };
            }
            case 'rule': {
                const api = this.app.rules(await this.id('data_source', parent));
                return {
                    scope: `rule:${parent}`,
                    lister: { api, key: d => ruleKey(parent, String(d.database), String(d.collection)) }
                };
            }
            case 'service_rule':
            case 'webhook': {
                const serviceId = await this.id('service', parent);
                const api = kind === 'webhook' ? this.app.incomingWebhooks(serviceId) : this.app.rules(serviceId);
                return { scope: `${kind}:${parent}`, lister: { api, key: d => `${parent}/${String(d.name)}` } };
            }
            default:
                throw new src_errors/* DeployError */.sH(`resources of kind '${kind}' have no id`);
        }
    }
    /** The id of an existing resource, or undefined. */
    async find(kind, key) {
        const { scope, lister } = await this.lister(kind, key);
        return (await this.load(scope, lister)).get(key);
    }
    /** The id of a resource that must exist (a reference). */
    async id(kind, key) {
        const id = await this.find(kind, key);
        if (id === undefined)
            throw new src_errors/* DeployError */.sH(`the app has no ${kind.replace('_', ' ')} '${key}'`);
        return id;
    }
    /** The collection API that writes resources of this kind. */
    async api(kind, key) {
        return (await this.lister(kind, key)).lister.api;
    }
    async remember(kind, key, id) {
        const { scope, lister } = await this.lister(kind, key);
        (await this.load(scope, lister)).set(key, id);
    }
    async forget(kind, key) {
        const { scope, lister } = await this.lister(kind, key);
        (await this.load(scope, lister)).delete(key);
    }
}

// EXTERNAL MODULE: ./src/plan/sync.ts
var plan_sync = __webpack_require__(17984);
;// CONCATENATED MODULE: ./src/plan/apply.ts





const COLLECTIONS = new Set([
    'function',
    'value',
    'environment_value',
    'trigger',
    'endpoint',
    'custom_resolver',
    'log_forwarder',
    'schema',
    'rule',
    'service_rule',
    'webhook',
    'auth_provider'
]);
async function writeCollection(change, ids, app) {
    const item = change.desired;
    const api = await ids.api(change.kind, change.key);
    const body = await bodyFor(item, ids);
    if (change.action === 'create') {
        const created = await api.create(body);
        await ids.remember(change.kind, change.key, String(created._id));
    }
    else {
        await api.update(await ids.id(change.kind, change.key), body);
    }
    if (change.kind === 'auth_provider' && change.fields?.includes('disabled')) {
        const id = await ids.id('auth_provider', change.key);
        await (item.doc.disabled === true ? app.authProviders.disable(id) : app.authProviders.enable(id));
    }
}
async function writeService(change, ids, app) {
    const doc = change.desired.doc;
    if (change.action === 'create') {
        const { name, type, config, secret_config } = doc;
        const created = await app.services.create({
            name,
            type,
            config: config ?? {},
            ...(secret_config ? { secret_config } : {})
        });
        await ids.remember(change.kind, change.key, String(created._id));
    }
    else {
        const id = await ids.id(change.kind, change.key);
        await app.serviceConfig(id).update((0,canonical/* isObject */.Gv)(doc.config) ? doc.config : {});
    }
}
async function writeSingleton(change, ids, app) {
    const item = change.desired;
    const doc = item.doc;
    switch (change.kind) {
        case 'environment':
            return app.setEnvironment(String(doc.environment ?? ''));
        case 'allowed_origins':
            return app.allowedRequestOrigins.set(Array.isArray(doc.origins) ? doc.origins.map(String) : []);
        case 'hosting_config':
            return app.hosting.setEnabled(doc.enabled === true);
        case 'custom_user_data':
            return app.customUserData.update(await bodyFor(item, ids));
        case 'graphql_config':
            return app.graphqlConfig.update(doc);
        case 'graphql_validation':
            return app.graphqlValidationSettings.update(doc);
        case 'data_api_config':
            if (change.action === 'create')
                await app.dataApiConfig.create(doc);
            else
                await app.dataApiConfig.update(doc);
            return;
        case 'sync': {
            const { serviceName, patch } = (0,plan_sync/* syncPatch */.SM)(doc);
            return app.serviceConfig(await ids.id('data_source', serviceName)).update(patch);
        }
        case 'default_rule': {
            const api = app.defaultRule(await ids.id('data_source', change.key));
            const body = await bodyFor(item, ids);
            if (change.action === 'create') {
                await api.create(body);
            }
            else {
                const current = await api.get();
                await api.update({ ...body, ...(current?._id ? { _id: current._id } : {}) });
            }
            return;
        }
    }
}
async function write(change, ids, app) {
    if (COLLECTIONS.has(change.kind))
        return writeCollection(change, ids, app);
    if (change.kind === 'data_source' || change.kind === 'service')
        return writeService(change, ids, app);
    return writeSingleton(change, ids, app);
}
async function remove(change, ids, app) {
    if (change.kind === 'default_rule') {
        const serviceId = await ids.find('data_source', change.key);
        if (serviceId)
            await app.defaultRule(serviceId).delete();
        return;
    }
    const id = await ids.find(change.kind, change.key);
    if (id === undefined)
        return;
    const api = change.kind === 'data_source' || change.kind === 'service'
        ? app.services
        : await ids.api(change.kind, change.key);
    await api.delete(id);
    await ids.forget(change.kind, change.key);
}
async function applySecrets(plan, ids, app, options) {
    for (const name of plan.secrets.create) {
        const created = await app.secrets.create({ name, value: options.secretValues.get(name) ?? '' });
        await ids.remember('secret', name, String(created._id));
        options.logger.info(`  + secret ${name}`);
    }
    for (const name of plan.secrets.update) {
        const id = await ids.id('secret', name);
        await app.secrets.update(id, { _id: id, name, value: options.secretValues.get(name) ?? '' });
        options.logger.info(`  ~ secret ${name}`);
    }
}
const SYMBOL = { create: '+', update: '~', delete: '-' };
/** Runs the plan's draft-scoped changes; throws at the first failure (the caller discards the draft). */
async function applyPlan(app, plan, options) {
    const ids = new IdIndex(app, options.known);
    await applySecrets(plan, ids, app, options);
    const concurrency = options.concurrency ?? 8;
    const upserts = plan.changes.filter(c => c.action !== 'delete');
    const deletes = plan.changes.filter(c => c.action === 'delete');
    for (const kind of kinds/* APPLY_ORDER */.y) {
        await inParallel(upserts.filter(c => c.kind === kind), concurrency, async (change) => {
            await write(change, ids, app);
            options.logger.info(`  ${SYMBOL[change.action]} ${change.kind.replace(/_/g, ' ')} ${change.key}`);
        });
    }
    for (const kind of [...kinds/* APPLY_ORDER */.y].reverse()) {
        await inParallel(deletes.filter(c => c.kind === kind), concurrency, async (change) => {
            await remove(change, ids, app);
            options.logger.info(`  - ${change.kind.replace(/_/g, ' ')} ${change.key}`);
        });
    }
    return {
        applied: upserts.length + deletes.length + plan.secrets.create.length + plan.secrets.update.length
    };
}
/** Runs `work` over `items` with at most `limit` at once; the first failure stops new work and is thrown. */
async function inParallel(items, limit, work) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (next < items.length && !failure) {
            const item = items[next++];
            try {
                await work(item);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
}

;// CONCATENATED MODULE: ./src/plan/desired.ts

function dataSourceItems(ds) {
    const items = [item('data_source', ds.name, { name: ds.name, type: ds.type, config: ds.config }, ds.file)];
    if (ds.default_rule)
        items.push(item('default_rule', ds.name, { ...withoutSource(ds.default_rule), data_source: ds.name }, ds.default_rule.file));
    for (const rule of ds.rules) {
        items.push(item('rule', ruleKey(ds.name, rule.database, rule.collection), { ...withoutSource(rule), data_source: ds.name }, rule.file));
    }
    for (const schema of ds.schemas) {
        const doc = { ...withoutSource(schema), data_source: ds.name };
        items.push(item('schema', ruleKey(ds.name, schema.database, schema.collection), doc, schema.file));
    }
    return items;
}
function serviceItems(svc) {
    const { rules, incoming_webhooks, ...service } = svc;
    const items = [item('service', svc.name, withoutSource(service), svc.file)];
    for (const rule of rules)
        items.push(item('service_rule', `${svc.name}/${rule.name}`, { ...withoutSource(rule), service: svc.name }, rule.file));
    for (const hook of incoming_webhooks) {
        const { source, ...rest } = withoutSource(hook);
        const doc = { ...rest, function_source: source, service: svc.name };
        items.push(item('webhook', `${svc.name}/${hook.name}`, doc, hook.sourceFile));
    }
    return items;
}
function singletonItems(model, environment) {
    const items = [];
    const env = environment ?? model.settings.environment;
    if (env !== undefined)
        items.push(item('environment', 'environment', { environment: env }, model.settings.file));
    const origins = model.settings.allowed_request_origins;
    if (origins)
        items.push(item('allowed_origins', 'allowed_request_origins', { origins }, model.settings.file));
    if (model.customUserData) {
        items.push(item('custom_user_data', 'custom_user_data', withoutSource(model.customUserData), model.customUserData.file));
    }
    if (model.dataApiConfig)
        items.push(item('data_api_config', 'data_api_config', withoutSource(model.dataApiConfig), model.dataApiConfig.file));
    if (model.graphql?.config)
        items.push(item('graphql_config', 'graphql_config', withoutSource(model.graphql.config), model.graphql.config.file));
    const validation = model.graphql?.validation_settings;
    if (validation)
        items.push(item('graphql_validation', 'graphql_validation', withoutSource(validation), validation.file));
    if (isSyncConfig(model.sync))
        items.push(item('sync', 'sync', syncDoc(withoutSource(model.sync)), model.sync.file));
    const hosting = model.hosting?.config;
    if (hosting)
        items.push(item('hosting_config', 'hosting', { enabled: hosting.enabled === true }, hosting.file));
    return items;
}
/** A sync configuration, flexible or partition-based (v1 layouts' `sync` block may hold only
 *  development mode, which is no configuration to deploy). */
function isSyncConfig(sync) {
    return (sync !== undefined &&
        (sync.type === 'flexible' || sync.type === 'partition' || typeof sync.state === 'string'));
}
/** Sync as the planner keeps it: `last_disabled` is the server's; `type` (the mode) and
 *  `service_name` (the data source that holds it) are compared like every other field. */
function syncDoc(doc) {
    const { last_disabled: _lastDisabled, ...rest } = doc;
    return rest;
}
/** The file that references a secret (a value with from_secret), for error messages. */
function secretReference(model, name) {
    return model.values.find(v => v.from_secret && v.value === name)?.file;
}
function desiredItems(model, options = {}) {
    return [
        ...model.secretsNeeded.map(name => item('secret', name, { name }, secretReference(model, name))),
        ...model.values.map(v => item('value', v.name, withoutSource(v), v.file)),
        ...model.environmentValues.map(ev => item('environment_value', ev.name, { name: ev.name, values: ev.values }, ev.files[0])),
        ...model.functions.map(f => item('function', f.name, withoutSource(f), f.sourceFile)),
        ...model.dataSources.flatMap(dataSourceItems),
        ...model.services.flatMap(serviceItems),
        ...model.authProviders.map(p => item('auth_provider', p.name, withoutSource(p), p.file)),
        ...model.triggers.map(t => item('trigger', t.name, withoutSource(t), t.file)),
        ...model.endpoints.map(e => item('endpoint', endpointKey(e.http_method, e.route), withoutSource(e), e.file)),
        ...(model.graphql?.custom_resolvers ?? []).map(r => item('custom_resolver', resolverKey(r.on_type, r.field_name), withoutSource(r), r.file)),
        ...model.logForwarders.map(l => item('log_forwarder', l.name, withoutSource(l), l.file)),
        ...singletonItems(model, options.environment)
    ];
}

;// CONCATENATED MODULE: ./src/plan/remote.ts
// The remote side of the plan: the deployed app as plan items. Everything comes from one
// `GET .../pull` (the whole app config as JSON, function sources included) plus the few lists the
// pull does not carry (secrets, allowed origins) and the id lists that turn ids back into names.
// So reading an app costs the same handful of requests whatever its size.




const list = (value) => (Array.isArray(value) ? value.filter(canonical/* isObject */.Gv) : []);
const remote_obj = (value) => ((0,canonical/* isObject */.Gv)(value) ? value : {});
const ZERO_ID = '000000000000000000000000';
function namesFrom(snapshot) {
    const index = (items) => new Map(items.map(i => [i._id, i.name]));
    const [fns, svcs, secrets] = [index(snapshot.functions), index(snapshot.services), index(snapshot.secrets)];
    const resolve = (map) => (id, name) => typeof name === 'string' && name !== ''
        ? name
        : typeof id === 'string' && id !== ZERO_ID
            ? (map.get(id) ?? `<${id}>`)
            : undefined;
    return { fn: resolve(fns), svc: resolve(svcs), secret: resolve(secrets) };
}
/** A trigger in name form: the function in the processor, the data source by name. */
function triggerDoc(t, names) {
    const { function_id: rootId, function_name: rootName, ...rest } = t;
    const config = { ...remote_obj(t.config) };
    const serviceName = names.svc(config.service_id, config.service_name);
    delete config.service_id;
    if (serviceName !== undefined)
        config.service_name = serviceName;
    const processors = { ...remote_obj(t.event_processors) };
    const fnConfig = remote_obj(remote_obj(processors.FUNCTION).config);
    const fnName = names.fn(fnConfig.function_id ?? rootId, fnConfig.function_name ?? rootName);
    if (fnName !== undefined)
        processors.FUNCTION = { config: { function_name: fnName } };
    const doc = { ...rest, config, event_processors: processors };
    if ((0,canonical/* isObject */.Gv)(t.error_handler)) {
        const hc = remote_obj(t.error_handler.config);
        doc.error_handler = {
            ...t.error_handler,
            config: { ...hc, function_name: names.fn(hc.function_id, hc.function_name) }
        };
    }
    return doc;
}
function remote_dataSourceItems(pull) {
    const items = [];
    for (const ds of list(pull.data_sources)) {
        const name = String(ds.name);
        items.push(item('data_source', name, { name, type: ds.type, config: ds.config }));
        if ((0,canonical/* isObject */.Gv)(ds.default_rule) && Object.keys(ds.default_rule).length > 0) {
            items.push(item('default_rule', name, { ...ds.default_rule, data_source: name }));
        }
        for (const rule of list(ds.rules)) {
            items.push(item('rule', ruleKey(name, String(rule.database), String(rule.collection)), {
                ...rule,
                data_source: name
            }));
        }
    }
    for (const s of list(pull.schemas)) {
        const meta = remote_obj(s.metadata);
        const doc = {
            data_source: meta.data_source,
            database: meta.database,
            collection: meta.collection,
            schema: s.schema,
            relationships: s.relationships
        };
        items.push(item('schema', ruleKey(String(meta.data_source), String(meta.database), String(meta.collection)), doc));
    }
    return items;
}
function remote_serviceItems(pull) {
    const items = [];
    for (const svc of [...list(pull.services), ...list(pull.https_endpoints)]) {
        const name = String(svc.name);
        const { rules, incoming_webhooks, version: _version, ...service } = svc;
        items.push(item('service', name, service));
        for (const rule of list(rules))
            items.push(item('service_rule', `${name}/${String(rule.name)}`, { ...rule, service: name }));
        for (const hook of list(incoming_webhooks)) {
            items.push(item('webhook', `${name}/${String(hook.name)}`, { ...hook, service: name }));
        }
    }
    return items;
}
/** `environments.values.<env>.values.<name>` (SPEC AllEnvironmentValues) transposed into one item per value name (config-to-api §4.2). */
function environmentValueItems(pull) {
    const byName = new Map();
    for (const [env, specific] of Object.entries(remote_obj(remote_obj(pull.environments).values))) {
        for (const [name, value] of Object.entries(remote_obj(remote_obj(specific).values))) {
            const entry = byName.get(name) ?? {};
            entry[env] = value;
            byName.set(name, entry);
        }
    }
    return [...byName].map(([name, values]) => item('environment_value', name, { name, values }));
}
function remote_singletonItems(pull, snapshot, names) {
    const items = [
        item('environment', 'environment', {
            environment: typeof pull.environment === 'string' ? pull.environment : ''
        })
    ];
    if (snapshot.allowedOrigins)
        items.push(item('allowed_origins', 'allowed_request_origins', { origins: [...snapshot.allowedOrigins] }));
    if ((0,canonical/* isObject */.Gv)(pull.custom_user_data)) {
        const { mongo_service_id, on_user_creation_function_id, ...cud } = pull.custom_user_data;
        const doc = {
            ...cud,
            mongo_service_name: names.svc(mongo_service_id, cud.mongo_service_name)
        };
        doc.on_user_creation_function_name = names.fn(on_user_creation_function_id, cud.on_user_creation_function_name);
        items.push(item('custom_user_data', 'custom_user_data', doc));
    }
    if ((0,canonical/* isObject */.Gv)(pull.data_api_config))
        items.push(item('data_api_config', 'data_api_config', pull.data_api_config));
    const graphql = remote_obj(pull.graphql);
    if ((0,canonical/* isObject */.Gv)(graphql.config))
        items.push(item('graphql_config', 'graphql_config', graphql.config));
    if ((0,canonical/* isObject */.Gv)(graphql.validation_settings))
        items.push(item('graphql_validation', 'graphql_validation', graphql.validation_settings));
    const sync = (0,plan_sync/* syncFromPull */.Pn)(pull);
    if (sync)
        items.push(item('sync', 'sync', syncDoc(sync)));
    if ((0,canonical/* isObject */.Gv)(pull.hosting))
        items.push(item('hosting_config', 'hosting', { enabled: pull.hosting.enabled === true }));
    return items;
}
function remoteItems(snapshot) {
    const { pull } = snapshot;
    const names = namesFrom(snapshot);
    const endpoint = (e) => {
        const { function_id, secret_id, ...rest } = e;
        return {
            ...rest,
            function_name: names.fn(function_id, e.function_name),
            secret_name: names.secret(secret_id, e.secret_name)
        };
    };
    const resolver = (r) => {
        const { function_id, ...rest } = r;
        return { ...rest, function_name: names.fn(function_id, r.function_name) };
    };
    return [
        ...snapshot.secrets.map(s => item('secret', s.name, { name: s.name })),
        ...list(pull.values).map(v => item('value', String(v.name), v)),
        ...environmentValueItems(pull),
        ...list(pull.functions).map(f => item('function', String(f.name), f)),
        ...remote_dataSourceItems(pull),
        ...remote_serviceItems(pull),
        ...list(pull.auth_providers).map(p => item('auth_provider', String(p.name), p)),
        ...list(pull.triggers).map(t => item('trigger', String(t.name), triggerDoc(t, names))),
        ...list(pull.endpoints).map(e => item('endpoint', endpointKey(e.http_method, e.route), endpoint(e))),
        ...list(remote_obj(pull.graphql).custom_resolvers).map(r => item('custom_resolver', resolverKey(r.on_type, r.field_name), resolver(r))),
        ...list(pull.log_forwarders).map(l => item('log_forwarder', String(l.name), l)),
        ...remote_singletonItems(pull, snapshot, names)
    ];
}

// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/deploy/cleanup.ts

function cleanupApp(target) {
    return target.client.withSignal(AbortSignal.timeout(30_000)).app(target.projectId, target.appId);
}
/**
 * Discards this run's draft, by id and only by id. When the run never learned its id (the create
 * was interrupted), a draft of this key may be ours or another run's that opened meanwhile: it is
 * named and left alone, since deleting another run's draft would let its writes go live unreviewed.
 */
async function discardRunDraft(target, draftId) {
    try {
        const app = cleanupApp(target);
        if (draftId === undefined) {
            for (const draft of await app.drafts.list()) {
                target.logger.warning(`draft ${draft._id} is open on this app: this run was interrupted while opening its draft, so it may be this run's or another run's; it was left as it is. If no other deploy is running, discard it in the App Services UI or rerun with on-draft-conflict set to discard`);
            }
            return;
        }
        await app.drafts.discard(draftId);
        target.logger.info(`draft ${draftId} discarded: nothing of this run went live`);
    }
    catch (error) {
        // Gone already (a deployment consumes its draft): nothing left to discard.
        if (error instanceof src_errors/* AdminApiError */.ge && error.status === 404)
            return;
        const which = draftId ? `draft ${draftId}` : "this run's draft";
        target.logger.error(`could not discard ${which}: ${error instanceof Error ? error.message : String(error)}; discard it in the App Services UI`);
    }
}
/** The deployment of `draftId`, if the server started one. */
async function findDeploymentOf(target, draftId) {
    try {
        return (await cleanupApp(target).deployments.list()).find(d => d.draft_id === draftId);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/deploy/conflict.ts
// The conflict report after a deployment failed because the app changed under the draft: which of
// the plan's resources changed remotely since the plan was made, what the repository wants, what the
// app has now, and how to resolve it.

const show = (value) => {
    const text = (0,canonical/* stableStringify */.JB)(value);
    return text.length > 300 ? `${text.slice(0, 297)}...` : text;
};
function describe(change, now) {
    const wants = change.action === 'delete'
        ? 'to delete it'
        : change.action === 'create'
            ? `to create it: ${show(change.desired?.fields)}`
            : (change.fields ?? []).map(f => `${f} = ${show(change.desired?.fields[f])}`).join('; ');
    const has = now
        ? (change.fields ?? Object.keys(now.fields)).map(f => `${f} = ${show(now.fields[f])}`).join('; ')
        : 'nothing (it is gone)';
    return { kind: change.kind, key: change.key, wants, has };
}
/** `before`: the remote items the plan was made from; `after`: the remote items now. */
function conflictReport(message, changes, before, after) {
    const index = (items) => new Map(items.map(i => [`${i.kind}\u0000${i.key}`, i]));
    const [then, now] = [index(before), index(after)];
    const items = [];
    for (const change of changes) {
        const id = `${change.kind}\u0000${change.key}`;
        const a = then.get(id);
        const b = now.get(id);
        const moved = (a === undefined) !== (b === undefined) || (a && b && (0,canonical/* changedFields */.E0)(a.fields, b.fields).length > 0);
        if (moved)
            items.push(describe(change, b));
    }
    return {
        cause: 'deployed-meanwhile',
        message,
        items,
        resolution: items.length > 0
            ? 'The app changed after this run read it. Decide which version wins: to keep the repository, rerun the deploy (it plans again from the app as it is now); to keep the app, copy its change into the repository first (realm-deploy pull shows the app as it is).'
            : "The deployment failed with a conflict, but none of the resources this run changed differ from when it read the app. Rerun the deploy; if it fails again, check the app's drafts and deployment history."
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/deploy/poll.ts
// Bounded waits: every poll has a deadline, backs off, and can be cancelled.

function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new src_errors/* CancelledError */.cc());
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new src_errors/* CancelledError */.cc());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}
/** When a wait starting now must end: its own timeout or the run's deadline, whichever is first. */
function waitEnd(poll) {
    return Math.min(poll.now() + poll.timeoutMs, poll.deadline ?? Number.POSITIVE_INFINITY);
}
/** Calls `check` until it returns a value or the deadline passes (then undefined). */
async function pollUntil(poll, check, onWait) {
    const start = poll.now();
    const end = waitEnd(poll);
    let delay = poll.min;
    for (;;) {
        const value = await check();
        if (value !== undefined)
            return value;
        const left = end - poll.now();
        if (left <= 0)
            return undefined;
        onWait?.(poll.now() - start);
        await sleep(Math.min(delay, left), poll.signal);
        delay = Math.min(delay * 2, poll.max);
    }
}

;// CONCATENATED MODULE: ./src/deploy/dependencies.ts
// Dependencies (functions/package.json or a node_modules archive): the server's own diff says
// whether they changed; a changed set is uploaded after the deploy and the install is awaited.



const count = (value) => (Array.isArray(value) ? value.length : 0);
/** A plan entry when the server's diff of the local dependencies against the installed ones is not empty. */
async function planDependencies(app, root, deps) {
    if (!deps || deps.kind === 'directory')
        return undefined;
    const diff = await app.dependencies.diff((0,external_node_path_.join)(root, deps.file));
    const [added, deleted, modified] = [count(diff.added), count(diff.deleted), count(diff.modified)];
    if (added + deleted + modified === 0)
        return undefined;
    return { file: deps.file, reason: `${added} added, ${deleted} removed, ${modified} changed` };
}
async function installDependencies(app, root, plan, poll, logger) {
    logger.info(`dependencies: uploading ${plan.file} (${plan.reason})`);
    await app.dependencies.upload((0,external_node_path_.join)(root, plan.file));
    const final = await pollUntil(poll, async () => {
        const s = await app.dependencies.status();
        return s && s.status !== 'created' ? s : undefined;
    }, elapsed => logger.info(`dependencies: installing (${Math.round(elapsed / 1000)} s)`));
    if (!final)
        throw new src_errors/* DeployError */.sH(`the dependency install did not finish within ${Math.round(poll.timeoutMs / 1000)} s`);
    if (final.status !== 'successful')
        throw new src_errors/* DeployError */.sH(`the dependency install failed: ${final.status_message ?? final.status}`);
    return { status: final.status, ...(final.status_message ? { message: final.status_message } : {}) };
}

;// CONCATENATED MODULE: ./src/deploy/error-logs.ts
async function readErrorLogs(request, warnings) {
    const entries = [];
    const { deadlineMs } = request;
    const timeUp = AbortSignal.timeout(Math.max(1, deadlineMs - Date.now()));
    const signal = request.signal ? AbortSignal.any([request.signal, timeUp]) : timeUp;
    const app = request.client.withSignal(signal).app(request.projectId, request.appId);
    try {
        const logs = app.logs({ start: request.since, errorsOnly: true, limit: 1000, maxPages: 20, deadlineMs });
        for await (const entry of logs)
            entries.push(entry);
    }
    catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        warnings.push(`could not read the app's error logs${timeUp.aborted ? " within the run's time" : ''}: ${why}`);
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/deploy/deployment.ts


const TERMINAL = new Set(['successful', 'failed']);
async function deployDraft(app, draftId, name, poll, logger) {
    const started = await app.drafts.deploy(draftId, name);
    // The first read goes out at once (it is the first poll); the waits between reads back off.
    let last;
    const done = await pollUntil(poll, async () => {
        const d = await app.deployments.get(started._id);
        if (last === undefined)
            logger.info(`deployment ${d._id}${name ? ` '${name}'` : ''}: ${d.status}`);
        else if (d.status !== last)
            logger.info(`deployment ${d._id}: ${d.status}`);
        last = d.status;
        return TERMINAL.has(d.status) ? d : undefined;
    }, elapsed => logger.debug(`deployment ${started._id} still ${last} after ${Math.round(elapsed / 1000)} s`));
    if (!done) {
        throw new src_errors/* DeployError */.sH(`deployment ${started._id} was still '${last}' after ${Math.round(poll.timeoutMs / 1000)} s; it may still finish: check the app's deployment history`);
    }
    return done;
}
/** The deployment must be the app's newest and successful; otherwise someone deployed after it. */
async function verifyDeployment(app, deployment) {
    const [newest] = await app.deployments.list();
    if (!newest)
        return `the app lists no deployments, yet deployment ${deployment._id} was reported`;
    if (newest._id !== deployment._id) {
        return `deployment ${newest._id} (${newest.status}) was made after ours (${deployment._id}): the app may not match the repository`;
    }
    return newest.status === 'successful' ? undefined : `deployment ${deployment._id} is now '${newest.status}'`;
}
/** The Admin API gives no conflict code; a failed deployment whose message speaks of one is one. */
function isConflictMessage(message) {
    return /conflict|changed after|out of date|invalid draft|draft is invalid|modified since/i.test(message ?? '');
}
/**
 * A deployment still in progress (a previous run's, or someone's) has not reached the app yet, so a
 * plan read now would repeat its changes: wait for it to finish first (bounded). `listed`: the list
 * when the caller read it already.
 * Returns the id of the app's newest deployment, what the plan is read after, and whether it waited
 * (then the app may have changed since anything read before).
 */
async function waitForRunningDeployment(app, poll, logger, listed) {
    const [newest] = listed ?? (await app.deployments.list());
    if (!newest || TERMINAL.has(newest.status))
        return { newest: newest?._id, waited: false };
    logger.info(`deployment ${newest._id} is still ${newest.status}: waiting for it to finish before planning`);
    const done = await pollUntil(poll, async () => {
        const d = await app.deployments.get(newest._id);
        return TERMINAL.has(d.status) ? d : undefined;
    });
    if (done)
        return { newest: newest._id, waited: true };
    const message = `deployment ${newest._id} was still in progress after ${Math.round(poll.timeoutMs / 1000)} s`;
    throw new src_errors/* ConflictError */.fK(message, {
        cause: 'deployed-meanwhile',
        message,
        items: [],
        resolution: `Wait for deployment ${newest._id} to finish (the app's deployment history shows it), then rerun.`
    });
}

// EXTERNAL MODULE: ./src/deploy/access.ts
var access = __webpack_require__(15725);
;// CONCATENATED MODULE: ./src/deploy/drafts.ts


async function draftDiff(app, draft) {
    try {
        return (await app.drafts.diff(draft._id)).diffs.map(String);
    }
    catch {
        return [];
    }
}
async function openDraftReport(app, draft) {
    const diff = await draftDiff(app, draft);
    return {
        cause: 'open-draft',
        message: `a draft (${draft._id}) is already open on this app for this API key${diff.length ? `, with ${diff.length} change(s)` : ''}`,
        draftId: draft._id,
        draftDiff: diff,
        items: [],
        resolution: 'Deploy or discard that draft in the App Services UI, or rerun with on-draft-conflict set to discard (drops it) or wait (waits for it to go away): the --on-draft-conflict flag of the CLI, the on-draft-conflict input of the action.'
    };
}
/** Leaves the app with no draft of ours, per the policy, or throws ConflictError with the report. */
/**
 * Returns true when a draft was open (and was discarded or went away while waiting): what the app has
 * may have changed since `listed` was read. `listed` is the draft list when the caller already read it
 * (together with other reads).
 */
async function settleOpenDraft(app, policy, poll, logger, listed) {
    let drafts = listed ? [...listed] : await app.drafts.list();
    if (drafts.length === 0)
        return false;
    const report = await openDraftReport(app, drafts[0]);
    if (policy === 'discard') {
        logger.warning(`${report.message}: discarding it as asked (on-draft-conflict: discard)`);
        for (const line of report.draftDiff ?? [])
            logger.info(`  discarded: ${line}`);
        for (const draft of drafts)
            await app.drafts.discard(draft._id);
        return true;
    }
    if (policy === 'wait') {
        const deadline = waitEnd(poll);
        let delay = poll.min;
        while (drafts.length > 0 && poll.now() < deadline) {
            logger.info(`waiting for draft ${drafts[0]._id} to be deployed or discarded (${Math.round((deadline - poll.now()) / 1000)} s left)`);
            await sleep(Math.min(delay, Math.max(0, deadline - poll.now())), poll.signal);
            delay = Math.min(delay * 2, poll.max);
            drafts = await app.drafts.list();
        }
        if (drafts.length === 0)
            return true;
    }
    throw new src_errors/* ConflictError */.fK(report.message, report);
}
/**
 * Opens this run's draft. A 409 means a draft appeared after `settleOpenDraft` looked: another run
 * with this key is deploying. That draft is theirs: report it (exit 3), never discard it.
 */
async function openRunDraft(app) {
    try {
        return await app.drafts.create();
    }
    catch (error) {
        if (!(error instanceof src_errors/* AdminApiError */.ge) || error.status !== 409)
            throw error;
        const theirs = await app.drafts.list().catch(() => []);
        const report = theirs.length ? await openDraftReport(app, theirs[0]) : undefined;
        const message = `another run opened a draft on this app while this one was planning${report ? ` (${report.draftId})` : ''}: nothing of this run was written`;
        throw new src_errors/* ConflictError */.fK(message, {
            cause: 'concurrent-run',
            message,
            ...(report ? { draftId: report.draftId, draftDiff: report.draftDiff } : {}),
            items: [],
            resolution: 'Another deploy of this app is in progress with the same API key. Let it finish, then rerun: the rerun plans again from the app as it is then. Give each app one concurrency group in the workflow so runs queue instead of racing.'
        });
    }
}
/**
 * After this run's draft is open: a deployment newer than the one seen before planning means the
 * plan is stale (another run deployed in between); carrying on would overwrite its change.
 */
async function checkPlanStillCurrent(app, newestBeforePlan) {
    const [newest] = await app.deployments.list();
    if (newest === undefined || newest._id === newestBeforePlan)
        return undefined;
    return `deployment ${newest._id} was made after this run read the app: its plan is out of date`;
}

;// CONCATENATED MODULE: ./src/deploy/hosting.ts
// The hosting phase, after the draft is deployed (as realm-cli orders it): upload added and changed
// assets with bounded concurrency (the transport backs off on 429 and honours Retry-After), PATCH
// attribute-only changes, delete remote-only assets, then invalidate the CDN cache. Progress is
// logged as done/total; a failure names what was and was not done, and a rerun redoes only what
// still differs (the plan is recomputed from the remote list).


function tasksFor(app, appDir, plan, keepRemote) {
    const fileOf = (path) => (0,external_node_path_.join)(appDir, 'hosting', 'files', ...path.split('/').filter(Boolean));
    return [
        ...[...plan.added, ...plan.bodyChanged].map(a => ({
            label: a.path,
            kind: 'upload',
            run: () => app.hosting.uploadAsset({
                path: a.path,
                filePath: fileOf(a.path),
                hash: a.hash,
                size: a.size,
                attrs: a.attrs
            })
        })),
        ...plan.attrsChanged.map(a => ({
            label: a.path,
            kind: 'attrs',
            run: () => app.hosting.setAssetAttributes(a.path, a.attrs)
        })),
        ...(keepRemote
            ? []
            : plan.removed.map(path => ({
                label: path,
                kind: 'delete',
                run: () => app.hosting.deleteAsset(path)
            })))
    ];
}
async function runPool(tasks, concurrency, onDone) {
    let next = 0;
    let cancelled;
    const worker = async () => {
        while (next < tasks.length && !cancelled) {
            const task = tasks[next++];
            try {
                await task.run();
                onDone(task);
            }
            catch (error) {
                if (error instanceof src_errors/* CancelledError */.cc)
                    cancelled = error;
                else
                    onDone(task, error);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, tasks.length) }, worker));
    if (cancelled)
        throw cancelled;
}
async function applyHosting(app, appDir, plan, options) {
    const tasks = tasksFor(app, appDir, plan, options.keepRemoteAssets);
    const counts = { upload: 0, attrs: 0, delete: 0 };
    const failed = [];
    let done = 0;
    let lastReport = 0;
    await runPool(tasks, options.concurrency, (task, error) => {
        done++;
        if (error) {
            failed.push(task.label);
            options.logger.warning(`hosting: ${task.kind} ${task.label} failed: ${error instanceof Error ? error.message : String(error)}`);
        }
        else {
            counts[task.kind]++;
        }
        if (done === tasks.length || Date.now() - lastReport > 2000) {
            lastReport = Date.now();
            options.logger.info(`hosting: ${done}/${tasks.length} done`);
        }
    });
    if (tasks.length > failed.length)
        await app.hosting.invalidateCache('/*');
    return {
        uploaded: counts.upload,
        attrsUpdated: counts.attrs,
        deleted: counts.delete,
        failed: failed.sort(),
        notAttempted: tasks.length - done
    };
}

;// CONCATENATED MODULE: ./src/deploy/eol.ts
const END_OF_LIFE_DATE = '2025-09-30';
const ENDED = [
    { service: 'Data API', kinds: ['data_api_config'] },
    { service: 'HTTPS Endpoints', kinds: ['endpoint', 'webhook'] },
    { service: 'GraphQL', kinds: ['graphql_config', 'graphql_validation', 'custom_resolver'] },
    { service: 'Device Sync', kinds: ['sync'] },
    { service: 'Static Hosting', kinds: ['hosting_config'] },
    { service: 'Authentication (App Services users)', kinds: ['auth_provider', 'custom_user_data'] },
    { service: 'Rules (for Sync, Data API and GraphQL)', kinds: ['rule', 'default_rule'] }
];
/** The kinds (`--exclude` names) of each ended service, for the README and help texts. */
const END_OF_LIFE_KINDS = new Map(ENDED.map(e => [e.service, e.kinds]));
/** One warning per ended service among `kinds` (the kinds the config carries). */
function endOfLifeWarnings(kinds, model) {
    const hosting = model?.hosting?.present === true;
    return ENDED.filter(e => e.kinds.some(k => kinds.has(k)) || (hosting && e.service === 'Static Hosting')).map(e => `${e.service} reached end of life on ${END_OF_LIFE_DATE}: MongoDB no longer serves it, and deploying it may fail. ` +
        `Leave it out with --exclude ${e.kinds.join(' --exclude ')} (action input exclude), or remove it from the config.`);
}

// EXTERNAL MODULE: ./src/deploy/exclude.ts
var deploy_exclude = __webpack_require__(10885);
// EXTERNAL MODULE: ./src/hosting/diff.ts
var hosting_diff = __webpack_require__(59679);
;// CONCATENATED MODULE: ./src/plan/line-diff.ts
// Lines added and removed between two texts (Myers' O(ND) shortest edit script), for the plan's
// "+12 -3" on function and webhook sources. Only the counts are needed, so no script is built.
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** The length of the shortest edit script: D = added + removed, where added - removed = b - a. */
function editDistance(a, b) {
    const n = a.length;
    const m = b.length;
    const max = n + m;
    const v = new Int32Array(2 * max + 2);
    for (let d = 0; d <= max; d++) {
        for (let k = -d; k <= d; k += 2) {
            const down = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1]);
            let x = down ? v[max + k + 1] : v[max + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            v[max + k] = x;
            if (x >= n && y >= m)
                return d;
        }
    }
    return max;
}
function countLineChanges(before, after) {
    if (before === after)
        return { added: 0, removed: 0 };
    let a = splitLines(before);
    let b = splitLines(after);
    // Trim the common head and tail: most edits are local, and it keeps D small and fast.
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head])
        head++;
    let tail = 0;
    while (tail < a.length - head &&
        tail < b.length - head &&
        a[a.length - 1 - tail] === b[b.length - 1 - tail])
        tail++;
    a = a.slice(head, a.length - tail);
    b = b.slice(head, b.length - tail);
    const d = editDistance(a, b);
    const removed = (d - (b.length - a.length)) / 2;
    return { added: d - removed, removed };
}

// EXTERNAL MODULE: ./src/app/load-auth.ts
var load_auth = __webpack_require__(40014);
// EXTERNAL MODULE: ./src/app/load-endpoints.ts
var load_endpoints = __webpack_require__(12156);
// EXTERNAL MODULE: ./src/app/load-extras.ts
var load_extras = __webpack_require__(29839);
// EXTERNAL MODULE: ./src/app/load-functions.ts
var load_functions = __webpack_require__(93999);
// EXTERNAL MODULE: ./src/app/load-graphql.ts
var load_graphql = __webpack_require__(44507);
// EXTERNAL MODULE: ./src/app/load-rules.ts
var load_rules = __webpack_require__(67017);
// EXTERNAL MODULE: ./src/app/load-services.ts
var load_services = __webpack_require__(69508);
// EXTERNAL MODULE: ./src/app/load-triggers.ts
var load_triggers = __webpack_require__(50665);
// EXTERNAL MODULE: ./src/app/load-values.ts
var load_values = __webpack_require__(12042);
;// CONCATENATED MODULE: ./src/app/known-fields.ts
// The top-level fields our tables know for each kind of resource the planner compares. The planner
// asks it for one rule: a field the tables do not know, which the server does not give back, is no
// change (validate warned about it; App Services may well drop it), so it never shows on every run.









const TABLES = {
    value: load_values/* VALUE_TABLE */.pU,
    function: load_functions/* MANIFEST_ENTRY */.x,
    trigger: load_triggers/* TRIGGER_TABLE */.Ij,
    endpoint: load_endpoints/* ENDPOINT_TABLE */.fU,
    data_api_config: load_endpoints/* DATA_API_TABLE */.Jy,
    auth_provider: load_auth/* PROVIDER_TABLE */.V$,
    custom_user_data: load_auth/* CUSTOM_USER_DATA_TABLE */.UW,
    graphql_config: load_graphql/* CONFIG_TABLE */.gf,
    graphql_validation: load_graphql/* VALIDATION_TABLE */.j$,
    custom_resolver: load_graphql/* RESOLVER_TABLE */.e2,
    log_forwarder: load_graphql/* LOG_FORWARDER_TABLE */.zW,
    rule: load_rules/* RULE_TABLE */.iO,
    default_rule: load_rules/* DEFAULT_RULE_TABLE */.k2,
    service: load_services/* SERVICE_TABLE */.DU,
    service_rule: load_services/* SERVICE_RULE_TABLE */.me,
    webhook: load_services/* WEBHOOK_TABLE */.TF,
    sync: load_extras/* SYNC_TABLE */.z3,
    hosting_config: load_extras/* HOSTING_TABLE */.ev
};
const cache = new Map();
/** The fields the tables know for a planner kind; undefined for kinds without a table. */
function knownFields(kind) {
    const table = TABLES[kind];
    if (!table)
        return undefined;
    let known = cache.get(kind);
    if (!known) {
        known = new Set(Object.keys(table.fields));
        cache.set(kind, known);
    }
    return known;
}

;// CONCATENATED MODULE: ./src/plan/diff.ts
// Desired versus remote, per resource: create, update (which fields; for sources, lines added and
// removed), delete. Deterministic: changes come in apply order, then by key.





function byKind(items) {
    const out = new Map();
    for (const i of items) {
        const kind = out.get(i.kind) ?? new Map();
        kind.set(i.key, i);
        out.set(i.kind, kind);
    }
    return out;
}
function sourceOf(i) {
    const s = i?.kind === 'webhook' ? i.doc.function_source : i?.doc.source;
    return typeof s === 'string' ? s.replace(/\r\n/g, '\n') : undefined;
}
function lines(desired, remote) {
    if (desired?.kind !== 'function' && desired?.kind !== 'webhook' && remote?.kind !== 'function')
        return undefined;
    return countLineChanges(sourceOf(remote) ?? '', sourceOf(desired) ?? '');
}
/** Whether a differing field counts: a field the tables do not know that the server did not give
 *  back is no change (validate warned about it), so it never shows on every run. */
function echoed(kind, field, remote) {
    const known = knownFields(kind);
    return !known || known.has(field) || field in remote.fields;
}
/** Kinds whose remote extras are kept when the repository has none of them: new apps come with an
 *  auth provider the user never wrote, so an app without `auth/` leaves providers alone. */
const UNMANAGED_WHEN_ABSENT = new Set(['auth_provider']);
function kindChanges(kind, desired, remote, options) {
    const changes = [];
    for (const [key, want] of [...desired].sort(([a], [b]) => a.localeCompare(b))) {
        const have = remote.get(key);
        if (!have) {
            changes.push({
                kind,
                key,
                action: 'create',
                file: want.file,
                desired: want,
                lines: lines(want, undefined)
            });
            continue;
        }
        const fields = (0,canonical/* changedFields */.E0)(want.fields, have.fields).filter(f => echoed(kind, f, have));
        if (fields.length > 0) {
            const lineChanges = fields.includes('source') || fields.includes('function_source') ? lines(want, have) : undefined;
            changes.push({
                kind,
                key,
                action: 'update',
                fields,
                file: want.file,
                desired: want,
                remote: have,
                lines: lineChanges
            });
        }
    }
    const keepExtras = options.noDelete || kinds/* KINDS */.G[kind].singleton || (UNMANAGED_WHEN_ABSENT.has(kind) && desired.size === 0);
    if (!keepExtras) {
        for (const [key, have] of [...remote].sort(([a], [b]) => a.localeCompare(b))) {
            if (!desired.has(key))
                changes.push({ kind, key, action: 'delete', remote: have, lines: lines(undefined, have) });
        }
    }
    return changes;
}
/** Secrets cannot be read back: create the missing ones, overwrite only on request, never delete. */
function planSecrets(desired, remote, options) {
    const provided = options.secretValues ?? new Map();
    const missing = [];
    const create = [];
    const update = [];
    const names = new Set([...desired.keys(), ...provided.keys()]);
    for (const name of [...names].sort()) {
        if (remote.has(name)) {
            if (provided.has(name) && options.updateSecrets)
                update.push(name);
        }
        else if (provided.has(name)) {
            create.push(name);
        }
        else {
            missing.push({
                source: desired.get(name)?.file ?? 'secrets',
                field: name,
                severity: 'error',
                message: `the config references secret '${name}', which the app does not have and no value was given: pass it with --secret ${name}=VALUE (or the action's 'secrets' input)`
            });
        }
    }
    if (missing.length > 0)
        throw new src_errors/* ConfigError */.xL(missing);
    return { create, update };
}
function diffItems(desired, remote, options = {}) {
    const want = byKind(desired);
    const have = byKind(remote);
    const empty = new Map();
    const secrets = planSecrets(want.get('secret') ?? empty, have.get('secret') ?? empty, options);
    const changes = kinds/* APPLY_ORDER */.y.filter(k => k !== 'secret').flatMap(kind => kindChanges(kind, want.get(kind) ?? empty, have.get(kind) ?? empty, options));
    return { changes, secrets };
}

;// CONCATENATED MODULE: ./src/plan/refusals.ts
// The writes App Services refuses, found when the plan is made, before a draft opens. Each rule is one
// the project knows (the emulator enforces it, and src/emulator/resources/divergences.ts names its
// evidence). A rule either says what happens instead (the change is narrowed or withheld, with a
// warning that says so and what the user can do) or stops the run with an error naming the file
// (exit 2, nothing written). A deploy that fails mid-apply on something listed here is a defect.




/** Applies every rule; throws ConfigError when a change cannot be made at all. */
function checkRefusals(changes, remote) {
    const warnings = [];
    const problems = [];
    const kept = keptRemoteItems(changes, remote);
    const rules = [
        change => creationOnlySettings(change, warnings),
        change => unmanagedDataSourceConfig(change, warnings, problems),
        change => immutableType(change, problems),
        change => stillInUse(change, kept, warnings)
    ];
    const out = [];
    for (const change of changes) {
        let narrowed = change;
        for (const rule of rules)
            narrowed = narrowed && rule(narrowed);
        if (narrowed)
            out.push(narrowed);
    }
    if (problems.length > 0)
        throw new src_errors/* ConfigError */.xL(problems);
    return { changes: out, warnings };
}
function where(change) {
    return change.file ?? `${change.kind} ${change.key}`;
}
/** The change with `doc` as the desired document; undefined when it then equals the remote side. */
function withDesiredDoc(change, doc) {
    const desired = item(change.kind, change.key, doc, change.file);
    const fields = change.remote ? (0,canonical/* changedFields */.E0)(desired.fields, change.remote.fields) : undefined;
    if (fields && fields.length === 0)
        return undefined;
    return { ...change, desired, ...(fields ? { fields } : {}) };
}
/**
 * GraphQL's `use_natural_pluralization` can only be chosen when an app is created (DOCS graphql.txt;
 * the server answers 400 to a PUT with false). The deploy keeps the app's setting and says so.
 */
function creationOnlySettings(change, warnings) {
    if (change.kind !== 'graphql_config' || !change.desired || !change.fields)
        return change;
    const want = change.desired.doc.use_natural_pluralization;
    const have = change.remote?.doc.use_natural_pluralization ?? true;
    if (want === undefined || want === have)
        return change;
    warnings.push(`${where(change)}: use_natural_pluralization: ${String(want)} can only be chosen when an app is created; ` +
        `this app has ${String(have)}, which the deploy keeps (create a new app with the setting, or change the file to ${String(have)})`);
    return withDesiredDoc(change, { ...change.desired.doc, use_natural_pluralization: have });
}
const REQUIRED_CONFIG = {
    'mongodb-atlas': 'clusterName',
    datalake: 'dataLakeName',
    mongodb: 'uri'
};
/**
 * A data source's config without its required field (realm-cli's test apps write `config: {}`): App
 * Services cannot create the data source from it (an error), and for one that exists the linked cluster
 * is left as it is (config-to-api §4.7: `{}` means "don't manage config").
 */
function unmanagedDataSourceConfig(change, warnings, problems) {
    if (change.kind !== 'data_source' || !change.desired)
        return change;
    const doc = change.desired.doc;
    const field = REQUIRED_CONFIG[String(doc.type)];
    const config = (0,canonical/* isObject */.Gv)(doc.config) ? doc.config : {};
    if (!field || (typeof config[field] === 'string' && config[field] !== ''))
        return change;
    if (change.action === 'create') {
        problems.push({
            source: where(change),
            field: `config.${field}`,
            severity: 'error',
            message: `App Services cannot create data source '${change.key}' without config.${field}: write the ${field} of the ${String(doc.type)} it links`
        });
        return undefined;
    }
    warnings.push(`${where(change)}: data source '${change.key}' has no config.${field}, so its config is left as the app has it`);
    return withDesiredDoc(change, { ...doc, config: change.remote?.doc.config });
}
/** A service's type cannot change (the server answers 400); a new name makes a new data source. */
function immutableType(change, problems) {
    if (change.kind !== 'data_source' && change.kind !== 'service')
        return change;
    const want = change.desired?.doc.type;
    const have = change.remote?.doc.type;
    if (change.action !== 'update' || want === have)
        return change;
    problems.push({
        source: where(change),
        field: 'type',
        severity: 'error',
        message: `App Services cannot change the type of '${change.key}' from ${String(have)} to ${String(want)}: give the new one another name, and remove the old one in a separate deploy`
    });
    return undefined;
}
const refusals_text = (value) => (typeof value === 'string' && value !== '' ? [value] : []);
const refusals_obj = (value) => ((0,canonical/* isObject */.Gv)(value) ? value : {});
/** What a remote item (name form) refers to by name. */
function usesOf(i) {
    const doc = i.doc;
    const config = refusals_obj(doc.config);
    switch (i.kind) {
        case 'trigger':
            return {
                functions: [
                    ...refusals_text(refusals_obj(refusals_obj(refusals_obj(doc.event_processors).FUNCTION).config).function_name),
                    ...refusals_text(refusals_obj(refusals_obj(doc.error_handler).config).function_name)
                ],
                dataSources: refusals_text(config.service_name),
                secrets: []
            };
        case 'endpoint':
            return { functions: refusals_text(doc.function_name), dataSources: [], secrets: refusals_text(doc.secret_name) };
        case 'custom_resolver':
            return { functions: refusals_text(doc.function_name), dataSources: [], secrets: [] };
        case 'auth_provider':
            return {
                functions: ['confirmationFunctionName', 'resetFunctionName', 'authFunctionName'].flatMap(k => refusals_text(config[k])),
                dataSources: [],
                secrets: []
            };
        case 'custom_user_data':
            return {
                functions: refusals_text(doc.on_user_creation_function_name),
                dataSources: doc.enabled === true ? refusals_text(doc.mongo_service_name) : [],
                secrets: []
            };
        case 'log_forwarder': {
            const action = refusals_obj(doc.action);
            return action.type === 'function'
                ? { functions: refusals_text(action.name), dataSources: [], secrets: [] }
                : { functions: [], dataSources: refusals_text(action.data_source), secrets: [] };
        }
        case 'value':
            return { functions: [], dataSources: [], secrets: doc.from_secret === true ? refusals_text(doc.value) : [] };
        default:
            return { functions: [], dataSources: [], secrets: [] };
    }
}
/** Remote items the plan leaves as they are: neither deleted nor replaced by the repository's. */
function keptRemoteItems(changes, remote) {
    const touched = new Set(changes.map(c => `${c.kind}\u0000${c.key}`));
    return remote.filter(r => !touched.has(`${r.kind}\u0000${r.key}`) && kinds/* KINDS */.G[r.kind] !== undefined);
}
/**
 * Deleting a function or data source that a resource the plan keeps still uses is refused by the
 * server (400 ResourceInUse; config-to-api §4.5). Such a user can only be a remote resource the
 * repository does not manage (an auth provider of an app without `auth/`, or one kept by --no-delete),
 * so the delete is withheld, with a warning naming the user.
 */
function stillInUse(change, kept, warnings) {
    if (change.action !== 'delete')
        return change;
    const field = change.kind === 'function' ? 'functions' : change.kind === 'data_source' ? 'dataSources' : undefined;
    if (!field)
        return change;
    const users = kept.filter(k => usesOf(k)[field].includes(change.key));
    if (users.length === 0)
        return change;
    const named = users.map(u => `${u.kind.replace(/_/g, ' ')} '${u.key}'`).join(', ');
    warnings.push(`${change.kind.replace(/_/g, ' ')} '${change.key}' is not deleted: ${named} still uses it, and the repository does not manage ${users.length === 1 ? 'it' : 'them'} (remove the use in the App Services UI, or add ${users.length === 1 ? 'it' : 'them'} to the repository)`);
    return undefined;
}

// EXTERNAL MODULE: ./src/deploy/snapshot.ts
var deploy_snapshot = __webpack_require__(45999);
;// CONCATENATED MODULE: ./src/deploy/plan-app.ts








async function planApp(app, model, assets, settings, 
/** The snapshot when the caller already asked for it (with other reads); else read here. */
read) {
    const snapshot = await (read ?? (0,deploy_snapshot/* readSnapshot */.R)(app, { hosting: assets !== undefined }));
    const remote = remoteItems(snapshot);
    const diff = diffItems(desiredItems(model, { environment: settings.environment }), remote, {
        noDelete: settings.noDelete,
        secretValues: settings.secretValues,
        updateSecrets: settings.updateSecrets
    });
    const { secrets } = diff;
    // What App Services would refuse is settled here, before a draft opens.
    const { changes, warnings: refusals } = checkRefusals(diff.changes, remote);
    if (settings.strict && refusals.length > 0)
        throw new src_errors/* ConfigError */.xL(refusals.map(message => ({ source: 'plan', message: `${message} [--strict]`, severity: 'error' })));
    const warnings = [...model.warnings.map(w => `${w.source}: ${w.message}`), ...refusals];
    if (model.dependencies?.kind === 'directory') {
        warnings.push(`${model.dependencies.file}: a node_modules directory is not uploaded; commit functions/package.json or a node_modules archive instead`);
    }
    const dependencies = await planDependencies(app, model.root, model.dependencies);
    const remoteAssets = snapshot.assets?.map(a => ({
        path: a.path,
        hash: a.hash ?? '',
        size: a.size ?? 0,
        attrs: a.attrs
    }));
    const hosting = assets && remoteAssets ? (0,hosting_diff/* diffAssets */.rM)(assets, remoteAssets) : undefined;
    const plan = {
        changes,
        secrets,
        warnings,
        ...(hosting ? { hosting } : {}),
        ...(dependencies ? { dependencies } : {})
    };
    return { plan, snapshot, remote };
}

;// CONCATENATED MODULE: ./src/deploy/plan-filtered.ts




async function planWithExclusions(app, model, assets, settings, snapshot) {
    // The names were checked where the user gave them (the CLI's flags, the action's inputs).
    const exclude = new Set(settings.exclude ?? []);
    const planned = await planApp(app, model, assets, settings, snapshot);
    const carried = desiredItems(model, { environment: settings.environment })
        .map(i => i.kind)
        .filter(k => !exclude.has(k));
    const hostingModel = exclude.has('hosting') || exclude.has('hosting_config') ? undefined : model;
    const plan = (0,deploy_exclude/* excludeFromPlan */.Uc)(planned.plan, exclude);
    const warnings = [...plan.warnings, ...endOfLifeWarnings(new Set(carried), hostingModel)];
    return { ...planned, plan: { ...plan, warnings } };
}

// EXTERNAL MODULE: ./src/admin/apps.ts + 1 modules
var apps = __webpack_require__(5557);
;// CONCATENATED MODULE: ./src/deploy/target.ts





/** What names the app: --app alone when given; else the config's app id, `.mdb` id, then its name
 *  (a config copied from another app keeps that app's id, so the name is the fallback). */
function referencesOf(settings, model) {
    if (settings.app)
        return [settings.app];
    const refs = [model.settings.client_app_id, model.meta?.app_id, model.settings.name].filter((r) => Boolean(r));
    if (refs.length > 0)
        return [...new Set(refs)];
    throw new src_errors/* ConfigError */.xL([
        {
            source: '--app',
            severity: 'error',
            message: `no app to deploy to: name it (client app id, name or _id) with the CLI's --app or the action's app input, or set app_id or name in ${model.rootFile}`
        }
    ]);
}
function createBody(settings, model, reference) {
    const s = model.settings;
    // Named as the run names the app, so the next run finds it by that name (an _id names nothing new).
    const named = settings.app && !OBJECT_ID.test(settings.app) ? settings.app : undefined;
    const body = { name: settings.createName ?? named ?? s.name ?? reference };
    for (const key of ['location', 'provider_region', 'deployment_model'])
        if (s[key])
            body[key] = s[key];
    const environment = settings.environment ?? s.environment;
    if (environment)
        body.environment = environment;
    return body;
}
const OBJECT_ID = /^[0-9a-f]{24}$/i;
/** An `_id` is looked up directly: one request instead of a list per product. */
async function byId(client, settings, reference) {
    if (!OBJECT_ID.test(reference))
        return undefined;
    try {
        const instance = await client.apps.get(settings.projectId, reference);
        settings.logger.info(`app ${instance.client_app_id} (${instance._id}) in project ${settings.projectId}`);
        return { instance, api: client.app(settings.projectId, instance._id), created: false };
    }
    catch {
        return undefined;
    }
}
async function resolveTarget(client, settings, model) {
    const references = referencesOf(settings, model);
    const direct = await byId(client, settings, references[0]);
    if (direct)
        return direct;
    const all = await client.apps.listAll(settings.projectId);
    const reference = references.find(r => (0,apps/* matchApps */.Kp)(all, r).length > 0) ?? references[references.length - 1];
    const matches = (0,apps/* matchApps */.Kp)(all, reference);
    if (matches.length === 1) {
        settings.logger.info(`app ${matches[0].client_app_id} (${matches[0]._id}) in project ${settings.projectId}`);
        return { instance: matches[0], api: client.app(settings.projectId, matches[0]._id), created: false };
    }
    if (matches.length > 1) {
        const ids = matches
            .map(a => a.client_app_id)
            .sort()
            .join(', ');
        throw new src_errors/* ConfigError */.xL([
            {
                source: '--app',
                severity: 'error',
                message: `'${reference}' names ${matches.length} apps (${ids}): name the app by its client app id`
            }
        ]);
    }
    if (!settings.createApp) {
        const existing = all.map(a => `${a.client_app_id} (${a.name})`).sort();
        throw new src_errors/* ConfigError */.xL([
            {
                source: '--app',
                severity: 'error',
                message: `no app '${reference}' in project ${settings.projectId}; ${existing.length ? `its apps are: ${existing.join(', ')}` : 'it has no apps'}. Name an existing app (CLI --app, action input app), or let the CLI create it with --create-app.`
            }
        ]);
    }
    if (settings.mode === 'plan') {
        throw new src_errors/* ConfigError */.xL([
            {
                source: '--app',
                severity: 'error',
                message: `no app '${reference}' yet: a plan needs an existing app (the CLI's deploy --create-app creates it)`
            }
        ]);
    }
    // A new app has nothing yet: a secret the config names without a value, or a resource App Services
    // cannot create, is found before the app is created (exit 2 promises that nothing was written).
    const desired = desiredItems(model, { environment: settings.environment });
    checkRefusals(diffItems(desired, [], { secretValues: settings.secretValues }).changes, []);
    const body = createBody(settings, model, reference);
    // Creating the app is the run's first write: it is confirmed before, not after.
    const intent = { action: 'create-app', name: body.name, projectId: settings.projectId };
    if (settings.confirmWrite && !(await settings.confirmWrite(intent)))
        throw new src_errors/* NotConfirmedError */.nM();
    const instance = await client.apps.create(settings.projectId, body);
    settings.logger.info(`created app ${instance.client_app_id} (${instance._id})`);
    return { instance, api: client.app(settings.projectId, instance._id), created: true };
}

;// CONCATENATED MODULE: ./src/deploy/pipeline.ts
// The deploy pipeline: read and validate the repository (offline), log in, find the app, settle any
// open draft, plan, and (in deploy mode) open a draft, apply, deploy, wait, verify; then the
// dependency install, the hosting phase and the app's error logs. Whatever fails before the
// deployment discards the draft, so nothing half-applied goes live.


















/** Every wait of the run shares one deadline: the run's start plus the timeout. */
function pollFor(settings, deadlineMs) {
    return {
        // Short at first: most deployments of a small change finish in well under a second.
        min: settings.pollMs?.min ?? 100,
        max: settings.pollMs?.max ?? 5000,
        timeoutMs: settings.timeoutMs ?? 15 * 60_000,
        deadline: deadlineMs,
        now: () => Date.now(),
        signal: settings.signal
    };
}
async function readRepository(settings) {
    // Template expansions resolve client-side, for the environment being deployed (config-to-api §2.4.6).
    const loaded = await (0,app/* loadApp */.AT)({ appDir: settings.appDir, strict: settings.strict });
    const model = (0,app/* expandTemplates */.O6)(loaded, settings.environment ?? loaded.settings.environment ?? '');
    if (!settings.includeHosting)
        return { model };
    const { assets, problems } = await (0,scan/* collectAssets */.A)({
        appDir: model.root,
        ignore: settings.hostingIgnore ? [...settings.hostingIgnore] : undefined
    });
    const errors = problems.filter(p => p.severity === 'error');
    if (errors.length > 0)
        throw new src_errors/* ConfigError */.xL(problems);
    return { model, assets: assets };
}
function result(run, fields) {
    const app = run?.app;
    return {
        ...(app
            ? {
                app: {
                    id: app.instance._id,
                    clientAppId: app.instance.client_app_id,
                    name: app.instance.name,
                    groupId: run.settings.projectId,
                    created: app.created
                }
            }
            : {}),
        ...(run?.planned ? { plan: run.planned.plan } : {}),
        ...(run?.deployment ? { deployment: run.deployment } : {}),
        warnings: run?.warnings ?? [],
        ...fields
    };
}
/** Everything after the repository was read; errors propagate to `runPipeline`. */
async function planAndDeploy(run) {
    const { settings, model, client } = run;
    run.app = await resolveTarget(client, settings, model);
    const app = run.app.api;
    const poll = pollFor(settings, run.deadlineMs);
    const deploy = settings.mode === 'deploy';
    // The draft list, the deployment list and the snapshot the plan reads depend on nothing but the app:
    // they go out together. The snapshot is read again only when an open draft or a running deployment
    // had to be settled first (it may have changed the app meanwhile).
    const [drafts, deployments, snapshot] = await Promise.all([
        app.drafts.list(),
        deploy ? app.deployments.list() : undefined,
        (0,deploy_snapshot/* readSnapshot */.R)(app, { hosting: run.assets !== undefined })
    ]);
    let settled = false;
    if (deploy) {
        settled = await settleOpenDraft(app, settings.onDraftConflict ?? 'fail', poll, settings.logger, drafts);
        const running = await waitForRunningDeployment(app, poll, settings.logger, deployments);
        run.newestDeployment = running.newest;
        settled = running.waited || settled;
    }
    else if (drafts.length > 0) {
        run.warnings.push('a draft is open for this API key: the plan compares against the app as that draft changes it');
    }
    run.planned = await settings.logger.group('Plan', () => planWithExclusions(app, model, run.assets, settings, settled ? undefined : Promise.resolve(snapshot)));
    const { plan } = run.planned;
    run.warnings.push(...plan.warnings);
    settings.onPlan?.(plan);
    if ((0,types/* planSize */.F)(plan) === 0)
        return result(run, { status: 'no-changes', exitCode: 0 });
    if (settings.mode === 'plan')
        return result(run, { status: 'planned', exitCode: 0 });
    // A created app was confirmed with its creation: that answer covered this deploy.
    const confirmed = run.app.created ||
        !settings.confirmWrite ||
        (await settings.confirmWrite({ action: 'apply', plan, app: run.app.instance.client_app_id }));
    if (!confirmed)
        throw new src_errors/* NotConfirmedError */.nM();
    return deployPlanned(run, poll);
}
async function deployPlanned(run, poll) {
    const { settings, model } = run;
    const app = run.app.api;
    const plan = run.planned.plan;
    let deployment;
    if ((0,types/* draftChanges */.R)(plan) > 0) {
        const deployed = await settings.logger.group('Deploy', () => applyInDraft(run, poll));
        if ('conflict' in deployed) {
            const { conflict } = deployed;
            return afterDeploy(run, {
                status: 'conflict',
                exitCode: 3,
                conflict,
                deployment: deployed.deployment,
                error: conflict.message
            });
        }
        deployment = deployed.deployment;
        if (deployment.status !== 'successful') {
            const error = `deployment failed: ${deployment.errorMessage ?? deployment.status}`;
            return afterDeploy(run, { status: 'failed', exitCode: 1, deployment, error });
        }
    }
    const dependencies = plan.dependencies
        ? await installDependencies(app, model.root, plan.dependencies, poll, settings.logger)
        : undefined;
    const hosting = plan.hosting
        ? await settings.logger.group('Hosting', () => applyHosting(app, model.root, plan.hosting, {
            concurrency: settings.uploadConcurrency ?? 16,
            keepRemoteAssets: settings.keepRemoteAssets === true,
            logger: settings.logger
        }))
        : undefined;
    const failedHosting = hosting && hosting.failed.length > 0;
    return afterDeploy(run, {
        status: failedHosting ? 'failed' : 'deployed',
        exitCode: failedHosting ? 1 : 0,
        ...(deployment ? { deployment } : {}),
        ...(dependencies ? { dependencies } : {}),
        ...(hosting ? { hosting } : {}),
        ...(failedHosting
            ? {
                error: `hosting: ${hosting.failed.length} asset(s) failed (${hosting.failed.slice(0, 5).join(', ')}${hosting.failed.length > 5 ? ', ...' : ''}); ${hosting.notAttempted} not attempted. Rerun to retry what still differs.`
            }
            : {})
    });
}
/** A result once a deployment was attempted: the app's error logs since the run began come with it. */
async function afterDeploy(run, fields) {
    const errorLogs = await (run.errorLogs ?? startErrorLogs(run));
    return result(run, { ...(errorLogs.length ? { errorLogs } : {}), ...fields });
}
/** Starts reading the app's error logs since the run began (bounded by pages and the run's deadline). */
function startErrorLogs(run) {
    const request = {
        client: run.client,
        projectId: run.settings.projectId,
        appId: run.app.instance._id,
        since: run.startedAt,
        deadlineMs: run.deadlineMs,
        signal: run.settings.signal
    };
    return readErrorLogs(request, run.warnings);
}
function cleanupTarget(run) {
    const appId = run.app.instance._id;
    return { client: run.client, projectId: run.settings.projectId, appId, logger: run.settings.logger };
}
function deploymentOf(d, settings) {
    const errorMessage = d.status_error_message ? { errorMessage: String(d.status_error_message) } : {};
    return {
        id: d._id,
        name: String(d.name ?? settings.deploymentName ?? ''),
        status: d.status,
        ...errorMessage
    };
}
async function applyInDraft(run, poll) {
    const { settings } = run;
    const app = run.app.api;
    const { plan, snapshot, remote } = run.planned;
    // A 409 here is another run's draft: openRunDraft reports it and there is nothing of ours to clean.
    // Past this line the draft is ours, known by id, and only that id is ever discarded.
    let draftId;
    try {
        draftId = (await openRunDraft(app))._id;
    }
    catch (error) {
        if (!(error instanceof src_errors/* ConflictError */.fK))
            await discardRunDraft(cleanupTarget(run), undefined);
        throw error;
    }
    try {
        settings.logger.info(`draft ${draftId} opened`);
        const stale = await checkPlanStillCurrent(app, run.newestDeployment);
        if (stale) {
            const after = remoteItems(await (0,deploy_snapshot/* readSnapshot */.R)(app, { hosting: false }));
            throw new src_errors/* ConflictError */.fK(stale, conflictReport(stale, plan.changes, remote, after));
        }
        await applyPlan(app, plan, {
            secretValues: settings.secretValues,
            logger: settings.logger,
            known: { function: snapshot.functions, service: snapshot.services, secret: snapshot.secrets }
        });
    }
    catch (error) {
        await discardRunDraft(cleanupTarget(run), draftId);
        throw error;
    }
    const d = await deployOrExplain(run, draftId, poll);
    const deployment = deploymentOf(d, settings);
    if (d.status === 'failed') {
        await discardRunDraft(cleanupTarget(run), draftId);
        if (isConflictMessage(d.status_error_message)) {
            const after = remoteItems(await (0,deploy_snapshot/* readSnapshot */.R)(app, { hosting: false }));
            return {
                deployment,
                conflict: conflictReport(String(d.status_error_message), plan.changes, remote, after)
            };
        }
        return { deployment };
    }
    // When nothing follows the deployment (no dependencies, no hosting), the error logs since the run
    // began are complete now: they are read together with the verification read.
    if (!plan.dependencies && !plan.hosting)
        run.errorLogs = startErrorLogs(run);
    const problem = await verifyDeployment(app, d);
    if (problem)
        run.warnings.push(problem);
    return { deployment };
}
/** Deploys the draft; if that is interrupted, finds out whether the deployment started anyway. */
async function deployOrExplain(run, draftId, poll) {
    const { settings } = run;
    try {
        return await deployDraft(run.app.api, draftId, settings.deploymentName ?? '', poll, settings.logger);
    }
    catch (error) {
        const started = await findDeploymentOf(cleanupTarget(run), draftId);
        if (!started) {
            await discardRunDraft(cleanupTarget(run), draftId);
            throw error;
        }
        run.deployment = deploymentOf(started, settings);
        run.note = `deployment ${started._id} of this run was started before the interruption and was '${started.status}' then: check the app's deployment history`;
        throw error;
    }
}
/**
 * Past the run's deadline (where every wait already ends) plus this grace, calls still in flight (a
 * server that answers slowly, retries) are cancelled: the run cannot outlive its timeout by much.
 */
const HARD_STOP_GRACE_MS = 2000;
/** The caller's signal, the hard stop, and the run's end: calls a failed sibling left in flight stop with the run. */
function runSignal(signal, ...more) {
    return AbortSignal.any(signal ? [signal, ...more] : more);
}
async function runPipeline(settings) {
    let run;
    const timeoutMs = settings.timeoutMs ?? 15 * 60_000;
    const deadlineMs = Date.now() + timeoutMs;
    const hardStop = AbortSignal.timeout(timeoutMs + HARD_STOP_GRACE_MS);
    const ended = new AbortController();
    try {
        const { model, assets } = await readRepository(settings);
        const client = (0,admin_client/* createAdminClient */.Z)({
            baseUrl: settings.baseUrl,
            publicKey: settings.publicKey,
            privateKey: settings.privateKey,
            logger: settings.logger,
            ...settings.client,
            signal: runSignal(settings.client?.signal ?? settings.signal, hardStop, ended.signal)
        });
        run = { startedAt: new Date().toISOString(), settings, model, assets, client, warnings: [], deadlineMs };
        return await planAndDeploy(run);
    }
    catch (thrown) {
        const error = (0,access/* accessProblem */.cY)(thrown, (0,access/* accessNamesOf */.a_)(settings)) ??
            (0,access/* withConnectionHint */.ug)(thrown, settings.accessSources ? '--base-url' : 'the base-url input');
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof src_errors/* NotConfirmedError */.nM)
            return result(run, { status: 'aborted', exitCode: error.exitCode, error: message });
        if (error instanceof src_errors/* ConfigError */.xL)
            return result(run, { status: 'invalid', exitCode: 2, error: message, problems: error.problems });
        if (error instanceof src_errors/* ConflictError */.fK)
            return result(run, {
                status: 'conflict',
                exitCode: 3,
                conflict: error.details,
                error: message
            });
        const note = run?.note ? `; ${run.note}` : '';
        const cancelledByCaller = (settings.client?.signal ?? settings.signal)?.aborted === true;
        if (error instanceof src_errors/* CancelledError */.cc && hardStop.aborted && !cancelledByCaller) {
            const error = `the run's time is up (timeout ${Math.round(timeoutMs / 1000)} s): the Admin API calls still in flight were cancelled${note}`;
            return result(run, { status: 'failed', exitCode: 1, error });
        }
        if (error instanceof src_errors/* CancelledError */.cc)
            return result(run, { status: 'cancelled', exitCode: 130, error: `cancelled${note}` });
        return result(run, { status: 'failed', exitCode: (0,src_errors/* exitCodeOf */.FO)(error) || 1, error: `${message}${note}` });
    }
    finally {
        ended.abort(new Error('the run is over'));
    }
}


/***/ }),

/***/ 94284:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ KINDS),
/* harmony export */   y: () => (/* binding */ APPLY_ORDER)
/* harmony export */ });
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34917);
// Every resource kind the planner manages: its match key, how a document of it (in "name form":
// references by name, as the repository has them) becomes the canonical fields that are compared,
// and its position in the apply order (config-to-api §5). Both sides go through the same `fields`.

const pick = (doc, omit) => Object.fromEntries(Object.entries(doc).filter(([k]) => !omit.includes(k)));
const functionFields = (doc) => (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)({ ...pick(doc, ['name', 'file', 'sourceFile']), source: String(doc.source ?? '').replace(/\r\n/g, '\n') }, {
    defaults: { private: false, run_as_system: false, disable_arg_logs: false },
    emptyIsAbsent: ['can_evaluate', 'run_as_user_id', 'run_as_user_id_script_source']
});
const TRIGGER_CONFIG_DEFAULTS = {
    full_document: false,
    full_document_before_change: false,
    skip_catchup_events: false,
    tolerate_resume_errors: false,
    maximum_throughput: false,
    unordered: false
};
/** A processor reduced to its kind and settings; a FUNCTION processor to the function's name. */
function processorFields(processors) {
    if (!(0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(processors))
        return {};
    const out = {};
    for (const [kind, value] of Object.entries(processors)) {
        const config = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value) && (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value.config) ? value.config : {};
        out[kind] =
            kind === 'FUNCTION'
                ? { function_name: config.function_name }
                : (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(config, { defaults: { extended_json_enabled: false } });
    }
    return out;
}
const triggerFields = (doc) => {
    const config = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.config) ? doc.config : {};
    const handler = (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.error_handler) ? doc.error_handler : undefined;
    const handlerConfig = handler && (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(handler.config) ? handler.config : {};
    return (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)({
        type: doc.type,
        disabled: doc.disabled,
        config: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(pick(config, ['service_id', 'schedule_type']), {
            defaults: TRIGGER_CONFIG_DEFAULTS,
            emptyIsAbsent: ['match', 'project'],
            sets: ['operation_types', 'providers']
        }),
        event_processors: processorFields(doc.event_processors),
        // The handler's whole config counts (enabled, ...), its function by name only.
        error_handler: handler
            ? (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)({
                ...pick(handler, ['config']),
                config: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(pick(handlerConfig, ['function_id']))
            })
            : undefined
    }, { defaults: { disabled: false }, emptyIsAbsent: ['error_handler'] });
};
const roleList = (roles) => Array.isArray(roles) ? roles.map(r => ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(r) ? (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(r) : r)) : roles;
const ruleFields = (doc) => (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)({
    ...pick(doc, ['database', 'collection', 'file', 'data_source']),
    roles: roleList(doc.roles),
    filters: roleList(doc.filters)
}, { emptyIsAbsent: ['filters'] });
const simple = (omit, rules = {}) => (doc) => (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(pick(doc, ['file', ...omit]), rules);
const KINDS = {
    secret: { name: 'secret', title: 'Secrets', order: 2, singleton: false, fields: () => ({}) },
    value: {
        name: 'value',
        title: 'Values',
        order: 3,
        singleton: false,
        fields: simple(['name'], { defaults: { from_secret: false, private: false } })
    },
    environment_value: {
        name: 'environment_value',
        title: 'Environment values',
        order: 3,
        singleton: false,
        fields: simple(['name', 'files'])
    },
    environment: { name: 'environment', title: 'Environment', order: 3, singleton: true, fields: simple([]) },
    function: { name: 'function', title: 'Functions', order: 4, singleton: false, fields: functionFields },
    data_source: {
        name: 'data_source',
        title: 'Data sources',
        order: 5,
        singleton: false,
        fields: doc => (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)({
            type: doc.type,
            // Sync lives in the data source's config on the server but is planned as its own kind; an
            // Atlas cluster's read preference and wire protocol default when the file leaves them out.
            config: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.config)
                ? (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(pick(doc.config, ['clusterId', 'groupName', 'orgName', 'flexible_sync', 'sync']), {
                    defaults: doc.type === 'mongodb-atlas' ? { readPreference: 'primary', wireProtocolEnabled: false } : {}
                })
                : doc.config
        })
    },
    schema: {
        name: 'schema',
        title: 'Schemas',
        order: 6,
        singleton: false,
        fields: simple(['database', 'collection', 'data_source'], { emptyIsAbsent: ['relationships'] })
    },
    default_rule: {
        name: 'default_rule',
        title: 'Default rules',
        order: 7,
        singleton: false,
        fields: doc => (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)({ roles: roleList(doc.roles), filters: roleList(doc.filters) }, { emptyIsAbsent: ['filters'] })
    },
    rule: { name: 'rule', title: 'Rules', order: 7, singleton: false, fields: ruleFields },
    sync: {
        name: 'sync',
        title: 'Sync',
        order: 8,
        singleton: true,
        fields: doc => simple(['last_disabled'], {
            sets: ['queryable_fields_names', 'indexed_queryable_fields_names', 'asymmetric_tables']
        })({ ...doc, type: doc.type ?? 'flexible' })
    },
    service: {
        name: 'service',
        title: 'Services (legacy)',
        order: 9,
        singleton: false,
        fields: simple(['name', 'rules', 'incoming_webhooks', 'version'])
    },
    service_rule: {
        name: 'service_rule',
        title: 'Service rules',
        order: 9,
        singleton: false,
        fields: simple(['name', 'service'], { emptyIsAbsent: ['when'], sets: ['actions'] })
    },
    webhook: {
        name: 'webhook',
        title: 'Incoming webhooks',
        order: 9,
        singleton: false,
        fields: simple(['name', 'service', 'sourceFile'], {
            emptyIsAbsent: ['run_as_user_id', 'run_as_user_id_script_source', 'can_evaluate']
        })
    },
    auth_provider: {
        name: 'auth_provider',
        title: 'Auth providers',
        order: 10,
        singleton: false,
        // The server keeps a `*FunctionId` next to each `*FunctionName` (bodies.ts sends both): compare the names (config-to-api §4.12).
        fields: doc => simple(['name'], {
            defaults: { disabled: false },
            emptyIsAbsent: ['config', 'secret_config', 'metadata_fields', 'redirect_uris', 'domain_restrictions'],
            sets: ['redirect_uris', 'domain_restrictions']
        })({
            ...doc,
            config: (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(doc.config)
                ? pick(doc.config, ['authFunctionId', 'confirmationFunctionId', 'resetFunctionId'])
                : doc.config
        })
    },
    custom_user_data: {
        name: 'custom_user_data',
        title: 'Custom user data',
        order: 11,
        singleton: true,
        fields: simple([], {
            defaults: { enabled: false },
            emptyIsAbsent: ['mongo_service_name', 'on_user_creation_function_name']
        })
    },
    trigger: { name: 'trigger', title: 'Triggers', order: 12, singleton: false, fields: triggerFields },
    endpoint: {
        name: 'endpoint',
        title: 'HTTPS endpoints',
        order: 13,
        singleton: false,
        // `return_type` is required by the API but absent from the local format: JSON unless set.
        fields: simple(['route', 'http_method', 'function_id', 'secret_id'], {
            defaults: {
                respond_result: false,
                fetch_custom_user_data: false,
                create_user_on_auth: false,
                disabled: false,
                return_type: 'JSON'
            }
        })
    },
    data_api_config: {
        name: 'data_api_config',
        title: 'Data API',
        order: 13,
        singleton: true,
        fields: simple([])
    },
    graphql_config: {
        name: 'graphql_config',
        title: 'GraphQL config',
        order: 14,
        singleton: true,
        fields: simple([], { defaults: { disable_schema_introspection: false, use_natural_pluralization: true } })
    },
    graphql_validation: {
        name: 'graphql_validation',
        title: 'GraphQL validation',
        order: 14,
        singleton: true,
        fields: simple([])
    },
    custom_resolver: {
        name: 'custom_resolver',
        title: 'GraphQL resolvers',
        order: 14,
        singleton: false,
        fields: simple(['on_type', 'field_name', 'function_id'])
    },
    log_forwarder: {
        name: 'log_forwarder',
        title: 'Log forwarders',
        order: 15,
        singleton: false,
        fields: simple(['name'], { defaults: { disabled: false }, sets: ['log_types', 'log_statuses'] })
    },
    allowed_origins: {
        name: 'allowed_origins',
        title: 'Allowed request origins',
        order: 15,
        singleton: true,
        fields: simple([], { sets: ['origins'] })
    },
    hosting_config: {
        name: 'hosting_config',
        title: 'Hosting',
        order: 16,
        singleton: true,
        fields: doc => (0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)({ enabled: doc.enabled === true })
    }
};
/** Kinds in apply order (creates and updates); deletes use the reverse. */
const APPLY_ORDER = Object.keys(KINDS).sort((a, b) => KINDS[a].order - KINDS[b].order);


/***/ }),

/***/ 9898:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ planSize),
/* harmony export */   R: () => (/* binding */ draftChanges)
/* harmony export */ });
function planSize(plan) {
    const hosting = plan.hosting
        ? plan.hosting.added.length +
            plan.hosting.bodyChanged.length +
            plan.hosting.attrsChanged.length +
            plan.hosting.removed.length
        : 0;
    return (plan.changes.length +
        plan.secrets.create.length +
        plan.secrets.update.length +
        hosting +
        (plan.dependencies ? 1 : 0));
}
/** Changes that go inside the draft (hosting assets and dependencies are applied after the deploy). */
function draftChanges(plan) {
    return plan.changes.length + plan.secrets.create.length + plan.secrets.update.length;
}


/***/ }),

/***/ 65655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText),
/* harmony export */   H: () => (/* binding */ renderResultText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _plan_kinds_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(94284);
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9898);
// The CLI's human form of a plan and a result: one line per change, grouped by kind in apply order.



const SYMBOL = { create: '+', update: '~', delete: '-' };
function changeLine(c) {
    const lines = c.lines && (c.lines.added || c.lines.removed) ? ` (+${c.lines.added} -${c.lines.removed})` : '';
    const fields = c.action === 'update' && c.fields ? `: ${c.fields.join(', ')}` : '';
    return `    ${SYMBOL[c.action]} ${c.key}${fields}${lines}`;
}
function hostingLines(plan) {
    const h = plan.hosting;
    if (!h)
        return [];
    const parts = [
        h.added.length && `${h.added.length} added`,
        h.bodyChanged.length && `${h.bodyChanged.length} changed`,
        h.attrsChanged.length && `${h.attrsChanged.length} attributes changed`,
        h.removed.length && `${h.removed.length} removed`
    ].filter(Boolean);
    if (parts.length === 0)
        return [];
    const paths = [
        ...h.added.map(a => `    + ${a.path}`),
        ...h.bodyChanged.map(a => `    ~ ${a.path}`),
        ...h.attrsChanged.map(a => `    ~ ${a.path} (attributes)`),
        ...h.removed.map(p => `    - ${p}`)
    ];
    const shown = paths.slice(0, 20);
    if (paths.length > shown.length)
        shown.push(`    ... and ${paths.length - shown.length} more`);
    return [`  Hosting files: ${parts.join(', ')} (${h.unchanged} unchanged)`, ...shown];
}
function renderPlanText(plan) {
    if ((0,_plan_types_js__WEBPACK_IMPORTED_MODULE_2__/* .planSize */ .F)(plan) === 0)
        return 'No changes: the app matches the repository.\n';
    const out = [`Plan: ${(0,_plan_types_js__WEBPACK_IMPORTED_MODULE_2__/* .planSize */ .F)(plan)} change(s)`];
    if (plan.secrets.create.length)
        out.push(`  Secrets`, ...plan.secrets.create.map(n => `    + ${n}`));
    if (plan.secrets.update.length)
        out.push(...(plan.secrets.create.length ? [] : ['  Secrets']), ...plan.secrets.update.map(n => `    ~ ${n} (value replaced)`));
    for (const kind of _plan_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .APPLY_ORDER */ .y) {
        const changes = plan.changes.filter(c => c.kind === kind);
        if (changes.length)
            out.push(`  ${_plan_kinds_js__WEBPACK_IMPORTED_MODULE_1__/* .KINDS */ .G[kind].title}`, ...changes.map(changeLine));
    }
    out.push(...hostingLines(plan));
    if (plan.dependencies)
        out.push(`  Dependencies: ${plan.dependencies.file} (${plan.dependencies.reason})`);
    return `${out.join('\n')}\n`;
}
function renderResultText(result) {
    const out = [];
    const app = result.app ? ` ${result.app.clientAppId}` : '';
    const headline = {
        deployed: `Deployed${app}`,
        'no-changes': `No changes to deploy${app}`,
        planned: `Planned${app} (nothing was written)`,
        conflict: `Conflict${app}: nothing was deployed`,
        failed: `Failed${app}`,
        invalid: 'Invalid input: nothing was written',
        aborted: 'Not confirmed: nothing was written',
        cancelled: `Cancelled${app}`
    };
    out.push(headline[result.status]);
    if (result.deployment) {
        const d = result.deployment;
        out.push(`  deployment ${d.id}${d.name ? ` '${d.name}'` : ''}: ${d.status}${d.errorMessage ? ` (${d.errorMessage})` : ''}`);
    }
    if (result.hosting) {
        const h = result.hosting;
        out.push(`  hosting: ${h.uploaded} uploaded, ${h.attrsUpdated} attributes updated, ${h.deleted} deleted${h.failed.length ? `, ${h.failed.length} failed` : ''}`);
    }
    if (result.dependencies)
        out.push(`  dependencies: ${result.dependencies.status}`);
    if (result.conflict) {
        const c = result.conflict;
        out.push(`  ${c.message}`, ...(c.draftDiff ?? []).map(l => `    draft: ${l}`));
        for (const item of c.items)
            out.push(`    ${item.kind} ${item.key}`, `      the repository wants: ${item.wants}`, `      the app has: ${item.has}`);
        out.push(`  To resolve: ${c.resolution}`);
    }
    if (result.errorLogs?.length) {
        out.push(`  the app logged ${result.errorLogs.length} error(s) since the deploy began:`);
        for (const e of result.errorLogs.slice(0, 10))
            out.push(`    ${e.started ?? ''} ${e.type} ${e.function_name ?? ''} ${e.error ?? ''}`.trimEnd());
    }
    for (const w of result.warnings)
        out.push(`  warning: ${w}`);
    // A problem list says `error:` in each line already: no second prefix.
    if (result.problems?.length)
        out.push(...result.problems.map(p => `  ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p)}`));
    else if (result.error && result.status !== 'conflict')
        out.push(`  error: ${result.error}`);
    return `${out.join('\n')}\n`;
}


/***/ })

};
