export const id = 3255824184;
export const ids = [3255824184];
export const modules = {

/***/ 10885:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 28264:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: ./src/admin/client.ts + 10 modules
var admin_client = __webpack_require__(38809);
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
    if (typeof doc.on_user_creation_function_name === 'string' && doc.on_user_creation_function_name !== '') {
        body.on_user_creation_function_id = await ids.id('function', doc.on_user_creation_function_name);
    }
    return body;
}
/** Auth providers that call functions carry both the name and the id (config-to-api §3). */
async function authProviderBody(doc, ids) {
    const config = { ...obj(doc.config) };
    for (const field of ['confirmationFunctionName', 'resetFunctionName', 'authFunctionName']) {
        const name = config[field];
        if (typeof name === 'string' && name !== '')
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
            // Old exports leave out an empty `when` (or write null), which the API requires (SPEC
            // ThirdPartyServiceRule): sent as {}.
            return { ...omit(doc, ['service']), when: doc.when ?? {} };
        case 'webhook':
            return omit(doc, ['service']);
        case 'log_forwarder':
            return { ...doc, disabled: doc.disabled === true };
        default:
            return doc;
    }
}

// EXTERNAL MODULE: ./src/plan/items.ts
var items = __webpack_require__(47607);
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
                    lister: { api: this.app.endpoints, key: d => (0,items/* endpointKey */.r4)(d.http_method, d.route) }
                };
            case 'custom_resolver':
                return {
                    scope: kind,
                    lister: { api: this.app.customResolvers, key: d => (0,items/* resolverKey */.GT)(d.on_type, d.field_name) }
                };
            case 'schema': {
                const key = (d) => {
                    const m = (d.metadata ?? {});
                    return (0,items/* ruleKey */.ep)(String(m.data_source), String(m.database), String(m.collection));
                };
                return { scope: kind, lister: { api: this.app.schemas, key } };
            }
            case 'rule': {
                const api = this.app.rules(await this.id('data_source', parent));
                return {
                    scope: `rule:${parent}`,
                    lister: { api, key: d => (0,items/* ruleKey */.ep)(parent, String(d.database), String(d.collection)) }
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

// EXTERNAL MODULE: ./src/plan/kinds.ts
var kinds = __webpack_require__(94284);
// EXTERNAL MODULE: ./src/plan/sync.ts
var sync = __webpack_require__(17984);
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
        const update = change.kind === 'auth_provider' ? withFieldsEmptied(body, change) : body;
        await api.update(await ids.id(change.kind, change.key), update);
    }
    if (change.kind === 'auth_provider' && change.fields?.includes('disabled')) {
        const id = await ids.id('auth_provider', change.key);
        await (item.doc.disabled === true ? app.authProviders.disable(id) : app.authProviders.enable(id));
    }
}
/**
 * Updates that merge at the top level: an auth provider's and custom user data's PATCH
 * (config-to-api §2.3), and on the emulator the Data API's. A `config`, `secret_config`, list or
 * other field the repository no longer has would stay in the app, and every later plan would show it
 * again. Each such field that differs is sent empty, in the shape the app holds: [], {}, or null for
 * a value (only a field our tables do not know can be one: the known values are always sent).
 */
function withFieldsEmptied(body, change) {
    const out = { ...body };
    const remote = change.remote?.doc;
    for (const field of change.fields ?? []) {
        if (out[field] !== undefined && out[field] !== null)
            continue;
        const held = remote?.[field];
        if (Array.isArray(held))
            out[field] = [];
        else if ((0,canonical/* isObject */.Gv)(held))
            out[field] = {};
        else if (held !== undefined && held !== null)
            out[field] = null;
    }
    return out;
}
/**
 * Custom user data names its data source and creation function in the file and holds their ids on the
 * server, whose PATCH merges too: a reference the repository dropped is cleared by its id, sent as ""
 * (a string field's empty value; null would leave it as it is on a server that merges into a struct).
 */
function referencesEmptied(body) {
    const out = { ...body };
    for (const [name, id] of [
        ['mongo_service_name', 'mongo_service_id'],
        ['on_user_creation_function_name', 'on_user_creation_function_id']
    ]) {
        if (out[name] === null && out[id] === undefined)
            out[id] = '';
    }
    return out;
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
        await app.serviceConfig(id).update(configPatch(doc.config, change.remote?.fields.config));
        // The config endpoint takes the config only; the secret names go with the service itself, whose
        // update keeps what it is not sent (as the create takes them: config-to-api §4.11). None is {}.
        if (change.fields?.includes('secret_config')) {
            const { name, type, secret_config } = doc;
            await app.services.update(id, {
                name,
                type,
                secret_config: (0,canonical/* isObject */.Gv)(secret_config) ? secret_config : {}
            });
        }
    }
}
/** The Data API's flags (the spec's, and those real exports write) and what the server takes for one
 *  the file leaves out. */
const DATA_API_FLAG_DEFAULTS = {
    disabled: false,
    create_user_on_auth: false,
    fetch_custom_user_data: false,
    log_function_arguments: false
};
/** The update merges, so a flag the file leaves out but the app has set is sent as its default. */
function withFlagsReset(doc, remote) {
    const body = { ...doc };
    for (const [flag, value] of Object.entries(DATA_API_FLAG_DEFAULTS))
        if (!(flag in body) && remote?.[flag] !== undefined && remote[flag] !== value)
            body[flag] = value;
    return body;
}
/**
 * The body of a config update. The server merges the top-level keys it is sent (config-to-api §4.2),
 * so a key the repository no longer has would stay: it is sent as null, which unsets it (and null
 * and absent compare equal in the plan, so the next run is clean either way). `remote` is the
 * config as the planner compares it: without read-only keys, defaults and sync (planned on its own),
 * so none of those is ever unset here.
 */
function configPatch(desired, remote) {
    const patch = (0,canonical/* isObject */.Gv)(desired) ? { ...desired } : {};
    if ((0,canonical/* isObject */.Gv)(remote))
        for (const key of Object.keys(remote))
            if (!(key in patch))
                patch[key] = null;
    return patch;
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
            return app.customUserData.update(referencesEmptied(withFieldsEmptied(await bodyFor(item, ids), change)));
        case 'graphql_config':
            return app.graphqlConfig.update(doc);
        case 'graphql_validation':
            return app.graphqlValidationSettings.update(doc);
        case 'data_api_config': {
            if (change.action === 'create')
                await app.dataApiConfig.create(doc);
            else
                await app.dataApiConfig.update(withFieldsEmptied(withFlagsReset(doc, change.remote?.doc), change));
            return;
        }
        case 'sync': {
            const { serviceName, patch } = (0,sync/* syncPatch */.SM)(doc);
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

// EXTERNAL MODULE: ./src/plan/remote.ts
var plan_remote = __webpack_require__(51865);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
;// CONCATENATED MODULE: ./src/deploy/cleanup.ts

function cleanupApp(target) {
    return target.client.withSignal(AbortSignal.timeout(30_000)).app(target.projectId, target.appId);
}
/**
 * Discards this run's draft, by id and only by id. When the run never learned its id, or found its
 * draft only after the create's answer was lost (`draftId` undefined), a draft of this key may be
 * ours or another run's: it is named and left alone, since deleting another run's draft would let
 * its writes go live unreviewed.
 */
async function discardRunDraft(target, draftId) {
    try {
        const app = cleanupApp(target);
        if (draftId === undefined) {
            for (const draft of await app.drafts.list()) {
                target.logger.warning(`draft ${draft._id} is open on this app: the answer to this run's request to open its draft was lost, so it may be this run's or another run's; it was left as it is. If no other deploy is running, discard it in the App Services UI or rerun with on-draft-conflict set to discard`);
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
// EXTERNAL MODULE: ./src/deploy/poll.ts
var deploy_poll = __webpack_require__(68618);
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
    const final = await (0,deploy_poll/* pollUntil */.g3)(poll, async () => {
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
    const done = await (0,deploy_poll/* pollUntil */.g3)(poll, async () => {
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
    const done = await (0,deploy_poll/* pollUntil */.g3)(poll, async () => {
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
/**
 * Leaves the app with no draft of ours, per the policy, or throws ConflictError with the report.
 * `changed`: a draft went away while waiting, so what the app has may differ from what `listed` was
 * read with. `discard`: the policy is discard; the draft is reported now and discarded later (a write:
 * never before the user saw the plan). `listed` is the draft list when the caller already read it.
 */
async function settleOpenDraft(app, policy, poll, logger, listed) {
    let drafts = listed ? [...listed] : await app.drafts.list();
    if (drafts.length === 0)
        return { changed: false };
    const report = await openDraftReport(app, drafts[0]);
    if (policy === 'discard') {
        logger.warning(`${report.message}: the plan reads the app through it; it is discarded as asked (on-draft-conflict: discard) once the plan is shown, before anything else is written`);
        for (const line of report.draftDiff ?? [])
            logger.info(`  to discard: ${line}`);
        return { changed: false, discard: { drafts, report } };
    }
    if (policy === 'wait') {
        const deadline = (0,deploy_poll/* waitEnd */.H1)(poll);
        let delay = poll.min;
        while (drafts.length > 0 && poll.now() < deadline) {
            logger.info(`waiting for draft ${drafts[0]._id} to be deployed or discarded (${Math.round((deadline - poll.now()) / 1000)} s left)`);
            await (0,deploy_poll/* sleep */.yy)(Math.min(delay, Math.max(0, deadline - poll.now())), poll.signal);
            delay = Math.min(delay * 2, poll.max);
            drafts = await app.drafts.list();
        }
        if (drafts.length === 0)
            return { changed: true };
    }
    throw new src_errors/* ConflictError */.fK(report.message, report);
}
/** The discard `settleOpenDraft` left for later: the run's first write. */
async function discardOpenDrafts(app, pending, logger) {
    for (const draft of pending.drafts) {
        await app.drafts.discard(draft._id);
        logger.info(`draft ${draft._id} discarded (on-draft-conflict: discard)`);
    }
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

// EXTERNAL MODULE: ./src/app/model.ts
var app_model = __webpack_require__(19870);
// EXTERNAL MODULE: ./src/deploy/trigger-health.ts
var trigger_health = __webpack_require__(27046);
;// CONCATENATED MODULE: ./src/deploy/health-phase.ts


async function withTriggerHealth(app, model, settings, warnings, fields, plan) {
    const policy = settings.triggerHealth;
    if (!policy || (fields.status !== 'deployed' && fields.status !== 'no-changes'))
        return fields;
    let health;
    try {
        health = await settings.logger.group('Trigger health', () => (0,trigger_health/* checkTriggerHealth */.lb)(app, model.triggers, {
            resumeSuspended: policy.resumeSuspended,
            executionsOf: changedTriggers(model, plan),
            logger: settings.logger
        }));
    }
    catch (error) {
        warnings.push(`could not read the triggers' state: ${error instanceof Error ? error.message : String(error)}`);
        return fields;
    }
    for (const line of (0,trigger_health/* triggerHealthLines */._W)(health))
        settings.logger.info(line);
    if (!health.degraded)
        return { ...fields, triggerHealth: health };
    const suspended = health.issues
        .filter(i => i.problem === 'suspended' && i.resumed !== true)
        .map(i => i.name);
    const message = `deployed, but trigger(s) ${suspended.map(n => JSON.stringify(n)).join(', ')} are suspended: rerun with --resume-suspended (action input resume-suspended-triggers), or resume them in the App Services UI`;
    if (policy.allowDegraded) {
        warnings.push(message);
        return { ...fields, triggerHealth: health };
    }
    return { ...fields, status: 'degraded', exitCode: 1, error: message, triggerHealth: health };
}
/** The triggers a deploy may have broken: those it created or updated, and those whose function it
 *  changed. Only their latest executions are read; the others were running before and untouched. */
function changedTriggers(model, plan) {
    const changed = (kind) => new Set((plan?.changes ?? []).filter(c => c.kind === kind && c.action !== 'delete').map(c => c.key));
    const triggers = changed('trigger');
    const functions = changed('function');
    for (const t of model.triggers) {
        const fn = (0,app_model/* triggerFunctionName */.mQ)(t);
        if (fn !== undefined && functions.has(fn))
            triggers.add(t.name);
    }
    return triggers;
}

// EXTERNAL MODULE: ./src/plan/diff.ts + 2 modules
var plan_diff = __webpack_require__(76896);
// EXTERNAL MODULE: ./src/plan/desired.ts
var plan_desired = __webpack_require__(71313);
// EXTERNAL MODULE: ./src/deploy/deployed-config.ts + 1 modules
var deployed_config = __webpack_require__(85052);
;// CONCATENATED MODULE: ./src/deploy/drift.ts



/** The newest realm-deploy deployment, and how many deployments came after it. */
function lastOwnDeployment(deployments, userId) {
    const newestFirst = [...deployments].sort((a, b) => Number(b.deployed_at ?? 0) - Number(a.deployed_at ?? 0));
    const index = newestFirst.findIndex(d => d.status === 'successful' && d.user_id === userId && typeof d.draft_id === 'string' && d.draft_id !== '');
    return index < 0 ? { after: 0 } : { own: newestFirst[index], after: index };
}
const DRIFT_ACTION = { update: 'changed', create: 'removed', delete: 'added' };
/** Pure: the changes from what realm-deploy deployed to what is live, kept where the plan overwrites them. */
function driftItems(deployed, live, plan) {
    const planned = new Map(plan.changes.map(c => [`${c.kind}\u0000${c.key}`, c]));
    return (0,plan_diff/* diffItems */.Q)(deployed, live)
        .changes.map((c) => ({ c, overwrite: planned.get(`${c.kind}\u0000${c.key}`) }))
        .filter(({ overwrite }) => overwrite !== undefined)
        .map(({ c, overwrite }) => ({
        kind: c.kind,
        key: c.key,
        action: DRIFT_ACTION[c.action],
        ...(c.action === 'update' && c.fields ? { fields: c.fields } : {}),
        ...(overwrite?.file ? { file: overwrite.file } : c.desired?.file ? { file: c.desired.file } : {})
    }));
}
async function detectDrift(input) {
    const { own, after } = lastOwnDeployment(input.deployments ?? (await input.app.deployments.list()), input.userId);
    if (!own)
        return { others: 0, items: [], summary: 'no drift: realm-deploy has not deployed this app yet' };
    const since = { id: own._id, name: String(own.name ?? own._id) };
    if (after === 0)
        return { since, others: 0, items: [], summary: `no drift: nothing was deployed since ${since.name}` };
    const model = await (0,deployed_config/* deployedModel */.s)(input.app, own._id, input.environment);
    const items = driftItems((0,plan_desired/* desiredItems */.r)(model, { environment: input.environment }), input.remote, input.plan);
    const summary = items.length === 0
        ? `no drift: ${after} deployment(s) since ${since.name} changed nothing this deploy would overwrite`
        : `drift: ${items.length} resource(s) changed in the app outside git since ${since.name} (${after} deployment(s) since)`;
    return { since, others: after, items, summary };
}

;// CONCATENATED MODULE: ./src/deploy/drift-phase.ts

async function checkDrift(client, app, planned, settings, warnings, deployments) {
    const policy = settings.onDrift;
    if (!policy)
        return undefined;
    let report;
    try {
        // No log group of its own: a short check whose one line (the summary) belongs to the plan.
        report = await detectDrift({
            app,
            userId: await client.userId(),
            plan: planned.plan,
            remote: planned.remote,
            environment: settings.environment ?? '',
            ...(deployments ? { deployments } : {})
        });
    }
    catch (error) {
        if (policy === 'fail')
            throw error;
        warnings.push(`could not check for drift: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
    }
    settings.logger.info(report.summary);
    if (policy === 'warn' && report.items.length > 0)
        warnings.push(`${report.summary}: this deploy overwrites them (see Drift); --on-drift fail stops instead`);
    return report;
}
/** The advice of a stopped run: bring the edits into git first. */
function driftResolution(report, appDir) {
    const files = [...new Set(report.items.map(i => i.file).filter((f) => Boolean(f)))].sort();
    const only = files.map(f => ` --only ${JSON.stringify(f)}`).join('');
    return (`bring the edits into git: realm-deploy pull --app-dir ${JSON.stringify(appDir)}${only}, review and commit, then deploy again` +
        ' (or deploy with --on-drift overwrite to replace them)');
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
    const desired = (0,items/* item */.AS)(change.kind, change.key, doc, change.file);
    const fields = change.remote ? (0,canonical/* changedFields */.E0)(desired.fields, change.remote.fields, canonical/* sameAsServer */.mu) : undefined;
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
    const remote = (0,plan_remote/* remoteItems */.d)(snapshot);
    const diff = (0,plan_diff/* diffItems */.Q)((0,plan_desired/* desiredItems */.r)(model, { environment: settings.environment }), remote, {
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
    const carried = (0,plan_desired/* desiredItems */.r)(model, { environment: settings.environment })
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
    const desired = (0,plan_desired/* desiredItems */.r)(model, { environment: settings.environment });
    checkRefusals((0,plan_diff/* diffItems */.Q)(desired, [], { secretValues: settings.secretValues }).changes, []);
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
        ...(run?.drift ? { drift: run.drift } : {}),
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
    // they go out together. The snapshot (and the deployment list the drift check reads) is read again
    // only when an open draft or a running deployment had to be settled first (it may have changed the
    // app meanwhile).
    const [drafts, deployments, snapshot] = await Promise.all([
        app.drafts.list(),
        deploy || settings.onDrift ? app.deployments.list() : undefined,
        (0,deploy_snapshot/* readSnapshot */.R)(app, { hosting: run.assets !== undefined })
    ]);
    let settled = false;
    // With on-draft-conflict discard the open draft is only reported here: discarding it is a write,
    // and no write comes before the plan was shown (and confirmed).
    let discard;
    if (deploy) {
        const open = await settleOpenDraft(app, settings.onDraftConflict ?? 'fail', poll, settings.logger, drafts);
        discard = open.discard;
        const running = await waitForRunningDeployment(app, poll, settings.logger, deployments);
        run.newestDeployment = running.newest;
        settled = running.waited || open.changed;
    }
    else if (drafts.length > 0) {
        run.warnings.push('a draft is open for this API key: the plan compares against the app as that draft changes it');
    }
    run.planned = await settings.logger.group('Plan', () => planWithExclusions(app, model, run.assets, settings, settled ? undefined : Promise.resolve(snapshot)));
    const { plan } = run.planned;
    run.warnings.push(...plan.warnings);
    settings.onPlan?.(plan);
    const listed = settled ? undefined : deployments;
    run.drift = await checkDrift(run.client, app, run.planned, settings, run.warnings, listed);
    if (run.drift)
        settings.showDrift?.(run.drift);
    if (settings.onDrift === 'fail' && run.drift?.items.length) {
        const error = `${run.drift.summary}; nothing was written. To resolve: ${driftResolution(run.drift, settings.appDir)}`;
        return result(run, { status: 'drift', exitCode: 3, error });
    }
    // This key's reads see its open draft: an empty plan says nothing of the app once it is discarded.
    if ((0,types/* planSize */.F)(plan) === 0 && settings.mode === 'deploy' && !discard)
        return result(run, await withTriggerHealth(app, model, settings, run.warnings, { status: 'no-changes', exitCode: 0 }, plan));
    if ((0,types/* planSize */.F)(plan) === 0 && !discard)
        return result(run, { status: 'no-changes', exitCode: 0 });
    if (settings.mode === 'plan')
        return result(run, { status: 'planned', exitCode: 0 });
    // A created app was confirmed with its creation: that answer covered this deploy.
    const confirmed = run.app.created ||
        !settings.confirmWrite ||
        (await settings.confirmWrite({
            action: 'apply',
            plan,
            app: run.app.instance.client_app_id,
            ...(discard ? { discardDraft: discard.report.draftId } : {})
        }));
    if (!confirmed)
        throw new src_errors/* NotConfirmedError */.nM();
    return discard ? discardThenDeploy(run, discard, poll) : deployPlanned(run, poll);
}
/**
 * Discards the open draft, then plans again: the plan shown was read through that draft (this key's
 * reads see it), so the app without it may need less, or more. Both plans end at the repository's
 * config, the end the user confirmed; the new plan is shown when it differs.
 */
async function discardThenDeploy(run, pending, poll) {
    const { settings, model } = run;
    const app = run.app.api;
    await discardOpenDrafts(app, pending, settings.logger);
    const shown = run.planned.plan;
    run.planned = await settings.logger.group('Plan', () => planWithExclusions(app, model, run.assets, settings));
    const { plan } = run.planned;
    run.warnings.push(...plan.warnings);
    if (planKey(plan) !== planKey(shown)) {
        settings.logger.info('with the draft discarded, the app needs a different plan: this one is applied');
        settings.onPlan?.(plan);
    }
    if ((0,types/* planSize */.F)(plan) > 0)
        return deployPlanned(run, poll);
    const done = { status: 'no-changes', exitCode: 0 };
    return result(run, await withTriggerHealth(app, model, settings, run.warnings, done, plan));
}
/** What a plan does, without its internal documents: two plans with the same key make the same writes. */
function planKey(plan) {
    const changes = plan.changes.map(c => [c.kind, c.key, c.action, c.fields, c.lines]);
    return JSON.stringify([changes, plan.secrets, plan.hosting, plan.dependencies]);
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
    const errorLogs = run.errorLogs ?? startErrorLogs(run);
    const app = run.app.api;
    // Its warnings are kept apart while the reads run together, so they still come last, in one order.
    const healthWarnings = [];
    const health = withTriggerHealth(app, run.model, run.settings, healthWarnings, fields, run.planned?.plan);
    health.catch(() => undefined); // awaited below
    errorLogs.catch(() => undefined); // awaited below
    const problem = await run.verification;
    if (problem)
        run.warnings.push(problem);
    const logs = await errorLogs;
    const checked = await health;
    run.warnings.push(...healthWarnings);
    return result(run, { ...(logs.length ? { errorLogs: logs } : {}), ...checked });
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
    // Past this line the draft is ours, known by id, and only that id is ever discarded; a draft found
    // after an uncertain create (`adopted`) may be another run's, so it is never discarded at all.
    let draftId;
    let ours;
    try {
        const opened = await openRunDraft(app);
        draftId = opened._id;
        ours = opened.adopted ? undefined : draftId;
        settings.logger.info(`draft ${draftId} opened${opened.adopted ? " (found after its request's answer was lost)" : ''}`);
    }
    catch (error) {
        if (!(error instanceof src_errors/* ConflictError */.fK))
            await discardRunDraft(cleanupTarget(run), undefined);
        throw error;
    }
    try {
        // The check must see every deployment made before the draft was opened, so it goes out after the
        // draft. The config writes go into the draft, which a stale plan discards unseen: they need not
        // wait for the check. Whether a draft holds secrets is not documented (they are written first),
        // so a plan that writes one waits for the check, and so does a run in a draft it cannot discard.
        const current = checkPlanStillCurrent(app, run.newestDeployment);
        current.catch(() => undefined); // awaited below; a failed write must not leave it unhandled
        const checkFirst = plan.secrets.create.length + plan.secrets.update.length > 0 || ours === undefined;
        if (checkFirst)
            await throwIfStale(run, await current);
        await applyPlan(app, plan, {
            secretValues: settings.secretValues,
            logger: settings.logger,
            known: { function: snapshot.functions, service: snapshot.services, secret: snapshot.secrets }
        });
        if (!checkFirst)
            await throwIfStale(run, await current);
    }
    catch (error) {
        await discardRunDraft(cleanupTarget(run), ours);
        throw error;
    }
    const d = await deployOrExplain(run, draftId, ours, poll);
    const deployment = deploymentOf(d, settings);
    if (d.status === 'failed') {
        await discardRunDraft(cleanupTarget(run), ours);
        if (isConflictMessage(d.status_error_message)) {
            const after = (0,plan_remote/* remoteItems */.d)(await (0,deploy_snapshot/* readSnapshot */.R)(app, { hosting: false }));
            return {
                deployment,
                conflict: conflictReport(String(d.status_error_message), plan.changes, remote, after)
            };
        }
        return { deployment };
    }
    const verification = verifyDeployment(app, d);
    if (!plan.dependencies && !plan.hosting) {
        // Nothing follows the deployment (no dependencies, no hosting): the error logs since the run
        // began are complete now, and the triggers run as deployed. The verification read, the error
        // logs and the trigger health check (afterDeploy) go out together.
        run.errorLogs = startErrorLogs(run);
        run.verification = verification;
        verification.catch(() => undefined); // awaited in afterDeploy
        return { deployment };
    }
    const problem = await verification;
    if (problem)
        run.warnings.push(problem);
    return { deployment };
}
/** A plan read before another run's deployment would overwrite it: a conflict, with what changed. */
async function throwIfStale(run, stale) {
    if (!stale)
        return;
    const { plan, remote } = run.planned;
    const after = (0,plan_remote/* remoteItems */.d)(await (0,deploy_snapshot/* readSnapshot */.R)(run.app.api, { hosting: false }));
    throw new src_errors/* ConflictError */.fK(stale, conflictReport(stale, plan.changes, remote, after));
}
/** Deploys the draft; if that is interrupted, finds out whether the deployment started anyway. */
async function deployOrExplain(run, draftId, ours, poll) {
    const { settings } = run;
    try {
        return await deployDraft(run.app.api, draftId, settings.deploymentName ?? '', poll, settings.logger);
    }
    catch (error) {
        const started = await findDeploymentOf(cleanupTarget(run), draftId);
        if (!started) {
            await discardRunDraft(cleanupTarget(run), ours);
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

/***/ 59679:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rM: () => (/* binding */ diffAssets)
/* harmony export */ });
/* unused harmony exports sameAttrs, sortAttrs */
/* harmony import */ var _content_type_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(56424);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15114);
// The asset diff the deploy planner applies: local Asset Metadata Documents against the remote list.
// Same rules as realm-cli (admin-api-notes §4.7): new path -> added; other hash -> body changed
// (re-upload, which also sets attrs); same hash, other attrs (compared sorted by name, then value)
// -> attrs changed (PATCH); remote path not local -> removed. The remote root entry "/" is not a file.


function diffAssets(local, remote, options = {}) {
    const acceptLegacy = options.acceptLegacyContentTypes ?? true;
    const remoteByPath = new Map();
    // Directory entries ("/" and any path ending in "/") are not files to compare or delete.
    for (const asset of remote)
        if (!asset.path.endsWith('/'))
            remoteByPath.set(asset.path, asset);
    const diff = {
        added: [],
        bodyChanged: [],
        attrsChanged: []
    };
    let unchanged = 0;
    for (const asset of [...local].sort(byPath)) {
        const current = remoteByPath.get(asset.path);
        remoteByPath.delete(asset.path);
        if (!current)
            diff.added.push(documentOf(asset));
        else if (current.hash !== asset.hash)
            diff.bodyChanged.push(documentOf(asset));
        else if (!attrsMatch(asset, current.attrs ?? [], acceptLegacy))
            diff.attrsChanged.push(documentOf(asset));
        else
            unchanged++;
    }
    const removed = [...remoteByPath.keys()].sort(_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodePoints */ .O);
    return { ...diff, removed, unchanged };
}
/** True when two attr lists are the same set, order aside (sorted by name, then value). */
function sameAttrs(a, b) {
    if (a.length !== b.length)
        return false;
    const left = sortAttrs(a);
    const right = sortAttrs(b);
    return left.every((attr, i) => attr.name === right[i].name && attr.value === right[i].value);
}
function sortAttrs(attrs) {
    return [...attrs].sort((x, y) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodePoints */ .O)(x.name, y.name) || (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodePoints */ .O)(x.value, y.value));
}
function attrsMatch(local, remote, acceptLegacy) {
    if (sameAttrs(local.attrs, remote))
        return true;
    if (!acceptLegacy || local.explicitAttrs === true)
        return false;
    // Only an asset that got the default Content-Type may keep a legacy name of that same type.
    const [own] = local.attrs;
    const [theirs] = remote;
    return (local.attrs.length === 1 &&
        remote.length === 1 &&
        own.name === 'Content-Type' &&
        theirs.name === 'Content-Type' &&
        (0,_content_type_js__WEBPACK_IMPORTED_MODULE_0__/* .isDefaultContentType */ .JJ)(local.path, own.value) &&
        (0,_content_type_js__WEBPACK_IMPORTED_MODULE_0__/* .isDefaultContentType */ .JJ)(local.path, theirs.value));
}
/** The Asset Metadata Document alone, without local bookkeeping such as `explicitAttrs`. */
function documentOf(asset) {
    return { path: asset.path, hash: asset.hash, size: asset.size, attrs: asset.attrs };
}
function byPath(a, b) {
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodePoints */ .O)(a.path, b.path);
}


/***/ })

};
