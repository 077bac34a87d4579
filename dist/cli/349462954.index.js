export const id = 349462954;
export const ids = [349462954];
export const modules = {

/***/ 93964:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ withoutId),
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   kY: () => (/* binding */ remember),
/* harmony export */   o$: () => (/* binding */ readSource),
/* harmony export */   pp: () => (/* binding */ problemFor),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   rn: () => (/* binding */ reportFile),
/* harmony export */   z8: () => (/* binding */ report)
/* harmony export */ });
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29240);

/** Records where `resource` sits inside its file, for the positions of later problems. */
function remember(ctx, resource, base) {
    ctx.bases.set(resource, base);
    return resource;
}
/**
 * A problem about a resource already in the model: positioned at the first of `paths` (relative to the
 * resource) that exists in its file, or at the resource itself.
 */
function problemFor(ctx, resource, paths, message, severity = 'error') {
    const base = ctx.bases.get(resource) ?? [];
    const candidates = paths.map(p => [...base, ...p]);
    const doc = ctx.docs.get(resource.file);
    if (!doc) {
        const field = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .formatFieldPath */ .vZ)(candidates[0] ?? []);
        return { source: resource.file, ...(field ? { field } : {}), message, severity };
    }
    const path = candidates.find(p => (0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .hasNode */ .j4)(doc, p)) ?? candidates[0] ?? base;
    return (0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldProblem */ .SL)(doc, path, message, severity);
}
/** Reads and parses a JSON file; undefined when it does not exist (or could not be read safely). */
async function readJson(ctx, rel) {
    const cached = ctx.docs.get(rel);
    if (cached)
        return cached;
    const text = await ctx.dir.readText(rel);
    if (text === undefined)
        return undefined;
    const { doc, problems } = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .parseJsonDocument */ .dH)(rel, text);
    ctx.problems.push(...problems);
    ctx.docs.set(rel, doc);
    return doc;
}
/** Reads a text file (a function source) with CRLF normalized to LF, so Windows checkouts never diff. */
async function readSource(ctx, rel) {
    const text = await ctx.dir.readText(rel);
    return text?.replace(/\r\n/g, '\n');
}
function report(ctx, doc, path, message, severity = 'error') {
    ctx.problems.push((0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldProblem */ .SL)(doc, path, message, severity));
}
/** A problem about a file or directory as a whole (no JSON position). */
function reportFile(ctx, source, message, severity = 'error') {
    ctx.problems.push({ source, message, severity });
}
/** The object without the exported `id` (it belongs to the app that was exported). */
function withoutId(value) {
    return omit(value, ['id']);
}
function omit(value, keys) {
    return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}
function asRecord(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value)
        ? value
        : {};
}


/***/ }),

/***/ 3791:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ checkCron)
/* harmony export */ });
// Validates the cron expression of a SCHEDULED trigger the way the App Services docs define it
// (triggers/scheduled-triggers.txt): five space-separated fields, minute hour day-of-month month
// weekday, each `*`, a value, a range `a-b`, a list `a,b`, or a step `x/n`; months and weekdays may
// be three-letter names (JAN, MON). The docs list steps for minute and hour only, so a step elsewhere
// is a warning (standard cron accepts it). Weekdays are 0-6 as documented: 7 is an error with a hint.
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day-of-month', min: 1, max: 31 },
    { name: 'month', min: 1, max: 12, names: MONTHS },
    { name: 'weekday', min: 0, max: 6, names: WEEKDAYS }
];
function checkCron(expression) {
    const check = { errors: [], warnings: [] };
    const parts = expression.trim().split(/\s+/).filter(Boolean);
    if (parts.length !== 5) {
        check.errors.push(`a schedule has 5 fields (minute hour day-of-month month weekday); '${expression}' has ${parts.length}`);
        return check;
    }
    parts.forEach((part, i) => checkField(part, FIELDS[i], check));
    return check;
}
function checkField(text, field, check) {
    const unsupported = text.match(/[?LW#]/);
    if (unsupported) {
        check.errors.push(`${field.name} '${text}': '${unsupported[0]}' is not part of App Services cron syntax`);
        return;
    }
    for (const item of text.split(',')) {
        const error = checkItem(item, field, check);
        if (error) {
            check.errors.push(`${field.name} '${text}': ${error}`);
            return;
        }
    }
}
function checkItem(item, field, check) {
    if (item === '')
        return 'empty list entry';
    const [base, step, extra] = item.split('/');
    if (extra !== undefined)
        return `'${item}' has more than one '/'`;
    if (step !== undefined) {
        if (!/^\d+$/.test(step) || Number(step) < 1)
            return `step '${step}' must be a whole number of at least 1`;
        if (field.name !== 'minute' && field.name !== 'hour') {
            check.warnings.push(`${field.name} '${item}': the App Services docs allow steps in minute and hour only`);
        }
    }
    if (base === '*')
        return undefined;
    const [from, to, more] = base.split('-');
    if (more !== undefined)
        return `'${base}' is not a value or a range`;
    const start = parseValue(from, field);
    if (typeof start === 'string')
        return start;
    if (to === undefined)
        return undefined;
    const end = parseValue(to, field);
    if (typeof end === 'string')
        return end;
    return end < start ? `range '${base}' runs backwards` : undefined;
}
/** The numeric value, or an error message. */
function parseValue(text, field) {
    const byName = field.names?.indexOf(text.toUpperCase()) ?? -1;
    if (byName >= 0)
        return byName + field.min;
    if (!/^\d+$/.test(text)) {
        const names = field.names ? ` or a name (${field.names[0]}..${field.names[field.names.length - 1]})` : '';
        return `'${text}' is not a number${names}`;
    }
    const value = Number(text);
    if (value < field.min || value > field.max) {
        const hint = field.name === 'weekday' && value === 7 ? ' (use 0 for Sunday)' : '';
        return `${value} is outside ${field.min}-${field.max}${hint}`;
    }
    return value;
}


/***/ }),

/***/ 50926:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sc: () => (/* binding */ strList),
/* harmony export */   WL: () => (/* binding */ obj),
/* harmony export */   bz: () => (/* binding */ any),
/* harmony export */   dn: () => (/* binding */ expression),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   lc: () => (/* binding */ bool),
/* harmony export */   mw: () => (/* binding */ required),
/* harmony export */   oA: () => (/* binding */ checkFields),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony exports typeOfJson, oneEditApart */
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29240);

const str = { type: 'string' };
const bool = { type: 'boolean' };
const obj = { type: 'object' };
const any = { type: 'any' };
const strList = { type: 'array', items: str };
/** Rule expressions: a boolean or a JSON expression object. */
const expression = { type: ['boolean', 'object'] };
function required(spec) {
    return { ...spec, required: true };
}
/** A closed set of strings. A required one is the resource's discriminator, which the server checks;
 *  `refuse` marks other sets the server checks. */
function oneOf(values, isRequired = false, refuse = isRequired) {
    return { type: 'string', enum: values, required: isRequired, refuse };
}
function typeOfJson(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'array';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'integer' : 'number';
    return typeof value;
}
function matchesType(value, type) {
    const actual = typeOfJson(value);
    if (type === 'any')
        return true;
    if (type === 'number')
        return actual === 'number' || actual === 'integer';
    return actual === type;
}
const article = (t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
/** Checks `value` (at `path` of `doc`) against `table`; returns false when an error was found. */
function checkFields(doc, path, value, table, problems) {
    if (typeOfJson(value) !== 'object') {
        problems.push((0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldProblem */ .SL)(doc, path, `${table.kind} must be a JSON object, found ${typeOfJson(value)}`));
        return false;
    }
    const record = value;
    const before = problems.filter(p => p.severity === 'error').length;
    if (table.unknown !== 'allow') {
        for (const key of Object.keys(record).filter(k => !(k in table.fields))) {
            problems.push((0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldProblem */ .SL)(doc, [...path, key], unknownFieldMessage(key, table), 'warning'));
        }
    }
    for (const [key, spec] of Object.entries(table.fields)) {
        const value = record[key];
        // `""` is unset for an enum, and missing for a required string (the server refuses both).
        const empty = value === '' && (spec.enum !== undefined || (spec.required && spec.type === 'string'));
        if (value === undefined || value === null || empty) {
            if (spec.required)
                problems.push((0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldProblem */ .SL)(doc, path, `${table.kind} is missing required field '${key}'`));
        }
        else {
            checkValue(doc, [...path, key], value, spec, problems);
        }
    }
    return problems.filter(p => p.severity === 'error').length === before;
}
function checkValue(doc, path, value, spec, problems) {
    const types = (Array.isArray(spec.type) ? spec.type : [spec.type]);
    if (!types.some(t => matchesType(value, t))) {
        const expected = types.map(article).join(' or ');
        problems.push((0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldProblem */ .SL)(doc, path, `expected ${expected}, found ${typeOfJson(value)}`));
        return;
    }
    if (spec.enum && value !== '' && !spec.enum.includes(value)) {
        const allowed = spec.enum.map(v => JSON.stringify(v)).join(', ');
        const message = spec.refuse
            ? `${JSON.stringify(value)} is not one of ${allowed}`
            : `${JSON.stringify(value)} is not one of ${allowed}; it is sent as written, App Services may refuse it`;
        problems.push((0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldProblem */ .SL)(doc, path, message, spec.refuse ? 'error' : 'warning'));
        return;
    }
    if (spec.fields && typeOfJson(value) === 'object')
        checkFields(doc, path, value, spec.fields, problems);
    if (spec.items && Array.isArray(value)) {
        const items = spec.items;
        value.forEach((item, i) => {
            // A list's item cannot be unset: `""` in a closed list the server checks, or where a name is
            // required, is refused.
            if (item === '' && ((items.enum && items.refuse) || items.required))
                problems.push((0,_json_file_js__WEBPACK_IMPORTED_MODULE_0__/* .fieldProblem */ .SL)(doc, [...path, i], items.enum
                    ? `"" is not one of ${items.enum.map(v => JSON.stringify(v)).join(', ')}`
                    : 'an empty string where a value is required'));
            else
                checkValue(doc, [...path, i], item, items, problems);
        });
    }
}
function unknownFieldMessage(key, table) {
    const loose = (name) => name.toLowerCase().replace(/[_-]/g, '');
    const near = Object.keys(table.fields).find(known => oneEditApart(key, known) || loose(key) === loose(known));
    const hint = near ? ` (did you mean '${near}'?)` : '';
    return `unknown field '${key}' in ${table.kind}${hint}: it is sent to App Services as written`;
}
/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
function oneEditApart(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1)
        return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i])
        i++;
    if (a.length === b.length) {
        if (a.slice(i + 1) === b.slice(i + 1))
            return true;
        return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}


/***/ }),

/***/ 40014:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UW: () => (/* binding */ CUSTOM_USER_DATA_TABLE),
/* harmony export */   V$: () => (/* binding */ PROVIDER_TABLE),
/* harmony export */   hS: () => (/* binding */ loadCustomUserData),
/* harmony export */   xZ: () => (/* binding */ loadAuthProviders)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93964);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50926);
/* harmony import */ var _load_triggers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50665);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(19870);
// Auth providers (config-to-api §4.12: v2 `auth/providers.json` keyed by name, v1
// `auth_providers/<name>.json`) and custom user data (§4.13: v2 `auth/custom_user_data.json`, v1 the
// root file's `custom_user_data_config`).




const PROVIDER_TABLE = {
    kind: 'auth provider',
    unknown: 'warning',
    fields: {
        name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
        type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_load_triggers_js__WEBPACK_IMPORTED_MODULE_2__/* .PROVIDER_TYPES */ .MA, true),
        disabled: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
        config: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL,
        secret_config: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL,
        metadata_fields: {
            type: 'array',
            items: {
                type: 'object',
                fields: {
                    kind: 'metadata field',
                    unknown: 'warning',
                    fields: { required: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc, name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx), field_name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx }
                }
            }
        },
        redirect_uris: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .strList */ .Sc,
        domain_restrictions: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .strList */ .Sc,
        id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx
    }
};
const CUSTOM_USER_DATA_TABLE = {
    kind: 'custom user data config',
    unknown: 'warning',
    fields: {
        enabled: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc),
        mongo_service_name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
        mongo_service_id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
        database_name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
        collection_name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
        user_id_field: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
        on_user_creation_function_name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx
    }
};
async function loadAuthProviders(ctx) {
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isV1Layout */ .Uc)(ctx.layout))
        return loadV1Providers(ctx);
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, 'auth/providers.json');
    if (!doc?.ok)
        return [];
    if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [], 'auth/providers.json must be a JSON object keyed by provider name');
        return [];
    }
    const providers = [];
    for (const [key, value] of Object.entries(doc.value)) {
        const provider = buildProvider(ctx, doc, [key], value, key);
        if (provider)
            providers.push(provider);
    }
    return providers;
}
async function loadV1Providers(ctx) {
    const providers = [];
    for (const entry of await ctx.dir.list('auth_providers')) {
        if (entry.kind !== 'file' || !entry.name.endsWith('.json'))
            continue;
        const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, entry.rel);
        if (!doc?.ok)
            continue;
        const provider = buildProvider(ctx, doc, [], doc.value, entry.name.replace(/\.json$/, ''));
        if (provider)
            providers.push(provider);
    }
    return providers;
}
function buildProvider(ctx, doc, path, value, key) {
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, path, value, PROVIDER_TABLE, ctx.problems))
        return undefined;
    const raw = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(value));
    const name = typeof raw.name === 'string' ? raw.name : key;
    if (name === '') {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [...path, 'name'], `an auth provider needs a name (App Services names providers by type: '${String(raw.type)}')`);
        return undefined;
    }
    if (path.length > 0 && name !== key) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [...path, 'name'], `provider key '${key}' and its name '${name}' differ`);
        return undefined;
    }
    if (name !== raw.type)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [...path, 'name'], `provider name '${name}' differs from its type '${String(raw.type)}'; App Services names providers by type`, 'warning');
    const config = raw.config === undefined
        ? {}
        : { config: providerConfig(ctx, doc, [...path, 'config'], (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(raw.config)) };
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .remember */ .kY)(ctx, { ...raw, ...config, name, type: raw.type, disabled: raw.disabled === true, file: doc.file }, path);
}
/**
 * A `*FunctionName` that is set must be a string. Exports keep a `*FunctionId` next to each `*FunctionName`: the id belongs to the exported app, so it
 * is dropped like `id` (the deployer resolves the name). An id without its name cannot be resolved.
 */
function providerConfig(ctx, doc, path, config) {
    for (const key of ['confirmationFunctionName', 'resetFunctionName', 'authFunctionName']) {
        // Unset is null, "" or absent; anything else the server looks up as a function name.
        const value = config[key];
        if (value && typeof value !== 'string')
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [...path, key], `${key} must be the name of a function (a string), not ${JSON.stringify(value)}`);
    }
    const ids = Object.keys(config).filter(key => key.endsWith('FunctionId'));
    for (const key of ids) {
        const nameKey = key.replace(/FunctionId$/, 'FunctionName');
        const message = `${key} is an id from another app and is ignored; name the function with ${nameKey}`;
        if (config[nameKey] === undefined)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [...path, key], message, 'warning');
    }
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .omit */ .cJ)(config, ids);
}
async function loadCustomUserData(ctx, rootDoc) {
    let doc;
    let path = [];
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_3__/* .isV1Layout */ .Uc)(ctx.layout)) {
        if (!rootDoc || (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(rootDoc.value).custom_user_data_config === undefined)
            return undefined;
        [doc, path] = [rootDoc, ['custom_user_data_config']];
    }
    else {
        doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, 'auth/custom_user_data.json');
    }
    if (!doc?.ok)
        return undefined;
    const value = path.length ? (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value)[path[0]] : doc.value;
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, path, value, CUSTOM_USER_DATA_TABLE, ctx.problems))
        return undefined;
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(value);
    if (config.enabled === true) {
        const missing = ['database_name', 'collection_name', 'user_id_field'].filter(k => !config[k]);
        if (!config.mongo_service_name && !config.mongo_service_id)
            missing.unshift('mongo_service_name');
        if (missing.length)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, path, `enabled custom user data needs ${missing.join(', ')}`);
    }
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .remember */ .kY)(ctx, { ...config, enabled: config.enabled === true, file: doc.file }, path);
}


/***/ }),

/***/ 14171:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ff: () => (/* binding */ readFolderConfig),
/* harmony export */   VI: () => (/* binding */ loadV1DataSource),
/* harmony export */   bn: () => (/* binding */ loadDataSources),
/* harmony export */   lI: () => (/* binding */ DATA_SOURCE_TYPES)
/* harmony export */ });
/* unused harmony exports DATA_SOURCE_TABLE, dataSourceFromHeader */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93964);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50926);
/* harmony import */ var _load_rules_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(67017);
// Data sources (config-to-api §4.7): `data_sources/<dir>/` in v2 layouts; in v1 they sit in
// `services/<dir>/` next to third-party services and are told apart by `type`. realm-cli takes the
// name from config.json, not from the folder.



const DATA_SOURCE_TYPES = ['mongodb-atlas', 'datalake', 'mongodb'];
const DATA_SOURCE_TABLE = {
    kind: 'data source config',
    unknown: 'warning',
    fields: {
        name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
        type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(DATA_SOURCE_TYPES, true),
        config: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL),
        version: { type: 'integer' },
        id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx
    }
};
const CONFIG_TABLES = {
    'mongodb-atlas': {
        kind: 'mongodb-atlas config',
        unknown: 'warning',
        fields: {
            clusterName: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
            readPreference: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['primary', 'primaryPreferred', 'secondary', 'secondaryPreferred', 'nearest']),
            wireProtocolEnabled: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
            readPreferenceTagSets: { type: 'array' },
            sync: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL,
            flexible_sync: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL
        }
    },
    datalake: { kind: 'datalake config', unknown: 'warning', fields: { dataLakeName: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx } },
    mongodb: { kind: 'mongodb config', unknown: 'allow', fields: {} }
};
async function loadDataSources(ctx) {
    const sources = [];
    for (const entry of await ctx.dir.list('data_sources')) {
        if (entry.kind !== 'dir') {
            if (!entry.name.startsWith('.'))
                (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, entry.rel, 'ignored: a data source is a folder data_sources/<name>/', 'warning');
            continue;
        }
        const source = await loadV2DataSource(ctx, entry.rel);
        if (source)
            sources.push(source);
    }
    return sources;
}
/** Reads `<dir>/config.json` of a data source or service folder; undefined (reported) when missing or invalid. */
async function readFolderConfig(ctx, dir) {
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, `${dir}/config.json`);
    if (!doc)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, dir, 'this folder needs a config.json');
    if (!doc?.ok)
        return undefined;
    return doc;
}
function dataSourceFromHeader(ctx, doc, files) {
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [], doc.value, DATA_SOURCE_TABLE, ctx.problems))
        return undefined;
    const header = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value));
    const type = header.type;
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(header.config);
    (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, ['config'], config, CONFIG_TABLES[type], ctx.problems);
    // `config: {}` (realm-cli's test apps) leaves the linked cluster unmanaged; a partial config is a mistake.
    if (type === 'mongodb-atlas' && Object.keys(config).length > 0 && config.clusterName === undefined) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['config'], 'a mongodb-atlas data source needs config.clusterName');
    }
    const cluster = config.clusterName;
    if (typeof cluster === 'string' && !cluster.includes('%(') && !/^[A-Za-z0-9_-]{1,64}$/.test(cluster)) {
        const message = `${JSON.stringify(cluster)} is not an Atlas cluster name (at most 64 ASCII letters, digits, "_" or "-"): write the name of the cluster this app links`;
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['config', 'clusterName'], message);
    }
    return {
        ...header,
        name: header.name,
        type,
        config,
        ...(typeof header.version === 'number' ? { version: header.version } : {}),
        rules: files.rules,
        schemas: files.schemas,
        file: doc.file
    };
}
async function loadV2DataSource(ctx, dir) {
    const doc = await readFolderConfig(ctx, dir);
    const files = { rules: [], schemas: [] };
    for (const db of await ctx.dir.list(dir)) {
        if (db.kind === 'file') {
            if (!['config.json', 'default_rule.json'].includes(db.name) && !db.name.startsWith('.')) {
                (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, db.rel, 'ignored: a data source folder holds config.json, default_rule.json and <database>/<collection>/ folders', 'warning');
            }
            continue;
        }
        for (const coll of await ctx.dir.list(db.rel)) {
            if (coll.kind === 'dir')
                await (0,_load_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .loadCollectionDir */ .AN)(ctx, coll.rel, db.name, coll.name, files);
            else if (!coll.name.startsWith('.'))
                (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, coll.rel, 'ignored: expected a collection folder', 'warning');
        }
    }
    const defaultRule = await (0,_load_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .loadDefaultRule */ .qg)(ctx, `${dir}/default_rule.json`);
    const source = doc ? dataSourceFromHeader(ctx, doc, files) : undefined;
    return source && { ...source, ...(defaultRule ? { default_rule: defaultRule } : {}) };
}
/** A v1 `services/<dir>/` folder whose config.json has a data source type. */
async function loadV1DataSource(ctx, dir, doc) {
    const files = { rules: [], schemas: [] };
    for (const entry of await ctx.dir.list(`${dir}/rules`)) {
        if (entry.kind === 'file' && entry.name.endsWith('.json'))
            await (0,_load_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .loadV1Rule */ .GL)(ctx, entry.rel, entry.name, files);
        else if (!entry.name.startsWith('.'))
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, entry.rel, 'ignored: rules are rules/<database>.<collection>.json files', 'warning');
    }
    const defaultRule = await (0,_load_rules_js__WEBPACK_IMPORTED_MODULE_2__/* .loadDefaultRule */ .qg)(ctx, `${dir}/default_rule.json`);
    const source = dataSourceFromHeader(ctx, doc, files);
    return source && { ...source, ...(defaultRule ? { default_rule: defaultRule } : {}) };
}


/***/ }),

/***/ 12156:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jy: () => (/* binding */ DATA_API_TABLE),
/* harmony export */   Z8: () => (/* binding */ loadEndpoints),
/* harmony export */   fU: () => (/* binding */ ENDPOINT_TABLE),
/* harmony export */   lU: () => (/* binding */ endpointsFolder),
/* harmony export */   xA: () => (/* binding */ loadDataApiConfig)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93964);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50926);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19870);
// HTTPS endpoints and the Data API config (config-to-api §4.15, §4.16). 20230101 apps keep them in
// `https_endpoints/`, 20210101 apps in `http_endpoints/`; both names occur in MongoDB's docs for both
// layouts, so either folder is read (one of them, not both). v1 has no endpoints file; its Data API
// config is the root `data_api_config.json`.



const VALIDATION_METHODS = ['NO_VALIDATION', 'SECRET_AS_QUERY_PARAM', 'VERIFY_PAYLOAD'];
const ENDPOINT_TABLE = {
    kind: 'endpoint',
    unknown: 'warning',
    fields: {
        route: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
        http_method: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*'], true),
        function_name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
        validation_method: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(VALIDATION_METHODS, true),
        secret_name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
        respond_result: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
        fetch_custom_user_data: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
        create_user_on_auth: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
        disabled: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
        return_type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['JSON', 'EJSON']),
        id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx
    }
};
const DATA_API_TABLE = {
    kind: 'Data API config',
    unknown: 'warning',
    fields: {
        disabled: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
        versions: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)({ type: 'array', items: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['v1'], false, true) }),
        return_type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['JSON', 'EJSON'], true),
        // Required, but exports write "" for a Data API that never chose one: checked below.
        validation_method: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(VALIDATION_METHODS),
        secret_name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
        create_user_on_auth: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
        run_as_system: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
        run_as_user_id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
        run_as_user_id_script_source: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
        can_evaluate: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL,
        log_function_arguments: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
        fetch_custom_user_data: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc
    }
};
/** The folder that holds endpoints in this app (undefined in v1 or when there is none). Exports of apps
 *  that moved between layouts keep both folders, one of them holding only `[]`: that one defines nothing. */
async function endpointsFolder(ctx) {
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isV1Layout */ .Uc)(ctx.layout))
        return undefined;
    const preferred = ctx.layout === '20230101' ? ['https_endpoints', 'http_endpoints'] : ['http_endpoints', 'https_endpoints'];
    const present = [];
    for (const folder of preferred)
        if (await definesEndpoints(ctx, folder))
            present.push(folder);
    if (present.length > 1) {
        ctx.problems.push({
            source: `${present[1]}/`,
            message: `ignored: this layout reads endpoints from ${present[0]}/, which defines them too`,
            severity: 'warning'
        });
    }
    return present[0] ?? (await firstExisting(ctx, preferred));
}
async function definesEndpoints(ctx, folder) {
    if (await ctx.dir.exists(`${folder}/data_api_config.json`))
        return true;
    if (!(await ctx.dir.exists(`${folder}/config.json`)))
        return false;
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, `${folder}/config.json`);
    return !(doc?.ok && Array.isArray(doc.value) && doc.value.length === 0);
}
async function firstExisting(ctx, folders) {
    for (const folder of folders)
        if (await ctx.dir.exists(`${folder}/config.json`))
            return folder;
    return undefined;
}
async function loadEndpoints(ctx, folder) {
    if (!folder)
        return [];
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, `${folder}/config.json`);
    if (!doc?.ok)
        return [];
    if (!Array.isArray(doc.value)) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [], 'the endpoints file must be a JSON array of endpoints');
        return [];
    }
    const endpoints = [];
    doc.value.forEach((value, i) => {
        if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [i], value, ENDPOINT_TABLE, ctx.problems))
            return;
        const endpoint = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(value));
        if (!endpoint.route.startsWith('/'))
            return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [i, 'route'], 'route must start with "/"');
        if (needsSecret(endpoint.validation_method) && !endpoint.secret_name) {
            return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [i, 'secret_name'], `validation_method ${String(endpoint.validation_method)} needs secret_name`);
        }
        endpoints.push((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .remember */ .kY)(ctx, { ...endpoint, file: doc.file }, [i]));
    });
    return endpoints;
}
async function loadDataApiConfig(ctx, folder) {
    const file = (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isV1Layout */ .Uc)(ctx.layout) ? 'data_api_config.json' : folder && `${folder}/data_api_config.json`;
    if (!file)
        return undefined;
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, file);
    if (!doc?.ok || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [], doc.value, DATA_API_TABLE, ctx.problems))
        return undefined;
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value);
    if (config.validation_method === undefined || config.validation_method === null) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [], `Data API config is missing required field 'validation_method' ("" when it has none)`);
        return undefined;
    }
    if (needsSecret(config.validation_method) && !config.secret_name) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['secret_name'], `validation_method ${String(config.validation_method)} needs secret_name`);
    }
    return { ...config, file: doc.file };
}
function needsSecret(method) {
    return method === 'SECRET_AS_QUERY_PARAM' || method === 'VERIFY_PAYLOAD';
}


/***/ }),

/***/ 29839:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tg: () => (/* binding */ loadLegacySecrets),
/* harmony export */   Tl: () => (/* binding */ loadHosting),
/* harmony export */   Yi: () => (/* binding */ loadSync),
/* harmony export */   cV: () => (/* binding */ loadDependencies),
/* harmony export */   ev: () => (/* binding */ HOSTING_TABLE),
/* harmony export */   z3: () => (/* binding */ SYNC_TABLE)
/* harmony export */ });
/* unused harmony export MAX_DEPENDENCY_ARCHIVE_BYTES */
/* harmony import */ var jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49370);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(27194);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(93964);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50926);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19870);
// The singletons and leftovers: sync (config-to-api §4.10), hosting config (§4.19), function
// dependencies (§4.6) and the legacy root `secrets.json` (§4.4), whose values are never kept.





const SYNC_TABLE = {
    kind: 'sync config',
    unknown: 'warning',
    fields: {
        type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(['flexible', 'partition']),
        state: (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .oneOf */ .yL)(['enabled', 'disabled', '']),
        development_mode_enabled: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc,
        service_name: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx,
        database_name: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx,
        client_max_offline_days: { type: 'number' },
        is_recovery_mode_disabled: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc,
        queryable_fields_names: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .strList */ .Sc,
        indexed_queryable_fields_names: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .strList */ .Sc,
        collection_queryable_fields_names: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .obj */ .WL,
        asymmetric_tables: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .strList */ .Sc,
        last_disabled: { type: 'number' },
        permissions: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .obj */ .WL
    }
};
const HOSTING_TABLE = {
    kind: 'hosting config',
    unknown: 'warning',
    fields: {
        enabled: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .bool */ .lc,
        custom_domain: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx,
        app_default_domain: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx,
        default_error_path: _fields_js__WEBPACK_IMPORTED_MODULE_3__/* .str */ .gx,
        default_error_code: { type: ['string', 'integer'] },
        // The single-page-app setting (DOCS hosting/host-a-single-page-application).
        default_response_code: { type: ['string', 'integer'] }
    }
};
/** DOCS functions/dependencies.txt: a zipped node_modules may be at most 15 MB. */
const MAX_DEPENDENCY_ARCHIVE_BYTES = 15 * 1024 * 1024;
const ARCHIVES = ['node_modules.zip', 'node_modules.tar', 'node_modules.tgz', 'node_modules.tar.gz'];
/** v2 `<folder>/config.json`, or the root file's `<key>` in v1. */
async function singleton(ctx, rootDoc, key, file) {
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isV1Layout */ .Uc)(ctx.layout)) {
        const value = rootDoc?.ok ? (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(rootDoc.value)[key] : undefined;
        return value === undefined || !rootDoc ? undefined : { doc: rootDoc, path: [key], value };
    }
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .readJson */ .Vh)(ctx, file);
    return doc?.ok ? { doc, path: [], value: doc.value } : undefined;
}
async function loadSync(ctx, rootDoc) {
    const found = await singleton(ctx, rootDoc, 'sync', 'sync/config.json');
    if (!found || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .checkFields */ .oA)(found.doc, found.path, found.value, SYNC_TABLE, ctx.problems))
        return undefined;
    const sync = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(found.value);
    const configured = sync.type === 'flexible' || sync.type === 'partition';
    if (sync.state === null || (configured && sync.state === undefined)) {
        // The server needs a state (the spec's FlexibleSync requires it): "" is terminated, so neither null
        // nor a missing state can mean unset in a file that names a sync type. Exports without sync write
        // neither type nor state, and are left alone.
        (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .report */ .z8)(ctx, found.doc, [...found.path, 'state'], `sync state must be "enabled", "disabled" or "" (terminated), not ${sync.state === null ? 'null' : 'missing'}`);
        return undefined;
    }
    const key = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(sync.partition).key;
    if (sync.type === 'partition' && sync.state === 'enabled' && (typeof key !== 'string' || key === '')) {
        // The server refuses enabled partition-based sync without the field it partitions on.
        (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .report */ .z8)(ctx, found.doc, [...found.path, 'partition', 'key'], 'enabled partition-based sync needs partition.key, the field that partitions the data');
        return undefined;
    }
    const indexed = sync.indexed_queryable_fields_names;
    if (Array.isArray(indexed) && indexed.length > 1) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .report */ .z8)(ctx, found.doc, [...found.path, 'indexed_queryable_fields_names'], 'Sync supports at most one indexed queryable field');
    }
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .remember */ .kY)(ctx, { ...sync, file: found.doc.file }, found.path);
}
async function loadHosting(ctx, rootDoc) {
    const present = (await ctx.dir.kindOf('hosting')) === 'dir';
    const found = await singleton(ctx, rootDoc, 'hosting', 'hosting/config.json');
    const config = found && (0,_fields_js__WEBPACK_IMPORTED_MODULE_3__/* .checkFields */ .oA)(found.doc, found.path, found.value, HOSTING_TABLE, ctx.problems)
        ? (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .remember */ .kY)(ctx, { ...(0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(found.value), file: found.doc.file }, found.path)
        : undefined;
    if (!present && !config)
        return undefined;
    return { present, ...(config ? { config } : {}) };
}
/** An archive wins over package.json, which wins over a node_modules folder (realm-cli's order for the first). */
async function loadDependencies(ctx) {
    const entries = new Map((await ctx.dir.list('functions')).map(e => [e.name, e]));
    const archive = ARCHIVES.map(name => entries.get(name)).find(e => e?.kind === 'file');
    const candidates = [
        archive && 'archive',
        entries.get('package.json')?.kind === 'file' && 'package.json',
        entries.get('node_modules')?.kind === 'dir' && 'directory'
    ].filter(Boolean);
    if (candidates.length > 1) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .reportFile */ .rn)(ctx, 'functions/', `several dependency sources (${candidates.join(', ')}); the ${candidates[0]} is used`, 'warning');
    }
    if (archive) {
        if (archive.size > MAX_DEPENDENCY_ARCHIVE_BYTES) {
            (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .reportFile */ .rn)(ctx, archive.rel, `dependency archive is ${archive.size} bytes; App Services accepts at most 15 MB`);
        }
        return { kind: 'archive', file: archive.rel };
    }
    if (entries.get('package.json')?.kind === 'file')
        return packageJsonDependencies(ctx);
    return entries.get('node_modules')?.kind === 'dir'
        ? { kind: 'directory', file: 'functions/node_modules' }
        : undefined;
}
async function packageJsonDependencies(ctx) {
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .readJson */ .Vh)(ctx, 'functions/package.json');
    if (!doc?.ok)
        return undefined;
    const dependencies = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)((0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(doc.value).dependencies);
    const bad = Object.entries(dependencies).filter(([, version]) => typeof version !== 'string');
    for (const [name] of bad)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .report */ .z8)(ctx, doc, ['dependencies', name], 'a dependency version must be a string');
    return { kind: 'package.json', file: doc.file, dependencies: dependencies };
}
/**
 * The legacy root `secrets.json`: `{auth_providers: {<provider>: {<secret name>: value}},
 * services: {<svc>: {<field>: value}}}` (a service field becomes the secret `__<svc>_<field>`).
 * Returns the secret names; every value is registered for masking at once and then forgotten.
 */
async function loadLegacySecrets(ctx) {
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .readJson */ .Vh)(ctx, 'secrets.json');
    if (!doc)
        return [];
    const content = (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(doc.ok ? doc.value : doc.tree && (0,jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_0__/* .getNodeValue */ .yQ)(doc.tree));
    const names = [];
    for (const [group, prefix] of [
        ['auth_providers', ''],
        ['services', '__']
    ]) {
        for (const [owner, secrets] of Object.entries((0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(content[group]))) {
            for (const [key, value] of Object.entries((0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .asRecord */ .qY)(secrets))) {
                if (typeof value === 'string')
                    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .registerSecret */ .cl)(value);
                names.push(prefix ? `__${owner}_${key}` : key);
            }
        }
    }
    if (doc.ok && names.length) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_2__/* .report */ .z8)(ctx, doc, [], 'secret values in the repository are not deployed from here: supply them with --secret or --secrets-file (names are listed as needed)', 'warning');
    }
    return doc.ok ? names : [];
}


/***/ }),

/***/ 93999:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ loadFunctions),
/* harmony export */   x: () => (/* binding */ MANIFEST_ENTRY)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93964);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50926);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(19870);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(84895);
// Functions (config-to-api §4.5). v2 (20210101, 20230101): the manifest `functions/config.json` plus
// every `.js` under `functions/` (nested folders make slash names: `functions/utils/add.js` is
// `utils/add`), never inside a `node_modules` folder. v1: `functions/<name>/{config.json,source.js}`.




const FUNCTION_FIELDS = {
    name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
    private: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
    can_evaluate: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL,
    disable_arg_logs: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
    run_as_system: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
    run_as_user_id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
    run_as_user_id_script_source: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
    id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx
};
const MANIFEST_ENTRY = {
    kind: 'function manifest entry',
    unknown: 'warning',
    fields: FUNCTION_FIELDS
};
const V1_CONFIG = { kind: 'function config', unknown: 'warning', fields: FUNCTION_FIELDS };
/** Files that may sit in `functions/` without being functions. */
const NOT_FUNCTIONS = /^(config\.json|package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|node_modules\.(zip|tar|tgz|tar\.gz)|README.*|\..*)$/;
async function loadFunctions(ctx) {
    if ((await ctx.dir.kindOf('functions')) !== 'dir')
        return [];
    return (0,_model_js__WEBPACK_IMPORTED_MODULE_2__/* .isV1Layout */ .Uc)(ctx.layout) ? loadV1Functions(ctx) : loadV2Functions(ctx);
}
async function loadV2Functions(ctx) {
    const sources = await collectSources(ctx);
    const manifest = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, 'functions/config.json');
    if (manifest && !manifest.ok)
        return [];
    if (!manifest && sources.size > 0) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, 'functions/config.json', 'missing: every function gets the default settings (private: false)', 'warning');
    }
    if (manifest && !Array.isArray(manifest.value)) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, manifest, [], 'the function manifest must be a JSON array of function entries');
        return [];
    }
    const functions = [];
    const entries = manifest?.value ?? [];
    for (const [i, entry] of entries.entries()) {
        const fn = await manifestFunction(ctx, manifest, i, entry, sources);
        if (fn)
            functions.push(fn);
    }
    const listed = new Set(entries.map(e => (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(e).name));
    const unlisted = [...sources].filter(([name]) => !listed.has(name));
    return [...functions, ...(await unlistedFunctions(ctx, unlisted, manifest !== undefined))];
}
/** Sources without a manifest entry: App Services gives them the default settings on import. */
async function unlistedFunctions(ctx, unlisted, hasManifest) {
    const functions = [];
    for (const [name, sourceFile] of unlisted) {
        if (hasManifest) {
            const message = `function '${name}' has no entry in functions/config.json; App Services adds one with private: false`;
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, sourceFile, message, 'warning');
        }
        // A stray file (a copy saved next to the functions) is not deployed rather than refused: it is not in
        // the manifest, and App Services itself only ever exports valid names. A control character in a
        // name is no accident, and is refused (it could forge log lines).
        const problem = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .functionNameProblem */ .J)(name);
        // eslint-disable-next-line no-control-regex
        if (problem && /[\u0000-\u001f\u007f]/.test(name))
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, sourceFile, problem);
        else if (problem)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, sourceFile, `${problem}; this file is not deployed`, 'warning');
        else
            functions.push({
                name,
                private: false,
                source: (await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readSource */ .o$)(ctx, sourceFile)) ?? '',
                file: sourceFile,
                sourceFile
            });
    }
    return functions;
}
/** App Services runs a function as one user or by one script, never both (a write with both is refused). */
function checkRunAs(ctx, doc, at, config) {
    const set = (v) => typeof v === 'string' && v !== '';
    if (!set(config.run_as_user_id) || !set(config.run_as_user_id_script_source))
        return true;
    const message = 'run_as_user_id and run_as_user_id_script_source cannot both be set: keep the one App Services should use';
    (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [...at, 'run_as_user_id_script_source'], message);
    return false;
}
async function manifestFunction(ctx, manifest, i, entry, sources) {
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(manifest, [i], entry, MANIFEST_ENTRY, ctx.problems))
        return undefined;
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(entry));
    const name = config.name;
    const problem = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .functionNameProblem */ .J)(name);
    if (problem)
        return void (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, manifest, [i, 'name'], problem);
    const sourceFile = sources.get(name);
    if (!sourceFile)
        return void (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, manifest, [i, 'name'], `function '${name}' has no source file functions/${name}.js`);
    if (!checkRunAs(ctx, manifest, [i], config))
        return undefined;
    const source = (await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readSource */ .o$)(ctx, sourceFile)) ?? '';
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .remember */ .kY)(ctx, { ...config, name, private: config.private === true, source, file: manifest.file, sourceFile }, [i]);
}
/** Function name -> source file, for every `.js` under `functions/` outside `node_modules`. */
async function collectSources(ctx) {
    const files = await ctx.dir.walk('functions', entry => entry.name === 'node_modules');
    const sources = new Map();
    for (const file of files) {
        const inner = file.rel.slice('functions/'.length);
        if (inner.endsWith('.js'))
            sources.set(inner.slice(0, -3).replace(/\\/g, '/'), file.rel);
        else if (!(inner === file.name && NOT_FUNCTIONS.test(file.name))) {
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, file.rel, 'ignored: only .js files under functions/ are function sources', 'warning');
        }
    }
    return sources;
}
async function loadV1Functions(ctx) {
    const functions = [];
    for (const entry of await ctx.dir.list('functions')) {
        if (entry.kind === 'file') {
            if (!NOT_FUNCTIONS.test(entry.name)) {
                (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, entry.rel, 'ignored: a v1 function is a folder functions/<name>/ with config.json and source.js', 'warning');
            }
            continue;
        }
        if (entry.name === 'node_modules')
            continue;
        const fn = await loadV1Function(ctx, entry.rel, entry.name);
        if (fn)
            functions.push(fn);
    }
    return functions;
}
async function loadV1Function(ctx, dir, folder) {
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, `${dir}/config.json`);
    const source = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readSource */ .o$)(ctx, `${dir}/source.js`);
    if (!doc)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, dir, 'a v1 function folder needs config.json');
    if (source === undefined)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, dir, 'a v1 function folder needs source.js');
    if (!doc?.ok || source === undefined || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [], doc.value, V1_CONFIG, ctx.problems))
        return undefined;
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value));
    const name = config.name;
    const problem = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .functionNameProblem */ .J)(name);
    if (problem)
        return void (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['name'], problem);
    if (!checkRunAs(ctx, doc, [], config))
        return undefined;
    if (name !== folder)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['name'], `function '${name}' is in folder '${folder}'; the name in config.json is used`, 'warning');
    return {
        ...config,
        name,
        private: config.private === true,
        source,
        file: doc.file,
        sourceFile: `${dir}/source.js`
    };
}


/***/ }),

/***/ 44507:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ loadGraphQL),
/* harmony export */   OP: () => (/* binding */ loadLogForwarders),
/* harmony export */   e2: () => (/* binding */ RESOLVER_TABLE),
/* harmony export */   gf: () => (/* binding */ CONFIG_TABLE),
/* harmony export */   j$: () => (/* binding */ VALIDATION_TABLE),
/* harmony export */   zW: () => (/* binding */ LOG_FORWARDER_TABLE)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93964);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50926);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47819);
// GraphQL settings and custom resolvers (config-to-api §4.17) and log forwarders (§4.18): the same
// files in every layout. realm-cli never read `graphql/validation_settings.json`; we do, because the
// API has an endpoint for it.



const TYPE_FORMATS = ['scalar', 'scalar-list', 'generated', 'generated-list', 'custom'];
const CONFIG_TABLE = {
    kind: 'GraphQL config',
    unknown: 'warning',
    fields: { use_natural_pluralization: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc, disable_schema_introspection: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc }
};
const VALIDATION_TABLE = {
    kind: 'GraphQL validation settings',
    unknown: 'warning',
    fields: {
        read_validation_action: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['ERROR', 'WARN'], true),
        read_validation_level: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['STRICT', 'OFF'], true),
        write_validation_action: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['ERROR', 'WARN'], true),
        write_validation_level: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['STRICT', 'OFF'], true)
    }
};
const RESOLVER_TABLE = {
    kind: 'custom resolver',
    unknown: 'warning',
    fields: {
        on_type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
        field_name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
        function_name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
        input_type: { type: ['string', 'object'] },
        input_type_format: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(TYPE_FORMATS),
        payload_type: { type: ['string', 'object'] },
        payload_type_format: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(TYPE_FORMATS),
        id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx
    }
};
const LOG_FORWARDER_TABLE = {
    kind: 'log forwarder',
    unknown: 'warning',
    fields: {
        name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx),
        disabled: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc,
        log_types: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)({ type: 'array', items: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .FORWARDER_LOG_TYPES */ .Sb, false, true) }),
        log_statuses: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)({ type: 'array', items: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .FORWARDER_LOG_STATUSES */ .LA, false, true) }),
        policy: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)({
            type: 'object',
            fields: { kind: 'policy', unknown: 'warning', fields: { type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['single', 'batch'], true) } }
        }),
        action: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)({
            type: 'object',
            fields: {
                kind: 'action',
                unknown: 'warning',
                fields: {
                    type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oneOf */ .yL)(['collection', 'function'], true),
                    name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
                    data_source: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
                    database: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
                    collection: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx
                }
            }
        }),
        id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx
    }
};
async function loadGraphQL(ctx) {
    if ((await ctx.dir.kindOf('graphql')) !== 'dir')
        return undefined;
    const graphql = { custom_resolvers: [] };
    for (const [key, file, table] of [
        ['config', 'graphql/config.json', CONFIG_TABLE],
        ['validation_settings', 'graphql/validation_settings.json', VALIDATION_TABLE]
    ]) {
        const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, file);
        if (doc?.ok && (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [], doc.value, table, ctx.problems))
            graphql[key] = { ...(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value), file };
    }
    for (const entry of await ctx.dir.list('graphql/custom_resolvers')) {
        if (entry.kind !== 'file' || !entry.name.endsWith('.json'))
            continue;
        const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, entry.rel);
        if (doc?.ok && (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [], doc.value, RESOLVER_TABLE, ctx.problems) && formatsGiven(ctx, doc)) {
            graphql.custom_resolvers.push({
                ...(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value)),
                file: doc.file
            });
        }
    }
    return graphql;
}
/** A resolver's input or payload type needs its format: the server refuses one without the other. */
function formatsGiven(ctx, doc) {
    const resolver = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value);
    let ok = true;
    for (const [typeKey, formatKey] of [
        ['input_type', 'input_type_format'],
        ['payload_type', 'payload_type_format']
    ]) {
        const unset = (v) => v === undefined || v === null || v === '';
        if (!unset(resolver[typeKey]) && unset(resolver[formatKey])) {
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [formatKey], `${typeKey} needs ${formatKey} (one of ${TYPE_FORMATS.map(f => JSON.stringify(f)).join(', ')})`);
            ok = false;
        }
    }
    return ok;
}
async function loadLogForwarders(ctx) {
    const forwarders = [];
    for (const entry of await ctx.dir.list('log_forwarders')) {
        if (entry.kind !== 'file' || !entry.name.endsWith('.json')) {
            if (!entry.name.startsWith('.'))
                (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, entry.rel, 'ignored: log forwarders are log_forwarders/<name>.json files', 'warning');
            continue;
        }
        const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, entry.rel);
        if (!doc?.ok || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [], doc.value, LOG_FORWARDER_TABLE, ctx.problems))
            continue;
        const raw = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value));
        const action = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(raw.action);
        const missing = action.type === 'function' ? ['name'] : ['data_source', 'database', 'collection'];
        const absent = missing.filter(k => typeof action[k] !== 'string' || action[k] === '');
        if (absent.length) {
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['action'], `a ${String(action.type)} action needs ${absent.join(', ')}`);
            continue;
        }
        forwarders.push({
            ...raw,
            disabled: raw.disabled === true,
            file: doc.file
        });
    }
    return forwarders;
}


/***/ }),

/***/ 67017:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ loadCollectionDir),
/* harmony export */   GL: () => (/* binding */ loadV1Rule),
/* harmony export */   iO: () => (/* binding */ RULE_TABLE),
/* harmony export */   k2: () => (/* binding */ DEFAULT_RULE_TABLE),
/* harmony export */   qg: () => (/* binding */ loadDefaultRule)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93964);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50926);
// Collection rules, default rules, schemas and relationships of a data source (config-to-api §4.8,
// §4.9): the per-collection files of v2 (`<db>/<coll>/{rules,schema,relationships}.json`) and the
// rule files of v1 (`rules/<db>.<coll>.json`, which in 20180301 may embed the schema).


const ROLE = {
    type: 'object',
    fields: {
        kind: 'role',
        unknown: 'warning',
        fields: {
            name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
            apply_when: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL,
            read: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expression */ .dn,
            write: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expression */ .dn,
            insert: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expression */ .dn,
            delete: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expression */ .dn,
            search: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .expression */ .dn,
            fields: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL,
            additional_fields: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL,
            document_filters: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL
        }
    }
};
const FILTER = {
    type: 'object',
    fields: {
        kind: 'filter',
        unknown: 'warning',
        fields: { name: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx, apply_when: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL, query: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL, projection: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL }
    }
};
const RULE_FIELDS = {
    database: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
    collection: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx,
    roles: { type: 'array', items: ROLE },
    filters: { type: 'array', items: FILTER },
    id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx
};
const RULE_TABLE = { kind: 'collection rule', unknown: 'warning', fields: RULE_FIELDS };
/** 20180301 rule files carry the collection schema inline. */
const V1_RULE_TABLE = {
    kind: 'collection rule',
    unknown: 'warning',
    fields: { ...RULE_FIELDS, schema: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL, relationships: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL }
};
const DEFAULT_RULE_TABLE = {
    kind: 'default rule',
    unknown: 'warning',
    fields: { roles: RULE_FIELDS.roles, filters: RULE_FIELDS.filters, id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx }
};
const RELATIONSHIP = {
    kind: 'relationship',
    unknown: 'warning',
    fields: { ref: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx), foreign_key: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx), source_key: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx, is_list: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc }
};
async function loadDefaultRule(ctx, rel) {
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, rel);
    if (!doc?.ok || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [], doc.value, DEFAULT_RULE_TABLE, ctx.problems))
        return undefined;
    return { ...(0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value)), file: doc.file };
}
/**
 * One v2 collection folder `<dsDir>/<db>/<coll>/`. A schema-only folder gets a schema and no rule:
 * realm-cli sends a bare `{database, collection}` rule for it, but a rule without roles overrides the
 * default rule and denies access (config-to-api §4.9), which is not what a schema file asks for.
 */
async function loadCollectionDir(ctx, dir, database, collection, out) {
    const [rulesDoc, schemaDoc, relDoc] = await Promise.all(['rules.json', 'schema.json', 'relationships.json'].map(f => (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, `${dir}/${f}`)));
    if (!rulesDoc && !schemaDoc) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, dir, `collection folder ${database}/${collection} needs rules.json or schema.json`);
        return;
    }
    if (rulesDoc?.ok && (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(rulesDoc, [], rulesDoc.value, RULE_TABLE, ctx.problems)) {
        const rule = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(rulesDoc.value));
        checkNamespace(ctx, rulesDoc, rule, database, collection);
        // realm-cli (and so App Services) takes the namespace from the file, the folders only place it.
        if (typeof rule.database === 'string' && rule.database !== '')
            database = rule.database;
        if (typeof rule.collection === 'string' && rule.collection !== '')
            collection = rule.collection;
        out.rules.push({ ...rule, database, collection, file: rulesDoc.file });
    }
    if (relDoc && !schemaDoc) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, relDoc.file, 'ignored: relationships.json needs a schema.json in the same folder', 'warning');
    }
    if (schemaDoc?.ok && checkSchema(ctx, schemaDoc, [], schemaDoc.value)) {
        const relationships = relDoc?.ok && checkRelationships(ctx, relDoc, [], relDoc.value) ? (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(relDoc.value) : {};
        const relationshipsFile = relDoc?.ok ? { relationshipsFile: relDoc.file } : {};
        out.schemas.push({
            database,
            collection,
            schema: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(schemaDoc.value),
            relationships,
            ...relationshipsFile,
            file: schemaDoc.file
        });
    }
}
/** A rule file's own database/collection should agree with the folders it sits in. */
function checkNamespace(ctx, doc, rule, database, collection) {
    for (const [key, expected] of [
        ['database', database],
        ['collection', collection]
    ]) {
        if (rule[key] !== undefined && rule[key] !== expected) {
            const message = `${key} '${String(rule[key])}' differs from its folder '${expected}': the name in the file is used, as realm-cli does`;
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [key], message, 'warning');
        }
    }
}
/** One v1 rule file `services/<svc>/rules/<db>.<coll>.json` of a data source. */
async function loadV1Rule(ctx, rel, fileName, out) {
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, rel);
    if (!doc?.ok || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [], doc.value, V1_RULE_TABLE, ctx.problems))
        return;
    const { schema, relationships, ...rule } = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value));
    const [dbFromName, ...rest] = fileName.replace(/\.json$/, '').split('.');
    const database = typeof rule.database === 'string' ? rule.database : dbFromName;
    const collection = typeof rule.collection === 'string' ? rule.collection : rest.join('.');
    if (!database || !collection) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [], 'a rule needs database and collection (or a file name <database>.<collection>.json)');
        return;
    }
    out.rules.push({ ...rule, database, collection, file: doc.file });
    if (schema !== undefined && checkSchema(ctx, doc, ['schema'], schema)) {
        const rels = relationships !== undefined && checkRelationships(ctx, doc, ['relationships'], relationships)
            ? (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(relationships)
            : {};
        out.schemas.push({ database, collection, schema: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(schema), relationships: rels, file: doc.file });
    }
}
function checkSchema(ctx, doc, path, schema) {
    if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, path, 'a collection schema must be a JSON object');
        return false;
    }
    const bsonType = schema.bsonType;
    if (bsonType !== undefined && bsonType !== 'object') {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [...path, 'bsonType'], `the root of a collection schema must have bsonType "object", not ${JSON.stringify(bsonType)}`);
        return false;
    }
    return true;
}
const RELATIONSHIP_REF = /^#\/relationship\/[^/]+\/[^/]+\/[^/]+$/;
function checkRelationships(ctx, doc, path, value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, path, 'relationships must be a JSON object keyed by field name');
        return false;
    }
    let ok = true;
    for (const [field, relationship] of Object.entries(value)) {
        ok = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [...path, field], relationship, RELATIONSHIP, ctx.problems) && ok;
        const ref = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(relationship).ref;
        if (typeof ref === 'string' && !RELATIONSHIP_REF.test(ref)) {
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, [...path, field, 'ref'], `ref '${ref}' must look like #/relationship/<data source>/<database>/<collection>`);
            ok = false;
        }
    }
    return ok;
}


/***/ }),

/***/ 69508:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DU: () => (/* binding */ SERVICE_TABLE),
/* harmony export */   TF: () => (/* binding */ WEBHOOK_TABLE),
/* harmony export */   me: () => (/* binding */ SERVICE_RULE_TABLE),
/* harmony export */   p8: () => (/* binding */ loadServiceFolders)
/* harmony export */ });
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(27194);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93964);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50926);
/* harmony import */ var _load_data_sources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(14171);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19870);
// Legacy third-party services with their rules and incoming webhooks (config-to-api §4.11):
// `services/<dir>/` in every layout (in v1 that folder also holds data sources, told apart by `type`)
// and the HTTP services in `http_endpoints/<dir>/` / `https_endpoints/<dir>/` of v2 layouts.





const SERVICE_TABLE = {
    kind: 'service config',
    unknown: 'warning',
    fields: {
        name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx),
        type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx),
        config: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .obj */ .WL,
        secret_config: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .obj */ .WL,
        version: { type: 'integer' },
        id: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx
    }
};
const SERVICE_RULE_TABLE = {
    kind: 'service rule',
    unknown: 'warning',
    fields: { name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx), actions: { type: 'array', items: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx) }, when: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .obj */ .WL, id: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx }
};
const WEBHOOK_TABLE = {
    kind: 'incoming webhook config',
    unknown: 'warning',
    fields: {
        name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx),
        run_as_authed_user: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
        run_as_system: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
        run_as_user_id: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx,
        run_as_user_id_script_source: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx,
        can_evaluate: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .obj */ .WL,
        options: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .obj */ .WL,
        respond_result: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc),
        fetch_custom_user_data: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
        create_user_on_auth: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
        disable_arg_logs: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
        id: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx
    }
};
/** Every service folder under `parent` (`services`, `http_endpoints`, `https_endpoints`). */
async function loadServiceFolders(ctx, parent, out) {
    for (const entry of await ctx.dir.list(parent)) {
        if (entry.kind !== 'dir')
            continue;
        const doc = await (0,_load_data_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .readFolderConfig */ .Ff)(ctx, entry.rel);
        if (!doc)
            continue;
        const type = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(doc.value).type;
        if (typeof type === 'string' && _load_data_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .DATA_SOURCE_TYPES */ .lI.includes(type)) {
            if (!(0,_model_js__WEBPACK_IMPORTED_MODULE_4__/* .isV1Layout */ .Uc)(ctx.layout)) {
                (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .report */ .z8)(ctx, doc, ['type'], `a ${type} data source belongs in data_sources/${entry.name}/ in this layout`);
                continue;
            }
            const source = await (0,_load_data_sources_js__WEBPACK_IMPORTED_MODULE_3__/* .loadV1DataSource */ .VI)(ctx, entry.rel, doc);
            if (source)
                out.dataSources.push(source);
            continue;
        }
        const service = await loadService(ctx, entry.rel, doc);
        if (service)
            out.services.push(service);
    }
}
async function loadService(ctx, dir, doc) {
    const rules = [];
    for (const entry of await ctx.dir.list(`${dir}/rules`)) {
        if (entry.kind !== 'file' || !entry.name.endsWith('.json'))
            continue;
        const ruleDoc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .readJson */ .Vh)(ctx, entry.rel);
        if (ruleDoc?.ok && (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFields */ .oA)(ruleDoc, [], ruleDoc.value, SERVICE_RULE_TABLE, ctx.problems)) {
            rules.push({ ...(0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(ruleDoc.value)), file: ruleDoc.file });
        }
    }
    const webhooks = [];
    for (const entry of await ctx.dir.list(`${dir}/incoming_webhooks`)) {
        if (entry.kind !== 'dir')
            continue;
        const webhook = await loadWebhook(ctx, entry.rel);
        if (webhook)
            webhooks.push(webhook);
    }
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFields */ .oA)(doc, [], doc.value, SERVICE_TABLE, ctx.problems))
        return undefined;
    const header = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(doc.value));
    const secretConfig = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(header.secret_config);
    return {
        ...header,
        name: header.name,
        type: header.type,
        config: (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(header.config),
        ...(header.secret_config !== undefined ? { secret_config: secretConfig } : {}),
        rules,
        incoming_webhooks: webhooks,
        file: doc.file
    };
}
async function loadWebhook(ctx, dir) {
    const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .readJson */ .Vh)(ctx, `${dir}/config.json`);
    const sourceFile = `${dir}/source.js`;
    const source = await (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .readSource */ .o$)(ctx, sourceFile);
    if (!doc)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .reportFile */ .rn)(ctx, dir, 'an incoming webhook folder needs config.json');
    if (source === undefined)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .reportFile */ .rn)(ctx, dir, 'an incoming webhook folder needs source.js');
    if (!doc?.ok || source === undefined || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFields */ .oA)(doc, [], doc.value, WEBHOOK_TABLE, ctx.problems))
        return undefined;
    const config = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(doc.value));
    // A legacy webhook's `options.secret` is the secret itself, not a name: keep it out of every output.
    const secret = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .asRecord */ .qY)(config.options).secret;
    if (typeof secret === 'string')
        (0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(secret);
    return { ...config, name: config.name, source, sourceFile, file: doc.file };
}


/***/ }),

/***/ 50665:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D$: () => (/* binding */ CONFIG_TABLES),
/* harmony export */   E6: () => (/* binding */ EVENTBRIDGE_CONFIG_TABLE),
/* harmony export */   Ij: () => (/* binding */ TRIGGER_TABLE),
/* harmony export */   MA: () => (/* binding */ PROVIDER_TYPES),
/* harmony export */   Sq: () => (/* binding */ loadTriggers)
/* harmony export */ });
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93964);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3791);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50926);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(84895);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47819);
// Triggers (`triggers/<name>.json`, every layout; config-to-api §4.14). A root `function_name` (v1,
// 20210101 docs) is moved into `event_processors.FUNCTION.config.function_name`, the form the API now
// requires, so the model has one shape. `config.service_name` stays a name.





const isSet = (v) => typeof v === 'string' && v !== '';
const OPERATION_TYPES = _vocabulary_js__WEBPACK_IMPORTED_MODULE_3__/* .TRIGGER_OPERATION_TYPES */ .N5;
const PROVIDER_TYPES = [
    'anon-user',
    'local-userpass',
    'api-key',
    'custom-token',
    'custom-function',
    'oauth2-google',
    'oauth2-facebook',
    'oauth2-apple'
];
const functionProcessor = {
    type: 'object',
    fields: {
        kind: 'FUNCTION event processor',
        unknown: 'warning',
        fields: {
            config: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)({
                type: 'object',
                fields: {
                    kind: 'FUNCTION processor config',
                    unknown: 'warning',
                    fields: { function_name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx), function_id: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx }
                }
            })
        }
    }
};
const EVENTBRIDGE_CONFIG_TABLE = {
    kind: 'AWS_EVENTBRIDGE config',
    unknown: 'warning',
    fields: { account_id: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx), region: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx), extended_json_enabled: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc }
};
const eventBridgeProcessor = {
    type: 'object',
    fields: {
        kind: 'AWS_EVENTBRIDGE event processor',
        unknown: 'warning',
        fields: { config: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)({ type: 'object', fields: EVENTBRIDGE_CONFIG_TABLE }) }
    }
};
const TRIGGER_TABLE = {
    kind: 'trigger',
    unknown: 'warning',
    fields: {
        name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx),
        type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(['DATABASE', 'SCHEDULED', 'AUTHENTICATION'], true),
        disabled: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
        config: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .obj */ .WL),
        function_name: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx,
        event_processors: {
            type: 'object',
            fields: {
                kind: 'event_processors',
                unknown: 'warning',
                fields: { FUNCTION: functionProcessor, AWS_EVENTBRIDGE: eventBridgeProcessor }
            }
        },
        error_handler: {
            type: 'object',
            fields: {
                kind: 'error_handler',
                unknown: 'warning',
                fields: {
                    config: {
                        type: 'object',
                        fields: {
                            kind: 'error_handler config',
                            unknown: 'warning',
                            fields: { enabled: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc, function_name: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx }
                        }
                    }
                }
            }
        },
        id: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx
    }
};
const CONFIG_TABLES = {
    DATABASE: {
        kind: 'DATABASE trigger config',
        unknown: 'warning',
        fields: {
            service_name: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx,
            service_id: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx,
            database: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx,
            collection: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx,
            operation_types: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)({ type: 'array', items: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(OPERATION_TYPES, false, true) }),
            match: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .obj */ .WL,
            project: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .obj */ .WL,
            full_document: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
            full_document_before_change: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
            skip_catchup_events: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
            tolerate_resume_errors: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
            maximum_throughput: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc,
            unordered: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc
        }
    },
    SCHEDULED: {
        kind: 'SCHEDULED trigger config',
        unknown: 'warning',
        fields: { schedule: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx), skip_catchup_events: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .bool */ .lc, schedule_type: _fields_js__WEBPACK_IMPORTED_MODULE_2__/* .str */ .gx }
    },
    AUTHENTICATION: {
        kind: 'AUTHENTICATION trigger config',
        unknown: 'warning',
        fields: {
            operation_type: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(['LOGIN', 'CREATE', 'DELETE'], true),
            providers: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .required */ .mw)({ type: 'array', items: (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .oneOf */ .yL)(PROVIDER_TYPES, false, true) })
        }
    }
};
async function loadTriggers(ctx) {
    const triggers = [];
    for (const entry of await ctx.dir.list('triggers')) {
        if (entry.kind !== 'file' || !entry.name.endsWith('.json')) {
            if (!entry.name.startsWith('.'))
                (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, entry.rel, 'ignored: triggers are triggers/<name>.json files', 'warning');
            continue;
        }
        const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, entry.rel);
        if (!doc?.ok || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFields */ .oA)(doc, [], doc.value, TRIGGER_TABLE, ctx.problems))
            continue;
        const trigger = buildTrigger(ctx, doc, entry.name);
        if (trigger)
            triggers.push(trigger);
    }
    return triggers;
}
function buildTrigger(ctx, doc, fileName) {
    const raw = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value));
    const name = raw.name;
    const type = raw.type;
    const nameProblem = (0,_names_js__WEBPACK_IMPORTED_MODULE_4__/* .triggerNameProblem */ .tV)(name);
    if (nameProblem)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['name'], nameProblem);
    else if (`${name}.json` !== fileName)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['name'], `trigger '${name}' is in ${fileName}; the name in the file is used`, 'warning');
    const configOk = (0,_fields_js__WEBPACK_IMPORTED_MODULE_2__/* .checkFields */ .oA)(doc, ['config'], raw.config, CONFIG_TABLES[type], ctx.problems);
    const config = withoutReadOnly((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(raw.config));
    if (type === 'SCHEDULED' && typeof config.schedule === 'string')
        checkSchedule(ctx, doc, config.schedule);
    if (type === 'DATABASE' && !isSet(config.service_name) && !isSet(config.service_id)) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['config'], 'a DATABASE trigger needs config.service_name (the data source it watches)');
    }
    if (type === 'DATABASE' && isSet(config.collection) && !isSet(config.database))
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['config', 'collection'], 'config.collection needs config.database (the database the collection is in)');
    const eventProcessors = processorsOf(ctx, doc, raw);
    if (nameProblem || !configOk || !eventProcessors)
        return undefined;
    const rest = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .omit */ .cJ)(raw, ['function_name', 'config', 'event_processors']);
    return {
        ...rest,
        name,
        type,
        disabled: raw.disabled === true,
        config,
        event_processors: eventProcessors,
        file: doc.file
    };
}
/** The event processors, with a root `function_name` moved into the FUNCTION processor. */
function processorsOf(ctx, doc, raw) {
    // null or "" is no name (as absent): the trigger then needs event_processors.
    const rootName = (raw.function_name === '' ? undefined : (raw.function_name ?? undefined));
    const processors = raw.event_processors;
    if (processors && rootName !== undefined) {
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['function_name'], 'use either function_name or event_processors, not both');
        return undefined;
    }
    if (rootName !== undefined)
        return { FUNCTION: { config: { function_name: rootName } } };
    const kinds = Object.entries(processors ?? {})
        .filter(([, processor]) => processor !== null && processor !== undefined)
        .map(([kind]) => kind);
    if (kinds.length !== 1) {
        const path = processors ? ['event_processors'] : [];
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, path, 'a trigger needs exactly one action: function_name, event_processors.FUNCTION or event_processors.AWS_EVENTBRIDGE');
        return undefined;
    }
    return withoutFunctionId(processors);
}
/** An exported `function_id` belongs to the exported app; the function is named by `function_name`. */
function withoutFunctionId(processors) {
    const fn = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(processors.FUNCTION);
    if (!('function_id' in (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(fn.config)))
        return processors;
    return { ...processors, FUNCTION: { ...fn, config: (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .omit */ .cJ)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(fn.config), ['function_id']) } };
}
function checkSchedule(ctx, doc, schedule) {
    const { errors, warnings } = (0,_cron_js__WEBPACK_IMPORTED_MODULE_1__/* .checkCron */ .P)(schedule);
    for (const message of errors)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['config', 'schedule'], `invalid cron schedule: ${message}`);
    for (const message of warnings)
        (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['config', 'schedule'], message, 'warning');
}
/** `schedule_type` is filled in by the server on reads; it is never part of the desired state. */
function withoutReadOnly(config) {
    return (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .omit */ .cJ)(config, ['schedule_type']);
}


/***/ }),

/***/ 12042:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F9: () => (/* binding */ loadValues),
/* harmony export */   c3: () => (/* binding */ loadEnvironmentValues),
/* harmony export */   pU: () => (/* binding */ VALUE_TABLE)
/* harmony export */ });
/* unused harmony export ENVIRONMENT_FILES */
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93964);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(50926);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84895);
// Values (`values/<name>.json`, config-to-api §4.3) and environment values (`environments/<env>.json`,
// transposed into one object per value name, §4.2). Both are the same in every layout.



const VALUE_TABLE = {
    kind: 'value',
    unknown: 'warning',
    fields: { name: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx), value: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .any */ .bz), from_secret: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc, private: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .bool */ .lc, id: _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx }
};
const ENVIRONMENT_TABLE = {
    kind: 'environment file',
    unknown: 'warning',
    fields: { values: (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .required */ .mw)(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .obj */ .WL) }
};
/** Environment file name -> the API's key in `EnvironmentValue.values`. */
const ENVIRONMENT_FILES = {
    'no-environment.json': 'none',
    'development.json': 'development',
    'testing.json': 'testing',
    'qa.json': 'qa',
    'production.json': 'production'
};
async function loadValues(ctx) {
    const values = [];
    for (const entry of await ctx.dir.list('values')) {
        if (entry.kind !== 'file' || !entry.name.endsWith('.json')) {
            if (!entry.name.startsWith('.'))
                (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, entry.rel, 'ignored: values are values/<name>.json files', 'warning');
            continue;
        }
        const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, entry.rel);
        if (!doc?.ok || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [], doc.value, VALUE_TABLE, ctx.problems))
            continue;
        const value = (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutId */ .Gh)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value));
        const name = value.name;
        const nameProblem = (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .valueNameProblem */ .KQ)(name);
        if (nameProblem)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['name'], nameProblem);
        else if (`${name}.json` !== entry.name)
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['name'], `value '${name}' is in ${entry.name}; the name in the file is used`, 'warning');
        const fromSecret = value.from_secret === true;
        if (fromSecret && (typeof value.value !== 'string' || value.value === '')) {
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['value'], 'a value with from_secret: true must name a secret (a non-empty string)');
            continue;
        }
        if (fromSecret && (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .secretNameProblem */ .nL)(value.value))
            (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .report */ .z8)(ctx, doc, ['value'], (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .secretNameProblem */ .nL)(value.value));
        // Every field is carried as written (`private` in Stitch exports, fields the tables do not know).
        if (!nameProblem)
            values.push({ ...value, name, value: value.value, from_secret: fromSecret, file: doc.file });
    }
    return values;
}
async function loadEnvironmentValues(ctx) {
    const byName = new Map();
    for (const entry of await ctx.dir.list('environments')) {
        const key = ENVIRONMENT_FILES[entry.name];
        if (entry.kind !== 'file' || !key) {
            const allowed = Object.keys(ENVIRONMENT_FILES).join(', ');
            if (!entry.name.startsWith('.'))
                (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFile */ .rn)(ctx, entry.rel, `not an environment file: the only environment files are ${allowed}`);
            continue;
        }
        const doc = await (0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .readJson */ .Vh)(ctx, entry.rel);
        if (!doc?.ok || !(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .checkFields */ .oA)(doc, [], doc.value, ENVIRONMENT_TABLE, ctx.problems))
            continue;
        for (const [name, value] of Object.entries((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_context_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(doc.value).values))) {
            const slot = byName.get(name) ?? { values: {}, files: [] };
            slot.values[key] = value;
            slot.files.push(doc.file);
            byName.set(name, slot);
        }
    }
    return [...byName]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, slot]) => ({ name, values: slot.values, files: slot.files, file: slot.files[0] }));
}


/***/ }),

/***/ 22797:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AT: () => (/* binding */ loadApp),
  u6: () => (/* binding */ strictProblems),
  yZ: () => (/* binding */ validateApp)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/app/app-dir.ts
// Safe, read-only access to the app directory. Every path is checked before it is read: no `..`, no
// absolute paths, and a symlink may only lead somewhere inside the app directory (its real path is
// resolved and contained). Nothing outside the app directory is ever opened.
//
// The file system is read with synchronous calls behind async methods. Reading an app is hundreds of
// small steps (a real path, a stat, a read per file), each waiting on the one before; as promises each
// is a round trip through libuv's thread pool, which on a busy machine waits for a core twice per step.
// Config files are small (MAX_FILE_BYTES caps them), so blocking for each read costs less than that.


/** App Services' static hosting limit, and more than any config file could sensibly need. */
/**
 * The largest config file or function source read: 16 MB, MongoDB's document size limit, the most
 * App Services can store for one config resource. A larger file is refused unread (exit 2, named).
 */
const MAX_FILE_BYTES = 16 * 1024 * 1024;
/** `ignoreBOM: true` keeps a leading BOM in the text, as before: the JSON reader strips it itself. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
class AppDir {
    root;
    problems;
    constructor(
    /** Real (symlink-free) absolute path. */
    root, problems) {
        this.root = root;
        this.problems = problems;
    }
    static async open(dir, problems) {
        return new AppDir(external_node_fs_.realpathSync.native(dir), problems);
    }
    unsafe(rel, message) {
        // The same path may be looked at twice (exists, then read); report it once.
        if (!this.problems.some(p => p.source === rel && p.message === message)) {
            this.problems.push({ source: rel, message, severity: 'error' });
        }
        return undefined;
    }
    /** The real absolute path of `rel` if it exists and stays inside the app directory. */
    resolve(rel) {
        if (external_node_path_default().isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) {
            return this.unsafe(rel, 'path leaves the app directory (".." or absolute); it was not read');
        }
        const absolute = external_node_path_default().join(this.root, rel);
        let real;
        try {
            real = external_node_fs_.realpathSync.native(absolute);
        }
        catch (error) {
            if ((0,external_node_fs_.lstatSync)(absolute, { throwIfNoEntry: false })?.isSymbolicLink()) {
                return this.unsafe(rel, 'symlink points to a file that does not exist');
            }
            if (isNotFound(error))
                return undefined;
            throw error;
        }
        if (real !== this.root && !real.startsWith(this.root + (external_node_path_default()).sep)) {
            return this.unsafe(rel, 'symlink leads outside the app directory; it was not read');
        }
        return real;
    }
    async exists(rel) {
        return (await this.kindOf(rel)) !== undefined;
    }
    async kindOf(rel) {
        const real = this.resolve(rel);
        if (!real)
            return undefined;
        const info = (0,external_node_fs_.statSync)(real);
        return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined;
    }
    /** Entries of a directory, sorted by name; unsafe entries are reported and left out. */
    async list(relDir) {
        const real = this.resolve(relDir);
        if (!real)
            return [];
        const names = (0,external_node_fs_.readdirSync)(real).sort();
        const entries = [];
        for (const name of names) {
            const rel = relDir ? `${relDir}/${name}` : name;
            const target = this.resolve(rel);
            if (!target)
                continue;
            const info = (0,external_node_fs_.statSync)(target);
            if (info.isDirectory() || info.isFile()) {
                entries.push({ name, rel, kind: info.isDirectory() ? 'dir' : 'file', size: info.size });
            }
        }
        return entries;
    }
    /** Every file under `relDir`, depth first, skipping directories for which `skipDir` is true. */
    async walk(relDir, skipDir = () => false) {
        return this.walkOnce(relDir, skipDir, new Set());
    }
    // `seen` holds real paths: a symlink to a parent directory inside the app would otherwise loop forever.
    async walkOnce(relDir, skipDir, seen) {
        const real = this.resolve(relDir);
        if (!real || seen.has(real))
            return [];
        seen.add(real);
        const files = [];
        for (const entry of await this.list(relDir)) {
            if (entry.kind === 'file')
                files.push(entry);
            else if (!skipDir(entry))
                files.push(...(await this.walkOnce(entry.rel, skipDir, seen)));
        }
        return files;
    }
    /** UTF-8 text of a file, or undefined when it is missing, unsafe, too large or not UTF-8 (reported). */
    async readText(rel) {
        const real = this.resolve(rel);
        if (!real)
            return undefined;
        const info = (0,external_node_fs_.statSync)(real);
        if (!info.isFile())
            return this.unsafe(rel, 'expected a file, found a directory');
        if (info.size > MAX_FILE_BYTES) {
            return this.unsafe(rel, `file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES} bytes (16 MB, the most App Services stores for one config document); it was not read`);
        }
        // Decoded strictly: a lenient read would replace bad bytes with U+FFFD and deploy altered text.
        try {
            return utf8.decode((0,external_node_fs_.readFileSync)(real));
        }
        catch {
            return this.unsafe(rel, 'file is not valid UTF-8 text; save it as UTF-8');
        }
    }
}
function isNotFound(error) {
    return (error?.code === 'ENOENT' ||
        error?.code === 'ENOTDIR');
}

// EXTERNAL MODULE: ./src/app/context.ts
var context = __webpack_require__(93964);
;// CONCATENATED MODULE: ./src/app/duplicates.ts

function kind(items, key, describe, path) {
    return { items, key, describe, path };
}
function named(items, label, suffix = '') {
    return kind(items, i => i.name, i => `${label} '${i.name}'${suffix}`, ['name']);
}
const namespace = (r) => `${r.database}.${r.collection}`;
function keyedKinds(model) {
    const resolvers = model.graphql?.custom_resolvers ?? [];
    return [
        named(model.functions, 'function'),
        named(model.values, 'value'),
        named(model.triggers, 'trigger'),
        named(model.authProviders, 'auth provider'),
        named(model.logForwarders, 'log forwarder'),
        // Data sources and third-party services share one namespace in the API (`/services`).
        named([...model.dataSources, ...model.services], 'service'),
        kind(model.endpoints, e => `${e.http_method} ${e.route}`, e => `endpoint ${e.http_method} ${e.route}`, ['route']),
        kind(resolvers, r => `${r.on_type}.${r.field_name}`, r => `custom resolver ${r.on_type}.${r.field_name}`, ['field_name']),
        ...model.dataSources.flatMap(source => [
            kind(source.rules, namespace, r => `the rule for ${namespace(r)} in data source '${source.name}'`, [
                'collection'
            ]),
            kind(source.schemas, namespace, s => `the schema for ${namespace(s)} in data source '${source.name}'`, [])
        ]),
        ...model.services.flatMap(service => [
            named(service.rules, 'rule', ` of service '${service.name}'`),
            named(service.incoming_webhooks, 'webhook', ` of service '${service.name}'`)
        ])
    ];
}
function checkDuplicates(ctx, model) {
    const problems = [];
    for (const { items, key, describe, path } of keyedKinds(model)) {
        const first = new Map();
        for (const item of items) {
            const earlier = first.get(key(item));
            if (!earlier) {
                first.set(key(item), item);
                continue;
            }
            const where = earlier.file === item.file ? 'earlier in the same file' : `also in ${earlier.file}`;
            problems.push((0,context/* problemFor */.pp)(ctx, item, [path], `${describe(item)} is defined twice (${where})`));
        }
    }
    return problems;
}

// EXTERNAL MODULE: ./src/app/model.ts
var app_model = __webpack_require__(19870);
;// CONCATENATED MODULE: ./src/app/folders.ts

const COMMON_DIRS = [
    'functions',
    'values',
    'environments',
    'triggers',
    'graphql',
    'hosting',
    'log_forwarders',
    'services'
];
const V2_DIRS = ['auth', 'data_sources', 'sync', 'http_endpoints', 'https_endpoints'];
const V1_DIRS = ['auth_providers'];
const V1_FILES = ['data_api_config.json'];
async function checkTopLevel(dir, layout) {
    const v1 = (0,app_model/* isV1Layout */.Uc)(layout);
    const dirs = new Set([...COMMON_DIRS, ...(v1 ? V1_DIRS : V2_DIRS)]);
    const files = new Set([...Object.values(app_model/* LAYOUT_ROOT_FILES */.e6), 'secrets.json', ...(v1 ? V1_FILES : [])]);
    const problems = [];
    for (const entry of await dir.list('')) {
        if (entry.name.startsWith('.'))
            continue;
        if (entry.kind === 'dir' && !dirs.has(entry.name)) {
            const other = (v1 ? V2_DIRS : V1_DIRS).includes(entry.name);
            const why = other
                ? `it belongs to the ${v1 ? '20210101/20230101' : 'v1 (20200603/20180301)'} layout`
                : 'it is not an App Services config folder';
            problems.push({
                source: `${entry.name}/`,
                message: `ignored: ${why} (this app uses the ${layout} layout)`,
                severity: 'warning'
            });
        }
        if (entry.kind === 'file' && entry.name.endsWith('.json') && !files.has(entry.name)) {
            problems.push({
                source: entry.name,
                message: 'ignored: not an App Services config file',
                severity: 'warning'
            });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/app/hosting-check.ts
async function checkHostingFiles(appDir) {
    // Imported when an app has hosting only: the scan brings the content-type table (mime-db) and the
    // hashing code, which an app without hosting/ never needs (the bundler makes this a chunk of its own).
    const { scanHostingFiles } = await Promise.all(/* import() */[__webpack_require__.e(1995234340), __webpack_require__.e(3183917300), __webpack_require__.e(2392149951)]).then(__webpack_require__.bind(__webpack_require__, 79565));
    const { problems } = await scanHostingFiles({ appDir });
    return [...problems];
}

// EXTERNAL MODULE: ./src/app/load-auth.ts
var load_auth = __webpack_require__(40014);
// EXTERNAL MODULE: ./src/app/load-data-sources.ts
var load_data_sources = __webpack_require__(14171);
// EXTERNAL MODULE: ./src/app/load-endpoints.ts
var load_endpoints = __webpack_require__(12156);
// EXTERNAL MODULE: ./src/app/load-extras.ts
var load_extras = __webpack_require__(29839);
// EXTERNAL MODULE: ./src/app/load-functions.ts
var load_functions = __webpack_require__(93999);
// EXTERNAL MODULE: ./src/app/load-graphql.ts
var load_graphql = __webpack_require__(44507);
// EXTERNAL MODULE: ./src/app/load-services.ts
var load_services = __webpack_require__(69508);
// EXTERNAL MODULE: ./src/app/fields.ts
var fields = __webpack_require__(50926);
// EXTERNAL MODULE: ./src/app/names.ts
var app_names = __webpack_require__(84895);
// EXTERNAL MODULE: ./src/app/regions.ts
var regions = __webpack_require__(80646);
;// CONCATENATED MODULE: ./src/app/load-settings.ts
// App settings from the root file of each layout (config-to-api §4.1) and the `.mdb` metadata.
// `name` is required in every layout (the docs say so, and it is how an app is created or found by
// name), so a root file without one is an error; an empty `app_id` (as exported by old Stitch apps)
// only means "not linked yet" and is a warning; an empty `security: {}` simply has no origins.





const common = {
    // Not required: a run can name its app with --app (a 20180301 export may have no name at all).
    name: fields/* str */.gx,
    deployment_model: (0,fields/* oneOf */.yL)(['GLOBAL', 'LOCAL']),
    provider_region: fields/* str */.gx,
    location: (0,fields/* oneOf */.yL)(regions/* LOCATIONS */.B7, false, true),
    environment: (0,fields/* oneOf */.yL)(app_model/* ENVIRONMENT_NAMES */.br, false, true),
    allowed_request_origins: fields/* strList */.Sc
};
const versioned = { config_version: (0,fields/* required */.mw)({ type: 'integer' }), app_id: fields/* str */.gx };
// Root files: unknown keys are warnings, because realm-cli drops them (NOTES §4.2).
const ROOT_TABLES = {
    v23: { kind: 'root_config.json', unknown: 'warning', fields: { ...common } },
    v21: { kind: 'realm_config.json', unknown: 'warning', fields: { ...versioned, ...common } },
    v1: {
        kind: 'root config',
        unknown: 'warning',
        fields: {
            ...versioned,
            ...common,
            security: {
                type: 'object',
                fields: { kind: 'security', unknown: 'warning', fields: { allowed_request_origins: fields/* strList */.Sc } }
            },
            hosting: { type: 'object' },
            custom_user_data_config: { type: 'object' },
            sync: { type: 'object' }
        }
    }
};
async function loadSettings(ctx, rootFile, meta) {
    const doc = await (0,context/* readJson */.Vh)(ctx, rootFile);
    if (!doc?.ok)
        return { settings: { file: rootFile, ...metaSettings(meta) } };
    const table = ctx.layout === '20230101' ? ROOT_TABLES.v23 : (0,app_model/* isV1Layout */.Uc)(ctx.layout) ? ROOT_TABLES.v1 : ROOT_TABLES.v21;
    (0,fields/* checkFields */.oA)(doc, [], doc.value, { ...table, kind: rootFile }, ctx.problems);
    const root = (0,context/* asRecord */.qY)(doc.value);
    checkConfigVersion(ctx, doc, root.config_version);
    if (typeof root.name === 'string' && root.name !== '')
        checkAppName(ctx, doc, root.name, Boolean(root.app_id || meta?.app_id || meta?.client_app_id));
    else
        (0,context/* report */.z8)(ctx, doc, ['name'], `${rootFile} names no app: a run finds it by --app (the action's app input) or app_id, and --create-app needs --app`, 'warning');
    checkProviderRegion(ctx, doc, root.provider_region);
    if (root.app_id === '')
        (0,context/* report */.z8)(ctx, doc, ['app_id'], 'empty app_id is ignored; the app is found by name', 'warning');
    const originsPath = (0,app_model/* isV1Layout */.Uc)(ctx.layout)
        ? ['security', 'allowed_request_origins']
        : ['allowed_request_origins'];
    const origins = (0,app_model/* isV1Layout */.Uc)(ctx.layout)
        ? (0,context/* asRecord */.qY)(root.security).allowed_request_origins
        : root.allowed_request_origins;
    if (Array.isArray(origins))
        checkOrigins(ctx, doc, originsPath, origins);
    const settings = {
        file: rootFile,
        ...metaSettings(meta),
        ...pickStrings(root, ['name', 'location', 'provider_region', 'deployment_model', 'environment']),
        ...(typeof root.app_id === 'string' && root.app_id !== '' ? { client_app_id: root.app_id } : {}),
        ...(Array.isArray(origins) ? { allowed_request_origins: origins.filter(o => typeof o === 'string') } : {})
    };
    return { settings, doc };
}
/**
 * The name is only sent when an app is created (it cannot be changed later), so a name App Services
 * would reject is an error when this config would create its app, and a warning when it names an
 * existing one (an `app_id`, or `.mdb` metadata), as realm-cli's own test apps (`20210101-local`) do.
 */
function checkAppName(ctx, doc, name, identified) {
    const problem = (0,app_names/* appNameProblem */.A)(name);
    if (!problem)
        return;
    if (identified)
        (0,context/* report */.z8)(ctx, doc, ['name'], `${problem} (App Services would reject it when creating an app)`, 'warning');
    else
        (0,context/* report */.z8)(ctx, doc, ['name'], problem);
}
/** A provider_region App Services does not offer is refused when the app is created. */
function checkProviderRegion(ctx, doc, region) {
    if (typeof region !== 'string' || region === '' || region.includes('%(') || (0,regions/* findRegion */.g6)(region))
        return;
    (0,context/* report */.z8)(ctx, doc, ['provider_region'], `provider_region '${region}' is not a region App Services offers (for example aws-us-east-1, azure-westeurope, gcp-us-central1)`);
}
function checkConfigVersion(ctx, doc, version) {
    if (ctx.layout === '20230101')
        return;
    if (typeof version === 'number' && version !== Number(ctx.layout)) {
        (0,context/* report */.z8)(ctx, doc, ['config_version'], `config_version ${version} does not match ${doc.file}, which is the ${ctx.layout} layout`);
    }
}
function checkOrigins(ctx, doc, path, origins) {
    origins.forEach((origin, i) => {
        if (typeof origin !== 'string')
            return;
        let parsed;
        try {
            parsed = new URL(origin);
        }
        catch {
            parsed = undefined;
        }
        if (!parsed || !/^[a-z][a-z0-9+.-]*:$/.test(parsed.protocol) || !parsed.host) {
            (0,context/* report */.z8)(ctx, doc, [...path, i], `'${origin}' is not an origin of the form <scheme>://<host>[:port]`);
        }
        else if (parsed.origin !== origin) {
            (0,context/* report */.z8)(ctx, doc, [...path, i], `'${origin}' is not a bare origin; App Services expects '${parsed.origin}'`, 'warning');
        }
    });
}
function metaSettings(meta) {
    if (!meta)
        return {};
    return {
        ...(meta.group_id ? { group_id: meta.group_id } : {}),
        ...(meta.app_id ? { app_id: meta.app_id } : {}),
        ...(meta.client_app_id ? { client_app_id: meta.client_app_id } : {})
    };
}
function pickStrings(record, keys) {
    return Object.fromEntries(keys.filter(k => typeof record[k] === 'string').map(k => [k, record[k]]));
}
const META_TABLE = {
    kind: '.mdb metadata',
    unknown: 'allow',
    fields: { config_version: { type: 'integer' }, group_id: fields/* str */.gx, app_id: fields/* str */.gx, client_app_id: fields/* str */.gx }
};
async function loadMeta(ctx, metaFile) {
    if (!metaFile)
        return undefined;
    const doc = await (0,context/* readJson */.Vh)(ctx, metaFile);
    if (!doc?.ok || !(0,fields/* checkFields */.oA)(doc, [], doc.value, META_TABLE, ctx.problems))
        return undefined;
    const record = (0,context/* asRecord */.qY)(doc.value);
    return {
        file: metaFile,
        ...(typeof record.config_version === 'number' ? { config_version: record.config_version } : {}),
        ...pickStrings(record, ['group_id', 'app_id', 'client_app_id'])
    };
}

// EXTERNAL MODULE: ./src/app/load-triggers.ts
var load_triggers = __webpack_require__(50665);
// EXTERNAL MODULE: ./src/app/load-values.ts
var load_values = __webpack_require__(12042);
;// CONCATENATED MODULE: ./src/app/references.ts


const LEGACY = 'warning';
/** Checks one named reference and records a problem when the target does not exist. */
class ReferenceChecker {
    ctx;
    names;
    problems = [];
    constructor(ctx, names) {
        this.ctx = ctx;
        this.names = names;
    }
    fn(resource, name, paths, what, severity = 'error') {
        if (typeof name !== 'string' || name === '' || this.names.functions.has(name))
            return;
        const message = `${what} names function '${name}', which does not exist`;
        this.problems.push((0,context/* problemFor */.pp)(this.ctx, resource, paths, message, severity));
    }
    ds(resource, name, paths, what, severity = 'error') {
        if (typeof name !== 'string' || this.names.dataSources.has(name))
            return;
        const hint = this.names.services.has(name) ? ' (it is a third-party service, not a data source)' : '';
        const message = `${what} names data source '${name}', which does not exist${hint}`;
        this.problems.push((0,context/* problemFor */.pp)(this.ctx, resource, paths, message, severity));
    }
}
function checkReferences(ctx, model) {
    const refs = new ReferenceChecker(ctx, {
        functions: new Set(model.functions.map(f => f.name)),
        dataSources: new Set(model.dataSources.map(d => d.name)),
        services: new Set(model.services.map(s => s.name))
    });
    checkDurableReferences(refs, model);
    checkDeprecatedKindReferences(refs, model);
    checkAuthTriggerProviders(ctx, model, refs.problems);
    checkRelationships(ctx, model, refs.names, refs.problems);
    return refs.problems;
}
function checkDurableReferences(refs, model) {
    for (const trigger of model.triggers) {
        const what = `trigger '${trigger.name}'`;
        const functionPaths = [['event_processors', 'FUNCTION', 'config', 'function_name'], ['function_name']];
        refs.fn(trigger, (0,app_model/* triggerFunctionName */.mQ)(trigger), functionPaths, what);
        const handler = (trigger.error_handler?.config ?? {});
        refs.fn(trigger, handler.function_name, [['error_handler', 'config', 'function_name']], `error handler of ${what}`);
        if (trigger.type === 'DATABASE')
            refs.ds(trigger, trigger.config.service_name, [['config', 'service_name']], what);
    }
    for (const forwarder of model.logForwarders) {
        const what = `log forwarder '${forwarder.name}'`;
        if (forwarder.action.type === 'function')
            refs.fn(forwarder, forwarder.action.name, [['action', 'name']], what);
        else
            refs.ds(forwarder, forwarder.action.data_source, [['action', 'data_source']], what);
    }
}
function checkDeprecatedKindReferences(refs, model) {
    const fn = refs.fn.bind(refs);
    const ds = refs.ds.bind(refs);
    for (const endpoint of model.endpoints) {
        fn(endpoint, endpoint.function_name, [['function_name']], `endpoint ${endpoint.http_method} ${endpoint.route}`);
    }
    for (const resolver of model.graphql?.custom_resolvers ?? []) {
        fn(resolver, resolver.function_name, [['function_name']], `custom resolver ${resolver.on_type}.${resolver.field_name}`);
    }
    for (const provider of model.authProviders) {
        const config = provider.config ?? {};
        for (const key of ['confirmationFunctionName', 'resetFunctionName', 'authFunctionName']) {
            fn(provider, config[key], [['config', key]], `auth provider '${provider.name}'`);
        }
    }
    const custom = model.customUserData;
    if (custom) {
        const what = `custom user data${custom.enabled ? '' : ' (disabled)'}`;
        const severity = custom.enabled ? 'error' : LEGACY;
        if (custom.mongo_service_name !== '')
            ds(custom, custom.mongo_service_name, [['mongo_service_name']], what, severity);
        fn(custom, custom.on_user_creation_function_name, [['on_user_creation_function_name']], what);
    }
    if (model.sync?.service_name !== undefined)
        ds(model.sync, model.sync.service_name, [['service_name']], 'sync');
}
/** Authentication triggers name provider TYPES; warn when the app does not configure that provider. */
function checkAuthTriggerProviders(ctx, model, problems) {
    if (model.authProviders.length === 0)
        return;
    const types = new Set(model.authProviders.map(p => p.type));
    for (const trigger of model.triggers.filter(t => t.type === 'AUTHENTICATION')) {
        const providers = Array.isArray(trigger.config.providers) ? trigger.config.providers : [];
        providers.forEach((type, i) => {
            if (typeof type === 'string' && !types.has(type)) {
                const message = `trigger '${trigger.name}' listens to provider '${type}', which this app does not configure`;
                problems.push((0,context/* problemFor */.pp)(ctx, trigger, [['config', 'providers', i]], message, LEGACY));
            }
        });
    }
}
function checkRelationships(ctx, model, names, problems) {
    const schemas = new Set(model.dataSources.flatMap(d => d.schemas.map(s => `${d.name}/${s.database}/${s.collection}`)));
    // A relationships.json file is keyed by field; embedded ones (20180301 rule files) sit under `relationships`.
    for (const schema of model.dataSources.flatMap(d => d.schemas)) {
        for (const [field, relationship] of Object.entries(schema.relationships)) {
            const ref = String(relationship.ref ?? '').replace('#/relationship/', '');
            const [source] = ref.split('/');
            const problem = !names.dataSources.has(source)
                ? `relationship '${field}' points to data source '${source}', which does not exist`
                : !schemas.has(ref)
                    ? `relationship '${field}' points to ${ref}, which has no schema in this app`
                    : undefined;
            if (!problem)
                continue;
            const at = schema.relationshipsFile ? { file: schema.relationshipsFile } : schema;
            problems.push((0,context/* problemFor */.pp)(ctx, at, [
                [field, 'ref'],
                ['relationships', field, 'ref']
            ], problem, LEGACY));
        }
    }
}

// EXTERNAL MODULE: ./src/app/root.ts
var root = __webpack_require__(3975);
;// CONCATENATED MODULE: ./src/app/secrets-needed.ts


function collectSecretNames(ctx, model, legacyNames) {
    const names = new Set(legacyNames);
    const problems = [];
    const add = (resource, name, path) => {
        // Exports write "" (or null) for a secret that was never set: no secret is referenced.
        if (name === '' || name === null)
            return;
        if (typeof name !== 'string') {
            problems.push((0,context/* problemFor */.pp)(ctx, resource, [path], 'expected the NAME of a secret (a string)'));
            return;
        }
        const problem = (0,app_names/* secretNameProblem */.nL)(name);
        if (problem)
            problems.push((0,context/* problemFor */.pp)(ctx, resource, [path], problem));
        else
            names.add(name);
    };
    for (const value of model.values.filter(v => v.from_secret))
        add(value, value.value, ['value']);
    for (const provider of model.authProviders) {
        for (const [key, name] of Object.entries(provider.secret_config ?? {})) {
            // Custom JWT lists several signing keys, each a secret name.
            // An item of that list cannot be unset: it names a key or is not there.
            if (Array.isArray(name))
                name.forEach((n, i) => n === '' || n === null
                    ? problems.push((0,context/* problemFor */.pp)(ctx, provider, [['secret_config', key, i]], 'expected the NAME of a secret'))
                    : add(provider, n, ['secret_config', key, i]));
            else
                add(provider, name, ['secret_config', key]);
        }
    }
    for (const service of model.services) {
        for (const [key, name] of Object.entries(service.secret_config ?? {}))
            add(service, name, ['secret_config', key]);
    }
    for (const endpoint of model.endpoints) {
        if (endpoint.secret_name !== undefined)
            add(endpoint, endpoint.secret_name, ['secret_name']);
    }
    const dataApi = model.dataApiConfig;
    if (dataApi?.secret_name !== undefined)
        add(dataApi, dataApi.secret_name, ['secret_name']);
    return { names: [...names].sort(), problems };
}

// EXTERNAL MODULE: ./src/app/templates.ts
var templates = __webpack_require__(90036);
;// CONCATENATED MODULE: ./src/app/load.ts
// Reads an app directory into the AppModel and validates it, entirely offline: every problem is
// collected (syntax, fields, names, duplicates, references, cron, templates, unsafe paths, hosting)
// and reported at once, before any network call.




















/** Loads and validates the app; never throws for problems in the config (they are returned). */
async function validateApp({ appDir, strict }) {
    const result = await readAndCheck(appDir);
    return strict ? asStrict(result) : result;
}
/** Under `--strict` a warning stops the run like an error, and says why. */
function strictProblems(problems) {
    return problems.map(p => p.severity === 'warning' ? { ...p, severity: 'error', message: `${p.message} [--strict]` } : p);
}
function asStrict(result) {
    const problems = strictProblems(result.problems);
    return { ...result, problems, ...(result.model ? { model: { ...result.model, warnings: [] } } : {}) };
}
async function readAndCheck(appDir) {
    let found;
    try {
        found = await (0,root/* findAppRoot */.T)(appDir);
    }
    catch (error) {
        if (error instanceof errors/* ConfigError */.xL)
            return { problems: [...error.problems] };
        throw error;
    }
    const problems = [...found.problems];
    const dir = await AppDir.open(found.root, problems);
    const ctx = { dir, layout: found.layout, problems, docs: new Map(), bases: new WeakMap() };
    const partial = await readModel(ctx, found);
    const secrets = collectSecretNames(ctx, partial.model, partial.legacySecretNames);
    const model = { ...partial.model, secretsNeeded: secrets.names };
    problems.push(...secrets.problems, ...checkDuplicates(ctx, model), ...checkReferences(ctx, model));
    problems.push(...(0,templates/* findTemplateProblems */.IH)(model, undefined, ctx), ...(await checkTopLevel(dir, found.layout)));
    if (model.hosting?.present)
        problems.push(...(await checkHostingFiles(dir.root)));
    const sorted = sortProblems(dedupe(problems));
    return {
        model: { ...model, warnings: sorted.filter(p => p.severity === 'warning') },
        root: dir.root,
        layout: found.layout,
        problems: sorted
    };
}
/** Loads the app; throws ConfigError (exit code 2) listing every error. Warnings ride on the model. */
async function loadApp(options) {
    const result = await validateApp(options);
    if (!result.model || result.problems.some(p => p.severity === 'error'))
        throw new errors/* ConfigError */.xL(result.problems);
    return result.model;
}
async function readModel(ctx, found) {
    const meta = await loadMeta(ctx, found.metaFile);
    const { settings, doc: rootDoc } = await loadSettings(ctx, found.rootFile, meta);
    const folders = { services: [], dataSources: [] };
    await (0,load_services/* loadServiceFolders */.p8)(ctx, 'services', folders);
    const endpointDir = await (0,load_endpoints/* endpointsFolder */.lU)(ctx);
    if (!(0,app_model/* isV1Layout */.Uc)(ctx.layout)) {
        for (const parent of ['http_endpoints', 'https_endpoints'])
            await (0,load_services/* loadServiceFolders */.p8)(ctx, parent, folders);
    }
    const model = {
        root: ctx.dir.root,
        layout: found.layout,
        rootFile: found.rootFile,
        ...(meta ? { meta } : {}),
        settings,
        functions: await (0,load_functions/* loadFunctions */.g)(ctx),
        values: await (0,load_values/* loadValues */.F9)(ctx),
        environmentValues: await (0,load_values/* loadEnvironmentValues */.c3)(ctx),
        triggers: await (0,load_triggers/* loadTriggers */.Sq)(ctx),
        dataSources: [...(await (0,load_data_sources/* loadDataSources */.bn)(ctx)), ...folders.dataSources],
        services: folders.services,
        authProviders: await (0,load_auth/* loadAuthProviders */.xZ)(ctx),
        customUserData: await (0,load_auth/* loadCustomUserData */.hS)(ctx, rootDoc),
        endpoints: await (0,load_endpoints/* loadEndpoints */.Z8)(ctx, endpointDir),
        dataApiConfig: await (0,load_endpoints/* loadDataApiConfig */.xA)(ctx, endpointDir),
        graphql: await (0,load_graphql/* loadGraphQL */.EM)(ctx),
        sync: await (0,load_extras/* loadSync */.Yi)(ctx, rootDoc),
        logForwarders: await (0,load_graphql/* loadLogForwarders */.OP)(ctx),
        hosting: await (0,load_extras/* loadHosting */.Tl)(ctx, rootDoc),
        dependencies: await (0,load_extras/* loadDependencies */.cV)(ctx),
        warnings: []
    };
    return { model: dropUndefined(model), legacySecretNames: await (0,load_extras/* loadLegacySecrets */.Tg)(ctx) };
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter(p => {
        const key = JSON.stringify([p.source, p.line, p.column, p.field, p.message, p.severity]);
        return seen.has(key) ? false : (seen.add(key), true);
    });
}
/** Deterministic output: by file, then position; problems without a position first within a file. */
function sortProblems(problems) {
    return [...problems].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0));
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

/***/ 90036:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IH: () => (/* binding */ findTemplateProblems),
/* harmony export */   J4: () => (/* binding */ environmentKey),
/* harmony export */   O6: () => (/* binding */ expandTemplates)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93964);
// Template expansions (config-to-api §2.4 item 6, DOCS reference/config/template-expansions.txt):
// `"%(%%environment.values.<name>)"` in a string field of a config file resolves to that environment
// value for the active environment (`""` reads `environments/no-environment.json`). App Services only
// resolves them when an app is created from files, so the deployer resolves them itself before
// building request bodies and before diffing. Function and webhook sources are code, not config, and
// are left alone.


const EXPANSION = /%\(%%environment\.values\.([^)]*)\)/g;
/** Keys that are bookkeeping or code, not config: never expanded. */
const SKIPPED = new Set(['file', 'files', 'sourceFile', 'relationshipsFile', 'source']);
/** Nested resources with their own file, visited as units of their own. */
const NESTED = new Set(['rules', 'schemas', 'default_rule', 'incoming_webhooks']);
const noPositions = { docs: new Map(), bases: new WeakMap() };
function environmentKey(environment) {
    return !environment ? 'none' : environment;
}
/** The model with every expansion resolved for `environment`; throws ConfigError listing every unresolved one. */
function expandTemplates(model, environment = model.settings.environment ?? '') {
    const copy = structuredClone(model);
    const problems = visitExpansions(copy, environment, noPositions, true);
    if (problems.length)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(problems);
    return copy;
}
/** Every expansion that cannot be resolved for `environment`, without changing the model. */
function findTemplateProblems(model, environment = model.settings.environment ?? '', locator = noPositions) {
    return visitExpansions(model, environment, locator, false);
}
function visitExpansions(model, environment, locator, write) {
    const values = new Map(model.environmentValues.map(v => [v.name, v]));
    const problems = [];
    for (const unit of units(model)) {
        const fail = (path, message) => void problems.push((0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .problemFor */ .pp)(locator, unit, [path], message));
        const lookup = (name, path) => {
            const entry = values.get(name);
            const key = environmentKey(environment);
            if (entry && key in entry.values)
                return entry.values[key];
            const file = environment ? `${environment}.json` : 'no-environment.json';
            return entry
                ? fail(path, `%%environment.values.${name} has no value for environment '${environment || 'none'}' (${file})`)
                : fail(path, `%%environment.values.${name} is not defined in any environments/*.json file`);
        };
        walk(unit, [], (text, path) => expandString(text, name => lookup(name, path), name => fail(path, `%%environment.values.${name} is not a string, so it cannot be part of a longer string`)), write);
    }
    return problems;
}
/** A whole-string expansion takes the value as it is (any JSON); expansions inside a string take its text. */
function expandString(text, lookup, notText) {
    const whole = text.match(/^%\(%%environment\.values\.([^)]*)\)$/);
    if (whole)
        return lookup(whole[1]);
    return text.replace(EXPANSION, (match, name) => {
        const value = lookup(name);
        if (value === undefined)
            return match;
        if (typeof value === 'object' && value !== null) {
            notText(name);
            return match;
        }
        return String(value);
    });
}
/** Every resource with a file of its own, nested ones (rules, webhooks) included. */
function units(model) {
    const list = [
        model.settings,
        ...model.functions,
        ...model.values,
        ...model.triggers,
        ...model.authProviders
    ];
    list.push(...model.endpoints, ...model.logForwarders);
    for (const source of model.dataSources)
        list.push(source, ...source.rules, ...source.schemas, ...(source.default_rule ? [source.default_rule] : []));
    for (const service of model.services)
        list.push(service, ...service.rules, ...service.incoming_webhooks);
    for (const single of [
        model.customUserData,
        model.dataApiConfig,
        model.sync,
        model.hosting?.config,
        model.graphql?.config,
        model.graphql?.validation_settings
    ]) {
        if (single)
            list.push(single);
    }
    list.push(...(model.graphql?.custom_resolvers ?? []));
    return list;
}
/** Calls `onString` for every string leaf holding an expansion; with `write`, stores what it returns. */
function walk(node, path, onString, write) {
    if (node === null || typeof node !== 'object')
        return;
    const entries = Array.isArray(node)
        ? node.map((v, i) => [i, v])
        : Object.entries(node);
    for (const [key, value] of entries) {
        if (path.length === 0 && typeof key === 'string' && (SKIPPED.has(key) || NESTED.has(key)))
            continue;
        if (typeof value === 'string') {
            if (!value.includes('%(%%environment.values.'))
                continue;
            const resolved = onString(value, [...path, key]);
            if (write && resolved !== undefined)
                node[key] = resolved;
        }
        else {
            walk(value, [...path, key], onString, write);
        }
    }
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
