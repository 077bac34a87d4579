export const id = 2948848792;
export const ids = [2948848792];
export const modules = {

/***/ 48372:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ bulkWrite)
/* harmony export */ });
async function bulkWrite(collection, operations, { ordered = true } = {}) {
    if (!Array.isArray(operations))
        throw new Error('bulkWrite: expects an array of operations');
    const totals = {
        insertedCount: 0,
        matchedCount: 0,
        modifiedCount: 0,
        deletedCount: 0,
        upsertedCount: 0,
        insertedIds: {},
        upsertedIds: {}
    };
    const errors = [];
    for (const [index, operation] of operations.entries()) {
        try {
            await applyOne(collection, operation, index, totals);
        }
        catch (error) {
            errors.push(`operation ${index}: ${error instanceof Error ? error.message : String(error)}`);
            if (ordered)
                break;
        }
    }
    if (errors.length)
        throw new Error(`bulkWrite failed: ${errors.join('; ')}`);
    return { ...totals };
}
async function applyOne(collection, operation, index, totals) {
    const [kind, spec] = Object.entries(operation ?? {})[0] ?? [];
    const args = (spec ?? {});
    const filter = (args.filter ?? {});
    const upsert = { upsert: args.upsert === true };
    switch (kind) {
        case 'insertOne': {
            const { insertedId } = await collection.insertOne(args.document);
            totals.insertedCount++;
            totals.insertedIds[index] = insertedId;
            return;
        }
        case 'updateOne':
        case 'updateMany': {
            const result = await collection[kind](filter, args.update, upsert);
            return countUpdate(totals, result, index);
        }
        case 'replaceOne': {
            const before = await collection.findOneAndReplace(filter, args.replacement, upsert);
            const matched = before ? 1 : 0;
            return countUpdate(totals, { matchedCount: matched, modifiedCount: matched }, index);
        }
        case 'deleteOne':
        case 'deleteMany':
            totals.deletedCount += (await collection[kind](filter)).deletedCount;
            return;
        default:
            throw new Error(`unknown operation '${String(kind)}'`);
    }
}
function countUpdate(totals, result, index) {
    totals.matchedCount += result.matchedCount;
    totals.modifiedCount += result.modifiedCount;
    if (result.upsertedId !== undefined) {
        totals.upsertedCount++;
        totals.upsertedIds[index] = result.upsertedId;
    }
}


/***/ }),

/***/ 58481:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ cloneDoc),
/* harmony export */   F: () => (/* binding */ cloneValue)
/* harmony export */ });
/* harmony import */ var bson__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93276);
// Documents cross into and out of the in-memory engine as BSON, the way they cross the wire to a
// server: the engine never shares an object with the function, and values BSON cannot hold
// (functions, undefined fields) are dropped as a server would drop them.

function cloneDoc(doc) {
    return (0,bson__WEBPACK_IMPORTED_MODULE_0__.deserialize)((0,bson__WEBPACK_IMPORTED_MODULE_0__.serialize)(doc), { promoteValues: true });
}
/** Clones a value that may be a scalar (a distinct value, an _id). */
function cloneValue(value) {
    return cloneDoc({ v: value }).v;
}


/***/ }),

/***/ 90688:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ ArrayCursor)
/* harmony export */ });
class ArrayCursor {
    produce;
    shape = {};
    docs;
    position = 0;
    /** `produce` runs once, on the first read, with the shape set so far. */
    constructor(produce) {
        this.produce = produce;
    }
    sort(sort) {
        return this.set({ sort });
    }
    skip(amount) {
        return this.set({ skip: amount });
    }
    limit(amount) {
        return this.set({ limit: amount });
    }
    async next() {
        const docs = await this.read();
        return docs[this.position++];
    }
    async toArray() {
        const docs = await this.read();
        const rest = docs.slice(this.position);
        this.position = docs.length;
        return rest;
    }
    set(part) {
        if (this.docs)
            throw new Error('cursor: sort, skip and limit must be set before next() or toArray()');
        Object.assign(this.shape, part);
        return this;
    }
    async read() {
        this.docs ??= await this.produce(this.shape);
        return this.docs;
    }
}


/***/ }),

/***/ 82123:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  APP_SERVICES_TIME_LIMIT_MS: () => (/* reexport */ APP_SERVICES_TIME_LIMIT_MS),
  FunctionRuntimeError: () => (/* reexport */ FunctionRuntimeError),
  FunctionSyntaxError: () => (/* reexport */ FunctionSyntaxError),
  FunctionThrewError: () => (/* reexport */ FunctionThrewError),
  FunctionTimeoutError: () => (/* reexport */ FunctionTimeoutError),
  MissingValueError: () => (/* reexport */ MissingValueError),
  NoExportError: () => (/* reexport */ NoExportError),
  SYSTEM_USER: () => (/* reexport */ SYSTEM_USER),
  TestApp: () => (/* reexport */ TestApp),
  UnknownNameError: () => (/* reexport */ UnknownNameError),
  formatResult: () => (/* reexport */ formatResult),
  loadTestApp: () => (/* reexport */ loadTestApp),
  parseArguments: () => (/* reexport */ parseArguments),
  secretVariable: () => (/* reexport */ secretVariable)
});

// EXTERNAL MODULE: ./src/app/load.ts + 7 modules
var load = __webpack_require__(22797);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/app/model.ts
var app_model = __webpack_require__(19870);
;// CONCATENATED MODULE: ./src/testing/errors.ts
// The errors the function runtime throws at its callers: each names what was asked for and what to
// do, and carries the exit code the CLI maps it to (2 = bad input, 1 = the function itself failed).
// Messages carry names, files and lines, never a value or secret.
/** Base class: every runtime error is one of these, so a harness can tell them from its own bugs. */
class FunctionRuntimeError extends Error {
    name = 'FunctionRuntimeError';
    exitCode = 1;
    /** The function's console lines up to the failure. */
    logs = [];
}
/** No function or trigger of that name, a private function called from outside, an unknown service. */
class UnknownNameError extends FunctionRuntimeError {
    name = 'UnknownNameError';
    exitCode = 2;
}
/** A value the function asked for is not defined, or a secret it refers to was not given. */
class MissingValueError extends FunctionRuntimeError {
    name = 'MissingValueError';
    exitCode = 2;
}
/** The source does not parse; `file` and `line` say where. */
class FunctionSyntaxError extends FunctionRuntimeError {
    file;
    line;
    detail;
    name = 'FunctionSyntaxError';
    exitCode = 2;
    constructor(file, line, detail) {
        super(`${file}${line !== undefined ? `:${line}` : ''}: SyntaxError: ${detail}`);
        this.file = file;
        this.line = line;
        this.detail = detail;
    }
}
/** The source parses but does not export a function (App Services calls what `exports` holds). */
class NoExportError extends FunctionRuntimeError {
    name = 'NoExportError';
    exitCode = 2;
}
/** The function threw (or rejected). `stack` has its frames mapped to the app's source files. */
class FunctionThrewError extends FunctionRuntimeError {
    functionName;
    thrown;
    name = 'FunctionThrewError';
    constructor(functionName, thrown, message, stack) {
        super(message);
        this.functionName = functionName;
        this.thrown = thrown;
        this.stack = stack;
    }
}
/** The function ran longer than the time limit. */
class FunctionTimeoutError extends FunctionRuntimeError {
    functionName;
    limitMs;
    name = 'FunctionTimeoutError';
    constructor(functionName, limitMs) {
        super(`function '${functionName}' timed out after ${limitMs} ms (the time limit)`);
        this.functionName = functionName;
        this.limitMs = limitMs;
    }
}

// EXTERNAL MODULE: ./src/app/templates.ts
var templates = __webpack_require__(90036);
;// CONCATENATED MODULE: ./src/testing/values.ts
// `context.values.get` and `context.environment`: values from values/, their `%(%%environment.values.X)`
// templates resolved for the chosen environment, and `from_secret` values read from the secrets the
// caller gave or, failing that, from the environment variable `REALM_SECRET_<NAME>` (CI's secrets).


const EXPANSION = /%\(%%environment\.values\.([^)]*)\)/g;
const WHOLE = /^%\(%%environment\.values\.([^)]*)\)$/;
/** The environment variable a secret falls back to: `REALM_SECRET_` + the name, upper-cased, `_` for the rest. */
function secretVariable(name) {
    return `REALM_SECRET_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
/** `context.environment.values`: this environment's values, by name. */
function environmentValues(model, environment) {
    const key = (0,templates/* environmentKey */.J4)(environment);
    const values = {};
    for (const value of model.environmentValues)
        if (value.values[key] !== undefined)
            values[value.name] = structuredClone(value.values[key]);
    return values;
}
/** Resolves one value by name; throws MissingValueError naming what to provide. */
function resolveValue(sources, name) {
    if (sources.overrides && Object.hasOwn(sources.overrides, name))
        return structuredClone(sources.overrides[name]);
    const value = sources.model.values.find(v => v.name === name);
    if (!value)
        throw new MissingValueError(`context.values.get('${name}'): no value '${name}' in values/`);
    if (value.from_secret)
        return resolveSecret(sources, name, String(value.value));
    return expand(structuredClone(value.value), environmentValues(sources.model, sources.environment), name, sources);
}
function resolveSecret(sources, valueName, secretName) {
    const given = sources.secrets.get(secretName) ?? sources.env[secretVariable(secretName)];
    if (given !== undefined)
        return given;
    throw new MissingValueError(`context.values.get('${valueName}'): value '${valueName}' reads secret '${secretName}', which was not ` +
        `given: pass it in \`secrets\` or set ${secretVariable(secretName)}`);
}
function expand(value, env, name, sources) {
    if (typeof value === 'string')
        return expandString(value, env, name, sources);
    if (Array.isArray(value))
        return value.map(v => expand(v, env, name, sources));
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, env, name, sources)]));
    return value;
}
function expandString(text, env, name, sources) {
    const lookup = (key) => {
        if (env[key] !== undefined)
            return env[key];
        const where = sources.environment || 'no-environment';
        throw new MissingValueError(`context.values.get('${name}'): environment value '${key}' is not defined for environment '${where}' (environments/)`);
    };
    const whole = WHOLE.exec(text);
    if (whole)
        return lookup(whole[1]);
    return text.replace(EXPANSION, (_, key) => String(lookup(key)));
}

;// CONCATENATED MODULE: ./src/testing/context.ts


const SYSTEM_USER = Object.freeze({
    id: '',
    type: 'system',
    data: {},
    custom_data: {},
    identities: []
});
const MONGODB_TYPES = new Set(['mongodb', 'mongodb-atlas', 'mongodb-datafederation']);
function buildContext(parts) {
    const { model, values } = parts;
    return {
        app: appInfo(model),
        environment: Object.freeze({
            tag: values.environment,
            values: environmentValues(model, values.environment)
        }),
        values: Object.freeze({ get: (name) => resolveValue(values, name) }),
        functions: Object.freeze({ execute: (name, ...args) => parts.execute(name, args) }),
        services: Object.freeze({ get: (name) => service(parts, name) }),
        http: parts.http,
        user: structuredClone(parts.user),
        request: structuredClone(parts.request),
        runningAsSystem: () => parts.runningAsSystem
    };
}
function appInfo(model) {
    const s = model.settings;
    return Object.freeze({
        id: s.app_id ?? '',
        clientAppId: s.client_app_id ?? '',
        name: s.name ?? '',
        projectId: s.group_id ?? '',
        deployment: { model: s.deployment_model ?? 'GLOBAL', providerRegion: s.provider_region ?? '' },
        lastDeployed: new Date().toISOString(),
        hostingUri: ''
    });
}
function service(parts, name) {
    const dataSource = parts.model.dataSources.find(d => d.name === name);
    if (dataSource && MONGODB_TYPES.has(dataSource.type))
        return mongoService(parts.engine, name);
    const legacy = parts.model.services.find(s => s.name === name);
    if (legacy && MONGODB_TYPES.has(legacy.type))
        return mongoService(parts.engine, name);
    if (legacy?.type === 'http')
        return parts.http;
    throw new UnknownNameError(`context.services.get('${name}'): the app has no MongoDB data source or HTTP service named '${name}' ` +
        `(data sources: ${parts.model.dataSources.map(d => d.name).join(', ') || 'none'})`);
}
function mongoService(engine, dataSource) {
    return Object.freeze({
        db: (database) => Object.freeze({
            collection: (collection) => engine.collection(dataSource, database, collection),
            getCollectionNames: () => engine.collectionNames(dataSource, database)
        })
    });
}

// EXTERNAL MODULE: ./src/testing/database/clone.ts
var clone = __webpack_require__(58481);
// EXTERNAL MODULE: ./node_modules/bson/lib/bson.node.mjs
var bson_node = __webpack_require__(93276);
// EXTERNAL MODULE: ./node_modules/mingo/cjs/index.js
var cjs = __webpack_require__(50435);
// EXTERNAL MODULE: ./src/testing/database/cursor.ts
var database_cursor = __webpack_require__(90688);
;// CONCATENATED MODULE: ./src/testing/database/memory-update.ts
// Update documents for the in-memory engine: operator updates through mingo's updater, aggregation
// pipeline updates through its Aggregator, `$setOnInsert` and the document an upsert starts from.

/** Rejects what a server rejects: an update without operators (that is a replacement). */
function checkUpdate(update) {
    if (Array.isArray(update))
        return update;
    if (!update || typeof update !== 'object')
        throw new Error('update: the update must be an object');
    const keys = Object.keys(update);
    if (!keys.length || keys.some(k => !k.startsWith('$')))
        throw new Error('update: the update document must contain only update operators ($set, $inc, ...)');
    return update;
}
/** Applies the update to `doc` in place; returns whether anything changed. */
function applyUpdate(doc, update, inserting = false) {
    if (Array.isArray(update)) {
        const [next] = new cjs.Aggregator(update).run([doc]);
        const before = JSON.stringify(doc);
        for (const key of Object.keys(doc))
            delete doc[key];
        Object.assign(doc, next, { _id: doc._id ?? next._id });
        return JSON.stringify(doc) !== before;
    }
    const { $setOnInsert, ...operators } = update;
    const changed = Object.keys(operators).length
        ? (0,cjs.update)(doc, operators).length > 0
        : false;
    if (inserting && $setOnInsert && typeof $setOnInsert === 'object') {
        (0,cjs.update)(doc, { $set: $setOnInsert });
        return true;
    }
    return changed;
}
/** The document an upsert inserts before its update applies: the query's equality conditions. */
function upsertBase(query) {
    const base = {};
    for (const [key, value] of Object.entries(query)) {
        if (key.startsWith('$'))
            continue;
        if (isOperatorObject(value)) {
            const eq = value.$eq;
            if (eq !== undefined)
                setPath(base, key, eq);
            continue;
        }
        setPath(base, key, value);
    }
    return base;
}
function isOperatorObject(value) {
    return (!!value &&
        typeof value === 'object' &&
        !Array.isArray(value) &&
        Object.keys(value).some(k => k.startsWith('$')));
}
function setPath(doc, dotted, value) {
    const parts = dotted.split('.');
    let at = doc;
    for (const part of parts.slice(0, -1)) {
        if (!at[part] || typeof at[part] !== 'object')
            at[part] = {};
        at = at[part];
    }
    at[parts[parts.length - 1]] = value;
}

// EXTERNAL MODULE: ./src/testing/database/bulk-write.ts
var bulk_write = __webpack_require__(48372);
;// CONCATENATED MODULE: ./src/testing/database/memory-collection.ts
// One collection of the in-memory engine: App Services' collection methods over an array of
// documents, with MongoDB's query language from mingo. Documents are cloned in and out (clone.ts).






class MemoryCollection {
    docs;
    resolve;
    constructor(docs, resolve) {
        this.docs = docs;
        this.resolve = resolve;
    }
    find(query = {}, projection, options = {}) {
        const cursor = new database_cursor/* ArrayCursor */.K(async (shape) => this.query(query, projection, shape).map(clone/* cloneDoc */.E));
        if (options.sort)
            cursor.sort(options.sort);
        return cursor;
    }
    async findOne(query = {}, projection, options = {}) {
        const [doc] = this.query(query, projection, { sort: options.sort, limit: 1 });
        return doc ? (0,clone/* cloneDoc */.E)(doc) : null;
    }
    async findOneAndUpdate(query, update, options = {}) {
        const checked = checkUpdate(update);
        const [doc] = this.query(query, undefined, { sort: options.sort, limit: 1 });
        if (!doc) {
            if (!options.upsert)
                return null;
            const inserted = this.upsert(query, checked);
            return options.returnNewDocument ? this.project(inserted, options.projection) : null;
        }
        const before = (0,clone/* cloneDoc */.E)(doc);
        applyUpdate(doc, checked);
        return this.project(options.returnNewDocument ? doc : before, options.projection);
    }
    async findOneAndReplace(query, replacement, options = {}) {
        if (Object.keys(replacement).some(k => k.startsWith('$')))
            throw new Error('findOneAndReplace: the replacement document must not contain update operators');
        const [doc] = this.query(query, undefined, { sort: options.sort, limit: 1 });
        if (!doc) {
            if (!options.upsert)
                return null;
            const inserted = this.insert({ ...upsertBase(query), ...replacement });
            return options.returnNewDocument ? this.project(inserted, options.projection) : null;
        }
        const replaced = (0,clone/* cloneDoc */.E)({ ...replacement, _id: doc._id });
        this.docs[this.docs.indexOf(doc)] = replaced;
        return this.project(options.returnNewDocument ? replaced : doc, options.projection);
    }
    async findOneAndDelete(query, options = {}) {
        const [doc] = this.query(query, undefined, { sort: options.sort, limit: 1 });
        if (!doc)
            return null;
        this.docs.splice(this.docs.indexOf(doc), 1);
        return this.project(doc, options.projection);
    }
    async insertOne(document) {
        return { insertedId: (0,clone/* cloneValue */.F)(this.insert(document)._id) };
    }
    async insertMany(documents) {
        if (!Array.isArray(documents))
            throw new Error('insertMany: expects an array of documents');
        return { insertedIds: documents.map(d => (0,clone/* cloneValue */.F)(this.insert(d)._id)) };
    }
    async updateOne(query, update, options = {}) {
        return this.update(query, update, options, 1);
    }
    async updateMany(query, update, options = {}) {
        return this.update(query, update, options);
    }
    async deleteOne(query = {}) {
        return { deletedCount: this.remove(this.query(query, undefined, { limit: 1 })) };
    }
    async deleteMany(query = {}) {
        return { deletedCount: this.remove(this.query(query, undefined, {})) };
    }
    aggregate(pipeline) {
        return new database_cursor/* ArrayCursor */.K(async (shape) => {
            const stages = [...pipeline, ...shapeStages(shape)];
            const options = { collectionResolver: this.resolve };
            return new cjs.Aggregator(stages, options).run(this.docs.map(clone/* cloneDoc */.E)).map(clone/* cloneDoc */.E);
        });
    }
    async count(query = {}, options = {}) {
        return this.query(query, undefined, { limit: options.limit }).length;
    }
    async countDocuments(query = {}, options = {}) {
        return this.query(query, undefined, options).length;
    }
    async distinct(field, query = {}) {
        const [row] = new cjs.Aggregator([
            { $match: query },
            { $unwind: { path: `$${field}`, preserveNullAndEmptyArrays: false } },
            { $group: { _id: null, values: { $addToSet: `$${field}` } } }
        ]).run(this.docs.map(clone/* cloneDoc */.E));
        return (row?.values ?? []).map(clone/* cloneValue */.F);
    }
    async bulkWrite(operations, options = {}) {
        return (0,bulk_write/* bulkWrite */.e)(this, operations, options);
    }
    /** The stored documents (not clones) that match, in the cursor's shape. */
    query(query, projection, shape) {
        let cursor = new cjs.Query(query ?? {}).find(this.docs, projection);
        if (shape.sort)
            cursor = cursor.sort(shape.sort);
        if (shape.skip)
            cursor = cursor.skip(shape.skip);
        if (shape.limit)
            cursor = cursor.limit(shape.limit);
        return cursor.all();
    }
    project(doc, projection) {
        if (!projection)
            return (0,clone/* cloneDoc */.E)(doc);
        const [projected] = new cjs.Query({}).find([doc], projection).all();
        return (0,clone/* cloneDoc */.E)(projected);
    }
    insert(document) {
        if (!document || typeof document !== 'object' || Array.isArray(document))
            throw new Error('insert: the document must be an object');
        const doc = (0,clone/* cloneDoc */.E)({ _id: document._id ?? new bson_node.ObjectId(), ...document });
        const key = JSON.stringify((0,clone/* cloneDoc */.E)({ id: doc._id }));
        if (this.docs.some(d => JSON.stringify((0,clone/* cloneDoc */.E)({ id: d._id })) === key))
            throw new Error(`E11000 duplicate key error: _id ${key.slice(6, -1)}`);
        this.docs.push(doc);
        return doc;
    }
    upsert(query, update) {
        const doc = upsertBase(query);
        applyUpdate(doc, update, true);
        return this.insert(doc);
    }
    update(query, update, options, limit) {
        const checked = checkUpdate(update);
        const matched = this.query(query, undefined, { limit });
        if (!matched.length && options.upsert) {
            const inserted = this.upsert(query, checked);
            return { matchedCount: 0, modifiedCount: 0, upsertedId: (0,clone/* cloneValue */.F)(inserted._id) };
        }
        const modifiedCount = matched.filter(doc => applyUpdate(doc, checked)).length;
        return { matchedCount: matched.length, modifiedCount };
    }
    remove(matched) {
        for (const doc of matched)
            this.docs.splice(this.docs.indexOf(doc), 1);
        return matched.length;
    }
}
function shapeStages(shape) {
    return [
        ...(shape.sort ? [{ $sort: shape.sort }] : []),
        ...(shape.skip ? [{ $skip: shape.skip }] : []),
        ...(shape.limit ? [{ $limit: shape.limit }] : [])
    ];
}

;// CONCATENATED MODULE: ./src/testing/database/memory.ts
// The in-memory database engine (the default): every data source of the app holds its databases and
// collections in this process, queried with mingo. Nothing is shared with another engine instance.


class MemoryEngine {
    kind = 'memory';
    /** `dataSource/database` -> collection name -> documents. */
    stores = new Map();
    collection(dataSource, database, collection) {
        const store = this.store(dataSource, database);
        const docsOf = (name) => {
            if (!store.has(name))
                store.set(name, []);
            return store.get(name);
        };
        return new MemoryCollection(docsOf(collection), name => docsOf(name).map(clone/* cloneDoc */.E));
    }
    async collectionNames(dataSource, database) {
        const store = this.store(dataSource, database);
        return [...store.keys()].filter(name => (store.get(name) ?? []).length > 0).sort();
    }
    /** Empties every collection in place: handles taken before the reset see the empty collection. */
    async reset() {
        for (const store of this.stores.values())
            for (const docs of store.values())
                docs.length = 0;
    }
    async close() {
        this.stores.clear();
    }
    store(dataSource, database) {
        const key = `${dataSource}/${database}`;
        if (!this.stores.has(key))
            this.stores.set(key, new Map());
        return this.stores.get(key);
    }
}

;// CONCATENATED MODULE: ./src/testing/bson-global.ts
// The `BSON` and `EJSON` globals of a function, from the `bson` package, with the helpers App
// Services adds to `BSON.Binary` (fromBase64, fromHex, fromText, toBase64, toHex, text) so the
// documented examples (`utils.crypto.encrypt(...).toBase64()`) run unchanged.

class FunctionBinary extends bson_node.Binary {
    static fromBase64(base64, subType) {
        return new FunctionBinary(Buffer.from(base64, 'base64'), subType);
    }
    static fromHex(hex, subType) {
        return new FunctionBinary(Buffer.from(hex, 'hex'), subType);
    }
    static fromText(text) {
        return new FunctionBinary(Buffer.from(text, 'utf8'));
    }
    toBase64() {
        return this.toString('base64');
    }
    toHex() {
        return this.toString('hex');
    }
    text() {
        return this.toString('utf8');
    }
}
function binaryOf(data) {
    return new FunctionBinary(Buffer.from(data));
}
/** The `BSON` global: every type of the `bson` package, with App Services' Binary. */
const BSON_GLOBAL = Object.freeze({
    ...bson_node,
    Binary: FunctionBinary,
    // App Services' spelling of the ObjectId class (`BSON.ObjectId`) is the package's; ObjectID is an old alias.
    ObjectID: bson_node.ObjectId
});
const EJSON_GLOBAL = bson_node.EJSON;

;// CONCATENATED MODULE: ./src/testing/http.ts
// `context.http` (and a legacy `http` service): App Services' HTTP client methods over a handler the
// test injects. No request leaves the process unless the caller allows the network explicitly.

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'];
/** The `context.http` object; `handler` undefined means every call fails with a message saying why. */
function createHttpClient(handler, allowNetwork) {
    const send = handler ?? (allowNetwork ? fetchHandler : refuse);
    const client = {};
    for (const method of METHODS)
        client[method] = async (options = {}) => toResponse(await send(toRequest(method.toUpperCase(), options)));
    return Object.freeze(client);
}
function toRequest(method, options) {
    const url = typeof options.url === 'string' ? options.url : urlFromParts(options);
    const headers = {};
    for (const [name, value] of Object.entries((options.headers ?? {})))
        headers[name] = Array.isArray(value) ? value.map(String) : [String(value)];
    let body;
    if (options.body !== undefined)
        body = options.encodeBodyAsJSON ? JSON.stringify(options.body) : String(options.body);
    return { method, url, headers, ...(body !== undefined ? { body } : {}) };
}
function urlFromParts(options) {
    const url = new URL(`${String(options.scheme ?? 'https')}://${String(options.host ?? 'localhost')}`);
    url.pathname = String(options.path ?? '/');
    for (const [key, values] of Object.entries((options.query ?? {})))
        for (const value of Array.isArray(values) ? values : [values])
            url.searchParams.append(key, String(value));
    return url.toString();
}
function toResponse(reply) {
    const statusCode = reply.statusCode ?? 200;
    const headers = {};
    for (const [name, value] of Object.entries(reply.headers ?? {}))
        headers[name] = Array.isArray(value) ? value : [value];
    const body = reply.body;
    const bytes = body === undefined
        ? Buffer.alloc(0)
        : typeof body === 'string'
            ? Buffer.from(body)
            : body instanceof Uint8Array
                ? Buffer.from(body)
                : Buffer.from(JSON.stringify(body));
    return { status: `${statusCode}`, statusCode, headers, cookies: {}, body: binaryOf(bytes) };
}
function refuse(request) {
    throw new Error(`context.http.${request.method.toLowerCase()}(${new URL(request.url).host}): no network in the local ` +
        'runtime; give an `http` handler (or allowNetwork: true)');
}
async function fetchHandler(request) {
    const headers = Object.entries(request.headers).flatMap(([n, vs]) => vs.map(v => [n, v]));
    const response = await fetch(request.url, {
        method: request.method,
        headers,
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: AbortSignal.timeout(60_000)
    });
    const replyHeaders = {};
    response.headers.forEach((value, name) => (replyHeaders[name] = [value]));
    return {
        statusCode: response.status,
        headers: replyHeaders,
        body: new Uint8Array(await response.arrayBuffer())
    };
}

// EXTERNAL MODULE: external "node:vm"
var external_node_vm_ = __webpack_require__(30714);
var external_node_vm_default = /*#__PURE__*/__webpack_require__.n(external_node_vm_);
// EXTERNAL MODULE: ./node_modules/acorn/dist/acorn.mjs
var acorn = __webpack_require__(54559);
;// CONCATENATED MODULE: ./src/testing/instrument.ts
// Inserts a time-limit check into a function source before it is compiled: at the start of every loop
// body (while, do-while, for, for-in, for-of, for-await, braces or not), of every function body
// (declarations, expressions, methods, arrows), of every catch clause and of every finally block.
//
// Why this and not a worker thread per call: node:vm's `timeout` only covers the synchronous start of
// a call, so a loop that starts after an `await` runs on the test's own thread, where nothing can
// interrupt it. A worker thread could be terminated at the deadline, but everything a function's
// context reaches (the in-memory database, the test's http handler, values, console lines) lives in
// the test's thread and would have to be proxied across it, each call paying a thread start.
// Checks inside the function's own code keep that code in the test's thread and bound any loop or
// callback chain in it. A check is inline code, a countdown on an object that reads the clock only
// when it runs out: calling a check function instead cost two to three times as much in a tight loop.
//
// The checks are inserted without newlines, so lines in errors and stacks stay the file's own;
// columns on a line that received a check are mapped back by `originalColumn`.

/** The name the checks use: a parameter of the compiled module body, so it is reached in every scope.
 *  It holds a TimeGate (time-limit.ts). */
const TIME_GATE = '__realmDeployLimit';
/** One check, as an expression. */
const CHECK = `--${TIME_GATE}.left<0&&${TIME_GATE}.check()`;
const CALL = `${CHECK};`;
const LOOPS = new Set([
    'WhileStatement',
    'DoWhileStatement',
    'ForStatement',
    'ForInStatement',
    'ForOfStatement'
]);
const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** Parses `source` as the body of a function (as it is compiled) and returns it with the checks in.
 *  Throws acorn's SyntaxError when the source does not parse. */
function instrumentSource(source) {
    const program = (0,acorn/* parse */.qg)(source, {
        ecmaVersion: 'latest',
        sourceType: 'script',
        allowReturnOutsideFunction: true
    });
    const edits = [];
    walk(program, 0, edits);
    edits.sort((a, b) => a.offset - b.offset ||
        Number(b.closing) - Number(a.closing) ||
        (a.closing ? b.depth - a.depth : a.depth - b.depth));
    return apply(source, edits);
}
function walk(node, depth, edits) {
    editsFor(node, depth, edits);
    for (const value of Object.values(node)) {
        if (Array.isArray(value)) {
            for (const item of value)
                if (isNode(item))
                    walk(item, depth + 1, edits);
        }
        else if (isNode(value))
            walk(value, depth + 1, edits);
    }
}
function isNode(value) {
    return typeof value === 'object' && value !== null && typeof value.type === 'string';
}
function editsFor(node, depth, edits) {
    const add = (offset, text, closing = false) => {
        edits.push({ offset, text, depth, closing });
    };
    if (LOOPS.has(node.type)) {
        const body = node.body;
        if (body.type === 'BlockStatement')
            add(body.start + 1, CALL);
        else {
            add(body.start, `{${CALL}`);
            add(body.end, '}', true);
        }
    }
    else if (FUNCTIONS.has(node.type)) {
        const body = node.body;
        if (body.type !== 'BlockStatement') {
            add(body.start, `(${CHECK}, `);
            add(body.end, ')', true);
            return;
        }
        // After the directive prologue (acorn marks its statements), so `'use strict'` stays a directive.
        const directives = body.body.filter(s => typeof s.directive === 'string');
        if (directives.length)
            add(directives[directives.length - 1].end, `;${CALL}`);
        else
            add(body.start + 1, CALL);
    }
    else if (node.type === 'CatchClause')
        add(node.body.start + 1, CALL);
    else if (node.type === 'TryStatement' && node.finalizer)
        add(node.finalizer.start + 1, CALL);
}
function apply(source, edits) {
    const lineStarts = [0];
    for (let i = 0; i < source.length; i++)
        if (source[i] === '\n')
            lineStarts.push(i + 1);
    const parts = [];
    const insertions = new Map();
    let line = 0;
    let last = 0;
    for (const edit of edits) {
        while (line + 1 < lineStarts.length && lineStarts[line + 1] <= edit.offset)
            line++;
        parts.push(source.slice(last, edit.offset), edit.text);
        last = edit.offset;
        const onLine = insertions.get(line + 1) ?? [];
        onLine.push({ line: line + 1, column: edit.offset - lineStarts[line], length: edit.text.length });
        insertions.set(line + 1, onLine);
    }
    parts.push(source.slice(last));
    return { source: parts.join(''), insertions };
}
/** Maps a 1-based column of the instrumented source back to the original's (a column inside a check
 *  maps to where the check was inserted). */
function originalColumn(instrumented, line, column) {
    let shift = 0;
    for (const insertion of instrumented.insertions.get(line) ?? []) {
        const start = insertion.column + shift;
        if (column - 1 >= start + insertion.length)
            shift += insertion.length;
        else if (column - 1 >= start)
            return insertion.column + 1;
        else
            break;
    }
    return column - shift;
}

;// CONCATENATED MODULE: ./src/testing/compile.ts
// Turns a function source, in every form App Services accepts (`exports = function`, `exports =
// async function`, arrow functions, `module.exports = ...`, v1 `source.js`), into a callable inside
// one sandbox. The source gets the time-limit checks (instrument.ts) and is compiled as a function
// body with vm.compileFunction, so lines in errors and stacks are the file's own (columns on a line
// that received a check are mapped back by stack.ts).



/** Appended after the source (never before it, so line numbers stay the file's). */
const EPILOGUE = '\n;return { exports: exports, moduleExports: module.exports }';
const PARAMETERS = ['exports', 'module', 'require', TIME_GATE];
/** Instrumented sources by source text: every call compiles its function again, the parse is done once.
 *  Emptied when it grows past CACHE_LIMIT (a test process that loads many apps). */
const instrumentedCache = new Map();
const CACHE_LIMIT = 2000;
function compileModule(file, sandbox) {
    const instrumented = instrument(file, sandbox);
    try {
        const body = external_node_vm_default().compileFunction(instrumented.source + EPILOGUE, PARAMETERS, {
            filename: file.path,
            parsingContext: sandbox
        });
        return { body, instrumented };
    }
    catch (error) {
        throw syntaxError(file, error);
    }
}
function instrument(file, sandbox) {
    const cached = instrumentedCache.get(file.source);
    if (cached)
        return cached;
    let instrumented;
    try {
        instrumented = instrumentSource(file.source);
    }
    catch (error) {
        // The error V8 gives for the source as written (the message users know), when V8 rejects it too.
        try {
            external_node_vm_default().compileFunction(file.source + EPILOGUE, PARAMETERS, { filename: file.path, parsingContext: sandbox });
        }
        catch (v8Error) {
            throw syntaxError(file, v8Error);
        }
        throw parserRefused(file, error);
    }
    if (instrumentedCache.size >= CACHE_LIMIT)
        instrumentedCache.clear();
    instrumentedCache.set(file.source, instrumented);
    return instrumented;
}
/** Syntax V8 accepts but acorn does not (newer than acorn, or `new.target` at the top level): refused
 *  rather than run without the time limit's checks. */
function parserRefused(file, error) {
    const { message, loc } = (error ?? {});
    return new FunctionSyntaxError(file.display, loc?.line, `${(message ?? String(error)).replace(/ \(\d+:\d+\)$/, '')} (the local runtime parses sources with ` +
        "acorn to insert its time-limit checks, and acorn rejects this one although Node's engine accepts it)");
}
/** Picks what the module exported: `module.exports` when reassigned, else `exports`. */
function exportedFunction(file, outcome, initialModuleExports) {
    const { exports, moduleExports } = (outcome ?? {});
    const chosen = moduleExports !== initialModuleExports ? moduleExports : exports;
    if (typeof chosen !== 'function')
        throw new NoExportError(`${file.display}: function '${file.name}' does not export a function (App Services calls what ` +
            '`exports = function (...) {...}` assigns)');
    return chosen;
}
function syntaxError(file, error) {
    const { name, message, stack } = (error ?? {});
    if (name !== 'SyntaxError')
        return error instanceof Error ? error : new Error(String(error));
    // V8 puts "<filename>:<line>" first in a compile error's stack.
    const first = (stack ?? '').split('\n')[0];
    const line = first.startsWith(`${file.path}:`) ? Number(first.slice(file.path.length + 1)) : undefined;
    return new FunctionSyntaxError(file.display, Number.isFinite(line) ? line : undefined, message ?? '');
}

;// CONCATENATED MODULE: ./src/testing/result.ts
// What a call hands back to the test: App Services serializes a function's return value to Extended
// JSON, so the result crosses out of the sandbox the same way. That also makes it a value of the
// test's own realm (plain objects and arrays with the test's prototypes), so strict deep-equality
// assertions (node:assert's deepStrictEqual, toStrictEqual) compare it as they would any value.

function toHostValue(value) {
    if (value === undefined || value === null)
        return value;
    try {
        const wire = bson_node.EJSON.serialize({ v: value }, { relaxed: false });
        return bson_node.EJSON.deserialize(wire, { relaxed: true }).v;
    }
    catch {
        // Not representable as EJSON (a cycle, a BigInt): App Services would fail to serialize it too,
        // but the test still gets to look at what the function returned.
        return value;
    }
}

;// CONCATENATED MODULE: ./src/testing/stack.ts
// Turns whatever a function threw into a FunctionRuntimeError: the runtime's own errors pass through,
// node:vm's timeout becomes FunctionTimeoutError, anything else becomes FunctionThrewError whose stack
// keeps only the frames in the app's sources, with paths relative to the app directory.


function mapThrown(error, name, parts, logs, columns = (_path, _line, column) => column) {
    const mapped = classify(error, name, parts, columns);
    if (!mapped.logs.length)
        mapped.logs = [...logs];
    return mapped;
}
function classify(error, name, parts, columns) {
    if (error instanceof FunctionRuntimeError)
        return error;
    const shape = (error ?? {});
    if (shape.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
        return new FunctionTimeoutError(name, parts.timeLimitMs);
    const prefix = `${parts.model.root}/`;
    const isErrorLike = typeof error === 'object' && error !== null && typeof shape.message === 'string';
    const what = isErrorLike ? `${String(shape.name ?? 'Error')}: ${String(shape.message)}` : describe(error);
    const frames = (typeof shape.stack === 'string' ? shape.stack : '')
        .split('\n')
        .filter(line => /^\s+at /.test(line) && line.includes(prefix))
        .map(line => line.replace(framePosition(prefix), (_, file, row, column) => {
        return `${file}:${row}:${columns(`${prefix}${file}`, Number(row), Number(column))}`;
    }))
        .map(line => line.split(prefix).join(''));
    const message = `function '${name}' threw ${what}`;
    return new FunctionThrewError(name, error, message, [message, ...frames].join('\n'));
}
/** `<prefix><file>:<line>:<column>` at the end of a V8 stack frame (the prefix is dropped; other
 *  places the prefix appears, as in an eval frame, are made relative after). */
function framePosition(prefix) {
    return new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(.+?):(\\d+):(\\d+)(?=\\)?$)`, 'g');
}
function describe(value) {
    try {
        return bson_node.EJSON.stringify(value, { relaxed: true }) ?? String(value);
    }
    catch {
        return String(value);
    }
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: ./src/testing/utils-global.ts
// The `utils` global of a function: `utils.crypto` (encrypt/decrypt aes, sign/verify rsa, hmac, hash)
// and `utils.jwt` (HS256/384/512), as the App Services global-modules reference documents them.


const HASHES = new Set(['sha1', 'sha256', 'sha512', 'md5']);
function bytesOf(input) {
    if (typeof input === 'string')
        return Buffer.from(input, 'utf8');
    if (input instanceof FunctionBinary || input?._bsontype === 'Binary')
        return Buffer.from(input.value());
    return Buffer.from(input);
}
function aesCipher(key) {
    const size = Buffer.byteLength(key);
    if (![16, 24, 32].includes(size))
        throw new Error('utils.crypto: an aes key is 16, 24 or 32 bytes');
    return `aes-${size * 8}-cbc`;
}
/** aes: a random IV first, then the CBC ciphertext (the IV travels with the message). */
function encrypt(type, message, key) {
    if (type !== 'aes')
        throw new Error(`utils.crypto.encrypt: unsupported encryption type '${type}'`);
    const iv = external_node_crypto_default().randomBytes(16);
    const cipher = external_node_crypto_default().createCipheriv(aesCipher(key), Buffer.from(key), iv);
    return binaryOf(Buffer.concat([iv, cipher.update(message, 'utf8'), cipher.final()]));
}
function decrypt(type, encrypted, key) {
    if (type !== 'aes')
        throw new Error(`utils.crypto.decrypt: unsupported encryption type '${type}'`);
    const data = bytesOf(encrypted);
    const decipher = external_node_crypto_default().createDecipheriv(aesCipher(key), Buffer.from(key), data.subarray(0, 16));
    return binaryOf(Buffer.concat([decipher.update(data.subarray(16)), decipher.final()]));
}
function padding(scheme = 'pss') {
    if (scheme === 'pss')
        return (external_node_crypto_default()).constants.RSA_PKCS1_PSS_PADDING;
    if (scheme === 'pkcs1v15')
        return (external_node_crypto_default()).constants.RSA_PKCS1_PADDING;
    throw new Error(`utils.crypto: unsupported signature scheme '${scheme}'`);
}
function sign(type, message, privateKey, scheme) {
    if (type !== 'rsa')
        throw new Error(`utils.crypto.sign: unsupported encryption type '${type}'`);
    const signature = external_node_crypto_default().sign('sha256', Buffer.from(message), { key: privateKey, padding: padding(scheme) });
    return binaryOf(signature);
}
function verify(type, message, publicKey, signature, scheme) {
    if (type !== 'rsa')
        throw new Error(`utils.crypto.verify: unsupported encryption type '${type}'`);
    const key = { key: publicKey, padding: padding(scheme) };
    return external_node_crypto_default().verify('sha256', Buffer.from(message), key, bytesOf(signature));
}
function hmac(input, secret, hash, format) {
    if (!['sha1', 'sha256', 'sha512'].includes(hash))
        throw new Error(`utils.crypto.hmac: unsupported hash '${hash}'`);
    return external_node_crypto_default().createHmac(hash, secret).update(input).digest(format);
}
function hash(hashFunction, input) {
    if (!HASHES.has(hashFunction))
        throw new Error(`utils.crypto.hash: unsupported hash '${hashFunction}'`);
    return binaryOf(external_node_crypto_default().createHash(hashFunction).update(bytesOf(input)).digest());
}
const JWT_HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' };
function jwtHash(method) {
    const hashName = JWT_HASH[method];
    if (!hashName)
        throw new Error(`utils.jwt: signing method '${method}' is not supported by the local runtime`);
    return hashName;
}
function jwtEncode(method, payload, secret, headerFields = {}) {
    const part = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const body = `${part({ alg: method, typ: 'JWT', ...headerFields })}.${part(payload)}`;
    return `${body}.${external_node_crypto_default().createHmac(jwtHash(method), secret).update(body).digest('base64url')}`;
}
function jwtDecode(token, key, returnHeader = false, accepted) {
    const [head, payload, signature] = String(token).split('.');
    const header = JSON.parse(Buffer.from(head ?? '', 'base64url').toString());
    if (accepted && !accepted.includes(header.alg))
        throw new Error(`utils.jwt.decode: signing method '${header.alg}' not accepted`);
    const expected = external_node_crypto_default().createHmac(jwtHash(header.alg), key)
        .update(`${head}.${payload}`)
        .digest('base64url');
    if (expected !== signature)
        throw new Error('utils.jwt.decode: signature is invalid');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    return returnHeader ? { header, payload: claims } : claims;
}
const UTILS_GLOBAL = Object.freeze({
    crypto: Object.freeze({ encrypt, decrypt, sign, verify, hmac, hash }),
    jwt: Object.freeze({ encode: jwtEncode, decode: jwtDecode })
});

;// CONCATENATED MODULE: ./src/testing/sandbox.ts
// The global scope of one invocation: a fresh node:vm context with App Services' globals (context,
// BSON, EJSON, utils, console, require), Node's Buffer, URL and timers, and the `process` subset
// App Services supports. Timers are tracked so that none outlives its invocation, and a callback the
// time limit stops (its check throws FunctionTimeoutError) ends quietly: its call has already failed.







/** Node built-ins App Services does not offer (docs: functions/javascript-support). */
const UNSUPPORTED_MODULES = new Set(['child_process', 'cluster', 'domain', 'readline', 'v8', 'vm']);
/** `require` as App Services resolves it: Node built-ins and the app's `functions/node_modules`. */
function appRequire(root) {
    const base = (0,external_node_module_.createRequire)(external_node_path_default().join(root, 'functions', 'package.json'));
    return (id) => {
        if (UNSUPPORTED_MODULES.has(id.replace(/^node:/, '')))
            throw new Error(`require('${id}'): App Services functions do not support the '${id}' module`);
        return base(id);
    };
}
function createSandbox(root, functionContext, logs) {
    const timers = new Set();
    const track = (timer) => (timers.add(timer), timer);
    const requireFn = appRequire(root);
    const context = external_node_vm_default().createContext({
        context: functionContext,
        BSON: BSON_GLOBAL,
        EJSON: EJSON_GLOBAL,
        utils: UTILS_GLOBAL,
        console: captureConsole(logs),
        require: requireFn,
        Buffer,
        URL,
        URLSearchParams,
        process: Object.freeze({
            hrtime: process.hrtime,
            nextTick: (fn, ...args) => process.nextTick(stopped(fn), ...args),
            version: process.version,
            versions: process.versions,
            env: {}
        }),
        setTimeout: (fn, ms, ...args) => track(setTimeout(stopped(fn), ms, ...args)),
        setInterval: (fn, ms, ...args) => track(setInterval(stopped(fn), ms, ...args)),
        clearTimeout: (t) => clearTimeout(t),
        clearInterval: (t) => clearInterval(t),
        setImmediate: (fn, ...args) => setImmediate(stopped(fn), ...args),
        queueMicrotask: (fn) => queueMicrotask(stopped(fn))
    });
    return {
        context,
        require: requireFn,
        dispose: () => {
            for (const timer of timers)
                clearTimeout(timer);
            timers.clear();
        }
    };
}
/** The callback, except that the time limit's error ends it quietly (any other error propagates as
 *  Node's own timers let it). */
function stopped(fn) {
    return (...args) => {
        try {
            fn(...args);
        }
        catch (error) {
            if (!(error instanceof FunctionTimeoutError))
                throw error;
        }
    };
}
/** console.* writes one line per call into `logs` (App Services' function log lines). */
function captureConsole(logs) {
    const line = (...args) => {
        logs.push(args.map(a => (typeof a === 'string' ? a : formatValue(a))).join(' '));
    };
    return Object.freeze({ log: line, info: line, warn: line, error: line, debug: line, trace: line });
}
function formatValue(value) {
    if (value && typeof value === 'object' && !(value instanceof Error) && !('stack' in value)) {
        try {
            return EJSON_GLOBAL.stringify(value, { relaxed: true });
        }
        catch {
            // Not serialisable as EJSON (a cycle, a function): fall back to Node's formatting.
        }
    }
    return (0,external_node_util_.formatWithOptions)({ colors: false, depth: 4 }, '%s', value);
}

;// CONCATENATED MODULE: ./src/testing/time-limit.ts
// The deadline of one invocation, as the checks instrument.ts inserts into function sources see it:
// a check throws the timeout error once the deadline has passed, and so does every check after that,
// so a function that catches the error (try/catch, .catch, Promise.allSettled) is stopped at its next
// loop iteration, function entry, catch clause or finally block, and its call still fails.
/** The clock is read every CLOCK_EVERY checks only: a check is then a decrement and a compare. */
const CLOCK_EVERY = 256;
function createTimeLimit(deadline, timeout) {
    let expired = false;
    const gate = {
        left: CLOCK_EVERY,
        check: () => {
            if (!expired && Date.now() < deadline) {
                gate.left = CLOCK_EVERY;
                return;
            }
            // Zero: the next check goes below it again, and throws again.
            expired = true;
            gate.left = 0;
            throw timeout();
        }
    };
    return {
        gate,
        expired: () => expired || Date.now() >= deadline,
        expire: () => {
            expired = true;
            gate.left = 0;
        }
    };
}

;// CONCATENATED MODULE: ./src/testing/invocation.ts
// One top-level call into the app's functions (a client call or a trigger firing): its sandbox, its
// captured log lines, every function it executes through context.functions.execute, and the time
// limit over all of it: node:vm's timeout while the call starts, the checks compiled into the sources
// (instrument.ts) after that. Errors leave as FunctionRuntimeError subclasses, never as harness crashes.









const INVOKE = '__realmDeployInvoke';
class Invocation {
    parts;
    logs = [];
    sandbox;
    deadline;
    limit;
    /** The function the caller asked for: the one the timeout error names. */
    name = '';
    /** The instrumented sources compiled in this invocation, by path, to map stack columns back. */
    compiled = new Map();
    constructor(parts, caller) {
        this.parts = parts;
        this.deadline = Date.now() + parts.timeLimitMs;
        this.limit = createTimeLimit(this.deadline, () => this.timeout());
        const context = buildContext({
            ...parts,
            user: caller.user,
            request: caller.request,
            runningAsSystem: caller.system,
            execute: (name, args) => this.execute(name, args)
        });
        this.sandbox = createSandbox(parts.model.root, context, this.logs);
    }
    /** Runs `name` with `args`, awaiting its result within the time limit; the result as EJSON carries it. */
    async run(name, args) {
        this.name = name;
        try {
            const value = await this.within(this.timed(() => this.execute(name, args)));
            // A function that caught the timeout error and returned anyway still ran past its limit.
            if (this.limit.expired())
                throw this.timeout();
            return toHostValue(value);
        }
        catch (error) {
            throw mapThrown(error, name, this.parts, this.logs, this.columns);
        }
        finally {
            this.sandbox.dispose();
        }
    }
    /** Loads a function's module (compile + top-level code) without calling it. */
    load(name) {
        this.name = name;
        try {
            this.timed(() => this.instantiate(this.resource(name)));
            if (this.limit.expired())
                throw this.timeout();
        }
        catch (error) {
            throw mapThrown(error, name, this.parts, this.logs, this.columns);
        }
        finally {
            this.sandbox.dispose();
        }
    }
    /** `context.functions.execute`: any function of the app, private ones included. */
    execute(name, args) {
        return this.instantiate(this.resource(name))(...args);
    }
    resource(name) {
        const fn = this.parts.model.functions.find(f => f.name === name);
        if (!fn)
            throw new UnknownNameError(`no function named '${name}' in the app (functions/)`);
        return fn;
    }
    /** A fresh module instance per execution, as App Services evaluates the source per call. */
    instantiate(fn) {
        const file = {
            name: fn.name,
            source: fn.source,
            path: `${this.parts.model.root}/${fn.sourceFile}`,
            display: fn.sourceFile
        };
        const { body, instrumented } = compileModule(file, this.sandbox.context);
        this.compiled.set(file.path, instrumented);
        const module = { exports: {} };
        const initial = module.exports;
        return exportedFunction(file, body(module.exports, module, this.sandbox.require, this.limit.gate), initial);
    }
    timeout() {
        return new FunctionTimeoutError(this.name, this.parts.timeLimitMs);
    }
    /** Stack columns of the instrumented sources, back to the files' own. */
    columns = (path, line, column) => {
        const instrumented = this.compiled.get(path);
        return instrumented ? originalColumn(instrumented, line, column) : column;
    };
    /** Runs synchronous code under node:vm's timeout, which also interrupts what the checks cannot reach
     *  (a long native call such as a catastrophic regex, code built with eval or new Function). */
    timed(work) {
        const remaining = Math.max(1, this.deadline - Date.now());
        const context = this.sandbox.context;
        context[INVOKE] = work;
        try {
            return new (external_node_vm_default()).Script(`${INVOKE}()`).runInContext(this.sandbox.context, { timeout: remaining });
        }
        finally {
            delete context[INVOKE];
        }
    }
    /** Awaits a returned promise until the deadline; at the deadline, the work it leaves running is
     *  stopped at its next check. */
    async within(value) {
        if (!value || typeof value.then !== 'function')
            return value;
        let timer;
        const limit = new Promise((_, reject) => {
            timer = setTimeout(() => {
                this.limit.expire();
                reject(this.timeout());
            }, Math.max(1, this.deadline - Date.now()));
        });
        try {
            return await Promise.race([value, limit]);
        }
        finally {
            clearTimeout(timer);
        }
    }
}

;// CONCATENATED MODULE: ./src/testing/triggers/auth-event.ts
function buildAuthEvent(config, input) {
    const provider = input.provider ?? config.providers?.[0] ?? 'anon-user';
    const id = input.user?.id ?? '000000000000000000000001';
    const user = {
        id,
        type: 'normal',
        data: {},
        custom_data: {},
        identities: [{ id: `${provider}-${id}`, provider_type: provider }],
        ...input.user
    };
    return { operationType: config.operation_type ?? 'LOGIN', providers: [provider], user, time: new Date() };
}
function authFilterReason(config, event) {
    const [provider] = event.providers;
    if (config.providers?.length && !config.providers.includes(provider))
        return `provider '${provider}' is not one of the trigger's providers (${config.providers.join(', ')})`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/testing/triggers/change-event.ts
// Change events as a DATABASE trigger receives them (docs: triggers/database-triggers, change event
// shape): built from a document and an operation type, with `fullDocument` per the trigger's
// `full_document`, `fullDocumentBeforeChange` per `full_document_before_change`, `updateDescription`
// for updates, then filtered by the trigger's `match` and shaped by its `project` (mingo).



function buildChangeEvent(config, input) {
    const operationType = (input.operationType ?? config.operation_types?.[0] ?? 'insert').toLowerCase();
    const key = input.document?._id ?? input.before?._id ?? new bson_node.ObjectId();
    const now = new Date();
    const event = {
        _id: { _data: (0,external_node_crypto_.randomBytes)(16).toString('hex') },
        operationType,
        clusterTime: new bson_node.Timestamp({ t: Math.floor(now.getTime() / 1000), i: 1 }),
        wallTime: now,
        ns: input.ns ?? { db: config.database ?? '', coll: config.collection ?? '' },
        documentKey: { _id: key }
    };
    const hasAfter = operationType === 'insert' || operationType === 'replace' || operationType === 'update';
    // A change stream always carries the new document of an insert or a replace; an update's only on request.
    if (hasAfter && input.document && (operationType !== 'update' || config.full_document))
        event.fullDocument = input.document;
    const hasBefore = ['update', 'replace', 'delete'].includes(operationType);
    if (hasBefore && config.full_document_before_change && input.before)
        event.fullDocumentBeforeChange = input.before;
    if (operationType === 'update')
        event.updateDescription = input.updateDescription ?? describeUpdate(input);
    return event;
}
/** `updatedFields`/`removedFields` between the top-level fields of `before` and `document`. */
function describeUpdate({ before = {}, document = {} }) {
    const same = (a, b) => bson_node.EJSON.stringify({ v: a }) === bson_node.EJSON.stringify({ v: b });
    const updatedFields = {};
    for (const [field, value] of Object.entries(document))
        if (field !== '_id' && !same(value, before[field]))
            updatedFields[field] = value;
    const removedFields = Object.keys(before).filter(field => !(field in document));
    return { updatedFields, removedFields, truncatedArrays: [] };
}
/** Why the trigger would not see this event, or undefined when it would. */
function eventFilterReason(config, event) {
    const op = String(event.operationType ?? '').toUpperCase();
    const types = config.operation_types ?? [];
    if (types.length && !types.includes(op))
        return `operation type ${op} is not one of the trigger's operation_types (${types.join(', ')})`;
    const ns = (event.ns ?? {});
    if (config.database && ns.db !== config.database)
        return `the event's database '${String(ns.db)}' is not the trigger's '${config.database}'`;
    if (config.collection && ns.coll !== config.collection)
        return `the event's collection '${String(ns.coll)}' is not the trigger's '${config.collection}'`;
    if (config.match && Object.keys(config.match).length && !new cjs.Query(config.match).test(event))
        return "the event does not match the trigger's match expression";
    return undefined;
}
/** The event as the function receives it: the trigger's `project` applied. */
function projectEvent(config, event) {
    if (!config.project || !Object.keys(config.project).length)
        return event;
    const [projected] = new cjs.Aggregator([{ $project: config.project }]).run([event]);
    return projected;
}

;// CONCATENATED MODULE: ./src/testing/triggers/fire.ts
// Fires one trigger of the app: DATABASE (a change event, given or built, filtered by match and
// shaped by project), SCHEDULED (no argument) and AUTHENTICATION (an auth event with a user). The
// result says whether the function ran and why not; disabled triggers fire only when forced.







async function fireTrigger(parts, name, input) {
    const trigger = parts.model.triggers.find(t => t.name === name);
    if (!trigger)
        throw new UnknownNameError(`no trigger named '${name}' in the app (triggers/)`);
    if (trigger.disabled && !input.force)
        return {
            fired: false,
            reason: `trigger '${name}' is disabled (pass force: true to fire it anyway)`,
            logs: []
        };
    const prepared = prepare(trigger, input);
    if ('reason' in prepared)
        return { fired: false, reason: prepared.reason, event: prepared.event, logs: [] };
    const functionName = (0,app_model/* triggerFunctionName */.mQ)(trigger);
    if (!functionName)
        return {
            fired: false,
            reason: `trigger '${name}' sends its events to ${Object.keys(trigger.event_processors).join(', ') || 'nothing'}, not to a function`,
            ...(prepared.args.length ? { event: prepared.args[0] } : {}),
            logs: []
        };
    // Triggers run their function as App Services' system user.
    const invocation = new Invocation(parts, { user: SYSTEM_USER, request: {}, system: true });
    const result = await invocation.run(functionName, prepared.args);
    const event = prepared.args[0];
    return { fired: true, ...(event ? { event } : {}), result, logs: invocation.logs };
}
function prepare(trigger, input) {
    switch (trigger.type) {
        case 'DATABASE': {
            const config = trigger.config;
            const event = (0,clone/* cloneDoc */.E)(input.event ?? buildChangeEvent(config, input));
            const reason = eventFilterReason(config, event);
            return reason ? { reason, event } : { args: [projectEvent(config, event)] };
        }
        case 'AUTHENTICATION': {
            const config = trigger.config;
            const event = (0,clone/* cloneDoc */.E)(buildAuthEvent(config, { provider: input.provider, user: input.user }));
            const reason = authFilterReason(config, event);
            return reason ? { reason, event } : { args: [event] };
        }
        case 'SCHEDULED':
            return { args: [] };
        default:
            return { reason: `trigger type '${trigger.type}' is not one the local runtime fires` };
    }
}

;// CONCATENATED MODULE: ./src/testing/app.ts
// The test API's entry: load an app directory (any layout loadApp reads), choose an environment,
// values, secrets and a database, then call functions and fire triggers. One TestApp per app; its
// database lives until close().









/** App Services caps a function at 300 seconds of runtime (docs: functions, Constraints). */
const APP_SERVICES_TIME_LIMIT_MS = 300_000;
class TestApp {
    model;
    problems;
    parts;
    constructor(model, 
    /** What the loader found: warnings, and the errors `ignoreConfigErrors` let through. */
    problems, parts) {
        this.model = model;
        this.problems = problems;
        this.parts = parts;
    }
    static async load(options) {
        const { model, problems } = await readApp(options);
        const env = options.env ?? process.env;
        const engine = await openEngine(options.mongodbUri === undefined ? env.MONGODB_URI : options.mongodbUri, options);
        const secrets = new Map(options.secrets instanceof Map ? options.secrets : Object.entries(options.secrets ?? {}));
        return new TestApp(model, problems, {
            model,
            values: {
                model,
                environment: options.environment ?? model.settings.environment ?? '',
                secrets,
                env,
                overrides: options.values
            },
            engine,
            http: createHttpClient(options.http, options.allowNetwork === true),
            timeLimitMs: options.timeLimitMs ?? APP_SERVICES_TIME_LIMIT_MS
        });
    }
    get environment() {
        return this.parts.values.environment;
    }
    get database() {
        return this.parts.engine;
    }
    /** A collection as functions see it, for seeding and checking data in tests. */
    collection(dataSource, database, collection) {
        return this.parts.engine.collection(dataSource, database, collection);
    }
    /** Calls a function as a client does: `private` functions are refused, as App Services refuses them. */
    async call(name, args = [], options = {}) {
        const fn = this.model.functions.find(f => f.name === name);
        if (!fn)
            throw new UnknownNameError(`no function named '${name}' in the app (functions/)`);
        if (fn.private)
            throw new UnknownNameError(`function '${name}' is private: App Services lets only other functions (context.functions.execute), ` +
                'triggers and endpoints call it');
        const user = options.user ? { ...SYSTEM_USER, type: 'normal', ...options.user } : SYSTEM_USER;
        const invocation = new Invocation(this.parts, {
            user,
            request: options.request ?? {},
            system: fn.run_as_system === true || user.type === 'system'
        });
        const result = await invocation.run(name, args);
        return { result, logs: invocation.logs };
    }
    /** Fires a trigger by name; says whether it fired and, when it did, what its function returned. */
    async fire(name, input = {}) {
        return fireTrigger(this.parts, name, input);
    }
    /** Compiles a function and runs its top-level code (no call); throws what a call would throw for its source. */
    async loadFunction(name) {
        new Invocation(this.parts, { user: SYSTEM_USER, request: {}, system: true }).load(name);
    }
    /** Every function's load outcome: undefined when it loads, else the error. */
    async checkFunctions() {
        const outcomes = [];
        for (const fn of this.model.functions) {
            try {
                await this.loadFunction(fn.name);
                outcomes.push({ name: fn.name });
            }
            catch (error) {
                if (!(error instanceof FunctionRuntimeError))
                    throw error;
                outcomes.push({ name: fn.name, error });
            }
        }
        return outcomes;
    }
    /** Empties the database (between tests). */
    async reset() {
        await this.parts.engine.reset();
    }
    async close() {
        await this.parts.engine.close();
    }
}
/** Loads an app for testing (see TestAppOptions). */
function loadTestApp(options) {
    return TestApp.load(options);
}
async function openEngine(uri, options) {
    if (!uri)
        return new MemoryEngine();
    // Loaded here only: the in-memory path never loads the driver.
    const { connectDriverEngine } = await __webpack_require__.e(/* import() */ 3997136904).then(__webpack_require__.bind(__webpack_require__, 43312));
    return connectDriverEngine({ uri, databasePrefix: options.databasePrefix });
}
async function readApp(options) {
    const { model, problems } = await (0,load/* validateApp */.yZ)({ appDir: options.appDir });
    if (options.environment !== undefined &&
        !app_model/* ENVIRONMENT_NAMES */.br.includes(options.environment))
        throw new src_errors/* ConfigError */.xL([
            {
                source: 'environment',
                message: `'${options.environment}' is not an App Services environment (${app_model/* ENVIRONMENT_NAMES */.br.map(n => `'${n}'`).join(', ')})`,
                severity: 'error'
            }
        ]);
    const errors = problems.some(p => p.severity === 'error');
    if (!model || (errors && !options.ignoreConfigErrors))
        throw new src_errors/* ConfigError */.xL(problems);
    return { model, problems };
}

;// CONCATENATED MODULE: ./src/testing/cli-format.ts
// The text forms `realm-deploy exec` speaks: arguments in as Extended JSON (a client's wire format),
// the result out as Extended JSON. Here so that the CLI loads bson only when it runs a function.

/** `[1, {"$date": "..."}]` -> the argument list; a single non-array value is one argument. */
function parseArguments(text) {
    if (text === undefined || text.trim() === '')
        return [];
    const value = bson_node.EJSON.parse(text, { relaxed: true });
    return Array.isArray(value) ? value : [value];
}
/** The result as indented Extended JSON (relaxed: numbers stay numbers, dates and ids keep their type). */
function formatResult(value) {
    if (value === undefined)
        return 'undefined';
    return bson_node.EJSON.stringify(value, undefined, 2, { relaxed: true });
}

;// CONCATENATED MODULE: ./src/testing/index.ts
// realm-deploy/testing: run an App Services app's functions and fire its triggers locally, in
// node:vm, against an in-memory database (mingo) or a real MongoDB (the official driver). What
// differs from App Services' own runtime is listed in DIFFERENCES.md next to this file.







/***/ })

};
