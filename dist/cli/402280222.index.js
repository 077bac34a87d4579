export const id = 402280222;
export const ids = [402280222];
export const modules = {

/***/ 40253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J0: () => (/* binding */ findApp),
/* harmony export */   lu: () => (/* binding */ appReference),
/* harmony export */   vX: () => (/* binding */ collectProblems)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _admin_apps_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5557);
/* harmony import */ var _app_load_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4117);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
// Which app `logs` and `pull` read when --app is not given: the one the config directory names
// (--app-dir, default the current directory), by its app_id, then its .mdb id, then its name, as a
// deploy finds it. Also the directory's layout, so a pull refreshes the config in place.





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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

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
        app: {
            type: 'string',
            value: 'APP',
            description: 'The app: client app id, name or _id (any product). Default: the one --app-dir names.'
        },
        'app-dir': {
            type: 'string',
            value: 'DIR',
            description: 'Without --app: the config directory naming the app, refreshed in place in its own layout.',
            default: '.'
        },
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
        force: {
            type: 'boolean',
            description: 'Replace the App Services config in a non-empty DIR (other files are kept).'
        }
    },
    exitCodes: [0, 1, 2],
    examples: [
        'realm-deploy pull --app-dir ./backend            # refreshes ./backend in its own layout',
        'realm-deploy pull --app myapp-abcde --out ./backend --layout 20230101'
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
        force: values.force === true || inPlace
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
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ connectionOptions),
/* harmony export */   M6: () => (/* binding */ adminClientFor),
/* harmony export */   hU: () => (/* binding */ connectionFromOptions)
/* harmony export */ });
/* harmony import */ var _admin_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87928);
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


/***/ })

};
