export const id = 1236553810;
export const ids = [1236553810];
export const modules = {

/***/ 6248:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ defaultAttrs),
/* harmony export */   JJ: () => (/* binding */ isDefaultContentType),
/* harmony export */   xc: () => (/* binding */ isKnownContentType)
/* harmony export */ });
/* unused harmony exports LEGACY_CONTENT_TYPE_ALIASES, defaultContentType */
/* harmony import */ var mime_db__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99829);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The Content-Type an asset gets when hosting/metadata.json has no entry for it.
//
// Choice for `.js` (and the few other extensions where realm-cli's own table used a legacy name):
// new uploads get the current standard type from mime-db (`text/javascript`, RFC 9239), not the
// `application/x-javascript` realm-cli sent. Browsers treat both as JavaScript, so an asset already
// served with the legacy name is not wrong, only old. To spare a user switching from realm-cli a first
// deploy that re-PATCHes every .js file for no visible effect, `isDefaultContentType` accepts the legacy
// names as the default, and `diffAssets` leaves such assets alone when metadata.json does not name a type.


/**
 * Legacy names of the same format that realm-cli sent or web servers still send, keyed by the type we
 * choose. realm-cli's table (admin-api-notes §4.7) differs from mime-db on these web extensions.
 */
const LEGACY_CONTENT_TYPE_ALIASES = {
    'text/javascript': ['application/x-javascript', 'application/javascript'],
    'image/vnd.microsoft.icon': ['image/x-icon'],
    'audio/wav': ['audio/x-wav'],
    'application/gzip': ['application/x-gzip'],
    'application/rtf': ['text/rtf'],
    'audio/ogg': ['application/ogg']
};
/** Where mime-db's own ranking picks a type a browser would not play or show inline. */
const PREFERRED_BY_EXTENSION = {
    mp4: 'video/mp4',
    mpg4: 'video/mp4'
};
let byExtension;
/** The Content-Type for a path from its extension (case-insensitive), or undefined. */
function defaultContentType(path) {
    const extension = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.extname)(path).slice(1).toLowerCase();
    if (!extension)
        return undefined;
    byExtension ??= buildExtensionMap();
    return byExtension.get(extension);
}
const attrsByType = new Map();
const noAttrs = Object.freeze([]);
/** The attrs of an asset without a metadata.json entry: its Content-Type, or none. Shared, frozen. */
function defaultAttrs(path) {
    const type = defaultContentType(path);
    if (!type)
        return noAttrs;
    let attrs = attrsByType.get(type);
    if (!attrs) {
        // One frozen list per type: twenty thousand .html files need not carry twenty thousand copies.
        attrs = Object.freeze([Object.freeze({ name: 'Content-Type', value: type })]);
        attrsByType.set(type, attrs);
    }
    return attrs;
}
/** True when `value` is the default Content-Type of `path` or a legacy name of it. */
function isDefaultContentType(path, value) {
    const type = defaultContentType(path);
    if (type === undefined)
        return false;
    return value === type || (LEGACY_CONTENT_TYPE_ALIASES[type] ?? []).includes(value);
}
function buildExtensionMap() {
    const map = new Map();
    const scores = new Map();
    for (const [type, entry] of Object.entries(mime_db__WEBPACK_IMPORTED_MODULE_0__)) {
        for (const extension of entry.extensions ?? []) {
            const score = typeScore(type, entry.source);
            if (score > (scores.get(extension) ?? -1)) {
                map.set(extension, type);
                scores.set(extension, score);
            }
        }
    }
    for (const [extension, type] of Object.entries(PREFERRED_BY_EXTENSION))
        map.set(extension, type);
    return map;
}
const FACET_SCORES = { 'prs.': 100, 'x-': 200, 'x.': 300, 'vnd.': 400 };
const SOURCE_SCORES = { nginx: 10, apache: 20, iana: 40 };
const TOP_LEVEL_SCORES = { application: 1, font: 2 };
/**
 * Several types claim some extensions (`.js`: text/javascript and application/javascript). Prefer a
 * standard subtree over vnd./x-/prs., then the IANA registry over Apache and nginx, then application/
 * and font/ types, then the shorter name (the ranking of the `mime-types` package).
 */
function typeScore(type, source) {
    if (type === 'application/octet-stream')
        return 0;
    const [top, subtype] = type.split('/');
    const facet = /^(vnd\.|x-|x\.|prs\.)/.exec(subtype)?.[1];
    const facetScore = FACET_SCORES[facet ?? ''] ?? 900;
    const sourceScore = SOURCE_SCORES[source ?? ''] ?? 30;
    const topScore = TOP_LEVEL_SCORES[top] ?? 0;
    return facetScore + sourceScore + topScore + (1 - type.length / 100);
}
/**
 * True when the media type of a Content-Type value (parameters such as `; charset=utf-8` aside) is one
 * the MIME database knows. `application/html` or `image/*` upload fine and then make browsers download
 * or refuse the file: worth a warning, not an error (a private type can be on purpose).
 */
function isKnownContentType(value) {
    const type = value.split(';')[0].trim().toLowerCase();
    return Object.hasOwn(mime_db__WEBPACK_IMPORTED_MODULE_0__, type);
}


/***/ }),

/***/ 16479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Eh: () => (/* binding */ digestFiles)
});

// UNUSED EXPORTS: defaultWorkerCount, hashFiles

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/hosting/hash-file.ts
// The one implementation of "MD5 and size of a file", as JavaScript source text. It runs in the
// hashing workers and, for a handful of files, on the calling thread. It is a string because the CLI
// and the action are bundled with ncc: a worker built from a source string (`eval: true`) needs no file
// next to the bundle, and no bundler or coverage tool rewrites the code inside it.


/** Bytes read per `readSync`: large enough to keep syscalls cheap, small enough to stay in cache. */
const READ_BUFFER_BYTES = 1024 * 1024;
// Reads with a fixed buffer, so memory does not grow with the file. O_NOFOLLOW: the scanner resolved
// every symbolic link it allows, so a link found here was swapped in after the check and is refused;
// O_NONBLOCK: a pipe swapped in fails instead of blocking. Most assets fit in one read, so the size is
// only asked (fstat) of files larger than the buffer, to refuse an oversized one before reading it all.
// Reading until end of file (not until the fstat size) keeps hash and size consistent.
const HASH_FILE_SOURCE = `
function hashFile(path, maxSize, buffer) {
  let fd
  try {
    const { O_RDONLY, O_NOFOLLOW, O_NONBLOCK } = fs.constants
    fd = fs.openSync(path, O_RDONLY | (O_NOFOLLOW || 0) | (O_NONBLOCK || 0))
    const hash = crypto.createHash('md5')
    let size = 0
    for (;;) {
      const read = fs.readSync(fd, buffer, 0, buffer.length, null)
      if (read === 0) break
      if (size === 0 && read === buffer.length) {
        const stat = fs.fstatSync(fd)
        if (!stat.isFile()) return { error: 'not a regular file' }
        if (stat.size > maxSize) return { tooLarge: stat.size }
      }
      hash.update(read === buffer.length ? buffer : buffer.subarray(0, read))
      size += read
      if (size > maxSize) return { tooLarge: size }
    }
    return [hash.digest('hex'), size]
  } catch (error) {
    return { error: error && error.code ? error.code : String(error) }
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}
`;
let inThread;
/** Hashes one file on the calling thread with the same source the workers run. */
function hashFileInThread(path, maxSize, buffer) {
    // The source is a constant of this module, never user input.
    inThread ??= new Function('fs', 'crypto', `${HASH_FILE_SOURCE}\nreturn hashFile`)(external_node_fs_, external_node_crypto_);
    return toFileDigest(inThread(path, maxSize, buffer));
}
function toFileDigest(raw) {
    if (Array.isArray(raw))
        return { kind: 'hashed', hash: raw[0], size: raw[1] };
    if ('tooLarge' in raw)
        return { kind: 'too-large', size: raw.tooLarge };
    return { kind: 'unreadable', reason: raw.error };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/hosting/hash-pool.ts
// Hashing shared between the calling thread and a pool of worker threads. The calling thread starts
// hashing at once, one file at a time in short slices (between them it hands batches to the workers
// and takes their results), so the first file is hashed before any worker exists. Workers are started
// only while the work left, as measured on the calling thread, outlasts what a worker costs to start:
// a handful of files never starts one, a large folder gets one per spare core. A worker gets work only
// once it reports ready, in batches whose size shrinks as the work runs out (so everyone finishes
// together); each worker has at most two batches queued, so memory stays flat, and reuses one buffer.





const WORKER_SOURCE = `
const fs = require('node:fs')
const crypto = require('node:crypto')
const { parentPort, workerData } = require('node:worker_threads')
${HASH_FILE_SOURCE}
const buffer = Buffer.allocUnsafe(workerData.bufferBytes)
parentPort.on('message', ({ start, paths }) => {
  parentPort.postMessage({ start, results: paths.map(path => hashFile(path, workerData.maxSize, buffer)) })
})
parentPort.postMessage({ ready: true })
`;
/** Upper bound of paths per message; batches get smaller towards the end of the work. */
const MAX_BATCH = 256;
const BATCHES_IN_FLIGHT = 2;
/**
 * What starting a hashing worker costs before it hashes its first byte, measured on the bench machine
 * (2 cores): 30 ms quiet, 65 ms at a load average of 10. The calling thread hashes about 1,000 files of
 * 1–20 KB or 16 MiB in that time (40 µs a small file, 2.5 ms a MiB), so less work is never worth a worker.
 */
const WORKER_START_MS = 40;
/** The longest the calling thread hashes before it looks at the workers' messages again. */
const SLICE_MS = 8;
/** Worker threads worth having: one per core besides the calling thread's, at most 8. */
function hash_pool_spareCores() {
    return Math.max(0, Math.min(8, (0,external_node_os_.availableParallelism)() - 1));
}
/** Hashes `paths` on this thread and in workers; the result at index i is for `paths[i]`. */
function digestShared(paths, options) {
    const digests = new Array(paths.length);
    if (paths.length === 0)
        return Promise.resolve(digests);
    if (options.signal?.aborted)
        return Promise.reject(new errors/* CancelledError */.cc());
    const queue = workQueue(paths, options.maxWorkers + 1);
    return new Promise((resolve, reject) => {
        const workers = [];
        let done = 0;
        let settled = false;
        const finish = (error) => {
            if (settled)
                return;
            settled = true;
            options.signal?.removeEventListener('abort', onAbort);
            for (const worker of workers)
                void worker.terminate();
            if (error)
                reject(error);
            else
                resolve(digests);
        };
        const onAbort = () => finish(new errors/* CancelledError */.cc());
        const record = (start, results) => {
            results.forEach((digest, i) => (digests[start + i] = digest));
            done += results.length;
            if (done === paths.length)
                finish();
        };
        const receive = (worker, message) => {
            if (!('ready' in message))
                record(message.start, message.results.map(toFileDigest));
            if (settled)
                return;
            // A ready worker fills its queue; a worker that returned a batch gets one more.
            const wanted = 'ready' in message ? BATCHES_IN_FLIGHT : 1;
            for (let b = 0; b < wanted; b++) {
                const batch = queue.take();
                if (batch)
                    worker.postMessage(batch);
            }
        };
        const addWorker = () => {
            workers.push(startWorker(options.maxSize, receive, finish));
            options.onWorkerStart?.();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        for (let i = 0; i < options.workers; i++)
            addWorker();
        const here = hashHere(queue, options, record, () => settled);
        const slice = () => {
            if (settled)
                return;
            if (options.signal?.aborted)
                return finish(new errors/* CancelledError */.cc());
            if (!here.hashSlice())
                return; // the rest is with the workers
            if (workers.length < options.maxWorkers && here.leftMs(workers.length) > WORKER_START_MS)
                addWorker();
            setImmediate(slice);
        };
        // Asynchronously, so a caller's abort right after the call is seen before any work.
        setImmediate(slice);
    });
}
/** The calling thread's share: single files taken from the queue, timed so the pool can be sized. */
function hashHere(queue, options, record, settled) {
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    let hashed = 0;
    let spentMs = 0;
    return {
        /** Hashes for up to SLICE_MS; false once the queue is empty. */
        hashSlice() {
            const begin = external_node_perf_hooks_.performance.now();
            while (!settled() && external_node_perf_hooks_.performance.now() - begin < SLICE_MS) {
                const batch = queue.take(1);
                if (!batch)
                    return false;
                record(batch.start, [hashFileInThread(batch.paths[0], options.maxSize, buffer)]);
                hashed++;
            }
            spentMs += external_node_perf_hooks_.performance.now() - begin;
            return !settled();
        },
        /** The time the work not yet handed out would take, shared by this thread and `workers`. */
        leftMs(workers) {
            return hashed === 0 ? 0 : ((spentMs / hashed) * queue.left()) / (workers + 1);
        }
    };
}
/**
 * Hands out consecutive slices of `paths`, each a quarter of the remaining work per hasher (at most
 * MAX_BATCH), or `size` paths when asked: few messages early on, single files at the end.
 */
function workQueue(paths, hashers) {
    let next = 0;
    return {
        take(size) {
            if (next >= paths.length)
                return undefined;
            const count = size ?? Math.min(MAX_BATCH, Math.ceil((paths.length - next) / (hashers * 4)));
            const batch = { start: next, paths: paths.slice(next, next + count) };
            next += count;
            return batch;
        },
        left: () => paths.length - next
    };
}
function startWorker(maxSize, receive, fail) {
    const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { bufferBytes: READ_BUFFER_BYTES, maxSize }
    });
    worker.on('message', (message) => receive(worker, message));
    worker.on('error', error => fail(new Error(`a hashing worker failed: ${error.message}`)));
    worker.on('exit', code => fail(new Error(`a hashing worker stopped early (exit code ${code})`)));
    return worker;
}

// EXTERNAL MODULE: ./src/hosting/types.ts
var types = __webpack_require__(4415);
;// CONCATENATED MODULE: ./src/hosting/hash.ts
// Hashing many files: on the calling thread from the first file, helped by worker threads when the
// work is large enough to pay for starting them (hash-pool.ts sizes the pool to the work as it goes).




/** The hashing threads on this machine: one per core, at most 8 (the calling thread is one of them). */
function defaultWorkerCount() {
    return spareCores() + 1;
}
/** MD5 and size of each file, in the order of `paths`. Problems are results, not exceptions. */
async function digestFiles(paths, options = {}) {
    const maxSize = options.maxSize ?? types/* MAX_ASSET_SIZE */.Oj;
    const { workers, signal } = options;
    if (workers === 0)
        return digestInThread(paths, maxSize, signal);
    // Unset: no worker at first, as many as the work proves worth having. Given: that many at once.
    const maxWorkers = workers ?? hash_pool_spareCores();
    return digestShared(paths, { workers: workers ?? 0, maxWorkers, maxSize, signal });
}
/** Lowercase hex MD5 of each file, in the order of `paths`; throws when a file cannot be hashed. */
async function hashFiles(paths, options = {}) {
    const digests = await digestFiles(paths, options);
    return digests.map((digest, i) => {
        if (digest.kind === 'hashed')
            return digest.hash;
        const why = digest.kind === 'too-large' ? `larger than ${options.maxSize ?? MAX_ASSET_SIZE} bytes` : digest.reason;
        throw new Error(`cannot hash ${paths[i]}: ${why}`);
    });
}
function digestInThread(paths, maxSize, signal) {
    if (signal?.aborted)
        throw new errors/* CancelledError */.cc();
    const buffer = Buffer.allocUnsafe(READ_BUFFER_BYTES);
    return paths.map(path => hashFileInThread(path, maxSize, buffer));
}


/***/ }),

/***/ 69965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ parseHostingMetadata)
/* harmony export */ });
/* harmony import */ var _content_type_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6248);
/* harmony import */ var jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(49370);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4415);
// Reads hosting/metadata.json: the explicit attrs of assets, `[{"path": "/index.html", "attrs": [...]}]`.
// Strict JSON (no comments, no trailing commas; a BOM is accepted), every problem with its line.



const source = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .HOSTING_METADATA_FILE */ .Aq;
/** Parses the text of metadata.json. Never throws: every mistake is a Problem. */
function parseHostingMetadata(text) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    if (body.trim() === '') {
        return {
            entries: new Map(),
            problems: [
                { source, line: 1, column: 1, message: 'is empty; write [] for no entries', severity: 'error' }
            ]
        };
    }
    const locate = lineLocator(body);
    const errors = [];
    const root = (0,jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTree */ .cZ)(body, errors, { disallowComments: true, allowTrailingComma: false });
    const problems = errors.map(error => ({
        source,
        ...locate(error.offset),
        message: `not valid JSON: ${describeParseError((0,jsonc_parser_lib_esm_main_js__WEBPACK_IMPORTED_MODULE_1__/* .printParseErrorCode */ ._n)(error.error))}`,
        severity: 'error'
    }));
    if (problems.length > 0 || !root)
        return { entries: new Map(), problems };
    if (root.type !== 'array') {
        problems.push(at(locate, root, '', 'must be an array of {"path", "attrs"} entries'));
        return { entries: new Map(), problems };
    }
    const entries = new Map();
    root.children?.forEach((node, index) => {
        const entry = readEntry(node, `[${index}]`, locate, problems);
        if (!entry)
            return;
        const earlier = entries.get(entry.path);
        if (earlier) {
            problems.push(at(locate, node, entry.field, `a second entry for ${entry.path} (the first is on line ${earlier.line})`));
        }
        else {
            entries.set(entry.path, entry);
        }
    });
    return { entries, problems };
}
function readEntry(node, field, locate, problems) {
    if (node.type !== 'object') {
        problems.push(at(locate, node, field, 'must be an object {"path": "/file", "attrs": [...]}'));
        return undefined;
    }
    const props = propertiesOf(node);
    for (const [key, prop] of props) {
        if (key !== 'path' && key !== 'attrs') {
            problems.push({
                ...at(locate, prop, `${field}.${key}`, `unknown key '${key}' is ignored`),
                severity: 'warning'
            });
        }
    }
    const path = readEntryPath(node, props.get('path'), field, locate, problems);
    const attrs = readAttrs(node, props.get('attrs'), `${field}.attrs`, locate, problems);
    if (path === undefined || attrs === undefined)
        return undefined;
    return { path, attrs, line: locate(node.offset).line, field };
}
function readEntryPath(entry, node, field, locate, problems) {
    const pathField = `${field}.path`;
    if (!node || node.type !== 'string') {
        problems.push(at(locate, node ?? entry, pathField, 'must be a string such as "/index.html"'));
        return undefined;
    }
    const path = node.value;
    const reason = entryPathProblem(path);
    if (reason) {
        const ignorable = path === '' || path === '/' || !path.startsWith('/');
        problems.push({ ...at(locate, node, pathField, reason), severity: ignorable ? 'warning' : 'error' });
        return undefined;
    }
    return path.normalize('NFC');
}
/** Why a metadata path cannot name a file, or undefined when it can. */
function entryPathProblem(path) {
    // Exports of older apps carry an entry for the root directory; it names no file, so it is skipped.
    if (path === '' || path === '/')
        return `the entry for the root directory ('${path}') is ignored`;
    // App Services matches entries to files by their full path, so this one applies to no file.
    if (!path.startsWith('/'))
        return `path '${path}' does not start with '/', so it matches no file and its attrs are not applied (write '/${path}' to apply them)`;
    const segments = path.slice(1).split('/');
    if (segments.some(s => s === '..' || s === '.'))
        return `path '${path}' must not contain '.' or '..' segments`;
    if (segments.some(s => s === ''))
        return `path '${path}' has an empty segment ('//' or a trailing '/')`;
    return undefined;
}
function readAttrs(entry, node, field, locate, problems) {
    // Exports write `"attrs": null` for an asset without explicit attributes.
    if (!node || node.type === 'null')
        return [];
    if (node.type !== 'array') {
        problems.push(at(locate, node, field, 'must be an array of {"name", "value"} (use [] for none)'));
        return undefined;
    }
    const attrs = [];
    const before = problems.length;
    node.children?.forEach((child, index) => {
        const attr = readAttr(child, `${field}[${index}]`, locate, problems);
        if (!attr)
            return;
        if (attrs.some(a => a.name === attr.name)) {
            problems.push(at(locate, child, `${field}[${index}].name`, `${attr.name} is set twice`));
        }
        attrs.push(attr);
    });
    return problems.slice(before).some(p => p.severity === 'error') ? undefined : attrs;
}
function readAttr(node, field, locate, problems) {
    if (node.type !== 'object') {
        problems.push(at(locate, node, field, 'must be an object {"name": "Content-Type", "value": "text/html"}'));
        return undefined;
    }
    const props = propertiesOf(node);
    const name = props.get('name');
    const value = props.get('value');
    if (!name || name.type !== 'string') {
        problems.push(at(locate, name ?? node, `${field}.name`, 'must be a string'));
        return undefined;
    }
    if (!value || value.type !== 'string') {
        problems.push(at(locate, value ?? node, `${field}.value`, 'must be a string'));
        return undefined;
    }
    const attrName = name.value;
    if (!_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ALLOWED_ATTRIBUTE_NAMES */ .Hy.includes(attrName)) {
        problems.push(at(locate, name, `${field}.name`, unknownAttributeMessage(attrName)));
        return undefined;
    }
    if (attrName === 'Content-Type' && !(0,_content_type_js__WEBPACK_IMPORTED_MODULE_0__/* .isKnownContentType */ .xc)(value.value)) {
        const message = `Content-Type '${String(value.value)}' is not in the MIME database: browsers may download or refuse the file (e.g. text/html, image/png)`;
        problems.push({ ...at(locate, value, `${field}.value`, message), severity: 'warning' });
    }
    return { name: attrName, value: value.value };
}
function unknownAttributeMessage(name) {
    const spelled = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ALLOWED_ATTRIBUTE_NAMES */ .Hy.find(allowed => allowed.toLowerCase() === name.toLowerCase());
    const hint = spelled ? `did you mean '${spelled}'? Names are case-sensitive` : 'App Services accepts only';
    return `attribute '${name}' is not allowed: ${hint} (${_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ALLOWED_ATTRIBUTE_NAMES */ .Hy.join(', ')})`;
}
/** The value nodes of an object's properties, by key (the last one wins, as in JSON.parse). */
function propertiesOf(node) {
    const props = new Map();
    for (const prop of node.children ?? []) {
        const [key, value] = prop.children ?? [];
        if (key && value)
            props.set(String(key.value), value);
    }
    return props;
}
function at(locate, node, field, message) {
    return { source, ...locate(node.offset), ...(field ? { field } : {}), message, severity: 'error' };
}
/** Maps an offset to a 1-based line and column. */
function lineLocator(text) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        starts.push(i + 1);
    return offset => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    };
}
function describeParseError(code) {
    const words = {
        InvalidCommentToken: 'comments are not allowed',
        PropertyNameExpected: 'a property name in double quotes was expected (no trailing commas)',
        ValueExpected: 'a value was expected (no trailing commas)',
        CommaExpected: 'a comma was expected',
        ColonExpected: 'a colon was expected',
        CloseBraceExpected: "a '}' was expected",
        CloseBracketExpected: "a ']' was expected",
        EndOfFileExpected: 'unexpected text after the end'
    };
    return words[code] ?? code;
}


/***/ }),

/***/ 15114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ isInside),
/* harmony export */   O: () => (/* binding */ compareCodePoints)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Asset paths: ordering them by code point, and keeping reads inside the app directory.

/**
 * Orders strings by Unicode code point, which is also UTF-8 byte order. JavaScript's `<` compares
 * UTF-16 code units, which puts astral characters (emoji) before U+E000..U+FFFF; this remaps the
 * first differing unit so surrogates sort above the rest of the BMP.
 */
function compareCodePoints(a, b) {
    const length = Math.min(a.length, b.length);
    for (let i = 0; i < length; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return codePointRank(x) - codePointRank(y);
    }
    return a.length - b.length;
}
function codePointRank(unit) {
    if (unit >= 0xe000)
        return unit - 0x800;
    if (unit >= 0xd800)
        return unit + 0x2000;
    return unit;
}
/** True when `child` (an absolute, real path) is `root` or inside it. */
function isInside(root, child) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, child);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`));
}


/***/ }),

/***/ 67309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ collectAssets),
  z: () => (/* binding */ scanHostingFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/hosting/content-type.ts
var content_type = __webpack_require__(6248);
// EXTERNAL MODULE: ./src/hosting/hash.ts + 2 modules
var hash = __webpack_require__(16479);
;// CONCATENATED MODULE: ./src/hosting/ignore.ts
/** Compiles the patterns; each invalid one is a Problem with `source` (e.g. `--ignore`). */
function compileIgnore(patterns, source = 'ignore') {
    const compiled = [];
    const problems = [];
    for (const pattern of patterns) {
        const result = compilePattern(pattern);
        if (typeof result === 'string') {
            problems.push({ source, message: `ignore pattern '${pattern}': ${result}`, severity: 'error' });
        }
        else if (result) {
            compiled.push(result);
        }
    }
    return { matcher: matcherOf(compiled), problems };
}
function matcherOf(patterns) {
    const isIgnored = (path, isDirectory) => patterns.some(p => (isDirectory || !p.directoryOnly) && p.regex.test(path));
    return {
        isIgnored,
        isIgnoredWithParents(path) {
            if (patterns.length === 0)
                return false;
            if (isIgnored(path, false))
                return true;
            for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
                if (isIgnored(path.slice(0, end), true))
                    return true;
            }
            return false;
        }
    };
}
/** A compiled pattern, undefined for a blank one, or the reason it is invalid. */
function compilePattern(pattern) {
    let body = pattern.trim();
    if (body === '')
        return undefined;
    if (body.startsWith('!'))
        return 'negation (!) is not supported; list only what to leave out';
    const directoryOnly = body.endsWith('/') && !body.endsWith('\\/');
    if (directoryOnly)
        body = body.replace(/\/+$/, '');
    const anchored = body.includes('/');
    body = body.replace(/^\/+/, '');
    if (body === '')
        return 'it names no file or directory';
    const source = globToRegexSource(body);
    if (source.startsWith('error:'))
        return source.slice('error:'.length);
    try {
        return { regex: new RegExp(`^/${anchored ? '' : '(?:.*/)?'}${source}$`, 'u'), directoryOnly };
    }
    catch {
        return 'it is not a valid glob (check the ranges inside [...])';
    }
}
/** Translates one glob (no leading or trailing slash) into a regular expression source. */
function globToRegexSource(glob) {
    const segments = glob.split('/');
    const parts = [];
    segments.forEach((segment, index) => {
        const last = index === segments.length - 1;
        if (segment === '**')
            parts.push(last ? '.*' : '(?:[^/]+/)*');
        else
            parts.push(segmentToRegexSource(segment) + (last ? '' : '/'));
    });
    const joined = parts.join('');
    const error = parts.find(p => p.startsWith('error:'));
    return error ?? joined;
}
function segmentToRegexSource(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const char = segment[i];
        if (char === '*') {
            while (segment[i + 1] === '*')
                i++;
            out += '[^/]*';
        }
        else if (char === '?') {
            out += '[^/]';
        }
        else if (char === '[') {
            const end = classEnd(segment, i);
            if (end < 0)
                return `error:'[' at position ${i + 1} is not closed (write \\[ for a literal bracket)`;
            out += classToRegexSource(segment.slice(i + 1, end));
            i = end;
        }
        else if (char === '\\' && i + 1 < segment.length) {
            out += escapeRegex(segment[++i]);
        }
        else {
            out += escapeRegex(char);
        }
    }
    return out;
}
/** Index of the `]` closing the class opened at `start`; a `]` right after `[` or `[!` is literal. */
function classEnd(segment, start) {
    let i = start + 1;
    if (segment[i] === '!' || segment[i] === '^')
        i++;
    if (segment[i] === ']')
        i++;
    for (; i < segment.length; i++) {
        if (segment[i] === '\\')
            i++;
        else if (segment[i] === ']')
            return i;
    }
    return -1;
}
function classToRegexSource(inner) {
    const negated = inner.startsWith('!') || inner.startsWith('^');
    const body = negated ? inner.slice(1) : inner;
    let out = '';
    for (let i = 0; i < body.length; i++) {
        const escaped = body[i] === '\\' && i + 1 < body.length;
        const char = escaped ? body[++i] : body[i];
        const isRange = !escaped && char === '-' && out !== '' && i < body.length - 1;
        out += isRange ? '-' : char.replace(/[\\\][^-]/g, '\\$&');
    }
    // A class never matches the separator, as in git.
    return negated ? `[^/${out}]` : `(?![/])[${out}]`;
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

// EXTERNAL MODULE: ./src/hosting/metadata.ts
var metadata = __webpack_require__(69965);
// EXTERNAL MODULE: ./src/hosting/paths.ts
var paths = __webpack_require__(15114);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/hosting/types.ts
var types = __webpack_require__(4415);
;// CONCATENATED MODULE: ./src/hosting/walk.ts





// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** The files under `<appRoot>/hosting/files` (appRoot already real), sorted by asset path. */
async function walkHostingFiles(appRoot, matcher) {
    const state = { appRoot, matcher, files: [], problems: [] };
    const root = await (0,promises_.realpath)((0,external_node_path_.join)(appRoot, types/* HOSTING_FILES_DIR */.rv)).catch((error) => {
        if (error.code !== 'ENOENT')
            state.problems.push(fileProblem('', `cannot be read: ${error.code ?? error.message}`));
        return undefined;
    });
    if (root === undefined)
        return state;
    if (!(0,paths/* isInside */.F)(appRoot, root)) {
        state.problems.push(fileProblem('', 'is a symbolic link to a place outside the app directory'));
        return state;
    }
    await walkDirectory(state, root, '', [root]);
    // readdir order depends on the file system; output does not.
    state.files.sort((a, b) => (0,paths/* compareCodePoints */.O)(a.path, b.path));
    state.problems.sort((a, b) => (0,paths/* compareCodePoints */.O)(a.source, b.source));
    return state;
}
async function walkDirectory(state, dir, prefix, chain) {
    let entries;
    try {
        entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    }
    catch (error) {
        state.problems.push(fileProblem(prefix, `cannot be read: ${errorCode(error)}`));
        return;
    }
    for (const entry of entries) {
        // Plain concatenation: path.join would normalise each of tens of thousands of names again.
        const path = `${prefix}/${entry.name}`;
        const full = `${dir}${external_node_path_.sep}${entry.name}`;
        // A control character in a name (a newline, ESC) would travel into logs, URLs and reports.
        if (CONTROL.test(entry.name)) {
            state.problems.push(fileProblem((0,errors/* printablePath */.Vj)(path), 'has a control character (newline, tab, escape...) in its name; rename it'));
            continue;
        }
        if (entry.isDirectory()) {
            if (!state.matcher.isIgnored(path, true))
                await walkDirectory(state, full, path, [...chain, full]);
        }
        else if (entry.isFile()) {
            if (!state.matcher.isIgnored(path, false))
                state.files.push({ path, readPath: full });
        }
        else if (entry.isSymbolicLink()) {
            await followLink(state, full, path, chain);
        }
        else {
            state.problems.push(fileProblem(path, 'is not a regular file (a device, socket or pipe)'));
        }
    }
}
async function followLink(state, link, path, chain) {
    if (state.matcher.isIgnored(path, false) || state.matcher.isIgnored(path, true))
        return;
    let target;
    try {
        target = await (0,promises_.realpath)(link);
    }
    catch (error) {
        state.problems.push(fileProblem(path, `is a symbolic link that leads nowhere (${errorCode(error)})`));
        return;
    }
    if (!(0,paths/* isInside */.F)(state.appRoot, target)) {
        state.problems.push(fileProblem(path, 'is a symbolic link to a place outside the app directory; copy the file in instead'));
        return;
    }
    const info = await (0,promises_.stat)(target).catch(() => undefined);
    if (info?.isFile()) {
        state.files.push({ path, readPath: target });
    }
    else if (!info?.isDirectory()) {
        state.problems.push(fileProblem(path, 'is a symbolic link to something that is not a regular file'));
    }
    else if (chain.includes(target)) {
        state.problems.push(fileProblem(path, 'is a symbolic link to one of its own parent directories (a loop)'));
    }
    else {
        await walkDirectory(state, target, path, [...chain, target]);
    }
}
/** A Problem about a path below hosting/files (`''` for the directory itself). */
function fileProblem(assetPath, message) {
    return { source: `${types/* HOSTING_FILES_DIR */.rv}${assetPath}`, message, severity: 'error' };
}
function errorCode(error) {
    const code = error?.code;
    return code ?? (error instanceof Error ? error.message : String(error));
}

;// CONCATENATED MODULE: ./src/hosting/scan.ts
// The local side of hosting: every file under <appDir>/hosting/files with its size, attrs and (for
// collectAssets) MD5, as the Admin API's Asset Metadata Documents, sorted by path.









/** Lists the hosting files with size and attrs, without hashing (for validation). */
async function scanHostingFiles(options) {
    const { files, entries, problems } = await prepare(options);
    const sizes = await mapBounded(files, 32, file => (0,promises_.stat)(file.readPath).then(s => s.size, (error) => error.code ?? String(error)));
    const out = [];
    files.forEach((file, i) => {
        const size = sizes[i];
        if (typeof size === 'string')
            problems.push(fileProblem(file.path, `cannot be read: ${size}`));
        else if (size > types/* MAX_ASSET_SIZE */.Oj)
            problems.push(tooLargeProblem(file.path, size));
        else
            out.push({ path: file.path, size, ...attrsOf(file.path, entries) });
    });
    return { files: out, problems };
}
/** Lists the hosting files with MD5, size and attrs: the Asset Metadata Documents, sorted by path. */
async function collectAssets(options) {
    const { files, entries, problems } = await prepare(options);
    const digests = await (0,hash/* digestFiles */.Eh)(files.map(f => f.readPath), { workers: options.workers, maxSize: types/* MAX_ASSET_SIZE */.Oj, signal: options.signal });
    const assets = [];
    files.forEach((file, i) => {
        const digest = digests[i];
        if (digest.kind === 'too-large')
            problems.push(tooLargeProblem(file.path, digest.size));
        else if (digest.kind === 'unreadable')
            problems.push(fileProblem(file.path, `cannot be read: ${digest.reason}`));
        else
            assets.push({ path: file.path, hash: digest.hash, size: digest.size, ...attrsOf(file.path, entries) });
    });
    return { assets, problems };
}
async function prepare(options) {
    const { matcher, problems } = compileIgnore(options.ignore ?? [], options.ignoreSource);
    // With a broken pattern the walk would report on files the user meant to leave out.
    if (problems.length > 0)
        return { files: [], entries: new Map(), problems };
    let appRoot;
    try {
        appRoot = await (0,promises_.realpath)(options.appDir);
    }
    catch {
        problems.push({ source: options.appDir, message: 'the app directory does not exist', severity: 'error' });
        return { files: [], entries: new Map(), problems };
    }
    const [walked, metadata] = await Promise.all([walkHostingFiles(appRoot, matcher), readMetadata(appRoot)]);
    problems.push(...metadata.problems, ...walked.problems);
    problems.push(...entriesWithoutFile(metadata.entries, walked.files, matcher));
    return { files: walked.files, entries: metadata.entries, problems };
}
async function readMetadata(appRoot) {
    const file = (0,external_node_path_.join)(appRoot, types/* HOSTING_METADATA_FILE */.Aq);
    const none = { entries: new Map(), problems: [] };
    const info = await (0,promises_.lstat)(file).catch(() => undefined);
    if (!info)
        return none;
    const real = await (0,promises_.realpath)(file).catch(() => undefined);
    if (!real || !(0,paths/* isInside */.F)(appRoot, real)) {
        const message = real
            ? 'is a symbolic link to a place outside the app directory'
            : 'is a broken symbolic link';
        return { ...none, problems: [{ source: types/* HOSTING_METADATA_FILE */.Aq, message, severity: 'error' }] };
    }
    try {
        return (0,metadata/* parseHostingMetadata */.v)(await (0,promises_.readFile)(real, 'utf8'));
    }
    catch (error) {
        const code = error.code ?? String(error);
        return {
            ...none,
            problems: [{ source: types/* HOSTING_METADATA_FILE */.Aq, message: `cannot be read: ${code}`, severity: 'error' }]
        };
    }
}
function entriesWithoutFile(entries, files, matcher) {
    const present = new Set(files.map(f => f.path.normalize('NFC')));
    const problems = [];
    for (const entry of entries.values()) {
        if (present.has(entry.path) || matcher.isIgnoredWithParents(entry.path))
            continue;
        problems.push({
            source: types/* HOSTING_METADATA_FILE */.Aq,
            line: entry.line,
            field: `${entry.field}.path`,
            message: `${entry.path} has an entry in metadata.json but no file under hosting/files: the entry is ignored`,
            severity: 'warning'
        });
    }
    return problems;
}
function attrsOf(path, entries) {
    const entry = entries.size > 0 ? entries.get(path.normalize('NFC')) : undefined;
    return entry
        ? { attrs: entry.attrs, explicitAttrs: true }
        : { attrs: (0,content_type/* defaultAttrs */.CB)(path), explicitAttrs: false };
}
function tooLargeProblem(path, size) {
    const mib = (size / 1024 / 1024).toFixed(1);
    return fileProblem(path, `is ${mib} MiB; App Services hosts files up to ${types/* MAX_ASSET_SIZE */.Oj / 1024 / 1024} MiB`);
}
/** Maps with at most `limit` calls in flight, keeping the order of `items`. */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const run = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
    return results;
}


/***/ }),

/***/ 4415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aq: () => (/* binding */ HOSTING_METADATA_FILE),
/* harmony export */   Hy: () => (/* binding */ ALLOWED_ATTRIBUTE_NAMES),
/* harmony export */   Oj: () => (/* binding */ MAX_ASSET_SIZE),
/* harmony export */   rv: () => (/* binding */ HOSTING_FILES_DIR)
/* harmony export */ });
// The shapes of hosting assets shared by the scanner, the hasher, the diff and the uploader.
/** The attribute names App Services accepts (admin-api-notes §2.5). */
const ALLOWED_ATTRIBUTE_NAMES = [
    'Content-Type',
    'Content-Disposition',
    'Content-Language',
    'Content-Encoding',
    'Cache-Control',
    'Website-Redirect-Location'
];
/**
 * App Services refuses hosted files over 25 MB. Read as MiB: the documentation does not say which,
 * and a tighter limit would reject files the service accepts.
 */
const MAX_ASSET_SIZE = 25 * 1024 * 1024;
/** Where the assets live, relative to the app directory. */
const HOSTING_FILES_DIR = 'hosting/files';
const HOSTING_METADATA_FILE = 'hosting/metadata.json';


/***/ })

};
