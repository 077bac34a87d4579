export const id = 2209794935;
export const ids = [2209794935];
export const modules = {

/***/ 28576:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   assetsCommand: () => (/* binding */ assetsCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _app_root_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3975);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83916);
/* harmony import */ var _hosting_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(67309);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3567);
/* harmony import */ var _json_result_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(43054);
// `realm-deploy assets`: the hosting assets of an app as the deploy would see them (path, MD5, size,
// attrs), as a table or, with --json, inside the one result object. Reads only; talks to no server.






const assetsCommand = {
    name: 'assets',
    summary: 'List the hosting files with MD5, size and attrs, as the deploy will upload them.',
    description: 'List every file under <app>/hosting/files as an Asset Metadata Document: path, MD5, size in bytes\n' +
        'and attrs (from hosting/metadata.json, else the Content-Type for the extension). Sorted by path.',
    options: {
        'app-dir': {
            type: 'string',
            value: 'DIR',
            description: 'The app directory, or a directory inside it.',
            default: '.'
        },
        json: (0,_json_result_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonOption */ .Ec)('the documents in its assets[]'),
        ignore: {
            type: 'string',
            multiple: true,
            value: 'PATTERN',
            description: 'Leave out files matching this glob (.gitignore rules, e.g. *.map, /drafts/).'
        },
        workers: {
            type: 'string',
            value: 'N',
            description: 'Hashing worker threads besides the main one (default: up to one per spare core, started only when the work pays for them; 0: none).'
        }
    },
    jsonResult: true,
    exitCodes: [0, 2],
    examples: [
        'realm-deploy assets --app-dir ./backend',
        "realm-deploy assets --app-dir ./backend --ignore '*.map' --json"
    ],
    run: runAssets
};
async function runAssets(values, _positionals, io) {
    const workers = workersOption(values);
    const appDir = (await (0,_app_root_js__WEBPACK_IMPORTED_MODULE_1__/* .findAppRoot */ .T)((0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(io.cwd, (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'app-dir') ?? '.'))).root;
    const { assets, problems } = await (0,_hosting_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .collectAssets */ .A)({
        appDir,
        ignore: (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringList */ .Yn)(values, 'ignore'),
        ignoreSource: '--ignore',
        workers,
        signal: io.signal
    });
    if (problems.some(p => p.severity === 'error'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL(problems);
    for (const warning of problems) {
        const where = [warning.source, warning.line, warning.column].filter(part => part !== undefined).join(':');
        io.logger.warning(`${where}: ${warning.message}`);
    }
    if (values.json !== true) {
        io.stdout(assetTable(assets));
        return 0;
    }
    const bytes = assets.reduce((sum, a) => sum + a.size, 0);
    io.stdout((0,_json_result_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonLine */ .rF)({
        command: 'assets',
        status: 'listed',
        exitCode: 0,
        error: null,
        warnings: [...io.warnings],
        root: appDir,
        assets: assets.map(documentOf),
        total: { files: assets.length, bytes }
    }));
    return 0;
}
function workersOption(values) {
    const text = (0,_command_js__WEBPACK_IMPORTED_MODULE_4__/* .stringOption */ .Pp)(values, 'workers');
    if (text === undefined)
        return undefined;
    const count = Number(text);
    if (!Number.isInteger(count) || count < 0 || count > 64) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL([
            { source: '--workers', message: `'${text}' is not a whole number from 0 to 64`, severity: 'error' }
        ]);
    }
    return count;
}
/** Exactly the Admin API document, key order as the overview shows it. */
function documentOf(asset) {
    return { path: asset.path, hash: asset.hash, size: asset.size, attrs: asset.attrs };
}
function assetTable(assets) {
    const rows = assets.map(a => [a.path, String(a.size), a.hash, contentTypeCell(a)]);
    const header = ['PATH', 'SIZE', 'MD5', 'CONTENT TYPE'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)));
    const line = (cells) => cells
        .map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const total = assets.reduce((sum, a) => sum + a.size, 0);
    const summary = `${assets.length} file${assets.length === 1 ? '' : 's'}, ${total} bytes (${humanSize(total)})`;
    const note = assets.some(a => a.explicitAttrs) ? ['* attrs from hosting/metadata.json'] : [];
    return [line(header), ...rows.map(line), summary, ...note, ''].join('\n');
}
/** The Content-Type, `-` when none; `*` marks attrs set in metadata.json, `+N` other attrs. */
function contentTypeCell(asset) {
    const type = asset.attrs.find(a => a.name === 'Content-Type')?.value ?? '-';
    const others = asset.attrs.filter(a => a.name !== 'Content-Type').length;
    return `${type}${asset.explicitAttrs ? ' *' : ''}${others ? ` (+${others} attrs)` : ''}`;
}
function humanSize(bytes) {
    if (bytes < 1024 * 1024)
        return `${(bytes / 1024).toFixed(1)} KiB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}


/***/ })

};
