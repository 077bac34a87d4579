export const id = 4045905751;
export const ids = [4045905751];
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

/***/ 46171:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   statusCommand: () => (/* binding */ statusCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _app_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4647);
/* harmony import */ var _deploy_trigger_health_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(27046);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27194);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _app_reference_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40253);
/* harmony import */ var _credentials_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88228);
/* harmony import */ var _json_result_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(43054);
// `realm-deploy status`: the deployed triggers' health (suspended, failing, disabled in the app while
// the repository enables them), and with --resume-suspended the resume of the suspended ones. The
// same check every deploy ends with (deploy/trigger-health.ts), without deploying.









const statusCommand = {
    name: 'status',
    summary: "Report the app's trigger health (suspended, failing, disabled); resume suspended ones.",
    description: "Reads the app's event subscriptions (its running triggers) and each one's latest execution, and\n" +
        'reports every trigger that is suspended, failing, or disabled in the app while the config in\n' +
        '--app-dir enables it. A suspended trigger left suspended ends the run degraded (exit 1).',
    options: {
        ..._credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .connectionOptions */ .HZ,
        ...(0,_app_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .appOptions */ .Cp)('The config directory: names the app, and says which triggers should be enabled.'),
        'resume-suspended': {
            type: 'boolean',
            description: 'Resume every suspended database trigger (PUT .../triggers/{id}/resume).'
        },
        'skip-missed-events': {
            type: 'boolean',
            description: 'With --resume-suspended: resume from now on, without the events missed while suspended.'
        },
        'allow-degraded': {
            type: 'boolean',
            description: 'A trigger left suspended does not make the exit code 1.'
        },
        json: (0,_json_result_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonOption */ .Ec)()
    },
    jsonResult: true,
    exitCodes: [0, 1, 2, 130],
    examples: [
        'realm-deploy status --app myapp-abcde',
        'realm-deploy status --app-dir ./backend --resume-suspended --json'
    ],
    run: runStatus
};
/** The repository's triggers, when --app-dir holds a config (else no "disabled" check). */
async function repositoryTriggers(values, cwd) {
    const appDir = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'app-dir') ?? '.');
    const { model } = await (0,_app_index_js__WEBPACK_IMPORTED_MODULE_1__/* .validateApp */ .yZ)({ appDir });
    return model?.triggers;
}
async function runStatus(values, _positionals, io) {
    const problems = [];
    const connection = await (0,_app_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .collectProblems */ .vX)(problems, () => (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .connectionFromOptions */ .hU)(values, io.env));
    const ref = await (0,_app_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .collectProblems */ .vX)(problems, () => (0,_app_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .appReference */ .lu)(values, io.cwd));
    if (problems.length > 0 || !connection || !ref)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(problems);
    const client = (0,_credentials_js__WEBPACK_IMPORTED_MODULE_6__/* .adminClientFor */ .M6)(connection, io);
    const app = await (0,_app_reference_js__WEBPACK_IMPORTED_MODULE_5__/* .findApp */ .J0)(client, connection.projectId, ref);
    const health = await (0,_deploy_trigger_health_js__WEBPACK_IMPORTED_MODULE_8__/* .checkTriggerHealth */ .lb)(client.app(connection.projectId, app._id), await repositoryTriggers(values, io.cwd), {
        resumeSuspended: values['resume-suspended'] === true,
        skipMissedEvents: values['skip-missed-events'] === true,
        logger: io.logger
    });
    const degraded = health.degraded && values['allow-degraded'] !== true;
    if (health.degraded && !degraded)
        io.logger.warning('a trigger is suspended (--allow-degraded: exit code 0)');
    const status = health.degraded ? 'degraded' : 'healthy';
    const exitCode = degraded ? 1 : 0;
    if (values.json === true) {
        const error = degraded ? 'a trigger is suspended: rerun with --resume-suspended' : null;
        io.stdout((0,_json_result_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonLine */ .rF)({
            command: 'status',
            status: degraded ? status : 'healthy',
            exitCode,
            error,
            warnings: [...io.warnings],
            app: {
                id: app._id,
                clientAppId: app.client_app_id,
                name: app.name,
                groupId: connection.projectId,
                created: false
            },
            triggerHealth: health
        }));
    }
    else {
        io.stdout((0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(`${app.client_app_id}: ${status}\n${(0,_deploy_trigger_health_js__WEBPACK_IMPORTED_MODULE_8__/* .triggerHealthLines */ ._W)(health).join('\n')}\n`));
    }
    return exitCode;
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


/***/ })

};
