export const id = 1954911656;
export const ids = [1954911656];
export const modules = {

/***/ 5762:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseHostingMetadata: () => (/* binding */ parseHostingMetadata)
});

// EXTERNAL MODULE: ./node_modules/mime-db/index.js
var mime_db = __webpack_require__(9829);
;// CONCATENATED MODULE: ./src/hosting/known-content-types.ts
// Whether a Content-Type written in hosting/metadata.json is one the MIME database knows. Its own module,
// so that only an app with a metadata.json loads the whole database (the default types come from the
// generated table in mime-table.ts).

/**
 * True when the media type of a Content-Type value (parameters such as `; charset=utf-8` aside) is one
 * the MIME database knows. `application/html` or `image/*` upload fine and then make browsers download
 * or refuse the file: worth a warning, not an error (a private type can be on purpose).
 */
function isKnownContentType(value) {
    const type = value.split(';')[0].trim().toLowerCase();
    return Object.hasOwn(mime_db, type);
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/esm/main.js + 5 modules
var main = __webpack_require__(9370);
// EXTERNAL MODULE: ./src/hosting/types.ts
var types = __webpack_require__(4415);
;// CONCATENATED MODULE: ./src/hosting/metadata.ts
// Reads hosting/metadata.json: the explicit attrs of assets, `[{"path": "/index.html", "attrs": [...]}]`.
// Strict JSON (no comments, no trailing commas; a BOM is accepted), every problem with its line.



const source = types/* HOSTING_METADATA_FILE */.Aq;
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
    const root = (0,main/* parseTree */.cZ)(body, errors, { disallowComments: true, allowTrailingComma: false });
    const problems = errors.map(error => ({
        source,
        ...locate(error.offset),
        message: `not valid JSON: ${describeParseError((0,main/* printParseErrorCode */._n)(error.error))}`,
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
    if (!types/* ALLOWED_ATTRIBUTE_NAMES */.Hy.includes(attrName)) {
        problems.push(at(locate, name, `${field}.name`, unknownAttributeMessage(attrName)));
        return undefined;
    }
    if (attrName === 'Content-Type' && !isKnownContentType(value.value)) {
        const message = `Content-Type '${String(value.value)}' is not in the MIME database: browsers may download or refuse the file (e.g. text/html, image/png)`;
        problems.push({ ...at(locate, value, `${field}.value`, message), severity: 'warning' });
    }
    return { name: attrName, value: value.value };
}
function unknownAttributeMessage(name) {
    const spelled = types/* ALLOWED_ATTRIBUTE_NAMES */.Hy.find(allowed => allowed.toLowerCase() === name.toLowerCase());
    const hint = spelled ? `did you mean '${spelled}'? Names are case-sensitive` : 'App Services accepts only';
    return `attribute '${name}' is not allowed: ${hint} (${types/* ALLOWED_ATTRIBUTE_NAMES */.Hy.join(', ')})`;
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


/***/ })

};
