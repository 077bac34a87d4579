export const id = 2534725632;
export const ids = [2534725632];
export const modules = {

/***/ 40253:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cp: () => (/* binding */ appOptions),
/* harmony export */   J0: () => (/* binding */ findApp),
/* harmony export */   lu: () => (/* binding */ appReference),
/* harmony export */   vX: () => (/* binding */ collectProblems)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _admin_apps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5557);
/* harmony import */ var _app_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22797);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
// Which app `logs` and `pull` read when --app is not given: the one the config directory names
// (--app-dir, default the current directory), by its app_id, then its .mdb id, then its name, as a
// deploy finds it. Also the directory's layout, so a pull refreshes the config in place.





/** The `--app` and `--app-dir` flags `appReference` reads; a command may say more of its directory. */
function appOptions(appDirDescription = 'Without --app: the config directory whose app_id (else name) names the app.') {
    return {
        app: {
            type: 'string',
            value: 'APP',
            description: 'The app: client app id, name or _id (any product). Default: the one --app-dir names.'
        },
        'app-dir': { type: 'string', value: 'DIR', description: appDirDescription, default: '.' }
    };
}
async function appReference(values, cwd) {
    const app = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'app');
    if (app)
        return { references: [app] };
    const appDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'app-dir') ?? '.');
    // Only the app's names are needed: a config with errors elsewhere still names its app.
    const { model } = await (0,_app_load_js__WEBPACK_IMPORTED_MODULE_2__/* .validateApp */ .yZ)({ appDir });
    if (!model) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL([
            {
                source: '--app',
                severity: 'error',
                message: `the app is required: its client app id, name or _id, or an --app-dir whose config names it (no app config in ${appDir})`
            }
        ]);
    }
    const references = [model.settings.client_app_id, model.meta?.app_id, model.settings.name].filter((r) => Boolean(r));
    if (references.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL([
            { source: '--app', severity: 'error', message: `name the app: ${model.rootFile} has no app_id or name` }
        ]);
    return { references: [...new Set(references)], configDir: model.root, layout: model.layout };
}
/** The one app the references name (one list request for all of them). */
async function findApp(client, projectId, ref) {
    if (!ref.configDir)
        return (0,_admin_apps_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveApp */ .Ae)(client.apps, projectId, ref.references[0]);
    const all = await client.apps.listAll(projectId);
    for (const reference of ref.references) {
        const matches = (0,_admin_apps_js__WEBPACK_IMPORTED_MODULE_1__/* .matchApps */ .Kp)(all, reference);
        if (matches.length === 1)
            return matches[0];
    }
    const names = ref.references.map(r => `'${r}'`).join(' or ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL([
        {
            source: ref.configDir ? '--app-dir' : '--app',
            severity: 'error',
            message: `no single app ${names} in project ${projectId}; its apps are: ${all
                .map(a => a.client_app_id)
                .sort()
                .join(', ') || 'none'}`
        }
    ]);
}
/** Runs one reading of the flags; its ConfigError's problems join `problems` (all reported at once). */
async function collectProblems(problems, read) {
    try {
        return await read();
    }
    catch (error) {
        if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL))
            throw error;
        problems.push(...error.problems);
        return undefined;
    }
}


/***/ }),

/***/ 72886:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pullCommand: () => (/* binding */ pullCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _pull_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(65614);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27194);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _app_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40253);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88228);
// `realm-deploy pull`: write a deployed app as a config directory (20210101 or 20230101 layout)
// that a deploy reads back as "no changes". Secret values and hosted files cannot be read through
// the Admin API: the output names the secrets to supply and says what to add by hand.







const pullCommand = {
    name: 'pull',
    summary: 'Write a deployed app as a config directory (deploying it back changes nothing).',
    description: 'Read an app through the Admin API and write its configuration as a config directory:\n' +
        'functions, values, environments, triggers, data sources and rules, auth, endpoints, GraphQL,\n' +
        'sync, log forwarders, legacy services and hosting config. Secret values are never readable:\n' +
        'the output names the secrets to pass on deploy. Hosted files cannot be downloaded.',
    options: {
        ..._credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .connectionOptions */ .HZ,
        ...(0,_app_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .appOptions */ .Cp)('Without --app: the config directory naming the app, refreshed in place in its own layout.'),
        out: {
            type: 'string',
            value: 'DIR',
            description: 'The directory to write (created when missing; must be empty unless --force). Default: the --app-dir config itself.'
        },
        layout: {
            type: 'string',
            value: 'VERSION',
            description: `Config layout: ${_pull_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PULL_LAYOUTS */ .CL.join(' or ')} (default: the --app-dir config's, else 20210101).`
        },
        'include-hosting': {
            type: 'boolean',
            description: "List the hosted files' attrs in hosting/metadata.json (the files must be added by hand)."
        },
        only: {
            type: 'string',
            multiple: true,
            value: 'FILE',
            description: 'Write only this config file (path in the config directory; repeatable), e.g. the ones a drift report names.'
        },
        force: {
            type: 'boolean',
            description: 'Replace the App Services config in a non-empty DIR (other files are kept).'
        }
    },
    exitCodes: [0, 1, 2],
    examples: [
        'realm-deploy pull --app-dir ./backend            # refreshes ./backend in its own layout',
        'realm-deploy pull --app myapp-abcde --out ./backend --layout 20230101',
        'realm-deploy pull --app-dir ./backend --only functions/restockAlert.js   # take one edit made in the UI'
    ],
    run: runPull
};
/** Without --out and --layout, a pull refreshes the --app-dir config where it is, in its layout. */
function pullRequest(values, cwd, ref) {
    const problems = [];
    const problem = (source, message) => void problems.push({ source, message, severity: 'error' });
    const out = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'out') ?? ref?.configDir;
    const own = ref?.layout && _pull_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PULL_LAYOUTS */ .CL.includes(ref.layout) ? ref.layout : undefined;
    const layout = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'layout') ?? own ?? '20210101';
    if (!out)
        problem('--out', 'the output directory is required (or pull by --app-dir, into that config)');
    if (!_pull_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PULL_LAYOUTS */ .CL.includes(layout))
        problem('--layout', `'${layout}' is not a layout this command writes: use ${_pull_index_js__WEBPACK_IMPORTED_MODULE_2__/* .PULL_LAYOUTS */ .CL.join(' or ')}`);
    const inPlace = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'out') === undefined && ref?.configDir !== undefined;
    if (problems.length > 0 || !out)
        return { problems, inPlace };
    const request = {
        outDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, out),
        layout: layout,
        includeHosting: values['include-hosting'] === true,
        // Refreshing the config the user pointed at is the point: its other files are kept.
        force: values.force === true || inPlace,
        ...((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)(values, 'only').length ? { only: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)(values, 'only') } : {})
    };
    return { request, problems, inPlace };
}
async function runPull(values, _positionals, io) {
    const problems = [];
    const connection = await (0,_app_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .collectProblems */ .vX)(problems, () => (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .connectionFromOptions */ .hU)(values, io.env));
    const ref = await (0,_app_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .collectProblems */ .vX)(problems, () => (0,_app_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .appReference */ .lu)(values, io.cwd));
    const { request, problems: requestProblems, inPlace } = pullRequest(values, io.cwd, ref);
    problems.push(...requestProblems);
    if (problems.length > 0 || !connection || !request || !ref)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(problems);
    const client = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .adminClientFor */ .M6)(connection, io);
    const app = ref.configDir ? (await (0,_app_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .findApp */ .J0)(client, connection.projectId, ref))._id : ref.references[0];
    if (inPlace)
        io.logger.info(`refreshing ${request.outDir} in place (layout ${request.layout})`);
    const result = await (0,_pull_index_js__WEBPACK_IMPORTED_MODULE_2__/* .pullApp */ .Nu)(client, { ...request, app, projectId: connection.projectId });
    for (const note of result.notes)
        io.logger.warning(note);
    io.stdout((0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(pullSummary(result, request.outDir)));
    return 0;
}
function pullSummary(result, outDir) {
    const { app } = result;
    const lines = [
        `pulled ${app.client_app_id} (${app._id}) into ${outDir}: ${result.files.length} files, layout ${result.layout}`
    ];
    lines.push(result.secrets.length === 0
        ? 'secrets: the app has none'
        : `secrets: the app has ${result.secrets.length}: ${result.secrets.join(', ')}. A pull never contains secret values: ` +
            'pass each with --secret NAME=VALUE when you deploy this config to an app that lacks it');
    lines.push(result.hostedFiles === undefined
        ? 'hosting: hosted files are not pulled (--include-hosting lists them in hosting/metadata.json)'
        : `hosting: hosting/metadata.json lists ${result.hostedFiles} hosted file(s). The Admin API cannot download them: ` +
            'copy each into hosting/files/ by hand (until then, validate and deploy report them missing)');
    return `${lines.join('\n')}\n`;
}


/***/ }),

/***/ 88228:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ connectionOptions),
/* harmony export */   M6: () => (/* binding */ adminClientFor),
/* harmony export */   hU: () => (/* binding */ connectionFromOptions)
/* harmony export */ });
/* harmony import */ var _admin_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38809);
/* harmony import */ var _admin_transport_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75389);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27194);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _credential_names_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6312);
// The connection flags every remote command shares (base URL, project, API key pair), declared once
// to spread into a command's `options`, validated together, with the keys registered as secrets the
// moment they are read. Keys come from flags or from the Atlas CLI's environment variables.







const connectionOptions = {
    'base-url': {
        type: 'string',
        value: 'URL',
        description: `Admin API host; /api/admin/v3.0 is appended (default: ${_admin_client_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultBaseUrl */ .I}).`
    },
    'project-id': {
        type: 'string',
        value: 'ID',
        description: `Atlas project (group) id, 24 hex digits (or env ${_credential_names_js__WEBPACK_IMPORTED_MODULE_5__/* .projectIdEnv */ .ql}).`
    },
    'public-api-key': {
        type: 'string',
        value: 'KEY',
        description: `Atlas programmatic API public key (or env ${_credential_names_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyEnv */ .Sp}).`
    },
    'private-api-key': {
        type: 'string',
        value: 'KEY',
        description: `Atlas programmatic API private key; prefer env ${_credential_names_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyEnv */ .Mw}, flags show in process lists.`
    }
};
const projectIdPattern = /^[0-9a-f]{24}$/i;
/** Reads and checks the connection flags; every problem at once, each naming its flag. */
function connectionFromOptions(values, env) {
    const publicKey = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'public-api-key') ?? env[_credential_names_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyEnv */ .Sp];
    const privateKey = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'private-api-key') ?? env[_credential_names_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyEnv */ .Mw];
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(publicKey);
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(privateKey);
    const projectId = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'project-id') ?? env[_credential_names_js__WEBPACK_IMPORTED_MODULE_5__/* .projectIdEnv */ .ql];
    const problems = [];
    const problem = (source, message) => void problems.push({ source, message, severity: 'error' });
    if (!projectId)
        problem('--project-id', `the Atlas project id is required (or set ${_credential_names_js__WEBPACK_IMPORTED_MODULE_5__/* .projectIdEnv */ .ql})`);
    else if (!projectIdPattern.test(projectId)) {
        problem('--project-id', `'${projectId}' is not a project id: expected 24 hexadecimal digits`);
    }
    if (!publicKey)
        problem('--public-api-key', `the API public key is required (or set ${_credential_names_js__WEBPACK_IMPORTED_MODULE_5__/* .publicKeyEnv */ .Sp})`);
    if (!privateKey)
        problem('--private-api-key', `the API private key is required (or set ${_credential_names_js__WEBPACK_IMPORTED_MODULE_5__/* .privateKeyEnv */ .Mw})`);
    const baseUrl = checkBaseUrl((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'base-url') ?? _admin_client_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultBaseUrl */ .I, problem);
    if (problems.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(problems);
    return {
        baseUrl,
        projectId: projectId,
        publicKey: publicKey,
        privateKey: privateKey
    };
}
function checkBaseUrl(text, problem) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        problem('--base-url', `'${text}' is not a URL: expected e.g. ${_admin_client_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultBaseUrl */ .I}`);
        return text;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        problem('--base-url', `'${text}' is not an http(s) URL`);
    }
    else if (url.username || url.password) {
        problem('--base-url', 'the URL must not carry a user name or password: the API keys authenticate');
    }
    else if (url.search || url.hash) {
        problem('--base-url', `'${text}' must not have a query or fragment`);
    }
    // A URL copied with the API path already on it is accepted: the path is appended once.
    const path = url.pathname.replace(/\/+$/, '');
    return `${url.origin}${path.endsWith(_admin_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .apiPrefix */ .P8) ? path.slice(0, -_admin_transport_js__WEBPACK_IMPORTED_MODULE_1__/* .apiPrefix */ .P8.length) : path}`;
}
/** The Admin API client of a command: its logger, and its signal (aborted on SIGINT/SIGTERM). */
function adminClientFor(connection, io) {
    return (0,_admin_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createAdminClient */ .Z)({
        baseUrl: connection.baseUrl,
        publicKey: connection.publicKey,
        privateKey: connection.privateKey,
        logger: io.logger,
        signal: io.signal
    });
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


/***/ })

};
