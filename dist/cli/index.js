#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3567:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   bD: () => (/* binding */ commandHelp)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(57975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(83916);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(28551);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(77472);
// What a CLI command is: its flags (declared once, used for parsing and for --help) and its run function.




function commandHelp(command) {
    const lines = [
        `Usage: realm-deploy ${command.name} [options]${command.positionals ? ` ${command.positionals}` : ''}`,
        '',
        command.description ?? command.summary,
        '',
        'Options:'
    ];
    const entries = Object.entries({ ...command.options, help: helpOption });
    const flags = entries.map(([name, spec]) => {
        const short = spec.short ? `-${spec.short}, ` : '    ';
        return `${short}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
    });
    const width = Math.max(...flags.map(f => f.length)) + 2;
    entries.forEach(([, spec], i) => {
        const extra = [
            spec.multiple ? 'repeatable' : '',
            spec.default !== undefined && spec.default !== false ? `default: ${String(spec.default)}` : ''
        ].filter(Boolean);
        lines.push(`  ${flags[i].padEnd(width)}${spec.description}${extra.length ? ` (${extra.join('; ')})` : ''}`);
    });
    if (command.examples?.length)
        lines.push('', 'Examples:', ...command.examples.map(e => `  ${e}`));
    lines.push('', (0,_exit_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .exitCodesText */ .Qq)(command.exitCodes));
    return `${lines.join('\n')}\n`;
}
const helpOption = { type: 'boolean', short: 'h', description: 'Show this help and exit.' };
function parseCommandArgs(command, argv) {
    const options = Object.fromEntries(Object.entries({ ...command.options, help: helpOption }).map(([name, spec]) => [
        name,
        {
            type: spec.type,
            ...(spec.multiple ? { multiple: true } : {}),
            ...(spec.short ? { short: spec.short } : {}),
            ...(spec.default !== undefined && !spec.multiple ? { default: spec.default } : {})
        }
    ]));
    try {
        const parsed = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options,
            allowPositionals: Boolean(command.positionals),
            strict: true
        });
        const { help, ...values } = parsed.values;
        return { values, positionals: parsed.positionals, help: help === true };
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL([
            {
                source: `realm-deploy ${command.name}`,
                message: `${parseErrorMessage(command, argv, error)} Run 'realm-deploy ${command.name} --help' for the options.`,
                severity: 'error'
            }
        ]);
    }
}
/** node:util's message, shortened for an unknown flag, with a pointer or the nearest known flag. */
function parseErrorMessage(command, argv, error) {
    const code = error.code;
    const message = error instanceof Error ? error.message : String(error);
    if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
        return `${message.replace(/\.$/, '')}.`;
    const flag = /'([^']+)'/.exec(message)?.[1] ?? argv.find(a => a.startsWith('-')) ?? '';
    const name = flag.replace(/^-+/, '').split('=')[0];
    const redirect = command.redirects?.[name];
    if (redirect)
        return `unknown option '--${name}': ${redirect}.`;
    const known = Object.keys({ ...command.options, help: helpOption });
    const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .k)(name, known);
    return `unknown option '${flag}'${guess ? `: did you mean '--${guess}'?` : '.'}`;
}
/** Reads a string flag, or undefined. */
function stringOption(values, name) {
    const v = values[name];
    return typeof v === 'string' ? v : undefined;
}
function stringList(values, name) {
    const v = values[name];
    return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : [];
}


/***/ }),

/***/ 95549:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ commands)
/* harmony export */ });
const commands = [
    {
        name: 'validate',
        summary: 'Check an app directory offline and report every problem.',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3936860543), __nccwpck_require__.e(1263770539), __nccwpck_require__.e(349462954), __nccwpck_require__.e(681376074)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60972))).validateCommand
    },
    {
        name: 'assets',
        summary: 'List the hosting files with MD5, size and attrs, as the deploy will upload them.',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3936860543), __nccwpck_require__.e(1263770539), __nccwpck_require__.e(3183917300), __nccwpck_require__.e(2209794935)]).then(__nccwpck_require__.bind(__nccwpck_require__, 28576))).assetsCommand
    },
    {
        name: 'plan',
        summary: 'Show what a deploy would change (writes nothing).',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3936860543), __nccwpck_require__.e(2680935162), __nccwpck_require__.e(1263770539), __nccwpck_require__.e(349462954), __nccwpck_require__.e(3779264054), __nccwpck_require__.e(3183917300), __nccwpck_require__.e(734079092), __nccwpck_require__.e(3255824184), __nccwpck_require__.e(672389695)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58336))).planCommand
    },
    {
        name: 'deploy',
        summary: 'Deploy the config directory to the app.',
        asks: true,
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3936860543), __nccwpck_require__.e(2680935162), __nccwpck_require__.e(1263770539), __nccwpck_require__.e(349462954), __nccwpck_require__.e(3779264054), __nccwpck_require__.e(3183917300), __nccwpck_require__.e(734079092), __nccwpck_require__.e(3255824184), __nccwpck_require__.e(672389695)]).then(__nccwpck_require__.bind(__nccwpck_require__, 58336))).deployCommand
    },
    {
        name: 'pull',
        summary: 'Write a deployed app as a config directory (deploying it back changes nothing).',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3936860543), __nccwpck_require__.e(2680935162), __nccwpck_require__.e(1263770539), __nccwpck_require__.e(349462954), __nccwpck_require__.e(3779264054), __nccwpck_require__.e(596682359), __nccwpck_require__.e(2534725632)]).then(__nccwpck_require__.bind(__nccwpck_require__, 72886))).pullCommand
    },
    {
        name: 'status',
        summary: "Report the app's trigger health (suspended, failing, disabled); resume suspended ones.",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3936860543), __nccwpck_require__.e(2680935162), __nccwpck_require__.e(1263770539), __nccwpck_require__.e(349462954), __nccwpck_require__.e(3779264054), __nccwpck_require__.e(4045905751)]).then(__nccwpck_require__.bind(__nccwpck_require__, 46171))).statusCommand
    },
    {
        name: 'rollback',
        summary: 'Redeploy a past deployment (default: the newest successful one before the current one).',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3936860543), __nccwpck_require__.e(2680935162), __nccwpck_require__.e(1263770539), __nccwpck_require__.e(349462954), __nccwpck_require__.e(3779264054), __nccwpck_require__.e(734079092), __nccwpck_require__.e(1762432234)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77094))).rollbackCommand
    },
    {
        name: 'logs',
        summary: "Print an app's logs (every page), newest first.",
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3936860543), __nccwpck_require__.e(2680935162), __nccwpck_require__.e(1263770539), __nccwpck_require__.e(349462954), __nccwpck_require__.e(3779264054), __nccwpck_require__.e(763217962)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55725))).logsCommand
    },
    {
        name: 'exec',
        summary: 'Run one function of the app locally and print its result as EJSON.',
        load: async () => (await __nccwpck_require__.e(/* import() */ 76331712).then(__nccwpck_require__.bind(__nccwpck_require__, 15168))).execCommand
    },
    {
        name: 'emulator',
        summary: 'Run a local emulator of the App Services Admin API (for tests and demos).',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3936860543), __nccwpck_require__.e(596682359), __nccwpck_require__.e(1140233256), __nccwpck_require__.e(2256567866)]).then(__nccwpck_require__.bind(__nccwpck_require__, 27019))).emulatorCommand
    },
    {
        name: 'demo',
        summary: 'Deploy the example app to an in-process emulator and show each step (npm start).',
        load: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(3936860543), __nccwpck_require__.e(2680935162), __nccwpck_require__.e(1263770539), __nccwpck_require__.e(349462954), __nccwpck_require__.e(3779264054), __nccwpck_require__.e(3183917300), __nccwpck_require__.e(734079092), __nccwpck_require__.e(596682359), __nccwpck_require__.e(1140233256), __nccwpck_require__.e(3255824184), __nccwpck_require__.e(2068394454)]).then(__nccwpck_require__.bind(__nccwpck_require__, 20206))).demoCommand
    }
];


/***/ }),

/***/ 14380:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ enableCompileCache)
/* harmony export */ });
/* unused harmony export compileCacheDirectory */
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
// Node 22.1+ keeps the compiled code of the modules it loads and reuses it at the next run: the CLI
// turns it on before a command's modules load. Node 20 has no such cache.



/**
 * The user's own cache directory, not node's default in the shared temp directory, where another
 * account could leave compiled code for this one to run.
 */
function compileCacheDirectory(env, home = (0,node_os__WEBPACK_IMPORTED_MODULE_1__.homedir)()) {
    const base = env.XDG_CACHE_HOME && node_path__WEBPACK_IMPORTED_MODULE_2___default().isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : node_path__WEBPACK_IMPORTED_MODULE_2___default().join(home, '.cache');
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(base, 'realm-deploy', 'compile-cache');
}
/** Turns the cache on where node has one; a no-op on Node 20, as is any failure (the run compiles as before). */
function enableCompileCache(env) {
    const enable = node_module__WEBPACK_IMPORTED_MODULE_0__.enableCompileCache;
    if (!enable)
        return;
    try {
        enable(compileCacheDirectory(env));
    }
    catch {
        // No home directory, or none writable: nothing is cached.
    }
}


/***/ }),

/***/ 6312:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mw: () => (/* binding */ privateKeyEnv),
/* harmony export */   Sp: () => (/* binding */ publicKeyEnv),
/* harmony export */   ql: () => (/* binding */ projectIdEnv)
/* harmony export */ });
// The Atlas CLI's environment variable names for the API key pair and the project, which realm-deploy
// reads too. Apart from credentials.ts so that the main --help can name them without loading the
// Admin API client.
const publicKeyEnv = 'MONGODB_ATLAS_PUBLIC_API_KEY';
const privateKeyEnv = 'MONGODB_ATLAS_PRIVATE_API_KEY';
const projectIdEnv = 'MONGODB_ATLAS_PROJECT_ID';


/***/ }),

/***/ 28551:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qq: () => (/* binding */ exitCodesText)
/* harmony export */ });
/* unused harmony exports EXIT_CODES, exitCodesMarkdown */
// The one table of exit codes: what each code means and which outcomes give it. Every `--help`, the
// README (a checked copy) and the `--json` schema's exitCode enum are rendered from this list.
const EXIT_CODES = [
    {
        code: 0,
        meaning: 'success: validated, planned, deployed, no changes, triggers healthy, listed, or help shown',
        outcomes: ['valid', 'planned', 'deployed', 'no-changes', 'healthy', 'listed']
    },
    {
        code: 1,
        meaning: 'failed: the deployment, a hosting upload, the network or the server failed; or degraded: a trigger is suspended (not with --allow-degraded)',
        outcomes: ['failed', 'degraded']
    },
    {
        code: 2,
        meaning: 'invalid input, config, API key or project (nothing was written): fix what the message names and rerun',
        outcomes: ['invalid']
    },
    {
        code: 3,
        meaning: 'conflict: an open draft, the app changed under the deploy, or drift with --on-drift fail (nothing was deployed)',
        outcomes: ['conflict', 'drift']
    },
    {
        code: 4,
        meaning: 'not confirmed: deploy asked in a terminal and the answer was not yes (nothing was written)',
        outcomes: ['aborted']
    },
    { code: 130, meaning: 'cancelled (SIGINT/SIGTERM): a started draft is discarded', outcomes: ['cancelled'] }
];
/** The codes a command can end with; `codes` limits the table to those. */
function exitCodesText(codes) {
    const rows = EXIT_CODES.filter(e => !codes || codes.includes(e.code));
    return ['Exit codes:', ...rows.map(e => `  ${String(e.code).padEnd(5)}${e.meaning}`)].join('\n');
}
/** The README's table (checked against the README by a test). */
function exitCodesMarkdown() {
    return [
        '| code | meaning | `--json` status |',
        '|---|---|---|',
        ...EXIT_CODES.map(e => `| ${e.code} | ${e.meaning} | ${e.outcomes.map(o => `\`${o}\``).join(', ')} |`)
    ].join('\n');
}


/***/ }),

/***/ 70486:
/***/ (function(module, __unused_webpack___webpack_exports__, __nccwpck_require__) {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(95549);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(14380);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(96657);
/* harmony import */ var _run_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(94175);
// The `realm-deploy` CLI entry: argv -> command -> exit code. The only error boundary of the CLI.





/** A terminal is a character device; a pipe or a file (as in CI) is not, and is told apart cheaply. */
function isCharacterDevice(fd) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isCharacterDevice();
    }
    catch {
        return false;
    }
}
/**
 * Only a terminal on both ends can answer a question: in CI (no TTY) nothing ever waits for input.
 * `node:tty` (which loads node's network and stream modules) and `process.stdin` (a stream) cost
 * a start-up milliseconds, so they are reached only for a command that asks, on character devices.
 */
async function isInteractive() {
    if (!isCharacterDevice(0) || !isCharacterDevice(2))
        return false;
    const { isatty } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 7066, 23));
    return isatty(0) && isatty(2);
}
async function prompt(question) {
    const { createInterface } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 26848, 23));
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    try {
        return await rl.question(question);
    }
    finally {
        rl.close();
    }
}
(0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .enableCompileCache */ .L)(process.env);
const argv = process.argv.slice(2);
// Only a command that may ask (deploy's confirmation) needs to know whether someone can answer.
const asks = _commands_index_js__WEBPACK_IMPORTED_MODULE_1__/* .commands */ .P.find(c => c.name === argv[0])?.asks === true;
process.exitCode = await (0,_run_js__WEBPACK_IMPORTED_MODULE_4__/* .runCli */ .a)(argv, {
    stdout: (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .descriptorWriter */ .h)(1, () => process.stdout),
    stderr: (0,_output_js__WEBPACK_IMPORTED_MODULE_3__/* .descriptorWriter */ .h)(2, () => process.stderr),
    env: process.env,
    cwd: process.cwd(),
    ...(asks && (await isInteractive()) ? { prompt } : {})
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 43054:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ jsonOption),
/* harmony export */   WG: () => (/* binding */ errorResult),
/* harmony export */   rF: () => (/* binding */ jsonLine)
/* harmony export */ });
/* unused harmony export JSON_SCHEMA_VERSION */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(27194);
// The `--json` contract: exactly one object on stdout for every outcome of every command with --json
// (validate, assets, plan, deploy, status, rollback, logs), errors included. Its shape is schema/cli-result.schema.json (versioned by `schemaVersion`; a field
// is only ever added within a version). `warnings` holds everything stderr warned about.


const JSON_SCHEMA_VERSION = 1;
/** The `--json` flag; `carries` names what the result holds beyond the common fields, `note` a limit. */
function jsonOption(carries, note) {
    const what = carries ? `, ${carries}` : '';
    return {
        type: 'boolean',
        description: `Print exactly one JSON result object on stdout (schema/cli-result.schema.json)${what}, errors included.${note ? ` ${note}` : ''}`
    };
}
/** The one line a `--json` run prints: the result with its version first, redacted as a whole. */
function jsonLine(result) {
    const { command, status, exitCode, error, warnings, ...rest } = result;
    const ordered = {
        schemaVersion: JSON_SCHEMA_VERSION,
        command,
        status,
        exitCode,
        error,
        warnings: [...new Set(warnings)],
        ...rest
    };
    return `${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(JSON.stringify(ordered))}\n`;
}
const STATUS_OF_CODE = { 2: 'invalid', 3: 'conflict', 4: 'aborted', 130: 'cancelled' };
/** The result of a run that ended with an error before the command could report one. */
function errorResult(command, exitCode, error, warnings, problems) {
    return {
        command,
        status: STATUS_OF_CODE[exitCode] ?? 'failed',
        exitCode,
        error,
        warnings: [
            ...warnings,
            ...(problems ?? []).filter(p => p.severity === 'warning').map(p => (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatProblem */ .Vw)(p))
        ],
        ...(problems ? { problems } : {})
    };
}


/***/ }),

/***/ 96657:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ descriptorWriter)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
// Writes the CLI's output straight to its file descriptor. `process.stdout` on a pipe or a file loads
// node's whole stream stack (about 3 ms of a 30 ms command) for text a command writes whole; a write
// to the descriptor is also done when it returns, so nothing is lost at exit. A descriptor left
// non-blocking by the parent may answer EAGAIN: from then on the stream writes instead, in order.

function descriptorWriter(fd, stream, write = node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync) {
    let fallback;
    let closed = false;
    return text => {
        if (closed)
            return;
        if (fallback) {
            fallback.write(text);
            return;
        }
        let rest = Buffer.from(text, 'utf8');
        while (rest.length > 0) {
            try {
                rest = rest.subarray(write(fd, rest));
            }
            catch (error) {
                const code = error.code;
                // The reader went away (`| head`): the rest of the output has nobody to read it.
                if (code === 'EPIPE') {
                    closed = true;
                    return;
                }
                if (code !== 'EAGAIN')
                    throw error;
                fallback = stream();
                fallback.write(rest);
                return;
            }
        }
    };
}


/***/ }),

/***/ 94175:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3567);
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(95549);
/* harmony import */ var _credential_names_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(6312);
/* harmony import */ var _deploy_access_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(15725);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(83916);
/* harmony import */ var _exit_codes_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(28551);
/* harmony import */ var _json_result_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(43054);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(25625);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(27194);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(77472);
// Dispatches argv to a command, turns typed errors into messages and exit codes. With `--json`, every
// outcome of a result command (errors included) is one JSON object on stdout (json-result.ts).











function mainHelp() {
    const width = Math.max(..._commands_index_js__WEBPACK_IMPORTED_MODULE_2__/* .commands */ .P.map(c => c.name.length)) + 2;
    return [
        'Usage: realm-deploy <command> [options]',
        '',
        'Deploy MongoDB Atlas App Services apps from a config directory.',
        '',
        'Commands:',
        ..._commands_index_js__WEBPACK_IMPORTED_MODULE_2__/* .commands */ .P.map(c => `  ${c.name.padEnd(width)}${c.summary}`),
        '',
        'Examples:',
        '  realm-deploy validate --app-dir ./backend',
        '  realm-deploy plan --app-dir ./backend --project-id 5f1b2c3d4e5f60718293a4b5 --app myapp-abcde',
        '  realm-deploy deploy --app-dir ./backend --yes --json',
        '',
        `Credentials: --public-api-key/--private-api-key, or env ${_credential_names_js__WEBPACK_IMPORTED_MODULE_9__/* .publicKeyEnv */ .Sp}/${_credential_names_js__WEBPACK_IMPORTED_MODULE_9__/* .privateKeyEnv */ .Mw}; project: --project-id or env ${_credential_names_js__WEBPACK_IMPORTED_MODULE_9__/* .projectIdEnv */ .ql}.`,
        "Run 'realm-deploy <command> --help' for a command's options and examples.",
        '',
        (0,_exit_codes_js__WEBPACK_IMPORTED_MODULE_5__/* .exitCodesText */ .Qq)(),
        ''
    ].join('\n');
}
/** The installed package's version: package.json two levels up from src/cli/ and from dist/cli/. */
function packageVersion() {
    // Built at run time on purpose: a literal path would make the bundler copy package.json into
    // dist/cli/ (over its own {"type":"module"}) instead of reading the installed one.
    const up = (levels) => '../'.repeat(levels);
    try {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(new URL(`${up(2)}package.json`, import.meta.url), 'utf8');
        return String(JSON.parse(text).version ?? 'unknown');
    }
    catch {
        return 'unknown';
    }
}
function signalFromProcess() {
    const controller = new AbortController();
    const abort = (signal) => {
        if (controller.signal.aborted)
            process.exit(130);
        process.stderr.write(`\nreceived ${signal}: stopping (press again to exit at once)\n`);
        controller.abort(new Error(`received ${signal}`));
    };
    process.once('SIGINT', abort);
    process.once('SIGTERM', abort);
    return controller.signal;
}
/** `--json` anywhere before a `--`: known before parsing, so flag errors get their JSON result too. */
function wantsJson(argv) {
    const end = argv.indexOf('--');
    return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}
/** A logger that also keeps every warning it wrote, for the `--json` result. */
function collectingLogger(host, warnings) {
    const debug = host.env.RUNNER_DEBUG === '1' || host.env.REALM_DEPLOY_DEBUG === '1';
    const logger = (0,_log_js__WEBPACK_IMPORTED_MODULE_7__/* .createStreamLogger */ .Jo)({ write: host.stderr, debug });
    return {
        ...logger,
        warning: message => {
            warnings.push((0,_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(message));
            logger.warning(message);
        }
    };
}
function unknownCommand(name, json, host) {
    const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_10__/* .closest */ .k)(name, _commands_index_js__WEBPACK_IMPORTED_MODULE_2__/* .commands */ .P.map(c => c.name));
    const message = `unknown command '${name}'${guess ? `: did you mean '${guess}'?` : '.'}`;
    host.stderr(`realm-deploy: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(message)}\n\n${mainHelp()}`);
    if (json)
        host.stdout((0,_json_result_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonLine */ .rF)((0,_json_result_js__WEBPACK_IMPORTED_MODULE_6__/* .errorResult */ .WG)(null, 2, message, [])));
    return 2;
}
async function runCli(argv, raw) {
    // The CLI's one choke point: whatever a command prints is redacted and made inert (a workflow
    // step reads the CLI's output for runner commands just as it reads the action's).
    const host = {
        ...raw,
        stdout: text => raw.stdout((0,_log_js__WEBPACK_IMPORTED_MODULE_7__/* .logSafe */ .sN)(text)),
        stderr: text => raw.stderr((0,_log_js__WEBPACK_IMPORTED_MODULE_7__/* .logSafe */ .sN)(text))
    };
    const [name, ...rest] = argv;
    if (!name || name === '--help' || name === '-h' || name === 'help') {
        host.stdout(mainHelp());
        return name ? 0 : 2;
    }
    if (name === '--version' || name === '-v') {
        host.stdout(`realm-deploy ${packageVersion()}\n`);
        return 0;
    }
    const json = wantsJson(rest);
    const entry = _commands_index_js__WEBPACK_IMPORTED_MODULE_2__/* .commands */ .P.find(c => c.name === name);
    if (!entry)
        return unknownCommand(name, json, host);
    const command = await entry.load();
    const warnings = [];
    const io = {
        stdout: host.stdout,
        stderr: host.stderr,
        // The logger makes its own lines safe (src/log.ts), so it writes past the wrapper.
        logger: collectingLogger({ ...host, stderr: raw.stderr }, warnings),
        env: host.env,
        cwd: host.cwd,
        warnings,
        ...(host.prompt ? { prompt: host.prompt } : {})
    };
    try {
        const { values, positionals, help } = (0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommandArgs */ .Qx)(command, rest);
        if (help) {
            host.stdout((0,_command_js__WEBPACK_IMPORTED_MODULE_1__/* .commandHelp */ .bD)(command));
            return 0;
        }
        return await command.run(values, positionals, { ...io, signal: host.signal ?? signalFromProcess() });
    }
    catch (thrown) {
        const error = (0,_deploy_access_js__WEBPACK_IMPORTED_MODULE_3__/* .accessProblem */ .cY)(thrown, accessNames(rest, host.env)) ?? (0,_deploy_access_js__WEBPACK_IMPORTED_MODULE_3__/* .withConnectionHint */ .ug)(thrown, '--base-url');
        const message = error instanceof Error ? error.message : String(error);
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL) {
            for (const problem of error.problems)
                host.stderr(`${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)((0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .formatProblem */ .Vw)(problem))}\n`);
        }
        else {
            host.stderr(`realm-deploy ${name}: ${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_8__/* .redact */ .E$)(message)}\n`);
        }
        const code = (0,_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .exitCodeOf */ .FO)(error);
        if (json && command.jsonResult) {
            const problems = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL ? error.problems : undefined;
            host.stdout((0,_json_result_js__WEBPACK_IMPORTED_MODULE_6__/* .jsonLine */ .rF)((0,_json_result_js__WEBPACK_IMPORTED_MODULE_6__/* .errorResult */ .WG)(command.name, code, message, warnings, problems)));
        }
        return code;
    }
}
/** The project id as the user gave it (flag or env), for the hint of an access error. */
function accessNames(argv, env) {
    const i = argv.findIndex(a => a === '--project-id' || a.startsWith('--project-id='));
    const fromFlag = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
    return {
        projectId: fromFlag ?? env[_credential_names_js__WEBPACK_IMPORTED_MODULE_9__/* .projectIdEnv */ .ql] ?? '(none given)',
        keySource: '--public-api-key/--private-api-key',
        projectSource: '--project-id'
    };
}


/***/ }),

/***/ 77472:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ closest)
/* harmony export */ });
// "Did you mean": the closest known name to a mistyped command or flag, by edit distance. Only a
// close match is offered (a guess far from what was typed helps nobody).
/** Levenshtein distance, bounded by the short strings a CLI has (names of a few dozen characters). */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        }
        previous = current;
    }
    return previous[b.length];
}
/** The known name nearest to `typed`, when it is within a third of its length (at least 1, at most 3). */
function closest(typed, known) {
    const limit = Math.min(3, Math.max(1, Math.floor(typed.length / 3)));
    let best;
    for (const name of known) {
        // A typed prefix of a longer name (`--incl` for `--include-hosting`) counts as one edit.
        const d = name.startsWith(typed) ? 1 : distance(typed, name);
        if (d <= limit && (!best || d < best.d))
            best = { name, d };
    }
    return best?.name;
}


/***/ }),

/***/ 15725:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a_: () => (/* binding */ accessNamesOf),
/* harmony export */   cY: () => (/* binding */ accessProblem),
/* harmony export */   ug: () => (/* binding */ withConnectionHint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(83916);
// Authentication and project errors told as what to do: a refused login or an unknown project is
// an input problem (exit 2) naming the key (by its public part's flag/input, never a value), the
// project id, and the Atlas CLI commands that check both.

const LOGIN_PATH = '/auth/providers/mongodb-cloud/login';
// The Atlas CLI reads the same environment variables as realm-deploy: the same pair, the same answer.
const WITH_PAIR = 'with this pair in MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY';
/** The ConfigError an access failure means, or undefined for any other error. */
function accessProblem(error, names) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AdminApiError */ .ge))
        return undefined;
    if (error.path.endsWith(LOGIN_PATH) && (error.status === 401 || error.status === 403)) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([
            {
                source: names.keySource,
                severity: 'error',
                message: `the Admin API refused the API key pair (${error.status}${error.errorCode ? ` ${error.errorCode}` : ''}): ` +
                    'check that the public and private key belong together and that the key is not deleted or limited to other IP addresses. ' +
                    `Check it with the Atlas CLI: ${WITH_PAIR}, 'atlas projects list' must succeed`
            }
        ]);
    }
    const noProject = error.errorCode === 'GroupNotFound' ||
        (error.status === 403 && /\/groups\/[^/]+(\/apps)?$/.test(error.path.split('?')[0]));
    if (noProject) {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL([
            {
                source: names.projectSource,
                severity: 'error',
                message: `project ${names.projectId} does not exist or this API key has no access to it (${error.status}${error.errorCode ? ` ${error.errorCode}` : ''}): ` +
                    `check it with the Atlas CLI: ${WITH_PAIR}, 'atlas projects list' lists the projects the key can see, ` +
                    `and 'atlas projects apiKeys list --projectId ${names.projectId}' the project's keys and roles (the key needs Project Owner)`
            }
        ]);
    }
    return undefined;
}
/** The names a run's settings give (the action's inputs unless the CLI said its flags). */
function accessNamesOf(settings) {
    return {
        projectId: settings.projectId,
        keySource: settings.accessSources?.key ?? 'public-api-key',
        projectSource: settings.accessSources?.project ?? 'project-id'
    };
}
/** A refused connection says where to look: nothing listens at the base URL (a typo, a server not started). */
function withConnectionHint(error, baseUrlSource) {
    if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AdminApiError */ .ge) || error.errorCode !== 'NoResponse')
        return error;
    if (!error.message.includes('ECONNREFUSED') || error.message.includes(baseUrlSource))
        return error;
    error.message += `. Nothing accepts connections there: check ${baseUrlSource} and that the server is running`;
    return error;
}


/***/ }),

/***/ 83916:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FO: () => (/* binding */ exitCodeOf),
/* harmony export */   Vj: () => (/* binding */ printablePath),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   fK: () => (/* binding */ ConflictError),
/* harmony export */   ge: () => (/* binding */ AdminApiError),
/* harmony export */   nM: () => (/* binding */ NotConfirmedError),
/* harmony export */   sH: () => (/* binding */ DeployError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
// The typed errors every module throws, and the exit code each one maps to.
// Messages never carry keys, tokens or secret values: callers pass names, never values.
/** A file name as text on one line: control characters written as escapes (`\n`, `\u001b`). */
function printablePath(source) {
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    return source.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ch => ch === '\n'
        ? '\\n'
        : ch === '\t'
            ? '\\t'
            : ch === '\r'
                ? '\\r'
                : `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
function formatProblem(p) {
    const where = [printablePath(p.source), p.line, p.line !== undefined ? p.column : undefined].filter(x => x !== undefined);
    const field = p.field ? ` (${p.field})` : '';
    return `${where.join(':')}${field}: ${p.severity}: ${p.message}`;
}
/** Invalid input or config: nothing was written remotely. Exit code 2. */
class ConfigError extends Error {
    name = 'ConfigError';
    exitCode = 2;
    problems;
    constructor(problems) {
        const list = typeof problems === 'string'
            ? [{ source: 'input', message: problems, severity: 'error' }]
            : [...problems];
        const errors = list.filter(p => p.severity === 'error');
        super(errors.length === 1
            ? formatProblem(errors[0])
            : `${errors.length} problems:\n${errors.map(p => `  ${formatProblem(p)}`).join('\n')}`);
        this.problems = list;
    }
}
/** The deployment could not go ahead or failed because of someone else's change. Exit code 3. */
class ConflictError extends Error {
    details;
    name = 'ConflictError';
    exitCode = 3;
    constructor(message, details = undefined) {
        super(message);
        this.details = details;
    }
}
/** A failed Admin API call: which call, what the server said. Never carries request bodies or headers. */
class AdminApiError extends Error {
    method;
    path;
    status;
    errorCode;
    serverMessage;
    name = 'AdminApiError';
    exitCode = 1;
    constructor(method, path, status, errorCode, serverMessage) {
        super(`${method} ${path} failed: ${status}${errorCode ? ` ${errorCode}` : ''}: ${serverMessage}`);
        this.method = method;
        this.path = path;
        this.status = status;
        this.errorCode = errorCode;
        this.serverMessage = serverMessage;
    }
}
/** The deploy itself failed (a failed deployment, a timeout, a failed hosting phase). Exit code 1. */
class DeployError extends Error {
    details;
    name = 'DeployError';
    exitCode = 1;
    constructor(message, details = undefined) {
        super(message);
        this.details = details;
    }
}
/** Asked to confirm a write, the user did not say yes: nothing was written. Exit code 4. */
class NotConfirmedError extends Error {
    name = 'NotConfirmedError';
    exitCode = 4;
    constructor(message = 'not confirmed: nothing was written') {
        super(message);
    }
}
/** The run was cancelled (SIGINT/SIGTERM). Exit code 130. */
class CancelledError extends Error {
    name = 'CancelledError';
    exitCode = 130;
    constructor(message = 'cancelled') {
        super(message);
    }
}
function exitCodeOf(error) {
    if (error && typeof error === 'object' && 'exitCode' in error && typeof error.exitCode === 'number') {
        return error.exitCode;
    }
    return 1;
}


/***/ }),

/***/ 25625:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jo: () => (/* binding */ createStreamLogger),
/* harmony export */   qq: () => (/* binding */ silentLogger),
/* harmony export */   sN: () => (/* binding */ logSafe)
/* harmony export */ });
/* unused harmony export escapeLogText */
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(27194);
// The logger the core uses. The CLI writes to stderr; the action routes it to `core`. And the one
// choke point every line passes before it is written (`logSafe`): secrets redacted, then text from
// files or the server made inert. A runner reads every stdout line of a step for workflow commands
// (`::warning::`, `::add-mask::`, the older `##[...]`), after trimming leading whitespace, and its
// line reader also ends a line at a lone carriage return; a terminal obeys escape sequences. So no
// control character survives and no line of a message can start a command.

/** Each line that would start a workflow command gets this visible prefix. */
const COMMAND_GUARD = '| ';
const commandStart = /^\s*(::|##\[)/;
function controlEscape(ch) {
    const code = ch.charCodeAt(0);
    return code < 0x100
        ? `\\x${code.toString(16).padStart(2, '0')}`
        : `\\u${code.toString(16).padStart(4, '0')}`;
}
/**
 * Text made safe for a log line: CR LF becomes LF, any other control character (a lone CR, ESC,
 * NUL, C1 controls, the Unicode line separators) is written as an escape, and a line that would
 * start a workflow command is prefixed. Multi-line messages (a rendered plan) keep their lines.
 */
function escapeLogText(text) {
    return (text
        .replace(/\r\n/g, '\n')
        // eslint-disable-next-line no-control-regex -- matching control characters is the point
        .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, controlEscape)
        .split('\n')
        .map(line => (commandStart.test(line) ? `${COMMAND_GUARD}${line}` : line))
        .join('\n'));
}
/** Redacted, then escaped: what every logger, the CLI's output and the action's log write. */
function logSafe(text) {
    return escapeLogText((0,_secrets_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text));
}
function createStreamLogger({ write, debug = false }) {
    const emit = (prefix, message) => write(`${prefix}${logSafe(message)}\n`);
    return {
        debug: message => {
            if (debug)
                emit('debug: ', message);
        },
        info: message => emit('', message),
        warning: message => emit('warning: ', message),
        error: message => emit('error: ', message),
        group: async (title, fn) => {
            emit('', `== ${title}`);
            return fn();
        }
    };
}
const silentLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    group: (_title, fn) => fn()
};


/***/ }),

/***/ 27194:
/***/ (function(__unused_webpack_module, __webpack_exports__, __nccwpck_require__) {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports secretForms, onSecretRegistered, clearSecrets */
// The one registry of sensitive strings (API keys, tokens, secret values). Everything the project
// prints or throws passes through `redact`, so a value registered here never reaches a log, an error,
// a comment or an output. A server or a tool may hand a value back encoded, so each value is masked
// in every form it is likely to come back in: raw, JSON-escaped, URL-encoded, base64 (at any byte
// alignment inside a longer base64 text) and, for a multi-line value (a PEM key), line by line. The
// action also hands each form to `core.setSecret`, so the runner masks them too.
/** Forms shorter than this are not masked: they would garble ordinary text. */
const MIN_FORM = 4;
/** A base64 fragment must be longer: short runs of base64 letters occur in any text. */
const MIN_BASE64 = 8;
const registered = new Set();
const forms = new Set();
/** Every form, longest first, so a value that contains another is masked whole. */
let ordered = [];
const listeners = [];
/** The base64 text that `value`'s bytes produce at each of the 3 byte alignments in a longer stream. */
function base64Forms(value) {
    const bytes = Buffer.from(value, 'utf8');
    const whole = bytes.toString('base64');
    const out = [whole, whole.replace(/=+$/, ''), Buffer.from(bytes).toString('base64url')];
    for (let shift = 0; shift < 3; shift++) {
        const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
        // Characters that depend only on the value's bytes: skip the group holding the padding bytes
        // before it, and the last group when bytes of the surrounding text would complete it.
        const start = shift === 0 ? 0 : 4;
        const end = Math.floor((shift + bytes.length) / 3) * 4;
        if (end > start)
            out.push(encoded.slice(start, end));
    }
    return out.filter(f => f.length >= MIN_BASE64);
}
/** Every form of `value` that is masked. */
function secretForms(value) {
    const json = JSON.stringify(value).slice(1, -1);
    const url = encodeURIComponent(value);
    const out = [
        value,
        json,
        url,
        url.replace(/%[0-9A-F]{2}/g, h => h.toLowerCase()),
        new URLSearchParams({ v: value }).toString().slice(2),
        ...base64Forms(value)
    ];
    const lines = value.split(/\r\n|\r|\n/);
    if (lines.length > 1) {
        for (const line of lines)
            out.push(line.trim(), JSON.stringify(line.trim()).slice(1, -1));
    }
    return [...new Set(out)].filter(f => f.length >= MIN_FORM);
}
/** Registers a sensitive value. Values shorter than 4 characters are not masked (they would garble text). */
function registerSecret(value) {
    if (!value || value.length < MIN_FORM || registered.has(value))
        return;
    registered.add(value);
    const added = secretForms(value).filter(f => !forms.has(f));
    for (const form of added)
        forms.add(form);
    ordered = [...forms].sort((a, b) => b.length - a.length);
    for (const listener of listeners)
        for (const form of added)
            listener(form);
}
/** Called for every form of every value registered now and later (the action forwards them to `core.setSecret`). */
function onSecretRegistered(listener) {
    listeners.push(listener);
    for (const form of forms)
        listener(form);
}
function redact(text) {
    let out = text;
    for (const form of ordered) {
        if (out.includes(form))
            out = out.split(form).join('***');
    }
    return out;
}
/** For tests: forget every registered value. */
function clearSecrets() {
    registered.clear();
    forms.clear();
    ordered = [];
}


/***/ }),

/***/ 42613:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 35317:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 76982:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 98995:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 41792:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 26848:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline/promises");

/***/ }),

/***/ 57075:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 58500:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7066:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tty");

/***/ }),

/***/ 73136:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 30714:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 75919:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 16460:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 64756:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 87016:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ (function(module) {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(70486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
