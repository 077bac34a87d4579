export const id = 1762432234;
export const ids = [1762432234];
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

/***/ 77094:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rollbackCommand: () => (/* binding */ rollbackCommand)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/admin/client.ts + 10 modules
var admin_client = __webpack_require__(38809);
// EXTERNAL MODULE: ./src/admin/apps.ts + 1 modules
var apps = __webpack_require__(5557);
// EXTERNAL MODULE: ./src/plan/diff.ts + 2 modules
var plan_diff = __webpack_require__(76896);
// EXTERNAL MODULE: ./src/plan/desired.ts
var desired = __webpack_require__(71313);
// EXTERNAL MODULE: ./src/plan/remote.ts
var remote = __webpack_require__(51865);
// EXTERNAL MODULE: ./src/deploy/deployed-config.ts + 1 modules
var deployed_config = __webpack_require__(85052);
// EXTERNAL MODULE: ./src/deploy/poll.ts
var deploy_poll = __webpack_require__(68618);
// EXTERNAL MODULE: ./src/deploy/snapshot.ts
var deploy_snapshot = __webpack_require__(45999);
;// CONCATENATED MODULE: ./src/deploy/rollback.ts







const label = (d) => `${d._id}${d.name && d.name !== d._id ? ` '${String(d.name)}'` : ''}`;
function refuse(message) {
    return new errors/* ConfigError */.xL([{ source: '--to', severity: 'error', message }]);
}
/** Pure: the deployment to go back to, from the API's list (newest first). */
function chooseTarget(deployments, to) {
    const successful = deployments.filter(d => d.status === 'successful');
    const current = successful[0];
    if (!current)
        throw refuse('the app has no successful deployment to roll back from');
    const known = successful.slice(0, 10).map(label).join(', ');
    const target = to === undefined
        ? successful[1]
        : (deployments.find(d => d._id === to) ?? successful.find(d => d.name === to));
    if (!target)
        throw refuse(to === undefined
            ? `the app has no successful deployment before the current one (${label(current)})`
            : `no deployment ${JSON.stringify(to)} among the ${deployments.length} the API lists (by id or name); the successful ones, newest first: ${known}`);
    if (target._id === current._id)
        throw refuse(`${label(target)} is the current deployment: there is nothing to roll back to`);
    if (target.status !== 'successful')
        throw refuse(`${label(target)} is ${target.status}: only a successful deployment can be redeployed`);
    return { target, current };
}
/** What redeploying `model` (the target's config) changes in the app now. */
async function rollbackPlan(app, model) {
    const snapshot = await (0,deploy_snapshot/* readSnapshot */.R)(app, { hosting: false });
    const diff = (0,plan_diff/* diffItems */.Q)((0,desired/* desiredItems */.r)(model), (0,remote/* remoteItems */.d)(snapshot), { secretValues: new Map() });
    return { changes: diff.changes, secrets: { create: [], update: [] }, warnings: [] };
}
async function targetModel(app, target) {
    return (0,deployed_config/* deployedModel */.s)(app, target._id, '');
}
const TERMINAL = new Set(['successful', 'failed']);
/** Redeploys and waits (bounded) for the deployment the redeploy added to finish. */
async function redeployAndWait(app, target, poll, logger) {
    const before = new Set((await app.deployments.list()).map(d => d._id));
    await app.deployments.redeploy(target._id);
    logger.info(`redeploying ${label(target)}`);
    let last = 'unknown';
    const done = await (0,deploy_poll/* pollUntil */.g3)(poll, async () => {
        const added = (await app.deployments.list()).find(d => !before.has(d._id));
        if (added && added.status !== last)
            logger.info(`deployment ${added._id}: ${added.status}`);
        last = added?.status ?? last;
        return added && TERMINAL.has(added.status) ? added : undefined;
    });
    if (!done)
        throw new errors/* DeployError */.sH(`the redeploy of ${target._id} had not finished after ${Math.round(poll.timeoutMs / 1000)} s (last seen: ${last}); check the app's deployment history`);
    return done;
}
/** After the redeploy: the newest deployment is it and successful, and the app matches the target. */
async function verifyRollback(app, redeploy, model) {
    const problems = [];
    const [newest] = await app.deployments.list();
    if (newest?._id !== redeploy._id)
        problems.push(`deployment ${String(newest?._id)} was made after the redeploy (${redeploy._id})`);
    else if (newest.status !== 'successful')
        problems.push(`the redeploy ${redeploy._id} is ${newest.status}`);
    const left = (await rollbackPlan(app, model)).changes;
    if (left.length > 0)
        problems.push(`after the redeploy the app still differs from the target in ${left.length} resource(s): ${left
            .slice(0, 5)
            .map(c => `${c.kind} ${c.key}`)
            .join(', ')}`);
    return problems;
}

// EXTERNAL MODULE: ./src/deploy/trigger-health.ts
var trigger_health = __webpack_require__(27046);
;// CONCATENATED MODULE: ./src/deploy/rollback-run.ts
// A rollback as one run with a deploy's result (deploy/rollback.ts does the steps), so the action
// reports it like a deploy: outputs, job summary, comment. Errors become the result, as in a deploy.





async function runRollback(s) {
    const { deploy: settings } = s;
    const warnings = [];
    let app;
    try {
        const client = (0,admin_client/* createAdminClient */.Z)({
            baseUrl: settings.baseUrl,
            publicKey: settings.publicKey,
            privateKey: settings.privateKey,
            logger: settings.logger,
            signal: settings.signal,
            ...settings.client
        });
        const instance = await (0,apps/* resolveApp */.Ae)(client.apps, settings.projectId, s.app);
        app = {
            id: instance._id,
            clientAppId: instance.client_app_id,
            name: instance.name,
            groupId: settings.projectId,
            created: false
        };
        const api = client.app(settings.projectId, instance._id);
        const { target, current } = chooseTarget(await api.deployments.list(), s.to);
        const model = await targetModel(api, target);
        const plan = await rollbackPlan(api, model);
        settings.onPlan?.(plan);
        const poll = {
            min: 500,
            max: 5000,
            timeoutMs: settings.timeoutMs ?? 15 * 60_000,
            now: () => Date.now(),
            signal: settings.signal
        };
        const redeploy = await redeployAndWait(api, target, poll, settings.logger);
        const deployment = { id: redeploy._id, name: String(redeploy.name ?? ''), status: redeploy.status };
        const rollback = {
            from: { id: current._id, name: String(current.name ?? '') },
            to: { id: target._id, name: String(target.name ?? '') }
        };
        const base = { app, plan, deployment, rollback, warnings };
        if (redeploy.status !== 'successful')
            return {
                ...base,
                status: 'failed',
                exitCode: 1,
                error: `the redeploy failed: ${String(redeploy.status_error_message ?? redeploy.status)}`
            };
        const problems = await verifyRollback(api, redeploy, model);
        if (problems.length > 0)
            return { ...base, status: 'failed', exitCode: 1, error: problems.join('; ') };
        const policy = settings.triggerHealth;
        const health = await (0,trigger_health/* checkTriggerHealth */.lb)(api, model.triggers, {
            resumeSuspended: policy?.resumeSuspended === true,
            logger: settings.logger
        });
        if (health.degraded && policy?.allowDegraded !== true)
            return {
                ...base,
                triggerHealth: health,
                status: 'degraded',
                exitCode: 1,
                error: 'rolled back, but a trigger is suspended: rerun with resume-suspended-triggers'
            };
        return { ...base, triggerHealth: health, status: 'deployed', exitCode: 0 };
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof errors/* ConfigError */.xL)
            return {
                ...(app ? { app } : {}),
                warnings,
                status: 'invalid',
                exitCode: 2,
                error: message,
                problems: error.problems
            };
        return {
            ...(app ? { app } : {}),
            warnings,
            status: 'failed',
            exitCode: (0,errors/* exitCodeOf */.FO)(error) || 1,
            error: message
        };
    }
}

// EXTERNAL MODULE: ./src/report/json.ts
var report_json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/app-reference.ts
var app_reference = __webpack_require__(40253);
// EXTERNAL MODULE: ./src/cli/credentials.ts
var credentials = __webpack_require__(88228);
// EXTERNAL MODULE: ./src/cli/json-result.ts
var json_result = __webpack_require__(43054);
;// CONCATENATED MODULE: ./src/cli/commands/rollback.ts
// `realm-deploy rollback`: redeploy a past deployment (deploy/rollback.ts) — by default the newest
// successful one before the current one — showing first what it changes, then waiting, verifying and
// checking the triggers like a deploy.









const rollbackCommand = {
    name: 'rollback',
    summary: 'Redeploy a past deployment (default: the newest successful one before the current one).',
    description: 'Finds the target among the deployments the Admin API lists (--to: a deployment id, or a deployment\n' +
        'name such as the git tag or short sha realm-deploy named it after), prints what redeploying it\n' +
        'changes, redeploys it (POST .../deployments/{id}/redeploy), waits for it, verifies that the app\n' +
        'matches it, and checks the triggers. Refuses an unknown target and the current deployment.',
    options: {
        ...credentials/* connectionOptions */.HZ,
        ...(0,app_reference/* appOptions */.Cp)(),
        to: {
            type: 'string',
            value: 'DEPLOYMENT',
            description: 'A deployment id or name (git tag, short sha). Default: the one before the current one.'
        },
        timeout: {
            type: 'string',
            value: 'SECONDS',
            description: 'How long to wait for the redeploy.',
            default: '900'
        },
        'resume-suspended': {
            type: 'boolean',
            description: 'After the redeploy, resume suspended database triggers.'
        },
        'allow-degraded': {
            type: 'boolean',
            description: 'A trigger left suspended does not make the exit code 1.'
        },
        json: (0,json_result/* jsonOption */.Ec)()
    },
    jsonResult: true,
    exitCodes: [0, 1, 2, 130],
    examples: [
        'realm-deploy rollback --app-dir ./backend                 # back to the deployment before the current one',
        'realm-deploy rollback --app myapp-abcde --to v1.4.2 --json  # back to the deployment named after a tag'
    ],
    run: rollback_runRollback
};
function timeoutMs(values) {
    const text = (0,command/* stringOption */.Pp)(values, 'timeout') ?? '900';
    const seconds = Number(text);
    if (!Number.isFinite(seconds) || seconds <= 0)
        throw new errors/* ConfigError */.xL([
            { source: '--timeout', severity: 'error', message: `'${text}' is not a number of seconds` }
        ]);
    return seconds * 1000;
}
async function rollback_runRollback(values, _positionals, io) {
    const problems = [];
    const connection = await (0,app_reference/* collectProblems */.vX)(problems, () => (0,credentials/* connectionFromOptions */.hU)(values, io.env));
    const ref = await (0,app_reference/* collectProblems */.vX)(problems, () => (0,app_reference/* appReference */.lu)(values, io.cwd));
    const timeout = await (0,app_reference/* collectProblems */.vX)(problems, () => timeoutMs(values));
    if (problems.length > 0 || !connection || !ref || !timeout)
        throw new errors/* ConfigError */.xL(problems);
    // The app is found here (by every name the config gives it); the run then uses its _id.
    const instance = await (0,app_reference/* findApp */.J0)((0,credentials/* adminClientFor */.M6)(connection, io), connection.projectId, ref);
    const json = values.json === true;
    const result = await runRollback({
        deploy: {
            ...connection,
            appDir: io.cwd,
            mode: 'deploy',
            secretValues: new Map(),
            timeoutMs: timeout,
            triggerHealth: {
                resumeSuspended: values['resume-suspended'] === true,
                allowDegraded: values['allow-degraded'] === true
            },
            // What the rollback changes, before it writes (stderr under --json: stdout holds the result).
            onPlan: plan => (json ? io.stderr : io.stdout)((0,report_text/* renderPlanText */.$)(plan)),
            logger: io.logger,
            signal: io.signal
        },
        app: instance._id,
        ...((0,command/* stringOption */.Pp)(values, 'to') ? { to: (0,command/* stringOption */.Pp)(values, 'to') } : {})
    });
    if (json) {
        const { warnings, error, ...rest } = (0,report_json/* resultJson */.y3)(result);
        io.stdout((0,json_result/* jsonLine */.rF)({
            command: 'rollback',
            ...rest,
            status: result.status,
            exitCode: result.exitCode,
            error: error ?? null,
            warnings: [...io.warnings, ...warnings]
        }));
    }
    else
        io.stdout(rollbackText(result));
    return result.exitCode;
}
function rollbackText(result) {
    const r = result.rollback;
    const head = r
        ? [
            `Rollback of ${result.app?.clientAppId ?? 'the app'} from ${r.from.id} '${r.from.name}' to ${r.to.id} '${r.to.name}'`
        ]
        : [];
    return (0,secrets/* redact */.E$)(`${[...head, (0,report_text/* renderResultText */.H)(result).trimEnd()].join('\n')}\n`);
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

/***/ 32794:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y3: () => (/* binding */ resultJson)
/* harmony export */ });
/* unused harmony exports changeJson, planJson */
/* harmony import */ var _plan_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9898);

function changeJson(c) {
    return {
        kind: c.kind,
        key: c.key,
        action: c.action,
        ...(c.fields ? { fields: c.fields } : {}),
        ...(c.lines ? { lines: c.lines } : {}),
        ...(c.file ? { file: c.file } : {})
    };
}
function planJson(plan) {
    return {
        changes: plan.changes.map(changeJson),
        total: (0,_plan_types_js__WEBPACK_IMPORTED_MODULE_0__/* .planSize */ .F)(plan),
        secrets: plan.secrets,
        ...(plan.hosting
            ? {
                hosting: {
                    added: plan.hosting.added.map(a => a.path),
                    bodyChanged: plan.hosting.bodyChanged.map(a => a.path),
                    attrsChanged: plan.hosting.attrsChanged.map(a => a.path),
                    removed: plan.hosting.removed,
                    unchanged: plan.hosting.unchanged
                }
            }
            : {}),
        ...(plan.dependencies ? { dependencies: plan.dependencies } : {}),
        warnings: plan.warnings
    };
}
function resultJson(result) {
    const { plan, errorLogs, ...rest } = result;
    return {
        ...rest,
        ...(plan ? { plan: planJson(plan) } : {}),
        ...(errorLogs ? { errorLogs } : {})
    };
}


/***/ })

};
