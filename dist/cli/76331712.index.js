export const id = 76331712;
export const ids = [76331712];
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

/***/ 15168:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   execCommand: () => (/* binding */ execCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _app_secret_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19865);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(27194);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
// `realm-deploy exec <function> [args]`: run one function of the app locally (realm-deploy/testing),
// in memory unless a MongoDB connection string is given, and print its log lines and its result as
// Extended JSON. The runtime (bson, mingo, the driver) is imported only when this command runs.





const execCommand = {
    name: 'exec',
    summary: 'Run one function of the app locally and print its result as EJSON.',
    description: 'Run a function of the app directory in a local App Services runtime (node:vm, the documented\n' +
        'context, BSON/EJSON/utils globals), against an in-memory database or, with --mongodb-uri\n' +
        '(or MONGODB_URI), a real MongoDB. ARGS is a JSON (Extended JSON) array of arguments, or one\n' +
        'argument. Private functions are refused, as App Services refuses them to clients. Secrets come\n' +
        'from --secret/--secrets-file or REALM_SECRET_<NAME>. Exit 0 on success, 2 on bad input (unknown\n' +
        'function, missing value or secret, syntax error), 1 when the function throws or times out.',
    positionals: '<function> [ARGS]',
    options: {
        'app-dir': {
            type: 'string',
            value: 'DIR',
            description: 'The app directory (default: the current directory).'
        },
        environment: {
            type: 'string',
            value: 'NAME',
            description: "The environment whose values apply (default: the app's)."
        },
        secret: { type: 'string', multiple: true, value: 'NAME=VALUE', description: 'A secret value.' },
        'secrets-file': { type: 'string', value: 'FILE', description: 'Secret values, one NAME=VALUE per line.' },
        'mongodb-uri': {
            type: 'string',
            value: 'URI',
            description: 'Run against this MongoDB (default: MONGODB_URI, else in memory).'
        },
        'allow-network': {
            type: 'boolean',
            description: 'Let context.http reach the network (default: refused).'
        },
        'timeout-ms': {
            type: 'string',
            value: 'MS',
            description: "The time limit (default: App Services' 300000)."
        }
    },
    exitCodes: [0, 1, 2],
    examples: [
        'realm-deploy exec orders/summarize --app-dir ./backend',
        'realm-deploy exec restock \'[{"sku": "sku-1", "quantity": 5}]\' --app-dir ./backend --environment production',
        'realm-deploy exec nightlyReport --app-dir ./backend --mongodb-uri mongodb://localhost:27017'
    ],
    run: runExec
};
async function runExec(values, positionals, io) {
    const [name, argsText, ...extra] = positionals;
    if (!name || extra.length)
        throw usage('give one function name and at most one ARGS (a JSON array)');
    const secrets = await (0,_app_secret_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readSecretInputs */ .It)({
        secrets: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)(values, 'secret'),
        secretsFile: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'secrets-file'),
        cwd: io.cwd
    });
    secrets.forEach(value => (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(value));
    for (const [key, value] of Object.entries(io.env))
        if (key.startsWith('REALM_SECRET_'))
            (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(value);
    const uri = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'mongodb-uri') ?? io.env.MONGODB_URI;
    (0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .registerSecret */ .cl)(uri);
    const testing = await Promise.all(/* import() */[__webpack_require__.e(3936860543), __webpack_require__.e(2082703025), __webpack_require__.e(1263770539), __webpack_require__.e(349462954), __webpack_require__.e(2948848792)]).then(__webpack_require__.bind(__webpack_require__, 82123));
    const args = parseArgs(testing.parseArguments, argsText);
    const app = await testing.loadTestApp({
        appDir: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(io.cwd, (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'app-dir') ?? '.'),
        environment: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'environment'),
        secrets,
        env: io.env,
        mongodbUri: uri ?? null,
        allowNetwork: values['allow-network'] === true,
        timeLimitMs: timeLimit((0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'timeout-ms'))
    });
    try {
        const run = await app.call(name, args);
        for (const line of run.logs)
            io.stderr(`log: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(line)}\n`);
        io.stdout(`${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(testing.formatResult(run.result))}\n`);
        return 0;
    }
    catch (error) {
        if (!(error instanceof testing.FunctionRuntimeError))
            throw error;
        for (const line of error.logs)
            io.stderr(`log: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(line)}\n`);
        io.stderr(`realm-deploy exec: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E$)(error.stack && error instanceof testing.FunctionThrewError ? error.stack : error.message)}\n`);
        return error.exitCode;
    }
    finally {
        await app.close();
    }
}
function parseArgs(parse, text) {
    try {
        return parse(text);
    }
    catch (error) {
        throw usage(`ARGS is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
}
function timeLimit(text) {
    if (text === undefined)
        return undefined;
    const ms = Number(text);
    if (!Number.isInteger(ms) || ms < 1)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([
            {
                source: '--timeout-ms',
                message: 'must be a positive whole number of milliseconds',
                severity: 'error'
            }
        ]);
    return ms;
}
function usage(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([{ source: 'realm-deploy exec', message, severity: 'error' }]);
}


/***/ })

};
