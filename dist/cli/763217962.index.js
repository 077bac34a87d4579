export const id = 763217962;
export const ids = [763217962];
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

/***/ 55725:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  logLine: () => (/* binding */ logLine),
  logsCommand: () => (/* binding */ logsCommand)
});

// EXTERNAL MODULE: ./src/admin/logs.ts
var logs = __webpack_require__(13568);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/app-reference.ts
var app_reference = __webpack_require__(40253);
// EXTERNAL MODULE: ./src/cli/credentials.ts
var credentials = __webpack_require__(88228);
;// CONCATENATED MODULE: ./src/cli/duration.ts
// Times as a person types them on a command line: `90s`, `15m`, `1h`, `2d`, `1w` (ago, for --since),
// or an ISO 8601 date.
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** Milliseconds of `90s`/`15m`/`1h`/`2d`/`1w`; undefined when `text` is not one. */
function parseDuration(text) {
    const m = /^(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(text.trim());
    return m ? Number(m[1]) * UNIT_MS[m[2]] : undefined;
}
/** An ISO date, or a duration before `now`; undefined when neither. */
function parseTimePoint(text, now) {
    const ago = parseDuration(text);
    if (ago !== undefined)
        return new Date(now - ago).toISOString();
    const ms = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN;
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

// EXTERNAL MODULE: ./src/cli/json-result.ts
var json_result = __webpack_require__(43054);
;// CONCATENATED MODULE: ./src/cli/commands/logs-follow.ts
function sleep(ms, signal) {
    return new Promise(resolve => {
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
/** An entry's identity: its _id (every entry the API returns has one; the rest is a fallback). */
function entryKey(entry) {
    return entry._id ?? JSON.stringify(entry);
}
/** Polls until the time is up or the signal aborts; returns how many new entries were printed. */
async function followLogs(app, options) {
    const now = options.now ?? Date.now;
    const deadline = now() + options.forMs;
    let since = options.since;
    let printed = 0;
    while (!options.signal.aborted && now() < deadline) {
        await sleep(Math.min(options.intervalMs, Math.max(0, deadline - now())), options.signal);
        if (options.signal.aborted)
            break;
        const fresh = [];
        const filter = { start: since, limit: 1000 };
        const entries = options.errorsOnly ? app.logs({ ...filter, errorsOnly: true }) : app.allLogs(filter);
        for await (const entry of entries)
            if (!options.seen.has(entryKey(entry)))
                fresh.push(entry);
        fresh.sort((a, b) => String(a.started).localeCompare(String(b.started)));
        for (const entry of fresh) {
            options.seen.add(entryKey(entry));
            options.print(entry);
            if (entry.started && entry.started > since)
                since = entry.started;
        }
        printed += fresh.length;
    }
    return printed;
}

;// CONCATENATED MODULE: ./src/cli/commands/logs.ts
// `realm-deploy logs`: an app's logs from the Admin API, every page followed, newest first: one line
// per entry, one JSON object per entry (--json-lines, which --follow streams), or the entries inside
// the one --json result object (json-result.ts).









const logsCommand = {
    name: 'logs',
    summary: "Print an app's logs (every page), newest first.",
    description: "Print an app's logs from the Admin API, newest first, following every page. Without\n" +
        '--errors-only both error and non-error entries are shown (the API serves them in two queries).',
    options: {
        ...credentials/* connectionOptions */.HZ,
        ...(0,app_reference/* appOptions */.Cp)(),
        since: {
            type: 'string',
            value: 'WHEN',
            description: 'Only entries after this: an ISO 8601 date, or a time ago (90s, 15m, 1h, 2d, 1w).'
        },
        until: {
            type: 'string',
            value: 'WHEN',
            description: 'Only entries up to this (inclusive): an ISO 8601 date, or a time ago.'
        },
        follow: {
            type: 'boolean',
            short: 'f',
            description: 'After the listing, keep printing new entries (oldest first) until --follow-for ends or Ctrl-C.'
        },
        'follow-for': {
            type: 'string',
            value: 'DURATION',
            description: 'How long --follow runs at most (at most 24h).',
            default: '10m'
        },
        'errors-only': { type: 'boolean', description: 'Only entries with an error.' },
        type: {
            type: 'string',
            multiple: true,
            value: 'TYPE',
            description: 'Only entries of this type (FUNCTION, DB_TRIGGER, ...; a comma list works too).'
        },
        'user-id': { type: 'string', value: 'ID', description: 'Only entries of this app user.' },
        'co-id': { type: 'string', value: 'ID', description: 'Only entries of this request correlation id.' },
        limit: { type: 'string', value: 'N', description: 'Stop after N entries (default: all).' },
        json: (0,json_result/* jsonOption */.Ec)('the entries in its logs[]', 'Not with --follow.'),
        'json-lines': {
            type: 'boolean',
            description: 'One JSON object per entry and line (JSON Lines), as they arrive: the way to --follow in JSON.'
        }
    },
    jsonResult: true,
    exitCodes: [0, 1, 2, 130],
    examples: [
        'realm-deploy logs --app myapp-abcde --since 1h --errors-only',
        'realm-deploy logs --app-dir ./backend --since 2026-11-01 --until 2026-11-02T12:00:00Z --json',
        'realm-deploy logs --app-dir ./backend --follow --follow-for 10m --json-lines | jq .function_name'
    ],
    run: runLogs
};
async function runLogs(values, _positionals, io) {
    const { request, problems } = logsRequest(values);
    const connection = await (0,app_reference/* collectProblems */.vX)(problems, () => (0,credentials/* connectionFromOptions */.hU)(values, io.env));
    const ref = await (0,app_reference/* collectProblems */.vX)(problems, () => (0,app_reference/* appReference */.lu)(values, io.cwd));
    if (problems.length > 0 || !connection || !ref)
        throw new errors/* ConfigError */.xL(problems);
    const client = (0,credentials/* adminClientFor */.M6)(connection, io);
    const app = await (0,app_reference/* findApp */.J0)(client, connection.projectId, ref);
    io.logger.debug(`reading the logs of ${app.client_app_id} (${app._id})`);
    const filter = {
        start: request.start,
        end: request.end,
        types: request.types,
        userId: (0,command/* stringOption */.Pp)(values, 'user-id'),
        correlationId: (0,command/* stringOption */.Pp)(values, 'co-id'),
        limit: request.limit
    };
    const appClient = client.app(connection.projectId, app._id);
    const entries = values['errors-only'] === true
        ? appClient.logs({ ...filter, errorsOnly: true })
        : appClient.allLogs(filter);
    const listed = [];
    const print = (entry) => values.json === true
        ? void listed.push(entry)
        : io.stdout(`${(0,secrets/* redact */.E$)(values['json-lines'] === true ? JSON.stringify(entry) : logLine(entry))}\n`);
    const seen = new Set();
    let newest = request.start ?? new Date().toISOString();
    for await (const entry of entries) {
        print(entry);
        seen.add(entryKey(entry));
        if (entry.started && entry.started > newest)
            newest = entry.started;
    }
    if (seen.size === 0)
        io.logger.info(`no log entries of ${app.client_app_id} match`);
    if (values.json === true) {
        io.stdout(logsResult(app, connection.projectId, listed, io.warnings));
        return 0;
    }
    if (request.followMs === undefined)
        return 0;
    io.logger.info(`following ${app.client_app_id}'s logs for at most ${(0,command/* stringOption */.Pp)(values, 'follow-for') ?? '10m'} (Ctrl-C stops)`);
    await followLogs(appClient, {
        since: newest,
        seen,
        intervalMs: Number(io.env.REALM_DEPLOY_FOLLOW_INTERVAL_MS) || 5000,
        forMs: request.followMs,
        errorsOnly: values['errors-only'] === true,
        signal: io.signal,
        print
    });
    return 0;
}
/** The --json result: the entries listed, newest first, in `logs`. */
function logsResult(app, projectId, logs, warnings) {
    return (0,json_result/* jsonLine */.rF)({
        command: 'logs',
        status: 'listed',
        exitCode: 0,
        error: null,
        warnings: [...warnings],
        app: { id: app._id, clientAppId: app.client_app_id, name: app.name, groupId: projectId, created: false },
        logs
    });
}
/** Reads the flags of the request, with every problem found in them. */
function logsRequest(values) {
    const problems = [];
    const problem = (source, message) => void problems.push({ source, message, severity: 'error' });
    const start = isoDate(values, 'since', problem);
    const end = isoDate(values, 'until', problem);
    if (start && end && Date.parse(start) >= Date.parse(end))
        problem('--since', 'must be before --until');
    const types = (0,command/* stringList */.Yn)(values, 'type')
        .flatMap(t => t.split(','))
        .map(t => t.trim().toUpperCase())
        .filter(Boolean);
    for (const type of types.filter(t => !logs/* logTypes */.uX.includes(t))) {
        problem('--type', `unknown log type '${type}': expected one of ${logs/* logTypes */.uX.join(', ')}`);
    }
    const limitText = (0,command/* stringOption */.Pp)(values, 'limit');
    const limit = limitText === undefined ? undefined : Number(limitText);
    if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
        problem('--limit', `'${limitText}' is not a positive whole number`);
    }
    const followMs = values.follow === true ? followDuration(values, problem) : undefined;
    if (followMs !== undefined && end)
        problem('--follow', 'cannot be combined with --until');
    // --json is one object once the run ends; --follow has no end the listing could wait for.
    if (followMs !== undefined && values.json === true)
        problem('--json', 'prints one object at the end and --follow streams: use --json-lines with --follow');
    if (values.json === true && values['json-lines'] === true)
        problem('--json-lines', 'cannot be combined with --json: pick one object (--json) or one per entry');
    return { request: { start, end, types: [...new Set(types)], limit, followMs }, problems };
}
const MAX_FOLLOW_MS = 24 * 3_600_000;
function followDuration(values, problem) {
    const text = (0,command/* stringOption */.Pp)(values, 'follow-for') ?? '10m';
    const ms = parseDuration(text);
    if (ms === undefined || ms <= 0 || ms > MAX_FOLLOW_MS) {
        problem('--follow-for', `'${text}' is not a duration from 1s to 24h (e.g. 30s, 10m, 2h)`);
        return 0;
    }
    return ms;
}
function isoDate(values, flag, problem) {
    const text = (0,command/* stringOption */.Pp)(values, flag);
    if (text === undefined)
        return undefined;
    const point = parseTimePoint(text, Date.now());
    if (point === undefined) {
        problem(`--${flag}`, `'${text}' is not an ISO 8601 date (2025-01-31, 2025-01-31T12:00:00Z) nor a time ago (90s, 15m, 1h, 2d, 1w)`);
    }
    return point;
}
/** time, type, status or error, function, first message. */
function logLine(entry) {
    const outcome = entry.error
        ? `error: ${entry.error_code ? `${entry.error_code}: ` : ''}${entry.error}`
        : entry.status !== undefined
            ? `status ${entry.status}`
            : 'ok';
    const name = [entry.function_name, entry.event_subscription_name, entry.incoming_webhook_name].find(n => typeof n === 'string' && n);
    const message = entry.messages?.find(m => m !== undefined && m !== null);
    const parts = [entry.started ?? '-', entry.type || '-', outcome, name ?? '-'];
    if (message !== undefined)
        parts.push(typeof message === 'string' ? message : JSON.stringify(message));
    return parts.join('  ').replace(/\s*[\r\n]+\s*/g, ' ');
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


/***/ })

};
