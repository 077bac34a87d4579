export const id = 1263770539;
export const ids = [1263770539];
export const modules = {

/***/ 29240:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SL: () => (/* binding */ fieldProblem),
  vZ: () => (/* reexport */ formatFieldPath),
  j4: () => (/* binding */ hasNode),
  dH: () => (/* binding */ parseJsonDocument)
});

// UNUSED EXPORTS: lineColumn, locate

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/esm/main.js + 5 modules
var main = __webpack_require__(49370);
;// CONCATENATED MODULE: ./src/app/field-path.ts
// A path to a field inside a JSON document, and how problems print it (`config.schedule`,
// `roles[0].name`). Its own module so the parser and its scanners share it without a circle.
/** `config.schedule`, `roles[0].name`, `["%%args.url.host"]`. */
function formatFieldPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out || undefined;
}

// EXTERNAL MODULE: ./src/exact-numbers.ts
var exact_numbers = __webpack_require__(48583);
;// CONCATENATED MODULE: ./src/app/json-scan.ts
// What JSON.parse would lose or choke on, found before or beside it: nesting deeper than a config
// document may have (a pre-scan without recursion, so 100,000 open brackets cannot overflow the
// stack), keys written twice (JSON.parse keeps the last silently, while a diff shows the reader
// either one), and integers JavaScript numbers cannot hold exactly (their digits are remembered, so
// they are sent and compared as written: ../exact-numbers.ts).



/** MongoDB nests documents at most 100 levels deep, so no App Services config can go deeper. */
const MAX_JSON_DEPTH = 100;
/**
 * One pass without recursion (100,000 open brackets cannot overflow the stack) over the text: nesting,
 * the number of keys written and whether any number is long enough to lose digits. A document whose key
 * count equals the parsed value's (countKeys) has no key written twice, since JSON.parse keeps one of
 * each; with no long number either, lossProblems has nothing to find and its slower parse is skipped.
 */
function scanText(file, text) {
    let depth = 0;
    let line = 1;
    let keys = 0;
    let digits = 0;
    let longNumber = false;
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        if (ch >= 48 && ch <= 57) {
            if (++digits >= 16)
                longNumber = true;
            continue;
        }
        digits = 0;
        if (ch === 10)
            line++;
        else if (ch === 34) {
            // A string: skip to its closing quote (a backslash escapes the next character), then see
            // whether a colon follows, which makes it a key.
            for (i++; i < text.length; i++) {
                const c = text.charCodeAt(i);
                if (c === 92)
                    i++;
                else if (c === 34)
                    break;
                else if (c === 10)
                    line++;
            }
            let j = i + 1;
            while (j < text.length && isSpace(text.charCodeAt(j)))
                j++;
            if (text.charCodeAt(j) === 58)
                keys++;
        }
        else if (ch === 123 || ch === 91) {
            if (++depth > MAX_JSON_DEPTH)
                return {
                    tooDeep: {
                        source: file,
                        line,
                        message: `JSON nests deeper than ${MAX_JSON_DEPTH} levels, more than App Services stores; it was not read further`,
                        severity: 'error'
                    },
                    keys,
                    longNumber
                };
        }
        else if (ch === 125 || ch === 93)
            depth--;
    }
    return { tooDeep: undefined, keys, longNumber };
}
function isSpace(ch) {
    return ch === 32 || ch === 10 || ch === 13 || ch === 9;
}
/** The number of own keys of every object in a parsed JSON value (iterative: depth is already bounded). */
function countKeys(value) {
    let count = 0;
    const stack = [value];
    while (stack.length > 0) {
        const item = stack.pop();
        if (item === null || typeof item !== 'object')
            continue;
        if (Array.isArray(item)) {
            for (const element of item)
                stack.push(element);
            continue;
        }
        const record = item;
        const keys = Object.keys(record);
        count += keys.length;
        for (const key of keys)
            stack.push(record[key]);
    }
    return count;
}
/** Warnings for duplicate keys (naming both lines) and for integers that would not survive exactly. */
function lossProblems(file, text) {
    const problems = [];
    const objects = [];
    const field = (path) => {
        const formatted = formatFieldPath(path);
        return formatted ? { field: formatted } : {};
    };
    (0,main/* visit */.YR)(text, {
        onObjectBegin: () => void objects.push(new Map()),
        onObjectEnd: () => void objects.pop(),
        onObjectProperty: (key, _offset, _length, startLine, startCharacter, pathSupplier) => {
            const seen = objects[objects.length - 1];
            const first = seen?.get(key);
            if (first !== undefined) {
                problems.push({
                    source: file,
                    line: startLine + 1,
                    column: startCharacter + 1,
                    ...field([...pathSupplier(), key]),
                    message: `duplicate key ${JSON.stringify(key)} on lines ${first} and ${startLine + 1}: only the later one counts, though a diff may show either`,
                    severity: 'warning'
                });
            }
            else
                seen?.set(key, startLine + 1);
        },
        onLiteralValue: (value, offset, length, startLine, startCharacter, pathSupplier) => {
            if (typeof value !== 'number')
                return;
            const raw = text.slice(offset, offset + length);
            if (!(0,exact_numbers/* isInexactInteger */.li)(raw, value))
                return;
            (0,exact_numbers/* rememberExactInteger */.TR)(value, raw);
            problems.push({
                source: file,
                line: startLine + 1,
                column: startCharacter + 1,
                ...field(pathSupplier()),
                message: `integer ${raw} is past 2^53: realm-deploy sends and compares it with every digit, but a function or a server that reads it as a JavaScript number sees ${String(value)}; write it as a string if every digit matters`,
                severity: 'warning'
            });
        }
    }, { disallowComments: true, allowTrailingComma: false });
    return problems;
}

;// CONCATENATED MODULE: ./src/app/json-file.ts
// Strict JSON parsing with positions: App Services (and realm-cli's Go `encoding/json`) take plain
// JSON, so comments and trailing commas are errors here, not silently accepted. jsonc-parser gives
// the syntax tree, which maps a field path back to a line and column for every later problem.




const parseOptions = { allowTrailingComma: false, disallowComments: true, allowEmptyContent: false };
/**
 * Parses `text` (a leading UTF-8 BOM is accepted) and returns the document and its syntax problems.
 * A valid file is read by JSON.parse alone; its syntax tree, needed only to place a problem, is built
 * on first use. jsonc-parser reads a file only when JSON.parse fails (to place the error) or when the
 * scan finds a key written twice or a long number (lossProblems).
 */
function parseJsonDocument(file, raw) {
    const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    const scan = scanText(file, text);
    if (scan.tooDeep)
        return { doc: { file, text, tree: undefined, value: undefined, ok: false }, problems: [scan.tooDeep] };
    let value;
    try {
        // JSON.parse builds ordinary objects (jsonc-parser's have no prototype) with the same last-wins rule.
        value = JSON.parse(text);
    }
    catch {
        const errors = [];
        const tree = (0,main/* parseTree */.cZ)(text, errors, parseOptions);
        // Both parsers take plain JSON: what JSON.parse refuses, jsonc-parser places.
        const problem = errors[0]
            ? syntaxProblem(file, text, errors[0])
            : { source: file, line: 1, column: 1, message: 'invalid JSON', severity: 'error' };
        return { doc: { file, text, tree, value: undefined, ok: false }, problems: [problem] };
    }
    // Warnings only: the run goes on (a strict mode may turn them into errors).
    const problems = scan.longNumber || scan.keys !== countKeys(value) ? lossProblems(file, text) : [];
    return { doc: lazyTreeDocument(file, text, value), problems };
}
function lazyTreeDocument(file, text, value) {
    let tree;
    let built = false;
    return {
        file,
        text,
        value,
        ok: true,
        get tree() {
            if (!built) {
                tree = (0,main/* parseTree */.cZ)(text, [], parseOptions);
                built = true;
            }
            return tree;
        }
    };
}
function syntaxProblem(file, text, error) {
    const { line, column } = text.trim() === '' ? { line: 1, column: 1 } : lineColumn(text, error.offset);
    return { source: file, line, column, message: describeSyntaxError(text, error), severity: 'error' };
}
function describeSyntaxError(text, error) {
    const code = (0,main/* printParseErrorCode */._n)(error.error);
    if (text.trim() === '')
        return 'the file is empty; it must hold a JSON document';
    if (code === 'InvalidCommentToken')
        return 'comments are not allowed in JSON';
    const before = text.slice(0, error.offset).trimEnd();
    const after = text.slice(error.offset).trimStart();
    if (before.endsWith(',') && (after.startsWith('}') || after.startsWith(']'))) {
        return 'trailing comma: JSON does not allow a comma before a closing bracket';
    }
    const readable = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return `invalid JSON: ${readable}`;
}
/** 1-based line and column of a character offset. */
function lineColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < offset && i < text.length; i++) {
        if (text.charCodeAt(i) === 10) {
            line++;
            lineStart = i + 1;
        }
    }
    return { line, column: offset - lineStart + 1 };
}
/** Line and column of the deepest existing node on `path` (the property name when there is one). */
function locate(doc, path) {
    if (!doc.tree)
        return {};
    for (let depth = path.length; depth >= 0; depth--) {
        const node = (0,main/* findNodeAtLocation */.Wc)(doc.tree, [...path.slice(0, depth)]);
        if (!node)
            continue;
        // For an object property, point at its key, where an editor would show the field.
        const target = node.parent?.type === 'property' ? node.parent : node;
        return lineColumn(doc.text, target.offset);
    }
    return {};
}
/** Whether the document has a node exactly at `path`. */
function hasNode(doc, path) {
    return doc.tree !== undefined && (0,main/* findNodeAtLocation */.Wc)(doc.tree, [...path]) !== undefined;
}
/** A problem about the field at `path` of `doc`, positioned when the field exists. */
function fieldProblem(doc, path, message, severity = 'error') {
    const field = formatFieldPath(path);
    return { source: doc.file, ...locate(doc, path), ...(field ? { field } : {}), message, severity };
}


/***/ }),

/***/ 19870:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ isV1Layout),
/* harmony export */   br: () => (/* binding */ ENVIRONMENT_NAMES),
/* harmony export */   e6: () => (/* binding */ LAYOUT_ROOT_FILES),
/* harmony export */   mQ: () => (/* binding */ triggerFunctionName)
/* harmony export */ });
const LAYOUT_ROOT_FILES = {
    '20230101': 'root_config.json',
    '20210101': 'realm_config.json',
    '20200603': 'config.json',
    '20180301': 'stitch.json'
};
/** Both v1 layouts share one directory structure (realm-cli's `structure_v1.go`). */
function isV1Layout(layout) {
    return layout === '20200603' || layout === '20180301';
}
/** The active-environment names the API accepts (`""` = none). */
const ENVIRONMENT_NAMES = ['', 'development', 'testing', 'qa', 'production'];
/** The function a trigger calls, wherever the file put it. */
function triggerFunctionName(trigger) {
    const processor = trigger.event_processors.FUNCTION;
    const name = processor?.config?.function_name;
    return typeof name === 'string' ? name : undefined;
}


/***/ }),

/***/ 3975:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ findAppRoot)
/* harmony export */ });
/* unused harmony export MAX_PARENT_DIRS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _json_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29240);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(19870);
// Finds the app directory from a starting directory the way realm-cli does (admin-api-notes §3 step 1):
// look in the directory and up to 8 parents for a root file; `.mdb/meta.json` or `.mdb/app_meta.json`
// `config_version` picks the file when present. `root_config.json` (20230101, which has no
// config_version of its own), `realm_config.json` and `stitch.json` are unambiguous names. A
// `config.json` only counts with a `config_version`, because every app has other `config.json` files
// (`graphql/config.json`, `functions/config.json`): starting inside one of those folders walks up.





/** realm-cli's `maxDirectoryContainSearchDepth`. */
const MAX_PARENT_DIRS = 8;
const LAYOUT_BY_VERSION = new Map(Object.keys(_model_js__WEBPACK_IMPORTED_MODULE_4__/* .LAYOUT_ROOT_FILES */ .e6).map(layout => [Number(layout), layout]));
const META_FILES = ['.mdb/meta.json', '.mdb/app_meta.json'];
/** Newest first: when a directory holds two root files, the newer layout is the one in use. */
const ROOT_FILES = [
    ['root_config.json', '20230101'],
    ['realm_config.json', '20210101'],
    ['config.json', '20200603'],
    ['stitch.json', '20180301']
];
async function findAppRoot(start) {
    const first = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(start);
    if (!(await isDirectory(first))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([
            { source: '--app-dir', message: `'${start}' is not a directory`, severity: 'error' }
        ]);
    }
    const passedOver = [];
    let dir = first;
    for (let depth = 0; depth <= MAX_PARENT_DIRS; depth++) {
        const found = await inspectDirectory(dir, passedOver);
        if (found)
            return found;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            break;
        dir = parent;
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([
        {
            source: '--app-dir',
            message: `no App Services app found in '${first}' or its ${MAX_PARENT_DIRS} parent directories: expected ` +
                'root_config.json, realm_config.json, config.json (with config_version) or stitch.json',
            severity: 'error'
        },
        ...passedOver
    ]);
}
async function inspectDirectory(dir, passedOver) {
    const problems = [];
    const byMeta = await layoutFromMeta(dir, problems);
    if (byMeta) {
        const rootFile = _model_js__WEBPACK_IMPORTED_MODULE_4__/* .LAYOUT_ROOT_FILES */ .e6[byMeta.layout];
        if (!(await isFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, rootFile)))) {
            const message = `config_version ${byMeta.layout} expects ${rootFile}, which does not exist in '${dir}'`;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([{ source: byMeta.metaFile, message, severity: 'error' }, ...problems]);
        }
        return { root: dir, layout: byMeta.layout, rootFile, metaFile: byMeta.metaFile, problems };
    }
    const present = [];
    for (const [file, layout] of ROOT_FILES) {
        if (!(await isFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, file))))
            continue;
        if (file !== 'config.json' || (await isVersionedConfig(dir, passedOver)))
            present.push([file, layout]);
    }
    if (present.length === 0)
        return undefined;
    const [[rootFile, layout], ...ignored] = present;
    for (const [file] of ignored) {
        problems.push({
            source: file,
            message: `ignored: ${rootFile} is the root file of this app`,
            severity: 'warning'
        });
    }
    return { root: dir, layout, rootFile, problems };
}
async function layoutFromMeta(dir, problems) {
    for (const metaFile of META_FILES) {
        const text = await readIfFile(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, metaFile));
        if (text === undefined)
            continue;
        const { doc } = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonDocument */ .dH)(metaFile, text);
        const version = doc.value?.config_version;
        const layout = typeof version === 'number' ? LAYOUT_BY_VERSION.get(version) : undefined;
        if (layout)
            return { layout, metaFile };
        const why = doc.ok
            ? `has no known config_version (${JSON.stringify(version ?? null)})`
            : 'is not valid JSON';
        problems.push({
            source: metaFile,
            message: `${why}; ignored, the layout comes from the root file`,
            severity: 'warning'
        });
    }
    return undefined;
}
async function isVersionedConfig(dir, passedOver) {
    const file = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'config.json');
    const { doc, problems } = (0,_json_file_js__WEBPACK_IMPORTED_MODULE_3__/* .parseJsonDocument */ .dH)(file, (await readIfFile(file)) ?? '');
    const version = doc.value?.config_version;
    if (typeof version === 'number')
        return true;
    passedOver.push(...problems, ...(doc.ok
        ? [
            {
                source: file,
                message: 'has no config_version, so it is not an app root (a nested config.json)',
                severity: 'warning'
            }
        ]
        : []));
    return false;
}
async function isDirectory(p) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p).catch(() => undefined))?.isDirectory() ?? false;
}
async function isFile(p) {
    return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p).catch(() => undefined))?.isFile() ?? false;
}
async function readIfFile(p) {
    return (await isFile(p)) ? (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(p, 'utf8') : undefined;
}


/***/ }),

/***/ 48583:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ rememberServedIntegers),
/* harmony export */   TR: () => (/* binding */ rememberExactInteger),
/* harmony export */   Z0: () => (/* binding */ sameExactly),
/* harmony export */   bS: () => (/* binding */ stringifyServed),
/* harmony export */   li: () => (/* binding */ isInexactInteger),
/* harmony export */   zX: () => (/* binding */ stringifyExact)
/* harmony export */ });
/* unused harmony export clearExactIntegers */
/* harmony import */ var jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49370);
// Integers beyond 2^53 as they were written. JSON.parse turns `12345678901234567891` into the nearest
// double, and JSON.stringify would send that double's digits (…7000): a silent change. Both readers
// remember the digits of every such integer, keyed by the double it became: the config reader
// (src/app/json-scan.ts) the repository's, the Admin API client (src/admin/http.ts) the server's.
// Request bodies are written with `stringifyExact`, which puts the repository's digits back, and the
// plan compares with `sameExactly`, so a change in the last digits is a change.

/**
 * double -> the digits last read for it. The latest reading wins on both sides: a config file read
 * again after an edit, or a server answer after a write, is what holds now. (Two different integers
 * of one app that round to the same double would share an entry: past 2^53 doubles are 2,048 or more
 * apart, so that takes two values within a few thousand of each other.)
 */
const digitsOf = {
    repository: new Map(),
    server: new Map()
};
// A per-process nonce: no string from a config file can look like a placeholder. A file written
// before the process started cannot guess it, so Math.random's 2 x 52 bits serve: node:crypto would
// cost every command that reads a config file (validate among them) a few milliseconds to load.
const nonce = [Math.random(), Math.random()].map(n => n.toString(36).slice(2)).join('');
const placeholder = new RegExp(`"\\\\u0000exact-${nonce}-(\\d+)\\\\u0000"`, 'g');
/** True when `raw` is an integer literal that `value` (what JSON.parse made of it) does not hold. */
function isInexactInteger(raw, value) {
    if (!/^-?\d+$/.test(raw) || Number.isSafeInteger(value))
        return false;
    return !Number.isFinite(value) || BigInt(value) !== BigInt(raw);
}
/** Records that `value` was written as `raw` (an integer literal past 2^53). */
function rememberExactInteger(value, raw, side = 'repository') {
    digitsOf[side].set(value, raw);
}
/** Remembers the server's digits of every integer past 2^53 in a response body. */
function rememberServedIntegers(text) {
    // A quick look first: most bodies have no run of 16 digits at all.
    if (!/\d{16}/.test(text))
        return;
    (0,jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(text, {
        onLiteralValue: (value, offset, length) => {
            if (typeof value !== 'number')
                return;
            const raw = text.slice(offset, offset + length);
            if (isInexactInteger(raw, value))
                rememberExactInteger(value, raw, 'server');
        }
    });
}
/** JSON.stringify, with each integer the repository wrote past 2^53 written with its digits. */
function stringifyExact(value) {
    return stringifyWith(value, v => digitsOf.repository.get(v));
}
/**
 * Whether a repository value and a server value are the same. Integers past 2^53 are compared by
 * their digits where the server kept digits of its own; a server that holds only the double (it
 * answers with the double's digits) cannot store more, so there the doubles are compared.
 */
function sameExactly(repository, server) {
    const plain = JSON.stringify(repository) === JSON.stringify(server);
    if (!plain || digitsOf.repository.size === 0 || digitsOf.server.size === 0)
        return plain;
    const kept = (v) => {
        const served = digitsOf.server.get(v);
        if (!served || served === JSON.stringify(v) || served === BigInt(v).toString())
            return undefined;
        return served;
    };
    const fromRepository = (v) => (kept(v) === undefined ? undefined : digitsOf.repository.get(v));
    return stringifyWith(repository, fromRepository) === stringifyWith(server, kept);
}
/** JSON.stringify for what came from the server (`pull`'s files), with the server's digits. */
function stringifyServed(value, space) {
    return stringifyWith(value, v => digitsOf.server.get(v), space);
}
function stringifyWith(value, digitsFor, space) {
    const digits = [];
    const text = JSON.stringify(value, (_key, v) => {
        const raw = typeof v === 'number' && !Number.isSafeInteger(v) ? digitsFor(v) : undefined;
        if (!raw)
            return v;
        digits.push(raw);
        return `\u0000exact-${nonce}-${digits.length - 1}\u0000`;
    }, space);
    return digits.length === 0 ? text : text.replace(placeholder, (_m, i) => digits[Number(i)]);
}
/** For tests: forget every remembered integer. */
function clearExactIntegers() {
    digitsOf.repository.clear();
    digitsOf.server.clear();
}


/***/ })

};
