export const id = 681376074;
export const ids = [681376074];
export const modules = {

/***/ 84895:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ appNameProblem),
/* harmony export */   J: () => (/* binding */ functionNameProblem),
/* harmony export */   KQ: () => (/* binding */ valueNameProblem),
/* harmony export */   nL: () => (/* binding */ secretNameProblem),
/* harmony export */   tV: () => (/* binding */ triggerNameProblem)
/* harmony export */ });
// The naming rules App Services enforces, checked offline so a bad name fails before any API call.
// Sources: SPEC `App.name` (starts with a letter; ASCII letters, digits, `_`, `-`), DOCS app names are
// 1-32 characters, trigger names at most 64 characters of the same set; functions, values and secrets
// use the same character set, and function names may use `/` to place the function in a folder.
const SIMPLE_NAME = /^[A-Za-z0-9_-]+$/;
function appNameProblem(name) {
    if (name.length < 1 || name.length > 32)
        return `app name must be 1 to 32 characters long (it has ${name.length})`;
    if (!/^[A-Za-z]/.test(name))
        return 'app name must start with a letter';
    if (!SIMPLE_NAME.test(name))
        return 'app name may only contain ASCII letters, digits, "_" and "-"';
    return undefined;
}
function functionNameProblem(name) {
    if (name === '')
        return 'function name is empty';
    const segments = name.split('/');
    if (segments.includes('..') || segments.includes('.'))
        return 'function name may not contain "." or ".." path segments';
    if (segments.some(s => s === ''))
        return 'function name may not start or end with "/" or contain "//"';
    if (!segments.every(s => SIMPLE_NAME.test(s))) {
        return 'function name may only contain ASCII letters, digits, "_", "-" (and "/" between folder names)';
    }
    return undefined;
}
function triggerNameProblem(name) {
    if (name.length < 1 || name.length > 64)
        return `trigger name must be 1 to 64 characters long (it has ${name.length})`;
    if (!SIMPLE_NAME.test(name))
        return 'trigger name may only contain ASCII letters, digits, "_" and "-"';
    return undefined;
}
function valueNameProblem(name) {
    if (!SIMPLE_NAME.test(name))
        return 'value name may only contain ASCII letters, digits, "_" and "-" (and not be empty)';
    return undefined;
}
function secretNameProblem(name) {
    if (!SIMPLE_NAME.test(name))
        return 'secret name may only contain ASCII letters, digits, "_" and "-" (and not be empty)';
    return undefined;
}


/***/ }),

/***/ 60972:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateCommand: () => (/* binding */ validateCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/app/load.ts + 7 modules
var load = __webpack_require__(22797);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
// EXTERNAL MODULE: ./src/cli/command.ts
var command = __webpack_require__(3567);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/app/templates.ts
var templates = __webpack_require__(90036);
;// CONCATENATED MODULE: ./src/cli/environment-check.ts
// `validate` checks the template expansions for every environment file in environments/, not only
// the active one: a value missing from production.json fails the pull request's validate, not the
// release's deploy. An environment other than the one `--environment` selects gives warnings.



/** The environments with a file: `""` for no-environment.json. */
async function environmentsOnDisk(root) {
    let names;
    try {
        names = await (0,promises_.readdir)(external_node_path_default().join(root, 'environments'));
    }
    catch {
        return [];
    }
    return names
        .filter(n => n.endsWith('.json'))
        .map(n => n.slice(0, -'.json'.length))
        .map(n => (n === 'no-environment' ? '' : n))
        .filter(n => ['', 'development', 'testing', 'qa', 'production'].includes(n))
        .sort();
}
/**
 * The expansion problems of every environment but `active` (validateApp checked that one), each naming
 * its environment file; errors, or warnings when `selected` (the --environment flag) names another.
 */
async function otherEnvironmentProblems(model, active, selected) {
    const problems = [];
    for (const environment of await environmentsOnDisk(model.root)) {
        if (environment === active)
            continue;
        const file = `environments/${environment || 'no-environment'}.json`;
        for (const p of (0,templates/* findTemplateProblems */.IH)(model, environment)) {
            // A name no environment defines was reported once already, for the active environment.
            if (p.message.includes('is not defined in any'))
                continue;
            problems.push({
                ...p,
                message: `${p.message.replace(/ \([^()]*\.json\)$/, '')}: add it to ${file}`,
                severity: selected !== undefined && selected !== environment ? 'warning' : 'error'
            });
        }
    }
    return problems;
}
const TEMPLATE_PROBLEM = /^%%environment\.values\./;
/** With --environment naming another environment than the config's, the config's own become warnings. */
function demoteActive(problems, active, selected) {
    if (selected === undefined || selected === active)
        return [...problems];
    return problems.map(p => TEMPLATE_PROBLEM.test(p.message) && !p.message.includes('is not defined in any')
        ? { ...p, severity: 'warning' }
        : p);
}

// EXTERNAL MODULE: ./src/cli/environment-option.ts
var environment_option = __webpack_require__(86201);
// EXTERNAL MODULE: ./src/cli/json-result.ts
var json_result = __webpack_require__(43054);
;// CONCATENATED MODULE: ./src/cli/commands/validate.ts
// `realm-deploy validate`: read and check an app directory offline (no credentials, no network) and
// report every problem at once: exit 0 with a summary (and warnings), or exit 2 with the problem list.








const validateCommand = {
    name: 'validate',
    summary: 'Check an app directory offline and report every problem.',
    description: 'Read the app config directory (any of the four layouts) and check it without any network call:\n' +
        'JSON syntax, fields and types, names, duplicates, references between resources, cron schedules,\n' +
        'template expansions (for every environment file in environments/), unsafe paths and hosting files.\n' +
        'Exit 0 when there are only warnings, 2 on errors.',
    options: {
        'app-dir': {
            type: 'string',
            value: 'DIR',
            description: 'The app directory, or a directory inside it (default: the current directory).'
        },
        environment: {
            type: 'string',
            value: 'ENV',
            description: "The environment you deploy: its missing template values are errors, the other environments' warnings (default: every environment file is checked as an error)."
        },
        json: (0,json_result/* jsonOption */.Ec)('with ok, layout and problems[]'),
        strict: { type: 'boolean', description: 'Treat every warning as an error (exit 2).' }
    },
    jsonResult: true,
    exitCodes: [0, 2],
    examples: [
        'realm-deploy validate --app-dir ./backend',
        'realm-deploy validate --app-dir ./backend --environment production --json'
    ],
    run: runValidate
};
/** validateApp's problems plus the template expansions of every other environment file. */
async function allProblems(result, selected) {
    if (!result.model)
        return result.problems;
    const active = result.model.settings.environment ?? '';
    const others = await otherEnvironmentProblems(result.model, active, selected);
    return [...demoteActive(result.problems, active, selected), ...others];
}
async function runValidate(values, _positionals, io) {
    const appDir = external_node_path_default().resolve(io.cwd, (0,command/* stringOption */.Pp)(values, 'app-dir') ?? '.');
    const selected = (0,environment_option/* environmentOption */.d)(values);
    const result = await (0,load/* validateApp */.yZ)({ appDir });
    const found = await allProblems(result, selected);
    const problems = values.strict === true ? (0,load/* strictProblems */.u6)(found) : found;
    const ok = result.model !== undefined && !problems.some(p => p.severity === 'error');
    if (values.json === true) {
        for (const p of problems)
            io.stderr(`${(0,secrets/* redact */.E$)((0,src_errors/* formatProblem */.Vw)(p))}\n`);
        const errors = problems.filter(p => p.severity === 'error');
        io.stdout((0,json_result/* jsonLine */.rF)({
            command: 'validate',
            status: ok ? 'valid' : 'invalid',
            exitCode: ok ? 0 : 2,
            error: ok ? null : errors.length ? new src_errors/* ConfigError */.xL(errors).message : 'no app found',
            warnings: problems.filter(p => p.severity === 'warning').map(p => (0,src_errors/* formatProblem */.Vw)(p)),
            ok,
            layout: result.layout ?? null,
            root: result.root ?? null,
            name: result.model?.settings.name ?? null,
            problems
        }));
        return ok ? 0 : 2;
    }
    if (!ok)
        throw new src_errors/* ConfigError */.xL(problems);
    const model = result.model;
    io.stdout(`ok: ${model.layout} app '${model.settings.name ?? '(unnamed)'}' at ${model.root}: ${summarize(model)}\n`);
    for (const warning of problems)
        io.stderr(`${(0,secrets/* redact */.E$)((0,src_errors/* formatProblem */.Vw)(warning))}\n`);
    return 0;
}
function summarize(model) {
    const count = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
    const always = [
        count(model.functions.length, 'function'),
        count(model.triggers.length, 'trigger'),
        count(model.values.length, 'value'),
        count(model.environmentValues.length, 'environment value')
    ];
    const optional = [
        [model.dataSources.length, 'data source'],
        [model.dataSources.reduce((n, d) => n + d.rules.length, 0), 'rule'],
        [model.services.length, 'third-party service'],
        [model.authProviders.length, 'auth provider'],
        [model.endpoints.length, 'endpoint'],
        [model.graphql?.custom_resolvers.length ?? 0, 'custom resolver'],
        [model.logForwarders.length, 'log forwarder'],
        [model.secretsNeeded.length, 'secret referenced', 'secrets referenced']
    ];
    const extra = optional.filter(([n]) => n > 0).map(([n, one, many]) => count(n, one, many));
    const hosting = model.hosting?.present ? ['hosting'] : [];
    const warnings = model.warnings.length ? [count(model.warnings.length, 'warning')] : [];
    return [...always, ...extra, ...hosting, ...warnings].join(', ');
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


/***/ })

};
