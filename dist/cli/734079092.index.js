export const id = 734079092;
export const ids = [734079092];
export const modules = {

/***/ 4647:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_1__.AT),
/* harmony export */   It: () => (/* reexport safe */ _secret_inputs_js__WEBPACK_IMPORTED_MODULE_4__.It),
/* harmony export */   O6: () => (/* reexport safe */ _templates_js__WEBPACK_IMPORTED_MODULE_2__.O6),
/* harmony export */   yZ: () => (/* reexport safe */ _load_js__WEBPACK_IMPORTED_MODULE_1__.yZ)
/* harmony export */ });
/* harmony import */ var _root_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3975);
/* harmony import */ var _load_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22797);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90036);
/* harmony import */ var _cron_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3791);
/* harmony import */ var _secret_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19865);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(19870);
// The app module's public surface: read an app directory into the AppModel, validate it offline,
// resolve template expansions, and parse secret inputs.








/***/ }),

/***/ 19865:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 85052:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ deployedModel)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/index.ts
var src_app = __webpack_require__(4647);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/deploy/zip-entries.ts
// Reads the files of a zip archive (the Admin API's config export): the central directory, then each
// entry stored or deflated. Bounded: at most MAX_ENTRIES entries and MAX_BYTES inflated in all, so a
// hostile archive cannot exhaust memory; paths that would leave the target directory are refused.

const MAX_ENTRIES = 20_000;
const MAX_BYTES = 256 * 1024 * 1024;
const END_OF_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;
function endOfDirectory(zip) {
    // The record is 22 bytes plus a comment of at most 65535 bytes, at the end of the archive.
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--)
        if (zip.readUInt32LE(i) === END_OF_DIRECTORY)
            return i;
    throw new Error('not a zip archive (no end of central directory)');
}
function safePath(name) {
    const parts = name.replace(/\\/g, '/').split('/');
    if (name.startsWith('/') || parts.includes('..'))
        throw new Error(`zip entry outside the archive: ${name}`);
    return parts.filter(p => p !== '' && p !== '.').join('/');
}
function entryBytes(zip, local, method, size, inflated) {
    if (zip.readUInt32LE(local) !== LOCAL_ENTRY)
        throw new Error('corrupt zip archive (local header)');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    if (method === 0)
        return Buffer.from(raw);
    if (method === 8)
        return (0,external_node_zlib_.inflateRawSync)(raw, { maxOutputLength: Math.max(inflated, 1) });
    throw new Error(`zip compression method ${method} is not supported`);
}
/** Every file of the archive (directories left out), in archive order. */
function zipEntries(zip) {
    const end = endOfDirectory(zip);
    const count = zip.readUInt16LE(end + 10);
    if (count > MAX_ENTRIES)
        throw new Error(`zip archive has ${count} entries (at most ${MAX_ENTRIES})`);
    let at = zip.readUInt32LE(end + 16);
    let total = 0;
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(at) !== CENTRAL_ENTRY)
            throw new Error('corrupt zip archive (central directory)');
        const method = zip.readUInt16LE(at + 10);
        const size = zip.readUInt32LE(at + 20);
        const inflated = zip.readUInt32LE(at + 24);
        const nameLength = zip.readUInt16LE(at + 28);
        const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
        const local = zip.readUInt32LE(at + 42);
        at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
        total += inflated;
        if (total > MAX_BYTES)
            throw new Error(`zip archive inflates to more than ${MAX_BYTES} bytes`);
        if (name.endsWith('/'))
            continue;
        entries.push({ path: safePath(name), bytes: entryBytes(zip, local, method, size, inflated) });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/deploy/deployed-config.ts
// The config a past deployment put live, as an app model: the server's export of that deployment
// (a zip of the config directory) unpacked into a temporary directory and read like a repository.





async function deployedModel(app, deploymentId, environment) {
    const entries = zipEntries(await app.exportDeployment(deploymentId));
    const dir = await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'realm-deploy-export-'));
    try {
        for (const entry of entries) {
            const file = external_node_path_default().join(dir, entry.path);
            await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
            await (0,promises_.writeFile)(file, entry.bytes);
        }
        // The archive may hold the config directory at its root or one level down.
        const root = entries.some(e => /^[^/]+\.json$/.test(e.path) && /realm_config|config\.json/.test(e.path))
            ? dir
            : external_node_path_default().join(dir, entries[0]?.path.split('/')[0] ?? '');
        const loaded = await (0,src_app/* loadApp */.AT)({ appDir: root });
        return (0,src_app/* expandTemplates */.O6)(loaded, environment || loaded.settings.environment || '');
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
    }
}


/***/ }),

/***/ 68618:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H1: () => (/* binding */ waitEnd),
/* harmony export */   g3: () => (/* binding */ pollUntil),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Bounded waits: every poll has a deadline, backs off, and can be cancelled.

function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(timer);
            reject(new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc());
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

/***/ 27046:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _W: () => (/* binding */ triggerHealthLines),
/* harmony export */   lb: () => (/* binding */ checkTriggerHealth)
/* harmony export */ });
/* unused harmony export assessTriggers */
/** The pure rules: subscriptions (+ latest executions) against what the repository enables. */
function assessTriggers(subscriptions, executions, desired) {
    const enabledInRepo = new Set((desired ?? []).filter(t => !t.disabled).map(t => t.name));
    const issues = [];
    for (const s of [...subscriptions].sort((a, b) => a.name.localeCompare(b.name))) {
        const base = { name: s.name, type: s.type };
        if (s.suspended)
            issues.push({ ...base, problem: 'suspended', ...(s.error ? { error: s.error } : {}) });
        else if (s.disabled && enabledInRepo.has(s.name))
            issues.push({ ...base, problem: 'disabled' });
        const failed = executions.get(s.id)?.error;
        if (!s.suspended && !s.disabled && failed)
            issues.push({ ...base, problem: 'failing', error: failed });
    }
    return issues;
}
/** Latest-execution reads in flight at once. */
const EXECUTION_READS_AT_ONCE = 6;
/** Reads every subscription and its latest execution, then resumes the suspended ones when asked. */
async function checkTriggerHealth(app, desired, options) {
    const subscriptions = await app.triggerState.subscriptions();
    const running = subscriptions.filter(s => !s.disabled && !s.suspended && (!options.executionsOf || options.executionsOf.has(s.name)));
    const executions = new Map();
    // Independent reads: a few at a time, so a large app's `status` takes round trips / width.
    let next = 0;
    const reader = async () => {
        while (next < running.length) {
            const s = running[next++];
            executions.set(s.id, await app.triggerState.latestExecution(s.id));
        }
    };
    await Promise.all(Array.from({ length: Math.min(EXECUTION_READS_AT_ONCE, running.length) }, reader));
    const found = assessTriggers(subscriptions, executions, desired);
    const ids = new Map(subscriptions.map(s => [s.name, s.id]));
    const issues = [];
    for (const issue of found) {
        if (issue.problem !== 'suspended' || !options.resumeSuspended)
            issues.push(issue);
        else
            issues.push(await resumeOne(app, ids.get(issue.name) ?? '', issue, options));
    }
    const degraded = issues.some(i => i.problem === 'suspended' && i.resumed !== true);
    return { checked: subscriptions.length, issues, degraded };
}
async function resumeOne(app, id, issue, options) {
    options.logger.info(`resuming suspended trigger ${JSON.stringify(issue.name)}`);
    try {
        await app.triggerState.resume(id, options.skipMissedEvents === true);
        return { ...issue, resumed: true };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        options.logger.warning(`could not resume trigger ${JSON.stringify(issue.name)}: ${message}`);
        return { ...issue, resumed: false, resumeError: message };
    }
}
/** Text lines for the terminal, the job summary and the PR comment (names and errors quoted). */
function triggerHealthLines(health) {
    if (health.issues.length === 0)
        return [`Triggers: all ${health.checked} running as deployed.`];
    return [
        `Triggers: ${health.issues.length} need attention (of ${health.checked}):`,
        ...health.issues.map(i => `  ${JSON.stringify(i.name)} (${i.type}) ${describe(i)}`)
    ];
}
function describe(i) {
    const error = i.error ? `: ${JSON.stringify(i.error)}` : '';
    if (i.problem === 'disabled')
        return 'is disabled in the app but enabled in the repository';
    if (i.problem === 'failing')
        return `failed on its latest run${error}`;
    if (i.resumed === true)
        return `was suspended${error}; resumed`;
    if (i.resumed === false)
        return `is suspended${error}; the resume failed: ${i.resumeError ?? ''}`;
    return `is suspended${error}; rerun with --resume-suspended (action input resume-suspended-triggers) to resume it`;
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

/***/ 71313:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ syncDoc),
/* harmony export */   r: () => (/* binding */ desiredItems)
/* harmony export */ });
/* harmony import */ var _items_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(47607);

function dataSourceItems(ds) {
    const items = [(0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('data_source', ds.name, { name: ds.name, type: ds.type, config: ds.config }, ds.file)];
    if (ds.default_rule)
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('default_rule', ds.name, { ...(0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(ds.default_rule), data_source: ds.name }, ds.default_rule.file));
    for (const rule of ds.rules) {
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('rule', (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleKey */ .ep)(ds.name, rule.database, rule.collection), { ...(0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(rule), data_source: ds.name }, rule.file));
    }
    for (const schema of ds.schemas) {
        const doc = { ...(0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(schema), data_source: ds.name };
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('schema', (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleKey */ .ep)(ds.name, schema.database, schema.collection), doc, schema.file));
    }
    return items;
}
function serviceItems(svc) {
    const { rules, incoming_webhooks, ...service } = svc;
    const items = [(0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('service', svc.name, (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(service), svc.file)];
    for (const rule of rules)
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('service_rule', `${svc.name}/${rule.name}`, { ...(0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(rule), service: svc.name }, rule.file));
    for (const hook of incoming_webhooks) {
        const { source, ...rest } = (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(hook);
        const doc = { ...rest, function_source: source, service: svc.name };
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('webhook', `${svc.name}/${hook.name}`, doc, hook.sourceFile));
    }
    return items;
}
function singletonItems(model, environment) {
    const items = [];
    const env = environment ?? model.settings.environment;
    if (env !== undefined)
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('environment', 'environment', { environment: env }, model.settings.file));
    const origins = model.settings.allowed_request_origins;
    if (origins)
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('allowed_origins', 'allowed_request_origins', { origins }, model.settings.file));
    if (model.customUserData) {
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('custom_user_data', 'custom_user_data', (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(model.customUserData), model.customUserData.file));
    }
    if (model.dataApiConfig)
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('data_api_config', 'data_api_config', (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(model.dataApiConfig), model.dataApiConfig.file));
    if (model.graphql?.config)
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('graphql_config', 'graphql_config', (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(model.graphql.config), model.graphql.config.file));
    const validation = model.graphql?.validation_settings;
    if (validation)
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('graphql_validation', 'graphql_validation', (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(validation), validation.file));
    if (isSyncConfig(model.sync))
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('sync', 'sync', syncDoc((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(model.sync)), model.sync.file));
    const hosting = model.hosting?.config;
    if (hosting)
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('hosting_config', 'hosting', { enabled: hosting.enabled === true }, hosting.file));
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
        ...model.secretsNeeded.map(name => (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('secret', name, { name }, secretReference(model, name))),
        ...model.values.map(v => (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('value', v.name, (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(v), v.file)),
        ...model.environmentValues.map(ev => (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('environment_value', ev.name, { name: ev.name, values: ev.values }, ev.files[0])),
        ...model.functions.map(f => (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('function', f.name, (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(f), f.sourceFile)),
        ...model.dataSources.flatMap(dataSourceItems),
        ...model.services.flatMap(serviceItems),
        ...model.authProviders.map(p => (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('auth_provider', p.name, (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(p), p.file)),
        ...model.triggers.map(t => (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('trigger', t.name, (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(t), t.file)),
        ...model.endpoints.map(e => (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('endpoint', (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .endpointKey */ .r4)(e.http_method, e.route), (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(e), e.file)),
        ...(model.graphql?.custom_resolvers ?? []).map(r => (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('custom_resolver', (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .resolverKey */ .GT)(r.on_type, r.field_name), (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(r), r.file)),
        ...model.logForwarders.map(l => (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .item */ .AS)('log_forwarder', l.name, (0,_items_js__WEBPACK_IMPORTED_MODULE_0__/* .withoutSource */ .iV)(l), l.file)),
        ...singletonItems(model, options.environment)
    ];
}


/***/ }),

/***/ 76896:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ diffItems)
});

// UNUSED EXPORTS: planSecrets

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/plan/canonical.ts
var canonical = __webpack_require__(34917);
// EXTERNAL MODULE: ./src/plan/kinds.ts
var kinds = __webpack_require__(94284);
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
/**
 * The fields our tables know inside an object at `path` in a resource as the planner compares it:
 * the tables' own nesting (a log forwarder's `action`, its `policy`), or where the fields differ by
 * the resource, a trigger's `config` per trigger type and its AWS EventBridge processor's config
 * (compared as `event_processors.AWS_EVENTBRIDGE`). Undefined where no table says, or where the table
 * leaves the object open (its keys are data).
 */
function knownNestedFields(kind, path, doc) {
    const at = path.join('.');
    if (kind === 'trigger' && at === 'config') {
        const table = load_triggers/* CONFIG_TABLES */.D$[String(doc.type)];
        return table ? new Set(Object.keys(table.fields)) : undefined;
    }
    if (kind === 'trigger' && at === 'event_processors.AWS_EVENTBRIDGE')
        return new Set(Object.keys(load_triggers/* EVENTBRIDGE_CONFIG_TABLE */.E6.fields));
    // The planner reshapes a trigger's processors and handler; only the two paths above are the file's.
    if (kind === 'trigger')
        return undefined;
    let table = TABLES[kind];
    for (const key of path)
        table = table?.fields[key]?.fields;
    return table && table !== TABLES[kind] && table.unknown === 'warning'
        ? new Set(Object.keys(table.fields))
        : undefined;
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
/**
 * The same rule further down: a field whose difference is only keys our tables do not know inside it
 * (a trigger's `config.extra`, or one in its EventBridge processor's config), which the server does
 * not give back, is no change either.
 */
function onlyUnechoedInside(kind, field, want, have) {
    const mine = want.fields[field];
    const kept = withoutUnechoed(kind, [field], mine, have.fields[field], want.doc);
    return !(0,canonical/* deepEqual */.bD)(kept, mine) && (0,canonical/* sameAsServer */.mu)(kept, have.fields[field]);
}
/** `mine` without the keys, at the paths our tables describe, that the tables do not know and `theirs` lacks. */
function withoutUnechoed(kind, path, mine, theirs, doc) {
    if (!(0,canonical/* isObject */.Gv)(mine) || !(0,canonical/* isObject */.Gv)(theirs))
        return mine;
    const known = knownNestedFields(kind, path, doc);
    const out = {};
    for (const [key, value] of Object.entries(mine)) {
        if (known && !known.has(key) && !(key in theirs))
            continue;
        out[key] = withoutUnechoed(kind, [...path, key], value, theirs[key], doc);
    }
    return out;
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
        const fields = (0,canonical/* changedFields */.E0)(want.fields, have.fields, canonical/* sameAsServer */.mu).filter(f => echoed(kind, f, have) && !onlyUnechoedInside(kind, f, want, have));
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
        throw new errors/* ConfigError */.xL(missing);
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


/***/ }),

/***/ 47607:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AS: () => (/* binding */ item),
/* harmony export */   GT: () => (/* binding */ resolverKey),
/* harmony export */   ep: () => (/* binding */ ruleKey),
/* harmony export */   iV: () => (/* binding */ withoutSource),
/* harmony export */   r4: () => (/* binding */ endpointKey)
/* harmony export */ });
/* harmony import */ var _kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94284);

function item(kind, key, doc, file) {
    return { kind, key, doc, fields: _kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .KINDS */ .G[kind].fields(doc), ...(file ? { file } : {}) };
}
const ruleKey = (dataSource, database, collection) => `${dataSource}/${database}.${collection}`;
const endpointKey = (method, route) => `${String(method)} ${String(route)}`;
const resolverKey = (onType, fieldName) => `${String(onType)}.${String(fieldName)}`;
/** A copy without the keys that only say where a resource came from (`file`, `files`, `sourceFile`,
 *  `relationshipsFile`, ...): the model's bookkeeping, never the API's. */
function withoutSource(resource) {
    return Object.fromEntries(Object.entries(resource).filter(([key]) => key !== 'files' && !/^(?:[a-z]+)?[fF]ile$/.test(key)));
}


/***/ }),

/***/ 94284:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ KINDS),
/* harmony export */   y: () => (/* binding */ APPLY_ORDER)
/* harmony export */ });
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34917);
/* harmony import */ var _sync_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17984);
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
            // "" database or collection is a trigger on every one, as absent: the server keeps neither.
            emptyIsAbsent: ['match', 'project', 'database', 'collection'],
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
        })({
            ...doc,
            type: doc.type === undefined || doc.type === null || doc.type === '' ? 'flexible' : doc.type,
            // Unset, it is the data source the apply writes to: the two compare as what the app will hold.
            service_name: (0,_sync_js__WEBPACK_IMPORTED_MODULE_1__/* .syncServiceName */ .sY)(doc)
        })
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
        // A flag the file leaves out is false (apply.ts sends it so).
        fields: simple([], {
            defaults: {
                disabled: false,
                create_user_on_auth: false,
                fetch_custom_user_data: false,
                log_function_arguments: false
            }
        })
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

/***/ 51865:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ remoteItems)
/* harmony export */ });
/* harmony import */ var _canonical_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(34917);
/* harmony import */ var _desired_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71313);
/* harmony import */ var _sync_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17984);
/* harmony import */ var _items_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(47607);
// The remote side of the plan: the deployed app as plan items. Everything comes from one
// `GET .../pull` (the whole app config as JSON, function sources included) plus the few lists the
// pull does not carry (secrets, allowed origins) and the id lists that turn ids back into names.
// So reading an app costs the same handful of requests whatever its size.




const list = (value) => (Array.isArray(value) ? value.filter(_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv) : []);
const obj = (value) => ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(value) ? value : {});
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
    const config = { ...obj(t.config) };
    const serviceName = names.svc(config.service_id, config.service_name);
    delete config.service_id;
    if (serviceName !== undefined)
        config.service_name = serviceName;
    const processors = { ...obj(t.event_processors) };
    const fnConfig = obj(obj(processors.FUNCTION).config);
    const fnName = names.fn(fnConfig.function_id ?? rootId, fnConfig.function_name ?? rootName);
    if (fnName !== undefined)
        processors.FUNCTION = { config: { function_name: fnName } };
    const doc = { ...rest, config, event_processors: processors };
    if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(t.error_handler)) {
        const hc = obj(t.error_handler.config);
        doc.error_handler = {
            ...t.error_handler,
            config: { ...hc, function_name: names.fn(hc.function_id, hc.function_name) }
        };
    }
    return doc;
}
function dataSourceItems(pull) {
    const items = [];
    for (const ds of list(pull.data_sources)) {
        const name = String(ds.name);
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('data_source', name, { name, type: ds.type, config: ds.config }));
        if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(ds.default_rule) && Object.keys(ds.default_rule).length > 0) {
            items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('default_rule', name, { ...ds.default_rule, data_source: name }));
        }
        for (const rule of list(ds.rules)) {
            items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('rule', (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleKey */ .ep)(name, String(rule.database), String(rule.collection)), {
                ...rule,
                data_source: name
            }));
        }
    }
    for (const s of list(pull.schemas)) {
        const meta = obj(s.metadata);
        const doc = {
            data_source: meta.data_source,
            database: meta.database,
            collection: meta.collection,
            schema: s.schema,
            relationships: s.relationships
        };
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('schema', (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleKey */ .ep)(String(meta.data_source), String(meta.database), String(meta.collection)), doc));
    }
    return items;
}
function serviceItems(pull) {
    const items = [];
    for (const svc of [...list(pull.services), ...list(pull.https_endpoints)]) {
        const name = String(svc.name);
        const { rules, incoming_webhooks, version: _version, ...service } = svc;
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('service', name, service));
        for (const rule of list(rules))
            items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('service_rule', `${name}/${String(rule.name)}`, { ...rule, service: name }));
        for (const hook of list(incoming_webhooks)) {
            items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('webhook', `${name}/${String(hook.name)}`, { ...hook, service: name }));
        }
    }
    return items;
}
/** `environments.values.<env>.values.<name>` (SPEC AllEnvironmentValues) transposed into one item per value name (config-to-api §4.2). */
function environmentValueItems(pull) {
    const byName = new Map();
    for (const [env, specific] of Object.entries(obj(obj(pull.environments).values))) {
        for (const [name, value] of Object.entries(obj(obj(specific).values))) {
            const entry = byName.get(name) ?? {};
            entry[env] = value;
            byName.set(name, entry);
        }
    }
    return [...byName].map(([name, values]) => (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('environment_value', name, { name, values }));
}
function singletonItems(pull, snapshot, names) {
    const items = [
        (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('environment', 'environment', {
            environment: typeof pull.environment === 'string' ? pull.environment : ''
        })
    ];
    if (snapshot.allowedOrigins)
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('allowed_origins', 'allowed_request_origins', { origins: [...snapshot.allowedOrigins] }));
    if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(pull.custom_user_data)) {
        const { mongo_service_id, on_user_creation_function_id, ...cud } = pull.custom_user_data;
        const doc = {
            ...cud,
            mongo_service_name: names.svc(mongo_service_id, cud.mongo_service_name)
        };
        doc.on_user_creation_function_name = names.fn(on_user_creation_function_id, cud.on_user_creation_function_name);
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('custom_user_data', 'custom_user_data', doc));
    }
    if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(pull.data_api_config))
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('data_api_config', 'data_api_config', pull.data_api_config));
    const graphql = obj(pull.graphql);
    if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(graphql.config))
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('graphql_config', 'graphql_config', graphql.config));
    if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(graphql.validation_settings))
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('graphql_validation', 'graphql_validation', graphql.validation_settings));
    const sync = (0,_sync_js__WEBPACK_IMPORTED_MODULE_2__/* .syncFromPull */ .Pn)(pull);
    if (sync)
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('sync', 'sync', (0,_desired_js__WEBPACK_IMPORTED_MODULE_1__/* .syncDoc */ .S)(sync)));
    if ((0,_canonical_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(pull.hosting))
        items.push((0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('hosting_config', 'hosting', { enabled: pull.hosting.enabled === true }));
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
        ...snapshot.secrets.map(s => (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('secret', s.name, { name: s.name })),
        ...list(pull.values).map(v => (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('value', String(v.name), v)),
        ...environmentValueItems(pull),
        ...list(pull.functions).map(f => (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('function', String(f.name), f)),
        ...dataSourceItems(pull),
        ...serviceItems(pull),
        ...list(pull.auth_providers).map(p => (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('auth_provider', String(p.name), p)),
        ...list(pull.triggers).map(t => (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('trigger', String(t.name), triggerDoc(t, names))),
        ...list(pull.endpoints).map(e => (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('endpoint', (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .endpointKey */ .r4)(e.http_method, e.route), endpoint(e))),
        ...list(obj(pull.graphql).custom_resolvers).map(r => (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('custom_resolver', (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .resolverKey */ .GT)(r.on_type, r.field_name), resolver(r))),
        ...list(pull.log_forwarders).map(l => (0,_items_js__WEBPACK_IMPORTED_MODULE_3__/* .item */ .AS)('log_forwarder', String(l.name), l)),
        ...singletonItems(pull, snapshot, names)
    ];
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

/***/ 9898:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

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

/***/ 18101:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ driftLines)
/* harmony export */ });
/* unused harmony export driftBlock */

const MAX_SHOWN = 50;
const VERB = { changed: 'changed', added: 'added', removed: 'removed' };
function itemText(i) {
    const fields = i.fields?.length ? ` (${i.fields.join(', ')})` : '';
    const file = i.file ? `; the repository's ${JSON.stringify(i.file)} overwrites it` : '';
    return `  ${i.kind} ${JSON.stringify(i.key)} ${VERB[i.action]} in the app outside git${fields}${file}`;
}
function driftLines(report) {
    return [`Drift: ${report.summary}`, ...report.items.map(itemText)];
}
function driftBlock(report) {
    if (!report)
        return undefined;
    if (report.items.length === 0)
        return `#### Drift\n\n${escapeText(report.summary, 500)}`;
    const lines = report.items.slice(0, MAX_SHOWN).map(i => {
        const fields = i.fields?.length ? `: ${i.fields.map(f => codeSpan(f, 80)).join(', ')}` : '';
        const file = i.file ? ` (repository file ${codeSpan(i.file, 200)})` : '';
        return `- ${escapeText(i.kind, 40)} ${codeSpan(i.key, 200)} **${VERB[i.action]}** outside git${fields}${file}`;
    });
    if (report.items.length > MAX_SHOWN)
        lines.push(`- … and ${report.items.length - MAX_SHOWN} more`);
    return ['#### ⚠️ Drift', '', escapeText(report.summary, 500), '', ...lines].join('\n');
}


/***/ }),

/***/ 65655:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ renderPlanText),
/* harmony export */   H: () => (/* binding */ renderResultText)
/* harmony export */ });
/* harmony import */ var _deploy_trigger_health_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(27046);
/* harmony import */ var _drift_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(18101);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _plan_kinds_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94284);
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9898);
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
    if ((0,_plan_types_js__WEBPACK_IMPORTED_MODULE_3__/* .planSize */ .F)(plan) === 0)
        return 'No changes: the app matches the repository.\n';
    const out = [`Plan: ${(0,_plan_types_js__WEBPACK_IMPORTED_MODULE_3__/* .planSize */ .F)(plan)} change(s)`];
    if (plan.secrets.create.length)
        out.push(`  Secrets`, ...plan.secrets.create.map(n => `    + ${n}`));
    if (plan.secrets.update.length)
        out.push(...(plan.secrets.create.length ? [] : ['  Secrets']), ...plan.secrets.update.map(n => `    ~ ${n} (value replaced)`));
    for (const kind of _plan_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .APPLY_ORDER */ .y) {
        const changes = plan.changes.filter(c => c.kind === kind);
        if (changes.length)
            out.push(`  ${_plan_kinds_js__WEBPACK_IMPORTED_MODULE_2__/* .KINDS */ .G[kind].title}`, ...changes.map(changeLine));
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
        cancelled: `Cancelled${app}`,
        degraded: `Deployed${app}, degraded: a trigger is suspended`,
        drift: `Drift${app}: the app changed outside git; nothing was written`
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
    if (result.drift)
        out.push(...(0,_drift_js__WEBPACK_IMPORTED_MODULE_0__/* .driftLines */ .$)(result.drift).map(l => `  ${l}`));
    if (result.triggerHealth)
        out.push(...(0,_deploy_trigger_health_js__WEBPACK_IMPORTED_MODULE_4__/* .triggerHealthLines */ ._W)(result.triggerHealth).map(l => `  ${l}`));
    if (result.errorLogs?.length) {
        out.push(`  the app logged ${result.errorLogs.length} error(s) since the deploy began:`);
        for (const e of result.errorLogs.slice(0, 10))
            out.push(`    ${e.started ?? ''} ${e.type} ${e.function_name ?? ''} ${e.error ?? ''}`.trimEnd());
    }
    for (const w of result.warnings)
        out.push(`  warning: ${w}`);
    // A problem list says `error:` in each line already: no second prefix.
    if (result.problems?.length)
        out.push(...result.problems.map(p => `  ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .Vw)(p)}`));
    else if (result.error && result.status !== 'conflict')
        out.push(`  error: ${result.error}`);
    return `${out.join('\n')}\n`;
}


/***/ })

};
