export const id = 672389695;
export const ids = [672389695];
export const modules = {

/***/ 58336:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployCommand: () => (/* binding */ deployCommand),
  planCommand: () => (/* binding */ planCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/index.ts
var app = __webpack_require__(4647);
// EXTERNAL MODULE: ./src/deploy/exclude.ts
var exclude = __webpack_require__(10885);
// EXTERNAL MODULE: ./src/deploy/pipeline.ts + 18 modules
var pipeline = __webpack_require__(28264);
// EXTERNAL MODULE: ./src/report/drift.ts
var drift = __webpack_require__(18101);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(32794);
// EXTERNAL MODULE: ./src/report/text.ts
var report_text = __webpack_require__(65655);
// EXTERNAL MODULE: ./src/cli/json-result.ts
var json_result = __webpack_require__(43054);
// EXTERNAL MODULE: ./src/app/root.ts
var app_root = __webpack_require__(3975);
// EXTERNAL MODULE: ./src/plan/types.ts
var types = __webpack_require__(9898);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/esm/main.js + 5 modules
var main = __webpack_require__(49370);
;// CONCATENATED MODULE: ./src/cli/app-id-file.ts
// After `deploy --create-app`: the created app's client_app_id written into the root config file's
// `app_id` (every layout names it so), keeping the file's formatting and comments, so the repository
// points at the app it created and the next run deploys there, not to an app found by name.



async function writeAppId(root, rootFile, clientAppId) {
    const full = external_node_path_default().join(root, rootFile);
    const text = await (0,promises_.readFile)(full, 'utf8');
    const current = (0,main/* parse */.qg)(text)?.app_id;
    if (current === clientAppId)
        return { file: rootFile, appId: clientAppId, changed: false };
    const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  ';
    const edits = (0,main/* modify */.JP)(text, ['app_id'], clientAppId, {
        formattingOptions: { insertSpaces: !indent.includes('\t'), tabSize: indent.length, eol: '\n' }
    });
    await (0,promises_.writeFile)(full, (0,main/* applyEdits */.ct)(text, edits));
    return { file: rootFile, appId: clientAppId, changed: true };
}

;// CONCATENATED MODULE: ./src/cli/commands/deploy-hooks.ts
// What `deploy` adds around the pipeline for a person at a terminal: the plan printed the moment it
// is made (before any write), the confirmation asked where someone can answer, and after
// --create-app the created app's id written into the config.






/** Deploy prints the plan the moment it is made (before any write) and, in a terminal, asks first. */
function deployHooks(values, io) {
    const json = values.json === true;
    // With --json stdout holds the one result object: the plan goes to stderr.
    const onPlan = plan => (json ? io.stderr : io.stdout)((0,report_text/* renderPlanText */.$)(plan));
    const prompt = io.prompt;
    if (values.yes === true || !prompt)
        return { onPlan };
    const confirmWrite = async (intent) => {
        const question = intent.action === 'create-app'
            ? `Create app '${intent.name}' in project ${intent.projectId} and deploy this config to it? [y/N] `
            : `${intent.discardDraft ? `Discard draft ${intent.discardDraft}, then apply` : 'Apply'} ${(0,types/* planSize */.F)(intent.plan)} change(s) to ${intent.app} and deploy? [y/N] `;
        return /^\s*y(es)?\s*$/i.test(await prompt((0,secrets/* redact */.E$)(question)));
    };
    return { onPlan, confirmWrite };
}
/** After --create-app: the repository is pointed at the app the run created. */
async function recordCreatedApp(result, settings, io) {
    if (!result.app?.created)
        return undefined;
    const { root, rootFile } = await (0,app_root/* findAppRoot */.T)(settings.appDir);
    try {
        const written = await writeAppId(root, rootFile, result.app.clientAppId);
        io.logger.info(`wrote "app_id": "${written.appId}" into ${external_node_path_default().join(root, rootFile)}: commit it, so the next deploy goes to this app`);
        return written;
    }
    catch (error) {
        io.logger.warning(`created app ${result.app.clientAppId}, but could not write it into ${rootFile} (${error instanceof Error ? error.message : String(error)}): set "app_id": "${result.app.clientAppId}" there by hand`);
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: ./src/cli/credentials.ts
var credentials = __webpack_require__(88228);
// EXTERNAL MODULE: ./src/cli/environment-option.ts
var environment_option = __webpack_require__(86201);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/cli/git.ts
// The default deployment name: the tag at HEAD, else the short commit sha, with `-dirty` when the
// checkout has uncommitted changes (the deploy then is not that commit). Outside a git checkout:
// `local-<UTC date and time>`, so a deployment is never named after nothing.

function git(cwd, args) {
    return new Promise(resolve => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, timeout: 5000 }, (error, stdout) => resolve(error ? undefined : stdout.trim() || undefined));
    });
}
/** `local-2026-12-06T23-50-00Z`: sortable, and valid wherever a deployment name is shown. */
function localDeploymentName(now) {
    return `local-${now.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}
async function defaultDeploymentName(cwd, now = new Date()) {
    const commit = (await git(cwd, ['describe', '--tags', '--exact-match', 'HEAD'])) ??
        (await git(cwd, ['rev-parse', '--short=7', 'HEAD']));
    if (!commit)
        return localDeploymentName(now);
    // Only this directory's changes matter: an edit elsewhere in a monorepo does not change this app.
    const dirty = await git(cwd, ['status', '--porcelain', '--', '.']);
    return dirty ? `${commit}-dirty` : commit;
}

;// CONCATENATED MODULE: ./src/cli/commands/deploy.ts
// `realm-deploy plan` and `realm-deploy deploy`: the same pipeline, one reads only.














const planOptions = {
    'app-dir': {
        type: 'string',
        value: 'DIR',
        description: 'The App Services config directory.',
        default: '.'
    },
    app: {
        type: 'string',
        value: 'APP',
        description: "The app: client_app_id, name or _id (default: the config's app_id or name)."
    },
    ...credentials/* connectionOptions */.HZ,
    secret: {
        type: 'string',
        multiple: true,
        value: 'NAME=VALUE',
        description: 'A value for a secret the config references.'
    },
    'secrets-file': {
        type: 'string',
        value: 'FILE',
        description: 'A file of NAME=VALUE lines (# comments allowed).'
    },
    'update-secrets': { type: 'boolean', description: 'Overwrite existing secrets with the given values.' },
    environment: {
        type: 'string',
        value: 'ENV',
        description: 'The App Services environment: "", development, testing, qa or production.'
    },
    'no-delete': { type: 'boolean', description: 'Keep remote resources the repository does not have.' },
    'include-hosting': { type: 'boolean', description: 'Also plan and deploy hosting/files.' },
    'keep-remote-assets': {
        type: 'boolean',
        description: 'With --include-hosting, keep remote assets the repository does not have.'
    },
    ignore: {
        type: 'string',
        multiple: true,
        value: 'GLOB',
        description: 'Hosting files to leave out (glob on the asset path).'
    },
    exclude: {
        type: 'string',
        multiple: true,
        value: 'KIND',
        description: `Leave this kind out entirely (not created, updated or deleted): ${(0,exclude/* excludableKinds */.lI)().join(', ')}.`
    },
    json: (0,json_result/* jsonOption */.Ec)(),
    strict: {
        type: 'boolean',
        description: 'Treat every config warning as an error (exit 2, nothing written).'
    },
    'on-drift': {
        type: 'string',
        value: 'warn|fail|overwrite',
        description: "When the app changed outside git since realm-deploy's last deployment: warn, fail (exit 3, nothing written), or overwrite.",
        default: 'warn'
    }
};
const deployOptions = {
    ...planOptions,
    'create-app': {
        type: 'boolean',
        description: "Create the app when it does not exist, and write its client_app_id into the config's app_id."
    },
    yes: {
        type: 'boolean',
        short: 'y',
        description: 'Do not ask for confirmation in a terminal (without a terminal, deploy never asks).'
    },
    'on-draft-conflict': {
        type: 'string',
        value: 'fail|discard|wait',
        description: 'When a draft is already open for this key.',
        default: 'fail'
    },
    'deployment-name': {
        type: 'string',
        value: 'NAME',
        description: 'Name of the deployment (default: the git tag at HEAD, else the short sha; -dirty with uncommitted changes; local-<UTC time> outside git).'
    },
    timeout: {
        type: 'string',
        value: 'SECONDS',
        description: 'The most the whole run may take (every wait ends by then; calls in flight stop 2 s later).',
        default: '900'
    },
    'resume-suspended': {
        type: 'boolean',
        description: 'After the deployment, resume database triggers the app shows suspended.'
    },
    'allow-degraded': {
        type: 'boolean',
        description: 'A trigger left suspended ends the run with a warning, not exit 1 (status degraded).'
    },
    'upload-concurrency': {
        type: 'string',
        value: 'N',
        description: 'Hosting uploads in flight at once.',
        default: '16'
    }
};
function draftPolicy(values) {
    const policy = (0,command/* stringOption */.Pp)(values, 'on-draft-conflict') ?? 'fail';
    if (policy === 'fail' || policy === 'discard' || policy === 'wait')
        return policy;
    throw new errors/* ConfigError */.xL([
        {
            source: '--on-draft-conflict',
            severity: 'error',
            message: `'${policy}' is not one of fail, discard, wait`
        }
    ]);
}
function positiveInteger(values, name, fallback) {
    const text = (0,command/* stringOption */.Pp)(values, name);
    if (text === undefined)
        return fallback;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1 || n > 256) {
        throw new errors/* ConfigError */.xL([
            { source: `--${name}`, severity: 'error', message: `'${text}' is not a whole number from 1 to 256` }
        ]);
    }
    return n;
}
function driftPolicy(values) {
    const policy = (0,command/* stringOption */.Pp)(values, 'on-drift') ?? 'warn';
    if (policy === 'warn' || policy === 'fail' || policy === 'overwrite')
        return policy;
    throw new errors/* ConfigError */.xL([
        { source: '--on-drift', severity: 'error', message: `'${policy}' is not one of warn, fail, overwrite` }
    ]);
}
function triggerHealthPolicy(values) {
    return {
        resumeSuspended: values['resume-suspended'] === true,
        allowDegraded: values['allow-degraded'] === true
    };
}
function timeoutMs(values) {
    const text = (0,command/* stringOption */.Pp)(values, 'timeout') ?? '900';
    const seconds = Number(text);
    if (!Number.isFinite(seconds) || seconds <= 0) {
        throw new errors/* ConfigError */.xL([
            { source: '--timeout', severity: 'error', message: `'${text}' is not a number of seconds` }
        ]);
    }
    return seconds * 1000;
}
async function settingsFrom(values, io, mode) {
    const connection = (0,credentials/* connectionFromOptions */.hU)(values, io.env);
    const appDir = external_node_path_default().resolve(io.cwd, (0,command/* stringOption */.Pp)(values, 'app-dir') ?? '.');
    const secretValues = await (0,app/* readSecretInputs */.It)({
        secrets: (0,command/* stringList */.Yn)(values, 'secret'),
        secretsFile: (0,command/* stringOption */.Pp)(values, 'secrets-file'),
        cwd: io.cwd
    });
    return {
        ...connection,
        appDir,
        app: (0,command/* stringOption */.Pp)(values, 'app'),
        mode,
        secretValues,
        updateSecrets: values['update-secrets'] === true,
        environment: (0,environment_option/* environmentOption */.d)(values),
        noDelete: values['no-delete'] === true,
        strict: values.strict === true,
        includeHosting: values['include-hosting'] === true,
        keepRemoteAssets: values['keep-remote-assets'] === true,
        hostingIgnore: (0,command/* stringList */.Yn)(values, 'ignore'),
        createApp: values['create-app'] === true,
        onDraftConflict: mode === 'deploy' ? draftPolicy(values) : 'fail',
        deploymentName: mode === 'deploy'
            ? ((0,command/* stringOption */.Pp)(values, 'deployment-name') ?? (await defaultDeploymentName(appDir)))
            : undefined,
        exclude: [...(0,exclude/* checkExclude */.P0)((0,command/* stringList */.Yn)(values, 'exclude'), '--exclude')],
        accessSources: { key: '--public-api-key/--private-api-key', project: '--project-id' },
        ...(mode === 'deploy' ? deployHooks(values, io) : {}),
        timeoutMs: mode === 'deploy' ? timeoutMs(values) : undefined,
        ...(mode === 'deploy' ? { triggerHealth: triggerHealthPolicy(values) } : {}),
        onDrift: driftPolicy(values),
        showDrift: report => (values.json === true ? io.stderr : io.stdout)(`${(0,drift/* driftLines */.$)(report).join('\n')}\n`),
        uploadConcurrency: mode === 'deploy' ? positiveInteger(values, 'upload-concurrency', 16) : undefined,
        logger: io.logger,
        signal: io.signal
    };
}
function report(result, values, io, mode, configUpdated) {
    if (values.json === true) {
        const { warnings, error, ...rest } = (0,json/* resultJson */.y3)(result);
        io.stdout((0,json_result/* jsonLine */.rF)({
            command: mode,
            ...rest,
            status: result.status,
            exitCode: result.exitCode,
            error: error ?? null,
            warnings: [...io.warnings, ...warnings],
            ...(configUpdated ? { configUpdated } : {})
        }));
    }
    else {
        // deploy printed its plan before the first write (deployHooks)
        if (result.plan && mode === 'plan')
            io.stdout((0,report_text/* renderPlanText */.$)(result.plan));
        io.stdout((0,report_text/* renderResultText */.H)(result));
    }
    return result.exitCode;
}
const EXAMPLES = {
    plan: [
        'realm-deploy plan --app-dir ./backend --project-id 5f1b2c3d4e5f60718293a4b5',
        'realm-deploy plan --app-dir ./backend --environment production --include-hosting --json',
        'realm-deploy plan --app-dir ./backend --on-drift fail   # exit 3 when the app was edited outside git'
    ],
    deploy: [
        'realm-deploy deploy --app-dir ./backend --project-id 5f1b2c3d4e5f60718293a4b5 --secret slackWebhookUrl=https://...',
        'realm-deploy deploy --app-dir ./backend --create-app --yes        # creates the app, writes its app_id',
        'realm-deploy deploy --app-dir ./backend --exclude graphql_config --exclude sync --json',
        'realm-deploy deploy --app-dir ./backend --resume-suspended    # resumes suspended database triggers'
    ]
};
function pipelineCommand(mode) {
    return {
        name: mode,
        summary: mode === 'plan'
            ? 'Show what a deploy would change (writes nothing).'
            : 'Deploy the config directory to the app.',
        description: mode === 'plan'
            ? 'Reads the config directory and the deployed app, and prints what differs, resource by resource. Writes nothing.'
            : 'Plans and prints the plan, asks for confirmation in a terminal (not with --yes, never without a terminal),\nthen opens a draft, applies the changes, deploys the draft, waits for it and verifies it.',
        options: mode === 'plan' ? planOptions : deployOptions,
        jsonResult: true,
        exitCodes: mode === 'plan' ? [0, 1, 2, 3, 130] : [0, 1, 2, 3, 4, 130],
        examples: EXAMPLES[mode],
        redirects: mode === 'deploy'
            ? { 'dry-run': "deploy has no dry run: 'realm-deploy plan' takes the same flags and writes nothing" }
            : {},
        async run(values, _positionals, io) {
            const settings = await settingsFrom(values, io, mode);
            const result = await (0,pipeline/* runPipeline */.a)(settings);
            const configUpdated = mode === 'deploy' ? await recordCreatedApp(result, settings, io) : undefined;
            return report(result, values, io, mode, configUpdated);
        }
    };
}
const planCommand = pipelineCommand('plan');
const deployCommand = pipelineCommand('deploy');


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

/***/ 86201:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ environmentOption)
/* harmony export */ });
/* harmony import */ var _app_model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19870);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3567);
// The `--environment` flag, checked where it is read: an unknown name is exit 2 before anything else
// runs (for deploy, before the first write, the app's creation).



function environmentOption(values) {
    const name = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(values, 'environment');
    if (name === undefined || _app_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVIRONMENT_NAMES */ .br.includes(name))
        return name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([
        {
            source: '--environment',
            severity: 'error',
            message: `'${name}' is not one of ${_app_model_js__WEBPACK_IMPORTED_MODULE_0__/* .ENVIRONMENT_NAMES */ .br.filter(Boolean).join(', ')} ("" for none)`
        }
    ]);
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
