export const id = 1140233256;
export const ids = [1140233256];
export const modules = {

/***/ 71203:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F$: () => (/* binding */ changedKeys),
/* harmony export */   TE: () => (/* binding */ writeKey),
/* harmony export */   Vk: () => (/* binding */ sameJson),
/* harmony export */   Y7: () => (/* binding */ cloneJson),
/* harmony export */   YZ: () => (/* binding */ readKey),
/* harmony export */   _$: () => (/* binding */ splitKey),
/* harmony export */   i4: () => (/* binding */ emptyConfig)
/* harmony export */ });
/* unused harmony export configKeys */
function emptyConfig() {
    return { collections: {}, singletons: {} };
}
function cloneJson(value) {
    return value === undefined ? value : JSON.parse(JSON.stringify(value));
}
function splitKey(key) {
    const slash = key.indexOf('/');
    if (slash <= 0)
        return { kind: key, id: '' };
    return { kind: key.slice(0, slash), id: key.slice(slash + 1) };
}
/** The document a key names, or undefined when the config does not have it. */
function readKey(config, key) {
    const { kind, id } = splitKey(key);
    if (kind === 'singleton')
        return config.singletons[id];
    return config.collections[kind]?.[id];
}
/** Sets (a copy of) `value` under `key`; `undefined` deletes it. */
function writeKey(config, key, value) {
    const { kind, id } = splitKey(key);
    if (kind === 'singleton') {
        if (value === undefined)
            delete config.singletons[id];
        else
            config.singletons[id] = cloneJson(value);
        return;
    }
    if (value === undefined) {
        if (config.collections[kind])
            delete config.collections[kind][id];
        return;
    }
    config.collections[kind] ??= {};
    config.collections[kind][id] = cloneJson(value);
}
/** Every key present in a config, sorted. */
function configKeys(config) {
    const keys = Object.keys(config.singletons).map(k => `singleton/${k}`);
    for (const [kind, docs] of Object.entries(config.collections)) {
        for (const id of Object.keys(docs))
            keys.push(`${kind}/${id}`);
    }
    return keys.sort();
}
/** JSON equality that ignores object key order. */
function sameJson(a, b) {
    return canonicalJson(a) === canonicalJson(b);
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'undefined';
}
/** Keys whose documents differ between two configs (present in one only, or changed). */
function changedKeys(from, to) {
    const keys = new Set([...configKeys(from), ...configKeys(to)]);
    return [...keys].filter(key => !sameJson(readKey(from, key), readKey(to, key))).sort();
}


/***/ }),

/***/ 87231:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yz: () => (/* binding */ DEFAULT_DEPLOYMENT_TIMINGS),
/* harmony export */   hW: () => (/* binding */ recordLiveDeployment),
/* harmony export */   iI: () => (/* binding */ deploymentRoutes),
/* harmony export */   rQ: () => (/* binding */ advanceDeployments)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25522);
/* harmony import */ var _app_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(71203);
/* harmony import */ var _drafts_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11719);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75373);
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36736);
// Deployments. Deploying a draft consumes it and returns a `created` deployment; emulator time then
// moves it to `pending` and to `successful` or `failed`. The change to live happens at that last step
// (as on the real service), and only if no resource the draft touched changed in live after the draft
// was opened; otherwise the deployment fails naming the conflicting resources and nothing is applied.
// Time advances on requests (`advanceDeployments`), never on timers that keep the process alive.





const DEFAULT_DEPLOYMENT_TIMINGS = { createdMs: 100, pendingMs: 200 };
/** Finished deployments beyond this many (oldest first) are forgotten with their snapshots. */
const KEPT_DEPLOYMENTS = 100;
const APP = '/groups/{groupId}/apps/{appId}';
function addDeployment(state, record, nowMs, d) {
    const id = (0,_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .nextObjectId */ .ed)(state);
    const deployment = {
        _id: id,
        name: d.name || id,
        app_id: record.app._id,
        draft_id: d.draftId,
        user_id: d.user.user_id,
        deployed_at: Math.floor(nowMs / 1000),
        origin: d.origin,
        commit: '',
        status: d.status,
        status_error_message: '',
        diff_url: '',
        remote_location: record.app.location
    };
    record.deployments.push(deployment);
    forgetOldDeployments(record);
    return deployment;
}
function forgetOldDeployments(record) {
    while (record.deployments.length > KEPT_DEPLOYMENTS) {
        const oldest = record.deployments.findIndex(d => d.status === 'successful' || d.status === 'failed');
        if (oldest < 0)
            return;
        const [gone] = record.deployments.splice(oldest, 1);
        if (record.snapshots)
            delete record.snapshots[gone._id];
    }
}
function takeSnapshot(record, deploymentId) {
    record.snapshots ??= {};
    record.snapshots[deploymentId] = (0,_app_config_js__WEBPACK_IMPORTED_MODULE_4__/* .cloneJson */ .Y7)(record.live);
}
/** Records the immediate deployment the service makes for writes outside a draft. */
function recordLiveDeployment(state, record, user, nowMs) {
    const d = addDeployment(state, record, nowMs, {
        user,
        name: '',
        draftId: '',
        origin: 'admin-api',
        status: 'successful'
    });
    record.app.last_modified = Math.floor(nowMs / 1000);
    takeSnapshot(record, d._id);
}
function deploymentName(ctx) {
    const body = ctx.json();
    if (body === undefined || body === null)
        return '';
    if (typeof body !== 'object' || Array.isArray(body)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(400, 'InvalidParameter', 'expected a JSON object such as {"name": "..."}');
    }
    const name = body.name;
    if (name !== undefined && typeof name !== 'string') {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(400, 'InvalidParameter', "'name' must be a string");
    }
    return name ?? '';
}
function deployDraft(ctx) {
    const record = ctx.appRecord;
    const draft = (0,_drafts_js__WEBPACK_IMPORTED_MODULE_1__/* .findUserDraft */ .ig)(ctx);
    const name = deploymentName(ctx);
    const deployment = addDeployment(ctx.state, record, ctx.now(), {
        user: ctx.user,
        name,
        draftId: draft._id,
        origin: 'admin-api',
        status: 'created'
    });
    delete record.drafts[draft._id];
    record.deploying ??= {};
    record.deploying[deployment._id] = { draft, started_ms: ctx.now() };
    ctx.log({ type: 'API', messages: [`deployment ${deployment._id} created from draft ${draft._id}`] });
    return { status: 201, body: deployment };
}
/** Moves this app's unfinished deployments along emulator time; true when anything changed. */
function advanceDeployments(state, record, nowMs, timings) {
    let changed = false;
    for (const deployment of record.deployments) {
        if (deployment.status !== 'created' && deployment.status !== 'pending')
            continue;
        const job = record.deploying?.[deployment._id];
        const elapsed = job ? nowMs - job.started_ms : Number.POSITIVE_INFINITY;
        if (deployment.status === 'created' && elapsed >= timings.createdMs) {
            deployment.status = 'pending';
            changed = true;
        }
        if (deployment.status === 'pending' && elapsed >= timings.createdMs + timings.pendingMs) {
            finishDeployment(state, record, deployment, job?.draft, nowMs);
            changed = true;
        }
    }
    return changed;
}
function finishDeployment(state, record, deployment, draft, nowMs) {
    if (record.deploying)
        delete record.deploying[deployment._id];
    const conflicts = draft
        ? draft.touched.filter(key => (record.changed_at[key] ?? 0) > draft.base_revision)
        : [];
    if (!draft || conflicts.length > 0) {
        deployment.status = 'failed';
        deployment.status_error_message = draft
            ? `conflict: the draft changes ${conflicts.sort().join(', ')} which changed after the draft was created`
            : 'the draft of this deployment was lost';
        logDeployment(state, record, deployment, nowMs);
        return;
    }
    applyKeys(record, draft.touched, key => (0,_app_config_js__WEBPACK_IMPORTED_MODULE_4__/* .readKey */ .YZ)(draft.config, key));
    deployment.status = 'successful';
    record.app.last_modified = Math.floor(nowMs / 1000);
    takeSnapshot(record, deployment._id);
    logDeployment(state, record, deployment, nowMs);
}
/** Writes each key's new value into live under one new revision. */
function applyKeys(record, keys, valueOf) {
    if (keys.length === 0)
        return;
    record.revision += 1;
    for (const key of keys) {
        (0,_app_config_js__WEBPACK_IMPORTED_MODULE_4__/* .writeKey */ .TE)(record.live, key, valueOf(key));
        record.changed_at[key] = record.revision;
    }
    // The active environment is also a field of the app itself (GET app shows it).
    const environment = record.live.singletons.environment;
    if (typeof environment === 'string')
        record.app.environment = environment;
}
function logDeployment(state, record, deployment, nowMs) {
    const failed = deployment.status === 'failed';
    (0,_logs_js__WEBPACK_IMPORTED_MODULE_3__/* .appendLog */ .pm)(state, record, nowMs, {
        type: 'API',
        user_id: deployment.user_id,
        request_method: 'POST',
        request_url: `/api/admin/v3.0/groups/${record.app.group_id}/apps/${record.app._id}/drafts/${deployment.draft_id}/deployment`,
        messages: [`deployment ${deployment._id} ${deployment.status}`],
        ...(failed ? { error: deployment.status_error_message, error_code: 'DeploymentFailed' } : {})
    });
}
function findDeployment(ctx) {
    const deployment = ctx.appRecord.deployments.find(d => d._id === ctx.params.deploymentId);
    if (!deployment)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(404, 'DeploymentNotFound', 'deployment not found');
    return deployment;
}
function redeploy(ctx) {
    const record = ctx.appRecord;
    const source = findDeployment(ctx);
    // The spec documents only 204 and 404: a deployment still in progress is finished first (as its
    // own draft says), then put back, instead of refusing with a status the spec does not list.
    if (source.status === 'created' || source.status === 'pending')
        finishDeployment(ctx.state, record, source, record.deploying?.[source._id]?.draft, ctx.now());
    const snapshot = record.snapshots?.[source._id];
    if (!snapshot) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(400, 'InvalidParameter', `deployment ${source._id} is ${source.status}: only a successful deployment can be redeployed`);
    }
    const target = (0,_app_config_js__WEBPACK_IMPORTED_MODULE_4__/* .cloneJson */ .Y7)(snapshot);
    applyKeys(record, (0,_app_config_js__WEBPACK_IMPORTED_MODULE_4__/* .changedKeys */ .F$)(record.live, target), key => (0,_app_config_js__WEBPACK_IMPORTED_MODULE_4__/* .readKey */ .YZ)(target, key));
    const deployment = addDeployment(ctx.state, record, ctx.now(), {
        user: ctx.user,
        name: `redeploy of ${source.name}`,
        draftId: '',
        origin: 'redeploy',
        status: 'successful'
    });
    record.app.last_modified = Math.floor(ctx.now() / 1000);
    takeSnapshot(record, deployment._id);
    ctx.log({ type: 'API', messages: [`deployment ${deployment._id} successful: redeployed ${source._id}`] });
    return { status: 204 };
}
function deploymentRoutes() {
    return [
        {
            method: 'POST',
            pattern: `${APP}/drafts/{draftId}/deployment`,
            options: { write: true },
            handler: deployDraft
        },
        {
            method: 'GET',
            pattern: `${APP}/deployments`,
            options: {},
            handler: ctx => ({ status: 200, body: [...ctx.appRecord.deployments].reverse().slice(0, 25) })
        },
        {
            method: 'GET',
            pattern: `${APP}/deployments/{deploymentId}`,
            options: {},
            handler: ctx => ({ status: 200, body: findDeployment(ctx) })
        },
        {
            method: 'POST',
            pattern: `${APP}/deployments/{deploymentId}/redeploy`,
            options: { write: true },
            handler: redeploy
        }
    ];
}


/***/ }),

/***/ 11719:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YO: () => (/* binding */ draftRoutes),
/* harmony export */   bl: () => (/* binding */ userDraft),
/* harmony export */   ig: () => (/* binding */ findUserDraft)
/* harmony export */ });
/* unused harmony export draftDiffLines */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25522);
/* harmony import */ var _app_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(71203);
// Drafts: one per user and app. A draft starts as a copy of the live config; writes made while it is
// open land in the copy and are listed in `touched`. Its diff lists one line per touched resource
// that differs from live. Deploying it lives in deployments.ts.


const DRAFTS = '/groups/{groupId}/apps/{appId}/drafts';
function userDraft(record, userId) {
    return Object.values(record.drafts).find(d => d.user_id === userId);
}
/** The caller's draft with this id: other users' drafts are invisible (404). */
function findUserDraft(ctx) {
    const draft = ctx.appRecord.drafts[ctx.params.draftId];
    if (!draft || draft.user_id !== ctx.user.user_id) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(404, 'DraftNotFound', `draft not found: '${ctx.params.draftId}'`);
    }
    return draft;
}
function draftView(record, draft) {
    return { _id: draft._id, user_id: draft.user_id, app: record.app };
}
function createDraft(ctx) {
    const record = ctx.appRecord;
    if (userDraft(record, ctx.user.user_id)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(409, 'DraftAlreadyExists', 'a draft already exists for this user: deploy or discard it first');
    }
    const draft = {
        _id: ctx.newId(),
        user_id: ctx.user.user_id,
        base_revision: record.revision,
        config: (0,_app_config_js__WEBPACK_IMPORTED_MODULE_1__/* .cloneJson */ .Y7)(record.live),
        touched: [],
        created_at: ctx.now()
    };
    record.drafts[draft._id] = draft;
    return { status: 201, body: draftView(record, draft) };
}
/** One human line per touched resource that differs from live, e.g. `functions: updated 'hello'`. */
function draftDiffLines(record, draft) {
    const lines = [];
    for (const key of [...draft.touched].sort()) {
        const before = (0,_app_config_js__WEBPACK_IMPORTED_MODULE_1__/* .readKey */ .YZ)(record.live, key);
        const after = (0,_app_config_js__WEBPACK_IMPORTED_MODULE_1__/* .readKey */ .YZ)(draft.config, key);
        if ((0,_app_config_js__WEBPACK_IMPORTED_MODULE_1__/* .sameJson */ .Vk)(before, after))
            continue;
        const { kind, id } = (0,_app_config_js__WEBPACK_IMPORTED_MODULE_1__/* .splitKey */ ._$)(key);
        const verb = before === undefined ? 'added' : after === undefined ? 'removed' : 'updated';
        if (kind === 'singleton') {
            lines.push(`${id}: ${verb}`);
            continue;
        }
        const doc = (after ?? before);
        const name = typeof doc.name === 'string' ? doc.name : id;
        lines.push(`${kind}: ${verb} '${name}'`);
    }
    return lines;
}
function draftRoutes() {
    return [
        {
            method: 'GET',
            pattern: DRAFTS,
            options: {},
            // An array, as the real server sends (realm-cli decodes one); the spec documents one object.
            handler: ctx => {
                const mine = Object.values(ctx.appRecord.drafts).filter(d => d.user_id === ctx.user.user_id);
                return { status: 200, body: mine.map(d => draftView(ctx.appRecord, d)) };
            }
        },
        { method: 'POST', pattern: DRAFTS, options: { write: true }, handler: createDraft },
        {
            method: 'DELETE',
            pattern: `${DRAFTS}/{draftId}`,
            options: { write: true },
            handler: ctx => {
                delete ctx.appRecord.drafts[findUserDraft(ctx)._id];
                return { status: 204 };
            }
        },
        {
            method: 'GET',
            pattern: `${DRAFTS}/{draftId}/diff`,
            options: {},
            handler: ctx => ({
                status: 200,
                body: {
                    diffs: draftDiffLines(ctx.appRecord, findUserDraft(ctx)),
                    // Hosting assets are not draft-scoped (they change live at once), so a draft never has any.
                    hosting_files_diff: { added: [], deleted: [], modified: [] }
                }
            })
        }
    ];
}


/***/ }),

/***/ 1952:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YK: () => (/* binding */ MAX_BODY_BYTES),
/* harmony export */   ZC: () => (/* binding */ sendReply),
/* harmony export */   fs: () => (/* binding */ errorReply),
/* harmony export */   x8: () => (/* binding */ readBody)
/* harmony export */ });
/* unused harmony export tooLarge */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25522);

const MAX_BODY_BYTES = 30 * 1024 * 1024;
function tooLarge(limit) {
    return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(413, 'RequestEntityTooLarge', `request body is larger than the limit of ${limit} bytes`);
}
function readBody(req, limit) {
    const declared = Number(req.headers['content-length'] ?? NaN);
    if (declared > limit) {
        req.resume();
        return Promise.reject(tooLarge(limit));
    }
    return new Promise((resolve, reject) => {
        const chunks = [];
        let size = 0;
        const onData = (chunk) => {
            size += chunk.length;
            if (size > limit) {
                req.off('data', onData);
                chunks.length = 0;
                req.resume();
                reject(tooLarge(limit));
                return;
            }
            chunks.push(chunk);
        };
        req.on('data', onData);
        req.on('end', () => resolve(Buffer.concat(chunks)));
        req.on('error', reject);
    });
}
function errorReply(error) {
    return { status: error.status, body: { error: error.message, error_code: error.errorCode } };
}
function sendReply(res, reply) {
    const headers = { ...(reply.headers ?? {}) };
    let payload;
    if (Buffer.isBuffer(reply.body)) {
        payload = reply.body;
        headers['Content-Type'] ??= 'application/octet-stream';
    }
    else if (reply.body !== undefined) {
        payload = Buffer.from(JSON.stringify(reply.body));
        headers['Content-Type'] ??= 'application/json';
    }
    if (payload)
        headers['Content-Length'] = String(payload.length);
    res.writeHead(reply.status, headers);
    res.end(payload);
}


/***/ }),

/***/ 75373:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SN: () => (/* binding */ OBJECT_ID),
/* harmony export */   ed: () => (/* binding */ nextObjectId),
/* harmony export */   nw: () => (/* binding */ randomHex),
/* harmony export */   s7: () => (/* binding */ clientAppSuffix),
/* harmony export */   uv: () => (/* binding */ newToken)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Identifiers the emulator hands out: ObjectId-like ids from the state's counter (restart-safe and
// deterministic for a given history), opaque JWT-looking tokens, and client app id suffixes.

// A fixed leading "timestamp" part makes ids look like real ObjectIds while staying deterministic.
const OBJECT_ID_PREFIX = '65f0c0de';
function nextObjectId(state) {
    state.next_id += 1;
    return OBJECT_ID_PREFIX + state.next_id.toString(16).padStart(16, '0');
}
const OBJECT_ID = /^[0-9a-f]{24}$/;
function base64url(value) {
    return Buffer.from(value).toString('base64url');
}
/** A random token shaped like a JWT (clients must treat it as opaque; the emulator looks it up). */
function newToken(kind, userId, nowMs, ttlS) {
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const iat = Math.floor(nowMs / 1000);
    const payload = base64url(JSON.stringify({ sub: userId, typ: kind, iat, exp: iat + ttlS, jti: randomHex(8) }));
    return `${header}.${payload}.${base64url((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(32))}`;
}
function randomHex(bytes) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(bytes).toString('hex');
}
/** Five lowercase letters derived from `seed`, as in `myapp-abcde`. */
function clientAppSuffix(seed) {
    const digest = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(seed).digest();
    return Array.from(digest.subarray(0, 5), byte => String.fromCharCode(97 + (byte % 26))).join('');
}


/***/ }),

/***/ 36736:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J5: () => (/* binding */ logRoutes),
/* harmony export */   pm: () => (/* binding */ appendLog)
/* harmony export */ });
/* unused harmony export logPage */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25522);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(75373);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47819);
// The app log: entries appended by the core and resource handlers, the `GET .../logs` query with the
// documented pagination, and synthetic seed entries (`--seed-logs`).
//
// Paging: entries are served newest first. A page that is not the last carries `nextEndDate`, the
// `started` of the first entry of the next page; `nextSkip` is added only when that entry shares its
// timestamp with this page's last entry, and then counts the entries at that timestamp already served
// (including those the incoming `skip` passed over). Following `end_date=nextEndDate&skip=nextSkip`
// therefore returns every entry exactly once, even through long runs of identical timestamps.
//
// `errors_only`: as the spec says, its presence (any value) selects entries with an `error`; its
// absence selects entries without one.




const MAX_LIMIT = 100;
function appendLog(state, record, nowMs, entry) {
    const time = new Date(nowMs).toISOString();
    const full = {
        _id: (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .nextObjectId */ .ed)(state),
        co_id: entry.co_id ?? (0,_ids_js__WEBPACK_IMPORTED_MODULE_1__/* .nextObjectId */ .ed)(state),
        domain_id: record.app.domain_id,
        app_id: record.app._id,
        group_id: record.app.group_id,
        started: time,
        completed: time,
        ...entry
    };
    record.logs.push(full);
    return full;
}
function integerParam(query, name, fallback, min, max) {
    const raw = query.get(name);
    if (raw === null || raw === '')
        return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
        const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`;
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(400, 'InvalidParameter', `invalid '${name}' parameter '${raw}': must be an integer ${range}`);
    }
    return value;
}
function dateParam(query, name) {
    const raw = query.get(name);
    if (raw === null || raw === '')
        return undefined;
    const ms = /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : NaN;
    if (Number.isNaN(ms)) {
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(400, 'InvalidParameter', `invalid '${name}' parameter '${raw}': expected an ISO 8601 date`);
    }
    return ms;
}
function typesParam(query) {
    const raw = query
        .getAll('type')
        .flatMap(v => v.split(','))
        .map(v => v.trim())
        .filter(Boolean);
    if (raw.length === 0)
        return undefined;
    const unknown = raw.filter(t => !_vocabulary_js__WEBPACK_IMPORTED_MODULE_2__/* .LOG_TYPES */ .D_.includes(t));
    if (unknown.length)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(400, 'InvalidParameter', `invalid log type '${unknown[0]}'`);
    return new Set(raw);
}
function parseLogQuery(query) {
    return {
        startMs: dateParam(query, 'start_date'),
        endMs: dateParam(query, 'end_date'),
        skip: integerParam(query, 'skip', 0, 0, Number.MAX_SAFE_INTEGER),
        limit: integerParam(query, 'limit', MAX_LIMIT, 1, MAX_LIMIT),
        types: typesParam(query),
        errorsOnly: query.has('errors_only'),
        userId: query.get('user_id') || undefined,
        coId: query.get('co_id') || undefined
    };
}
/** Matching entries, newest first; ties keep a fixed order (latest appended first). */
function selectLogs(logs, q) {
    const out = [];
    logs.forEach((entry, index) => {
        const ms = Date.parse(entry.started);
        if (q.endMs !== undefined && ms > q.endMs)
            return;
        if (q.startMs !== undefined && ms <= q.startMs)
            return;
        if (q.types && !q.types.has(entry.type))
            return;
        if (Boolean(entry.error) !== q.errorsOnly)
            return;
        if (q.userId !== undefined && entry.user_id !== q.userId)
            return;
        if (q.coId !== undefined && entry.co_id !== q.coId)
            return;
        out.push({ entry, ms, index });
    });
    return out.sort((a, b) => b.ms - a.ms || b.index - a.index);
}
function logPage(logs, query) {
    const q = parseLogQuery(query);
    const matching = selectLogs(logs, q);
    const end = q.skip + q.limit;
    const page = { logs: matching.slice(q.skip, end).map(m => m.entry) };
    const next = matching[end];
    if (page.logs.length === 0 || !next)
        return page;
    page.nextEndDate = next.entry.started;
    if (next.ms === matching[end - 1].ms)
        page.nextSkip = matching.slice(0, end).filter(m => m.ms === next.ms).length;
    return page;
}
function logRoutes() {
    return [
        {
            method: 'GET',
            pattern: '/groups/{groupId}/apps/{appId}/logs',
            options: {},
            handler: (ctx) => ({ status: 200, body: logPage(ctx.appRecord.logs, ctx.query) })
        }
    ];
}


/***/ }),

/***/ 87883:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JY: () => (/* binding */ authRoutes),
/* harmony export */   MA: () => (/* binding */ PROVIDER_TYPES),
/* harmony export */   x6: () => (/* binding */ customUserData)
/* harmony export */ });
/* unused harmony export authProvidersSpec */
/* harmony import */ var _collection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(50617);
/* harmony import */ var _refs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15047);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99404);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52651);




const PROVIDER_TYPES = [
    'anon-user',
    'local-userpass',
    'api-key',
    'oauth2-apple',
    'oauth2-google',
    'oauth2-facebook',
    'custom-token',
    'custom-function'
];
const FUNCTION_REFERENCES = [
    ['confirmationFunctionName', 'confirmationFunctionId'],
    ['resetFunctionName', 'resetFunctionId'],
    ['authFunctionName', 'authFunctionId']
];
function providerConfig(config, input) {
    const out = { ...input };
    for (const [nameKey, idKey] of FUNCTION_REFERENCES) {
        if (!input[nameKey] && !input[idKey])
            continue;
        const id = input[idKey] || undefined;
        const ref = (0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveFunction */ .ht)(config, id, input[nameKey], 'config');
        out[nameKey] = ref.function_name;
        out[idKey] = ref.function_id;
    }
    return out;
}
function buildProvider({ body, config }) {
    const type = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .requireEnum */ .bd)(body.type, 'type', PROVIDER_TYPES);
    const name = body.name ?? type;
    if (name !== type)
        throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .badRequest */ .li)(`an auth provider's "name" must equal its "type" (${type}), got ${JSON.stringify(name)}`);
    const doc = {
        ...(0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .omit */ .cJ)(body, '_id'),
        name,
        type,
        disabled: (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalBoolean */ .Jz)(body.disabled, 'disabled', false)
    };
    doc.config = providerConfig(config, (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalObject */ .u9)(body.config, 'config') ?? {});
    (0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSecretConfig */ .BI)(config, body.secret_config, 'secret_config');
    for (const list of ['metadata_fields', 'redirect_uris', 'domain_restrictions'])
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalArray */ .oS)(body[list], list);
    return doc;
}
const authProvidersSpec = {
    kind: 'auth_providers',
    path: '/auth_providers',
    idParam: 'providerId',
    label: 'auth provider',
    notFoundCode: 'AuthProviderNotFound',
    uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
    build: buildProvider,
    listView: (_config, doc) => (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .pick */ .Up)(doc, '_id', 'name', 'type', 'disabled'),
    create: { status: 201, body: (_config, doc) => doc },
    // The spec's PATCH body is the whole provider constructor: name and type are required.
    update: { method: 'PATCH', status: 204, merge: true, required: ['name', 'type'] },
    remove: { status: 204 }
};
const CUSTOM_USER_DATA_FIELDS = ['database_name', 'collection_name', 'user_id_field'];
/** The stored custom user data config, `{enabled: false}` until set. */
function customUserData(config) {
    const stored = (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .readSingleton */ .Sp)(config, 'custom_user_data');
    return (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .Gv)(stored) ? stored : { enabled: false };
}
function checkCustomUserData(config, doc) {
    const enabled = (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalBoolean */ .Jz)(doc.enabled, 'enabled', false);
    for (const field of CUSTOM_USER_DATA_FIELDS)
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .optionalString */ .sx)(doc[field], field);
    if (enabled) {
        // The server's own words (realm-cli push failed with them when the id was missing).
        if (!doc.mongo_service_id)
            throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .badRequest */ .li)('must specify a mongo service id');
        (0,_refs_js__WEBPACK_IMPORTED_MODULE_1__/* .requireDataSource */ .Xx)(config, doc.mongo_service_id, 'mongo_service_id');
        for (const field of CUSTOM_USER_DATA_FIELDS)
            if (!doc[field])
                throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .badRequest */ .li)(`"${field}" is required when custom user data is enabled`);
    }
    if (doc.on_user_creation_function_id && !(0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .docById */ .pI)(config, 'functions', doc.on_user_creation_function_id)) {
        throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .badRequest */ .li)(`"on_user_creation_function_id" names no function of this app: ${JSON.stringify(doc.on_user_creation_function_id)}`);
    }
    return { ...doc, enabled };
}
function patchCustomUserData(ctx) {
    const config = ctx.config();
    const merged = checkCustomUserData(config, { ...customUserData(config), ...(0,_validate_js__WEBPACK_IMPORTED_MODULE_3__/* .requireBody */ .WW)(ctx) });
    (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .writeSingleton */ .$Z)(ctx, config, 'custom_user_data', merged);
    (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .logWrite */ .wd)(ctx, 204, `set custom user data (enabled: ${String(merged.enabled)})`);
    return { status: 204 };
}
function authRoutes() {
    return [
        ...(0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .collectionRoutes */ .xl)(authProvidersSpec),
        (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .itemActionRoute */ .rZ)(authProvidersSpec, 'enable', doc => (doc.disabled = false)),
        (0,_collection_js__WEBPACK_IMPORTED_MODULE_0__/* .itemActionRoute */ .rZ)(authProvidersSpec, 'disable', doc => (doc.disabled = true)),
        {
            method: 'GET',
            pattern: `${_store_js__WEBPACK_IMPORTED_MODULE_2__/* .APP */ .uq}/custom_user_data`,
            handler: ctx => ({ status: 200, body: customUserData(ctx.config()) }),
            options: {}
        },
        {
            method: 'PATCH',
            pattern: `${_store_js__WEBPACK_IMPORTED_MODULE_2__/* .APP */ .uq}/custom_user_data`,
            handler: patchCustomUserData,
            options: { write: true }
        }
    ];
}


/***/ }),

/***/ 50617:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rZ: () => (/* binding */ itemActionRoute),
/* harmony export */   xl: () => (/* binding */ collectionRoutes)
/* harmony export */ });
/* unused harmony export describeDoc */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25522);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99404);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52651);
// One implementation of list/create/get/update/delete for every collection resource (functions,
// values, triggers, rules, ...). A kind is a data definition: its path, how a body becomes a stored
// document, which documents conflict, what a list or a GET shows and the (irregular, per-spec)
// status codes of each operation.



function describeDoc(spec, doc) {
    return `${spec.label} ${JSON.stringify(doc.name ?? doc._id)}`;
}
function fullViewOf(spec) {
    if (spec.fullView)
        return spec.fullView;
    const hidden = spec.parent ? [spec.parent.field] : [];
    return (_config, doc) => (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .omit */ .cJ)(doc, ...hidden);
}
function loadParent(spec, ctx, config) {
    return spec.parent ? spec.parent.load(config, ctx.params[spec.parent.param]) : undefined;
}
function siblings(spec, config, parent) {
    const docs = Object.values((0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .docsOf */ .fE)(config, spec.kind));
    return spec.parent ? docs.filter(d => d[spec.parent.field] === parent?._id) : docs;
}
function loadDoc(spec, ctx, config, parent) {
    const id = ctx.params[spec.idParam];
    const doc = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .requireDoc */ .Aw)(config, spec.kind, id, spec.notFoundCode, spec.label);
    if (spec.parent && doc[spec.parent.field] !== parent?._id)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(404, spec.notFoundCode, `${spec.label} not found: ${id}`);
    return doc;
}
function checkUnique(spec, config, parent, doc) {
    if (!spec.uniqueKey)
        return;
    const key = spec.uniqueKey(doc);
    const clash = siblings(spec, config, parent).find(d => d._id !== doc._id && spec.uniqueKey(d) === key);
    if (clash)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(409, 'DuplicateName', `a ${spec.label} with ${key} already exists`);
}
/** Assembles and stores the document built from `body`; returns it. */
function store(spec, ctx, config, input) {
    const built = spec.build({ ctx, config, body: input.body, existing: input.existing, parent: input.parent });
    const doc = { _id: input.id, ...(0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .omit */ .cJ)(built, '_id') };
    if (spec.parent)
        doc[spec.parent.field] = input.parent?._id;
    if (spec.stamp)
        doc.last_modified = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .nowSeconds */ ._C)(ctx);
    checkUnique(spec, config, input.parent, doc);
    const stored = spec.beforeSave ? spec.beforeSave(ctx, config, doc) : doc;
    (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .saveDoc */ .KL)(ctx, config, spec.kind, stored);
    return stored;
}
function reply(config, spec, doc) {
    return spec.body ? { status: spec.status, body: spec.body(config, doc) } : { status: spec.status };
}
function listHandler(spec) {
    const view = spec.listView ?? fullViewOf(spec);
    return (ctx) => {
        const config = ctx.config();
        const parent = loadParent(spec, ctx, config);
        return { status: 200, body: siblings(spec, config, parent).map(doc => view(config, doc)) };
    };
}
function createHandler(spec) {
    return (ctx) => {
        const config = ctx.config();
        const parent = loadParent(spec, ctx, config);
        const doc = store(spec, ctx, config, { body: (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .requireBody */ .WW)(ctx), parent, id: ctx.newId() });
        (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .logWrite */ .wd)(ctx, spec.create.status, `created ${describeDoc(spec, doc)}`);
        return reply(config, spec.create, doc);
    };
}
function getHandler(spec) {
    const view = fullViewOf(spec);
    return (ctx) => {
        const config = ctx.config();
        const doc = loadDoc(spec, ctx, config, loadParent(spec, ctx, config));
        return { status: 200, body: view(config, doc) };
    };
}
function updateHandler(spec, update) {
    return (ctx) => {
        const config = ctx.config();
        const parent = loadParent(spec, ctx, config);
        const existing = loadDoc(spec, ctx, config, parent);
        const body = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .requireBody */ .WW)(ctx);
        (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .checkBodyId */ .Ac)(body, existing._id);
        for (const field of update.required ?? []) {
            if (body[field] === undefined)
                throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(400, 'InvalidParameter', `"${field}" is required`);
        }
        const hidden = ['_id', 'last_modified', ...(spec.parent ? [spec.parent.field] : [])];
        const merged = update.merge ? { ...(0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .omit */ .cJ)(existing, ...hidden), ...body } : body;
        const doc = store(spec, ctx, config, { body: merged, existing, parent, id: existing._id });
        (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .logWrite */ .wd)(ctx, update.status, `updated ${describeDoc(spec, doc)}`);
        return reply(config, update, doc);
    };
}
function deleteHandler(spec) {
    return (ctx) => {
        const config = ctx.config();
        const doc = loadDoc(spec, ctx, config, loadParent(spec, ctx, config));
        spec.beforeRemove?.(config, doc);
        (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .removeDoc */ .lA)(ctx, config, spec.kind, doc._id);
        spec.afterRemove?.(ctx, config, doc);
        (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .logWrite */ .wd)(ctx, spec.remove.status, `deleted ${describeDoc(spec, doc)}`);
        return spec.remove.body === undefined
            ? { status: spec.remove.status }
            : { status: spec.remove.status, body: spec.remove.body };
    };
}
function collectionRoutes(spec) {
    const base = `${_store_js__WEBPACK_IMPORTED_MODULE_1__/* .APP */ .uq}${spec.path}`;
    const item = `${base}/{${spec.idParam}}`;
    const routes = [
        { method: 'GET', pattern: base, handler: listHandler(spec), options: {} },
        { method: 'POST', pattern: base, handler: createHandler(spec), options: { write: true } },
        { method: 'DELETE', pattern: item, handler: deleteHandler(spec), options: { write: true } }
    ];
    if (spec.get !== false)
        routes.push({ method: 'GET', pattern: item, handler: getHandler(spec), options: {} });
    if (spec.update)
        routes.push({
            method: spec.update.method,
            pattern: item,
            handler: updateHandler(spec, spec.update),
            options: { write: true }
        });
    return routes;
}
/** `PUT <item>/<action>` that changes one document in place (enable, disable): 204. */
function itemActionRoute(spec, action, change) {
    const handler = (ctx) => {
        const config = ctx.config();
        const doc = loadDoc(spec, ctx, config, loadParent(spec, ctx, config));
        const updated = { ...doc };
        change(updated);
        if (spec.stamp)
            updated.last_modified = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .nowSeconds */ ._C)(ctx);
        (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .saveDoc */ .KL)(ctx, config, spec.kind, updated);
        (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .logWrite */ .wd)(ctx, 204, `${action}d ${describeDoc(spec, updated)}`);
        return { status: 204 };
    };
    return {
        method: 'PUT',
        pattern: `${_store_js__WEBPACK_IMPORTED_MODULE_1__/* .APP */ .uq}${spec.path}/{${spec.idParam}}/${action}`,
        handler,
        options: { write: true }
    };
}


/***/ }),

/***/ 97495:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  _: () => (/* reexport */ resourceDivergences),
  V: () => (/* binding */ resourceRoutes)
});

// EXTERNAL MODULE: ./src/emulator/resources/auth.ts
var auth = __webpack_require__(87883);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/emulator/resources/archive.ts
// What a dependency upload contains: a package.json's `dependencies`, or the top-level packages of a
// node_modules archive (.zip, .tar, .tgz/.tar.gz), read from each `node_modules/<pkg>/package.json`.
// Only what the emulator needs to report `dependencies_list`; nothing is extracted to disk.

/** Thrown for an upload the server would fail to install; the message becomes the status message. */
class DependencyUploadError extends Error {
}
// `node_modules/<name>/package.json` or `node_modules/@scope/<name>/package.json`, with an optional
// leading directory (`functions/`) or `./`.
const TOP_LEVEL_MANIFEST = /^(?:\.\/)?(?:[^/]+\/)?node_modules\/((?:@[^/]+\/)?[^/@][^/]*)\/package\.json$/;
function manifestDependency(bytes, fallbackName) {
    try {
        const manifest = JSON.parse(bytes.toString('utf8'));
        return {
            name: typeof manifest.name === 'string' ? manifest.name : fallbackName,
            version: typeof manifest.version === 'string' ? manifest.version : ''
        };
    }
    catch {
        return { name: fallbackName, version: '' };
    }
}
/** The `dependencies` of a package.json. */
function packageJsonDependencies(bytes) {
    let manifest;
    try {
        manifest = JSON.parse(bytes.toString('utf8'));
    }
    catch (error) {
        throw new DependencyUploadError(`package.json is not valid JSON: ${error.message}`);
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
        throw new DependencyUploadError('package.json must be a JSON object');
    const deps = manifest.dependencies ?? {};
    if (typeof deps !== 'object' || deps === null || Array.isArray(deps))
        throw new DependencyUploadError('"dependencies" in package.json must be an object');
    return Object.entries(deps).map(([name, version]) => {
        if (typeof version !== 'string')
            throw new DependencyUploadError(`the version of dependency "${name}" must be a string`);
        return { name, version };
    });
}
function zipEntryData(zip, localOffset, method, compressedSize) {
    if (zip.readUInt32LE(localOffset) !== 0x04034b50)
        throw new DependencyUploadError('the zip archive is corrupt (bad local header)');
    const start = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(start, start + compressedSize);
    if (method === 0)
        return data;
    if (method === 8)
        return (0,external_node_zlib_.inflateRawSync)(data);
    throw new DependencyUploadError(`the zip archive uses an unsupported compression method (${method})`);
}
function zipDependencies(zip) {
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
        if (zip.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new DependencyUploadError('the file is not a zip archive');
    const found = [];
    let at = zip.readUInt32LE(eocd + 16);
    for (let n = zip.readUInt16LE(eocd + 10); n > 0; n--) {
        if (zip.readUInt32LE(at) !== 0x02014b50)
            throw new DependencyUploadError('the zip archive is corrupt (bad central directory)');
        const nameLength = zip.readUInt16LE(at + 28);
        const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
        const match = TOP_LEVEL_MANIFEST.exec(name);
        if (match) {
            const data = zipEntryData(zip, zip.readUInt32LE(at + 42), zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 20));
            found.push(manifestDependency(data, match[1]));
        }
        at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    return found;
}
function tarString(block, start, length) {
    const field = block.subarray(start, start + length);
    const end = field.indexOf(0);
    return field.subarray(0, end < 0 ? field.length : end).toString('utf8');
}
function tarDependencies(tar) {
    const found = [];
    for (let at = 0; at + 512 <= tar.length;) {
        const header = tar.subarray(at, at + 512);
        if (header.every(b => b === 0))
            break;
        const size = parseInt(tarString(header, 124, 12).trim() || '0', 8);
        if (Number.isNaN(size))
            throw new DependencyUploadError('the tar archive is corrupt (bad entry size)');
        const prefix = tarString(header, 345, 155);
        const name = prefix ? `${prefix}/${tarString(header, 0, 100)}` : tarString(header, 0, 100);
        const match = TOP_LEVEL_MANIFEST.exec(name);
        if (match && (header[156] === 0x30 || header[156] === 0))
            found.push(manifestDependency(tar.subarray(at + 512, at + 512 + size), match[1]));
        at += 512 + Math.ceil(size / 512) * 512;
    }
    return found;
}
/** The dependencies an uploaded file declares or contains, by its file name. */
function uploadedDependencies(fileName, bytes) {
    const lower = fileName.toLowerCase();
    if (lower.endsWith('.json'))
        return packageJsonDependencies(bytes);
    if (lower.endsWith('.zip'))
        return zipDependencies(bytes);
    if (lower.endsWith('.tar'))
        return tarDependencies(bytes);
    if (lower.endsWith('.tgz') || lower.endsWith('.tar.gz')) {
        let tar;
        try {
            tar = (0,external_node_zlib_.gunzipSync)(bytes);
        }
        catch {
            throw new DependencyUploadError(`${fileName} is not a gzip archive`);
        }
        return tarDependencies(tar);
    }
    throw new DependencyUploadError(`cannot install ${fileName}: upload a package.json or a .zip, .tar, .tgz or .tar.gz archive of node_modules`);
}

// EXTERNAL MODULE: ./src/emulator/resources/store.ts
var store = __webpack_require__(99404);
// EXTERNAL MODULE: ./src/emulator/resources/validate.ts
var validate = __webpack_require__(52651);
;// CONCATENATED MODULE: ./src/emulator/resources/hosting.ts


/** How long a hosting or dependency change stays in progress, in emulator time. */
const SETTLE_MS = 200;
function hostingConfig(ctx) {
    return (0,store/* readSingleton */.Sp)(ctx.config(), 'hosting_config') ?? { enabled: false };
}
function appDefaultDomain(ctx) {
    return `${ctx.appRecord.app.client_app_id}.mongodbstitch.com`;
}
function getHostingConfig(ctx) {
    const stored = hostingConfig(ctx);
    const changedMs = typeof stored.changed_ms === 'number' ? stored.changed_ms : -Infinity;
    return {
        status: 200,
        body: {
            enabled: stored.enabled === true,
            status: ctx.now() - changedMs < SETTLE_MS ? 'change_in_progress' : 'setup_ok',
            default_domain: { provider_type: 'aws', config: { app_default_domain: appDefaultDomain(ctx) } }
        }
    };
}
function patchHostingConfig(ctx) {
    const enabled = (0,validate/* requireBoolean */.ay)((0,validate/* requireBody */.WW)(ctx).enabled, 'enabled');
    const current = hostingConfig(ctx);
    const changed = current.enabled !== enabled;
    (0,store/* writeSingleton */.$Z)(ctx, ctx.config(), 'hosting_config', {
        enabled,
        ...(changed ? { changed_ms: ctx.now() } : { changed_ms: current.changed_ms })
    });
    (0,store/* logWrite */.wd)(ctx, 204, `${enabled ? 'enabled' : 'disabled'} hosting`);
    return { status: 204 };
}
function invalidateCache(ctx) {
    const body = (0,validate/* requireBody */.WW)(ctx);
    (0,validate/* requireBoolean */.ay)(body.invalidate, 'invalidate');
    const path = (0,validate/* requireString */.VW)(body.path, 'path');
    if (!path.startsWith('/'))
        throw (0,validate/* badRequest */.li)(`"path" must start with "/": ${JSON.stringify(path)}`);
    (0,store/* logWrite */.wd)(ctx, 204, `invalidated the hosting cache for ${path}`);
    return { status: 204 };
}
function hostingRoutes() {
    return [
        { method: 'GET', pattern: `${store/* APP */.uq}/hosting/config`, handler: getHostingConfig, options: {} },
        {
            method: 'PATCH',
            pattern: `${store/* APP */.uq}/hosting/config`,
            handler: patchHostingConfig,
            options: { write: true }
        },
        { method: 'PUT', pattern: `${store/* APP */.uq}/hosting/cache`, handler: invalidateCache, options: { write: true } }
    ];
}

// EXTERNAL MODULE: ./src/emulator/types.ts
var types = __webpack_require__(25522);
;// CONCATENATED MODULE: ./src/emulator/resources/multipart.ts
// A small parser for `multipart/mixed` and `multipart/form-data` bodies (RFC 2046 / 7578): hosting
// uploads (realm-cli sends multipart/mixed with form-data dispositions) and dependency uploads.
// Parts are raw bytes; nothing is decoded beyond the part headers.

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');
function invalid(message) {
    return new types/* HttpError */.j(400, 'InvalidMultipart', message);
}
/** The boundary of a multipart content type, or 400 when the type is not multipart. */
function multipartBoundary(contentType) {
    const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'multipart/mixed' && type !== 'multipart/form-data') {
        throw invalid(`expected a multipart/mixed or multipart/form-data body, got ${JSON.stringify(contentType ?? '')}`);
    }
    const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
    const boundary = match?.[1] ?? match?.[2];
    if (!boundary)
        throw invalid('the multipart content type has no boundary parameter');
    return boundary;
}
/** `form-data; name="meta"; filename="x.zip"` -> its parameters. */
function dispositionParams(value) {
    const params = {};
    for (const match of value.matchAll(/;\s*([A-Za-z*]+)=(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g)) {
        params[match[1].toLowerCase()] =
            match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : match[3].trim();
    }
    return params;
}
function parsePart(raw) {
    const end = raw.indexOf(HEADER_END);
    const headerText = end < 0 ? raw.toString('latin1') : raw.subarray(0, end).toString('latin1');
    const headers = {};
    for (const line of headerText.split('\r\n')) {
        const colon = line.indexOf(':');
        if (colon > 0)
            headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const params = dispositionParams(headers['content-disposition'] ?? '');
    if (!params.name)
        throw invalid('a multipart part has no Content-Disposition name');
    const body = end < 0 ? Buffer.alloc(0) : raw.subarray(end + HEADER_END.length);
    return { name: params.name, filename: params.filename, headers, body };
}
/** Splits a multipart body into its parts (400 on a malformed body). */
function parseMultipart(contentType, body) {
    const delimiter = Buffer.from(`--${multipartBoundary(contentType)}`);
    const next = Buffer.concat([CRLF, delimiter]);
    let start = body.indexOf(delimiter);
    if (start < 0)
        throw invalid('the multipart body does not contain its boundary');
    const parts = [];
    for (;;) {
        const afterDelimiter = start + delimiter.length;
        if (body.subarray(afterDelimiter, afterDelimiter + 2).toString('latin1') === '--')
            return parts;
        if (!body.subarray(afterDelimiter, afterDelimiter + 2).equals(CRLF))
            throw invalid('a multipart boundary is not followed by a line break');
        const end = body.indexOf(next, afterDelimiter + 2);
        if (end < 0)
            throw invalid('the multipart body ends without its closing boundary');
        parts.push(parsePart(body.subarray(afterDelimiter + 2, end)));
        start = end + CRLF.length;
    }
}

;// CONCATENATED MODULE: ./src/emulator/resources/dependencies.ts





/** DOCS: zipped node_modules may be at most 15 MB. */
const MAX_DEPENDENCY_BYTES = 15 * 1024 * 1024;
function filePart(ctx) {
    const contentType = ctx.headers['content-type'];
    const parts = parseMultipart(Array.isArray(contentType) ? contentType[0] : contentType, ctx.rawBody);
    const file = parts.find(p => p.name === 'file');
    if (!file)
        throw (0,validate/* badRequest */.li)('the upload has no "file" part');
    if (file.body.length > MAX_DEPENDENCY_BYTES)
        throw (0,validate/* badRequest */.li)(`the upload is ${file.body.length} bytes: dependency archives may be at most 15 MB`);
    return file;
}
/** Applies a finished install (once its time has come) to the app record. */
function settle(ctx) {
    const record = ctx.appRecord;
    const pending = record.dependencies?.pending;
    if (!pending || ctx.now() - pending.uploaded_ms < SETTLE_MS)
        return;
    const previous = (0,store/* omit */.cJ)(record.dependencies, 'pending');
    if (pending.error !== undefined) {
        record.dependencies = Object.keys(previous).length > 0 ? previous : null;
        record.dependencies_status = { status: 'failed', status_message: pending.error };
        return;
    }
    record.dependencies = {
        _id: previous._id ?? ctx.newId(),
        location: record.app.location,
        user_id: ctx.user.user_id,
        last_modified: Math.floor(pending.uploaded_ms / 1000),
        dependencies_list: pending.list
    };
    record.dependencies_status = {
        status: 'successful',
        status_message: `installed ${pending.list?.length ?? 0} dependencies from ${pending.file_name}`
    };
}
function installedList(ctx) {
    const list = ctx.appRecord.dependencies?.dependencies_list;
    return Array.isArray(list) ? list : [];
}
function getDependencies(ctx) {
    settle(ctx);
    const deps = ctx.appRecord.dependencies;
    if (!deps || deps.dependencies_list === undefined)
        return { status: 200, body: { location: ctx.appRecord.app.location, dependencies_list: [] } };
    return { status: 200, body: (0,store/* omit */.cJ)(deps, 'pending') };
}
function uploadDependencies(ctx) {
    settle(ctx);
    const file = filePart(ctx);
    const fileName = file.filename ?? 'package.json';
    let pending;
    try {
        pending = { uploaded_ms: ctx.now(), list: uploadedDependencies(fileName, file.body), file_name: fileName };
    }
    catch (error) {
        if (!(error instanceof DependencyUploadError))
            throw error;
        pending = { uploaded_ms: ctx.now(), error: error.message, file_name: fileName };
    }
    ctx.appRecord.dependencies = { ...(ctx.appRecord.dependencies ?? {}), pending };
    ctx.appRecord.dependencies_status = {
        status: 'created',
        status_message: `installing dependencies from ${fileName}`
    };
    (0,store/* logWrite */.wd)(ctx, 204, `uploaded dependencies (${fileName}, ${file.body.length} bytes) at ${(0,store/* nowSeconds */._C)(ctx)}`);
    return { status: 204 };
}
function getStatus(ctx) {
    settle(ctx);
    return {
        status: 200,
        body: ctx.appRecord.dependencies_status ?? {
            status: 'successful',
            status_message: 'no dependencies uploaded'
        }
    };
}
function diffDependencies(ctx) {
    settle(ctx);
    const file = filePart(ctx);
    let proposed;
    try {
        proposed = uploadedDependencies(file.filename ?? 'package.json', file.body);
    }
    catch (error) {
        if (error instanceof DependencyUploadError)
            throw (0,validate/* badRequest */.li)(error.message);
        throw error;
    }
    const current = new Map(installedList(ctx).map(d => [d.name, d.version]));
    const names = new Set(proposed.map(d => d.name));
    return {
        status: 200,
        body: {
            added: proposed.filter(d => !current.has(d.name)),
            deleted: installedList(ctx).filter(d => !names.has(d.name)),
            modified: proposed
                .filter(d => current.has(d.name) && current.get(d.name) !== d.version)
                .map(d => ({ name: d.name, version: d.version, previous_version: current.get(d.name) }))
        }
    };
}
function dependencyRoutes() {
    const path = `${store/* APP */.uq}/dependencies`;
    return [
        // Reads settle a finished install, so they count as writes for persistence.
        { method: 'GET', pattern: path, handler: getDependencies, options: { write: true } },
        { method: 'PUT', pattern: path, handler: uploadDependencies, options: { write: true } },
        { method: 'GET', pattern: `${path}/status`, handler: getStatus, options: { write: true } },
        { method: 'POST', pattern: `${path}/diff`, handler: diffDependencies, options: {} }
    ];
}

// EXTERNAL MODULE: ./src/emulator/resources/collection.ts
var collection = __webpack_require__(50617);
// EXTERNAL MODULE: ./src/emulator/resources/refs.ts
var refs = __webpack_require__(15047);
;// CONCATENATED MODULE: ./src/emulator/resources/endpoints.ts
// HTTPS endpoints (`G/A/endpoints`, unique per route and method, DELETE 200 `{}`) and the Data API
// config singleton (`G/A/data_api/config`: POST 201 to enable, PATCH 204, GET 404 until created).





const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*'];
const VALIDATION_METHODS = ['NO_VALIDATION', 'SECRET_AS_QUERY_PARAM', 'VERIFY_PAYLOAD'];
const RETURN_TYPES = ['JSON', 'EJSON'];
const ENDPOINT_FLAGS = ['respond_result', 'fetch_custom_user_data', 'create_user_on_auth', 'disabled'];
function buildEndpoint({ body, config }) {
    const route = (0,validate/* requireString */.VW)(body.route, 'route');
    if (!route.startsWith('/'))
        throw (0,validate/* badRequest */.li)(`"route" must start with "/": ${JSON.stringify(route)}`);
    const doc = {
        route,
        http_method: (0,validate/* requireEnum */.bd)(body.http_method, 'http_method', HTTP_METHODS),
        function_id: (0,refs/* resolveFunction */.ht)(config, (0,validate/* requireString */.VW)(body.function_id, 'function_id'), undefined, '')
            .function_id,
        validation_method: (0,validate/* requireEnum */.bd)(body.validation_method, 'validation_method', VALIDATION_METHODS),
        // `return_type` is required by the spec but absent from the local file format: JSON when omitted.
        return_type: body.return_type === undefined ? 'JSON' : (0,validate/* unsetOrEnum */.Aq)(body.return_type, 'return_type', RETURN_TYPES)
    };
    for (const flag of ENDPOINT_FLAGS)
        doc[flag] = (0,validate/* optionalBoolean */.Jz)(body[flag], flag, false);
    if (doc.validation_method !== 'NO_VALIDATION') {
        const secretId = (0,validate/* requireString */.VW)(body.secret_id, 'secret_id');
        if (!(0,store/* docById */.pI)(config, 'secrets', secretId))
            throw (0,validate/* badRequest */.li)(`"secret_id" names no secret of this app: ${JSON.stringify(secretId)}`);
        doc.secret_id = secretId;
    }
    return doc;
}
/** An endpoint as reads show it: with its function's name. */
function endpointView(config, doc) {
    return { ...doc, function_name: (0,refs/* functionName */.AQ)(config, doc.function_id) ?? '' };
}
const endpointsSpec = {
    kind: 'endpoints',
    path: '/endpoints',
    idParam: 'endpointId',
    label: 'endpoint',
    notFoundCode: 'EndpointNotFound',
    uniqueKey: doc => `route ${JSON.stringify(doc.route)} and http_method ${JSON.stringify(doc.http_method)}`,
    build: buildEndpoint,
    fullView: endpointView,
    create: { status: 201, body: endpointView },
    update: { method: 'PUT', status: 200, body: endpointView },
    remove: { status: 200, body: {} }
};
function checkDataApiConfig(config, body) {
    const doc = {
        ...body,
        disabled: (0,validate/* optionalBoolean */.Jz)(body.disabled, 'disabled', false),
        versions: (0,validate/* requireEnumList */.rH)(body.versions, 'versions', ['v1']),
        return_type: (0,validate/* requireEnum */.bd)(body.return_type, 'return_type', RETURN_TYPES),
        // Exports write "" for a Data API that never chose a method (no validation).
        validation_method: body.validation_method === ''
            ? ''
            : (0,validate/* requireEnum */.bd)(body.validation_method, 'validation_method', VALIDATION_METHODS)
    };
    for (const field of ['run_as_user_id', 'run_as_user_id_script_source'])
        (0,validate/* optionalString */.sx)(body[field], field);
    (0,validate/* optionalObject */.u9)(body.can_evaluate, 'can_evaluate');
    if (doc.validation_method !== 'NO_VALIDATION' && doc.validation_method !== '')
        (0,refs/* requireSecretName */.Ft)(config, body.secret_name, 'secret_name');
    return doc;
}
function getDataApiConfig(ctx) {
    const stored = (0,store/* readSingleton */.Sp)(ctx.config(), 'data_api_config');
    if (!stored)
        throw new types/* HttpError */.j(404, 'DataApiConfigNotFound', 'the Data API is not configured for this app');
    return { status: 200, body: stored };
}
function createDataApiConfig(ctx) {
    const config = ctx.config();
    if ((0,store/* readSingleton */.Sp)(config, 'data_api_config'))
        throw new types/* HttpError */.j(409, 'DataApiConfigExists', 'the Data API is already configured: use PATCH');
    const doc = checkDataApiConfig(config, (0,validate/* requireBody */.WW)(ctx));
    (0,store/* writeSingleton */.$Z)(ctx, config, 'data_api_config', doc);
    (0,store/* logWrite */.wd)(ctx, 201, 'created the Data API config');
    return { status: 201, body: doc };
}
function patchDataApiConfig(ctx) {
    const config = ctx.config();
    const stored = (0,store/* readSingleton */.Sp)(config, 'data_api_config');
    if (!stored)
        throw new types/* HttpError */.j(404, 'DataApiConfigNotFound', 'the Data API is not configured for this app: POST it first');
    (0,store/* writeSingleton */.$Z)(ctx, config, 'data_api_config', checkDataApiConfig(config, { ...stored, ...(0,validate/* requireBody */.WW)(ctx) }));
    (0,store/* logWrite */.wd)(ctx, 204, 'updated the Data API config');
    return { status: 204 };
}
function endpointRoutes() {
    const path = `${store/* APP */.uq}/data_api/config`;
    return [
        ...(0,collection/* collectionRoutes */.xl)(endpointsSpec),
        { method: 'GET', pattern: path, handler: getDataApiConfig, options: {} },
        { method: 'POST', pattern: path, handler: createDataApiConfig, options: { write: true } },
        { method: 'PATCH', pattern: path, handler: patchDataApiConfig, options: { write: true } },
        {
            method: 'GET',
            pattern: `${store/* APP */.uq}/data_api/versions`,
            handler: () => ({ status: 200, body: ['v1'] }),
            options: {}
        }
    ];
}

;// CONCATENATED MODULE: ./src/emulator/resources/environments.ts



const ENVIRONMENTS = ['', 'development', 'testing', 'qa', 'production'];
/** The keys of EnvironmentValue.values: `none` stands for "no environment". */
const ENVIRONMENT_KEYS = ['none', 'development', 'testing', 'qa', 'production'];
/** The environment the user's config selects. */
function activeEnvironment(ctx) {
    return (0,store/* readSingleton */.Sp)(ctx.config(), 'environment') ?? ctx.appRecord.app.environment ?? '';
}
function setEnvironment(ctx) {
    const body = (0,validate/* requireBody */.WW)(ctx);
    const environment = body.environment ?? '';
    if (typeof environment !== 'string' || !ENVIRONMENTS.includes(environment)) {
        throw (0,validate/* badRequest */.li)(`Invalid environment ${JSON.stringify(environment)}: use one of "", "development", "testing", "qa", "production"`);
    }
    const config = ctx.config();
    (0,store/* writeSingleton */.$Z)(ctx, config, 'environment', environment);
    if (config === ctx.appRecord.live)
        ctx.appRecord.app.environment = environment;
    (0,store/* logWrite */.wd)(ctx, 200, `set environment ${JSON.stringify(environment)}`);
    return { status: 200, body: { ...ctx.appRecord.app, environment } };
}
function buildEnvironmentValue({ body }) {
    const name = (0,validate/* requireSimpleName */.b1)(body.name, 'name', 'environment value');
    const values = (0,validate/* optionalObject */.u9)(body.values, 'values') ?? {};
    for (const key of Object.keys(values)) {
        if (!ENVIRONMENT_KEYS.includes(key)) {
            throw (0,validate/* badRequest */.li)(`"values.${key}" is not an environment: use ${ENVIRONMENT_KEYS.join(', ')}`);
        }
    }
    return { name, values };
}
const description = (_config, doc) => (0,store/* pick */.Up)(doc, '_id', 'name', 'last_modified');
const environmentValuesSpec = {
    kind: 'environment_values',
    path: '/environment_values',
    idParam: 'environmentValueId',
    label: 'environment value',
    notFoundCode: 'EnvironmentValueNotFound',
    uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
    build: buildEnvironmentValue,
    stamp: true,
    listView: description,
    create: { status: 201, body: description },
    update: { method: 'PUT', status: 200, body: description },
    remove: { status: 204 }
};
/** `{none: {values: {...}}, development: {...}, ...}`: the per-environment transposition pull shows. */
function environmentsByKey(docs) {
    const out = {};
    for (const key of ENVIRONMENT_KEYS)
        out[key] = { values: {} };
    for (const doc of docs) {
        const values = (0,validate/* isObject */.Gv)(doc.values) ? doc.values : {};
        for (const [key, value] of Object.entries(values))
            out[key].values[doc.name] = value;
    }
    return out;
}
function environmentRoutes() {
    return [
        { method: 'PUT', pattern: `${store/* APP */.uq}/environment`, handler: setEnvironment, options: { write: true } },
        ...(0,collection/* collectionRoutes */.xl)(environmentValuesSpec)
    ];
}

;// CONCATENATED MODULE: ./src/emulator/resources/functions.ts




// Folders are part of a function's name (`utils/add`); every segment uses the plain name alphabet.
const FUNCTION_NAME = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/;
function buildFunction({ body, config, existing }) {
    const name = (0,validate/* requireString */.VW)(body.name, 'name');
    if (!FUNCTION_NAME.test(name)) {
        throw (0,validate/* badRequest */.li)(`invalid function name ${JSON.stringify(name)}: use ASCII letters, digits, "_" or "-", with "/" between folder names`);
    }
    if (existing && existing.name !== name) {
        (0,refs/* refuseIfUsed */.Le)((0,refs/* functionNameUsers */.OL)(config, existing.name), `rename function "${String(existing.name)}"`);
    }
    const doc = {
        name,
        private: (0,validate/* requireBoolean */.ay)(body.private, 'private'),
        source: (0,validate/* requireString */.VW)(body.source, 'source')
    };
    const canEvaluate = (0,validate/* optionalObject */.u9)(body.can_evaluate, 'can_evaluate');
    if (canEvaluate)
        doc.can_evaluate = canEvaluate;
    doc.run_as_system = (0,validate/* optionalBoolean */.Jz)(body.run_as_system, 'run_as_system', false);
    doc.disable_arg_logs = (0,validate/* optionalBoolean */.Jz)(body.disable_arg_logs, 'disable_arg_logs', false);
    const userId = (0,validate/* optionalString */.sx)(body.run_as_user_id, 'run_as_user_id') ?? '';
    const userScript = (0,validate/* optionalString */.sx)(body.run_as_user_id_script_source, 'run_as_user_id_script_source') ?? '';
    if (userId !== '' && userScript !== '')
        throw (0,validate/* badRequest */.li)('"run_as_user_id" cannot be used with "run_as_user_id_script_source"');
    if (userId !== '')
        doc.run_as_user_id = userId;
    if (userScript !== '')
        doc.run_as_user_id_script_source = userScript;
    return doc;
}
const functionsSpec = {
    kind: 'functions',
    path: '/functions',
    idParam: 'functionId',
    label: 'function',
    notFoundCode: 'FunctionNotFound',
    uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
    build: buildFunction,
    stamp: true,
    listView: (_config, doc) => (0,store/* pick */.Up)(doc, '_id', 'name', 'last_modified'),
    create: { status: 201, body: (_config, doc) => (0,store/* pick */.Up)(doc, '_id', 'name') },
    update: { method: 'PUT', status: 200, body: (_config, doc) => doc },
    remove: { status: 204 },
    beforeRemove: (config, doc) => (0,refs/* refuseIfUsed */.Le)((0,refs/* functionUsers */.Dq)(config, doc._id), `delete function "${String(doc.name)}"`)
};
function functionRoutes() {
    return (0,collection/* collectionRoutes */.xl)(functionsSpec);
}

;// CONCATENATED MODULE: ./src/emulator/resources/graphql.ts




const TYPE_FORMATS = ['scalar', 'scalar-list', 'generated', 'generated-list', 'custom'];
const VALIDATION_ACTIONS = ['ERROR', 'WARN'];
const VALIDATION_LEVELS = ['STRICT', 'OFF'];
/** New apps start with natural pluralization on. */
function graphqlConfig(config) {
    const stored = (0,store/* readSingleton */.Sp)(config, 'graphql_config');
    return (0,validate/* isObject */.Gv)(stored) ? stored : { use_natural_pluralization: true, disable_schema_introspection: false };
}
function graphqlValidation(config) {
    const stored = (0,store/* readSingleton */.Sp)(config, 'graphql_validation');
    return (0,validate/* isObject */.Gv)(stored)
        ? stored
        : {
            read_validation_action: 'ERROR',
            read_validation_level: 'OFF',
            write_validation_action: 'ERROR',
            write_validation_level: 'OFF'
        };
}
function putGraphqlConfig(ctx) {
    const body = (0,validate/* requireBody */.WW)(ctx);
    if (body.use_natural_pluralization === false) {
        throw (0,validate/* badRequest */.li)('cannot set "use_natural_pluralization" to false: it can only be chosen when the app is created');
    }
    const doc = {
        use_natural_pluralization: (0,validate/* optionalBoolean */.Jz)(body.use_natural_pluralization, 'use_natural_pluralization', true),
        disable_schema_introspection: (0,validate/* optionalBoolean */.Jz)(body.disable_schema_introspection, 'disable_schema_introspection', false)
    };
    (0,store/* writeSingleton */.$Z)(ctx, ctx.config(), 'graphql_config', doc);
    (0,store/* logWrite */.wd)(ctx, 204, 'updated the GraphQL config');
    return { status: 204 };
}
function putGraphqlValidation(ctx) {
    const body = (0,validate/* requireBody */.WW)(ctx);
    const doc = {};
    for (const op of ['read', 'write']) {
        doc[`${op}_validation_action`] = (0,validate/* requireEnum */.bd)(body[`${op}_validation_action`], `${op}_validation_action`, VALIDATION_ACTIONS);
        doc[`${op}_validation_level`] = (0,validate/* requireEnum */.bd)(body[`${op}_validation_level`], `${op}_validation_level`, VALIDATION_LEVELS);
    }
    (0,store/* writeSingleton */.$Z)(ctx, ctx.config(), 'graphql_validation', doc);
    (0,store/* logWrite */.wd)(ctx, 204, 'updated the GraphQL validation settings');
    return { status: 204 };
}
function putNullTypeValidation(ctx) {
    const body = (0,validate/* requireBody */.WW)(ctx);
    const doc = { enabled: (0,validate/* optionalBoolean */.Jz)(body.enabled, 'enabled', false) };
    (0,store/* writeSingleton */.$Z)(ctx, ctx.config(), 'null_type_schema_validation', doc);
    (0,store/* logWrite */.wd)(ctx, 204, `set null type schema validation (enabled: ${String(doc.enabled)})`);
    return { status: 204 };
}
function checkType(body, typeKey, formatKey) {
    // Unset: absent, null or "" (kept as sent).
    const type = body[typeKey];
    const unset = type === undefined || type === null || type === '';
    if (!unset && typeof type !== 'string' && !(0,validate/* isObject */.Gv)(type))
        throw (0,validate/* badRequest */.li)(`"${typeKey}" must be a type name or a JSON schema object`);
    (0,validate/* unsetOrEnum */.Aq)(body[formatKey], formatKey, TYPE_FORMATS);
    if (!unset && (body[formatKey] === undefined || body[formatKey] === null || body[formatKey] === ''))
        throw (0,validate/* badRequest */.li)(`"${formatKey}" is required with "${typeKey}"`);
}
function buildResolver({ body, config }) {
    const doc = {
        ...body,
        on_type: (0,validate/* requireString */.VW)(body.on_type, 'on_type'),
        field_name: (0,validate/* requireString */.VW)(body.field_name, 'field_name'),
        function_id: (0,refs/* resolveFunction */.ht)(config, (0,validate/* requireString */.VW)(body.function_id, 'function_id'), undefined, '')
            .function_id
    };
    delete doc.function_name;
    checkType(body, 'input_type', 'input_type_format');
    checkType(body, 'payload_type', 'payload_type_format');
    return doc;
}
const customResolversSpec = {
    kind: 'custom_resolvers',
    path: '/graphql/custom_resolvers',
    idParam: 'customResolverId',
    label: 'custom resolver',
    notFoundCode: 'CustomResolverNotFound',
    uniqueKey: doc => `on_type ${JSON.stringify(doc.on_type)} and field_name ${JSON.stringify(doc.field_name)}`,
    build: buildResolver,
    create: { status: 201, body: (_config, doc) => doc },
    update: { method: 'PUT', status: 204 },
    remove: { status: 204 }
};
function graphqlRoutes() {
    const singleton = (path, read, put) => [
        {
            method: 'GET',
            pattern: `${store/* APP */.uq}${path}`,
            handler: ctx => ({ status: 200, body: read(ctx.config()) }),
            options: {}
        },
        { method: 'PUT', pattern: `${store/* APP */.uq}${path}`, handler: put, options: { write: true } }
    ];
    const nullType = (config) => (0,store/* readSingleton */.Sp)(config, 'null_type_schema_validation') ?? { enabled: false };
    return [
        ...singleton('/graphql/config', graphqlConfig, putGraphqlConfig),
        ...singleton('/validation_settings/graphql', graphqlValidation, putGraphqlValidation),
        ...singleton('/validation_settings/null_type_schema_validation', nullType, putNullTypeValidation),
        ...(0,collection/* collectionRoutes */.xl)(customResolversSpec)
    ];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/emulator/resources/hosting-assets.ts
// Hosted assets (`G/A/hosting/assets[/asset]`): list, metadata, upload (multipart/mixed as realm-cli
// sends it, or multipart/form-data: a `meta` JSON part and a `file` part, checked against the MD5
// and size the meta claims), attribute replacement, delete, move/copy. Assets are not draft-scoped:
// they live on the app record with their bytes (base64) so a restart keeps them.






/** Static hosting's file size limit (DOCS: 25 MB). */
const MAX_ASSET_BYTES = 25 * 1024 * 1024;
const ATTRIBUTE_NAMES = [
    'Content-Type',
    'Content-Disposition',
    'Content-Language',
    'Content-Encoding',
    'Cache-Control',
    'Website-Redirect-Location'
];
function assetView(ctx, asset) {
    const { path, hash, size, attrs, last_modified } = asset;
    return {
        appId: ctx.appRecord.app._id,
        path,
        hash,
        size,
        last_modified,
        url: `https://${appDefaultDomain(ctx)}${encodeURI(path)}`,
        attrs
    };
}
function checkPath(path, field) {
    if (!path.startsWith('/') || path === '/')
        throw (0,validate/* badRequest */.li)(`"${field}" must be a file path starting with "/": ${JSON.stringify(path)}`);
    return path;
}
function pathParam(ctx) {
    return checkPath((0,validate/* requireString */.VW)(ctx.query.get('path') ?? undefined, 'path'), 'path');
}
function requireAsset(ctx, path) {
    const asset = ctx.appRecord.hosting_assets[path];
    if (!asset)
        throw new types/* HttpError */.j(404, 'AssetNotFound', `no hosted asset at ${path}`);
    return asset;
}
function checkAttributes(value, field) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value))
        throw (0,validate/* badRequest */.li)(`"${field}" must be an array of {name, value}`);
    return value.map((item, i) => {
        if (!(0,validate/* isObject */.Gv)(item) || typeof item.name !== 'string' || typeof item.value !== 'string') {
            throw (0,validate/* badRequest */.li)(`"${field}[${i}]" must be {"name": string, "value": string}`);
        }
        if (!ATTRIBUTE_NAMES.includes(item.name)) {
            throw (0,validate/* badRequest */.li)(`"${field}[${i}].name" ${JSON.stringify(item.name)} is not a metadata attribute: use one of ${ATTRIBUTE_NAMES.join(', ')}`);
        }
        return { name: item.name, value: item.value };
    });
}
/** The directory a listing with `recursive=false` shows: the prefix's own directory. */
function listingDir(prefix) {
    return prefix.endsWith('/') ? prefix : `${prefix}/`;
}
function listAssets(ctx) {
    const prefix = ctx.query.get('prefix') ?? '/';
    // The spec lists "all hosted assets" and has no `recursive` parameter, so only an explicit
    // `recursive=false` narrows the list to one directory (realm-cli always sends `recursive=true`).
    const recursive = ctx.query.get('recursive') !== 'false';
    const dir = listingDir(prefix);
    const paths = Object.keys(ctx.appRecord.hosting_assets)
        .filter(p => p.startsWith(prefix) && (recursive || (p.startsWith(dir) && !p.slice(dir.length).includes('/'))))
        .sort();
    const root = prefix === '/'
        ? [
            assetView(ctx, {
                path: '/',
                hash: '',
                size: 0,
                attrs: [],
                last_modified: ctx.appRecord.app.last_modified
            })
        ]
        : [];
    return { status: 200, body: [...root, ...paths.map(p => assetView(ctx, ctx.appRecord.hosting_assets[p]))] };
}
function uploadParts(ctx) {
    const contentType = ctx.headers['content-type'];
    const parts = parseMultipart(Array.isArray(contentType) ? contentType[0] : contentType, ctx.rawBody);
    const metaPart = parts.find(p => p.name === 'meta');
    const file = parts.find(p => p.name === 'file');
    if (!metaPart)
        throw (0,validate/* badRequest */.li)('the upload has no "meta" part (the asset metadata document)');
    if (!file)
        throw (0,validate/* badRequest */.li)('the upload has no "file" part (the asset bytes)');
    let meta;
    try {
        meta = JSON.parse(metaPart.body.toString('utf8'));
    }
    catch {
        throw (0,validate/* badRequest */.li)('the "meta" part is not valid JSON');
    }
    if (!(0,validate/* isObject */.Gv)(meta))
        throw (0,validate/* badRequest */.li)('the "meta" part must be a JSON object');
    return { meta, file };
}
function uploadPath(ctx, meta) {
    const fromQuery = ctx.query.get('path');
    const fromMeta = meta.path === undefined ? undefined : (0,validate/* requireString */.VW)(meta.path, 'meta.path');
    if (fromQuery !== null && fromMeta !== undefined && fromQuery !== fromMeta) {
        throw (0,validate/* badRequest */.li)(`the "path" query (${fromQuery}) and "meta.path" (${fromMeta}) differ`);
    }
    return checkPath(fromQuery ?? (0,validate/* requireString */.VW)(fromMeta, 'meta.path'), 'meta.path');
}
function checkBytes(meta, bytes, path) {
    if (bytes.length > MAX_ASSET_BYTES) {
        throw new types/* HttpError */.j(400, 'AssetTooLarge', `${path} is ${bytes.length} bytes: static hosting accepts files up to 25 MB (${MAX_ASSET_BYTES} bytes)`);
    }
    const hash = (0,external_node_crypto_.createHash)('md5').update(bytes).digest('hex');
    if (meta.hash !== undefined && meta.hash !== '' && String(meta.hash).toLowerCase() !== hash) {
        throw (0,validate/* badRequest */.li)(`"meta.hash" ${JSON.stringify(meta.hash)} is not the MD5 of the uploaded bytes of ${path} (${hash})`);
    }
    if (meta.size !== undefined && meta.size !== bytes.length) {
        throw (0,validate/* badRequest */.li)(`"meta.size" ${JSON.stringify(meta.size)} is not the size of the uploaded bytes of ${path} (${bytes.length})`);
    }
    return hash;
}
function uploadAsset(ctx) {
    const { meta, file } = uploadParts(ctx);
    const path = uploadPath(ctx, meta);
    if (meta.appId !== undefined && meta.appId !== ctx.appRecord.app._id) {
        throw (0,validate/* badRequest */.li)(`"meta.appId" ${JSON.stringify(meta.appId)} is not this app's id`);
    }
    const attrs = checkAttributes(meta.attrs, 'meta.attrs');
    const hash = checkBytes(meta, file.body, path);
    const asset = {
        path,
        hash,
        size: file.body.length,
        attrs,
        last_modified: (0,store/* nowSeconds */._C)(ctx),
        body: file.body.toString('base64')
    };
    ctx.appRecord.hosting_assets[path] = asset;
    (0,store/* logWrite */.wd)(ctx, 204, `uploaded hosted asset ${path} (${asset.size} bytes)`);
    return { status: 204 };
}
function patchAttributes(ctx) {
    const path = pathParam(ctx);
    const asset = requireAsset(ctx, path);
    const body = (0,validate/* requireBody */.WW)(ctx);
    if (body.attributes === undefined)
        throw (0,validate/* badRequest */.li)('"attributes" is required');
    asset.attrs = checkAttributes(body.attributes, 'attributes');
    asset.last_modified = (0,store/* nowSeconds */._C)(ctx);
    (0,store/* logWrite */.wd)(ctx, 204, `replaced the attributes of hosted asset ${path}`);
    return { status: 204 };
}
function deleteAsset(ctx) {
    const path = pathParam(ctx);
    requireAsset(ctx, path);
    delete ctx.appRecord.hosting_assets[path];
    (0,store/* logWrite */.wd)(ctx, 204, `deleted hosted asset ${path}`);
    return { status: 204 };
}
function moveOrCopy(ctx) {
    const body = (0,validate/* requireBody */.WW)(ctx);
    const move = body.move_from !== undefined || body.move_to !== undefined;
    const copy = body.copy_from !== undefined || body.copy_to !== undefined;
    if (move === copy)
        throw (0,validate/* badRequest */.li)('send either "move_from" and "move_to", or "copy_from" and "copy_to"');
    const verb = move ? 'move' : 'copy';
    const from = checkPath((0,validate/* requireString */.VW)(body[`${verb}_from`], `${verb}_from`), `${verb}_from`);
    const to = checkPath((0,validate/* requireString */.VW)(body[`${verb}_to`], `${verb}_to`), `${verb}_to`);
    const source = requireAsset(ctx, from);
    ctx.appRecord.hosting_assets[to] = {
        ...source,
        attrs: [...source.attrs],
        path: to,
        last_modified: (0,store/* nowSeconds */._C)(ctx)
    };
    if (move && from !== to)
        delete ctx.appRecord.hosting_assets[from];
    (0,store/* logWrite */.wd)(ctx, 204, `${move ? 'moved' : 'copied'} hosted asset ${from} to ${to}`);
    return { status: 204 };
}
function hostingAssetRoutes() {
    const asset = `${store/* APP */.uq}/hosting/assets/asset`;
    return [
        { method: 'GET', pattern: `${store/* APP */.uq}/hosting/assets`, handler: listAssets, options: {} },
        { method: 'POST', pattern: `${store/* APP */.uq}/hosting/assets`, handler: moveOrCopy, options: { write: true } },
        {
            method: 'GET',
            pattern: asset,
            handler: ctx => ({ status: 200, body: assetView(ctx, requireAsset(ctx, pathParam(ctx))) }),
            options: {}
        },
        { method: 'PUT', pattern: asset, handler: uploadAsset, options: { write: true } },
        { method: 'PATCH', pattern: asset, handler: patchAttributes, options: { write: true } },
        { method: 'DELETE', pattern: asset, handler: deleteAsset, options: { write: true } }
    ];
}

// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(47819);
;// CONCATENATED MODULE: ./src/emulator/resources/log-forwarders.ts





const LOG_TYPES = vocabulary/* FORWARDER_LOG_TYPES */.Sb;
const LOG_STATUSES = vocabulary/* FORWARDER_LOG_STATUSES */.LA;
function buildAction(config, value) {
    const action = (0,validate/* requireObject */.zG)(value, 'action');
    const type = (0,validate/* requireEnum */.bd)(action.type, 'action.type', ['collection', 'function']);
    if (type === 'function') {
        const name = (0,validate/* requireString */.VW)(action.name, 'action.name');
        if (!(0,store/* docByName */.pf)(config, 'functions', name))
            throw (0,validate/* badRequest */.li)(`"action.name" names no function of this app: ${JSON.stringify(name)}`);
        return { type, name };
    }
    const dataSource = (0,validate/* requireString */.VW)(action.data_source, 'action.data_source');
    if (!(0,refs/* isDataSource */.y4)((0,store/* docByName */.pf)(config, 'services', dataSource))) {
        throw (0,validate/* badRequest */.li)(`"action.data_source" names no data source of this app: ${JSON.stringify(dataSource)}`);
    }
    return {
        type,
        data_source: dataSource,
        database: (0,validate/* requireString */.VW)(action.database, 'action.database'),
        collection: (0,validate/* requireString */.VW)(action.collection, 'action.collection')
    };
}
function buildPolicy(value) {
    const policy = (0,validate/* requireObject */.zG)(value, 'policy');
    return { ...policy, type: (0,validate/* requireEnum */.bd)(policy.type, 'policy.type', ['single', 'batch']) };
}
function buildForwarder({ body, config }) {
    return {
        name: (0,validate/* requireSimpleName */.b1)(body.name, 'name', 'log forwarder'),
        disabled: (0,validate/* requireBoolean */.ay)(body.disabled, 'disabled'),
        log_types: (0,validate/* requireEnumList */.rH)(body.log_types, 'log_types', LOG_TYPES),
        log_statuses: (0,validate/* requireEnumList */.rH)(body.log_statuses, 'log_statuses', LOG_STATUSES),
        policy: buildPolicy(body.policy),
        action: buildAction(config, body.action)
    };
}
const logForwardersSpec = {
    kind: 'log_forwarders',
    path: '/log_forwarders',
    idParam: 'forwarderId',
    label: 'log forwarder',
    notFoundCode: 'LogForwarderNotFound',
    uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
    build: buildForwarder,
    create: { status: 201, body: (_config, doc) => doc },
    update: { method: 'PATCH', status: 200, body: (_config, doc) => doc },
    remove: { status: 204 }
};
function logForwarderRoutes() {
    return [
        ...(0,collection/* collectionRoutes */.xl)(logForwardersSpec),
        (0,collection/* itemActionRoute */.rZ)(logForwardersSpec, 'enable', doc => (doc.disabled = false)),
        (0,collection/* itemActionRoute */.rZ)(logForwardersSpec, 'disable', doc => (doc.disabled = true))
    ];
}

// EXTERNAL MODULE: ./src/pull/index.ts + 10 modules
var src_pull = __webpack_require__(65614);
;// CONCATENATED MODULE: ./src/emulator/zip-writer.ts
// A minimal zip writer (deflate via node:zlib, no dependency) for the configuration archives of
// `GET G/A/export` and `GET G/A/pull` with `Accept: application/zip`. Entries get a fixed timestamp
// (1980-01-01), so one configuration always gives the same bytes. No zip64: archives over 4 GiB or
// 65535 entries are refused, far beyond any app configuration.

const CRC_TABLE = Array.from({ length: 256 }, (_v, n) => {
    let c = n;
    for (let k = 0; k < 8; k++)
        c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
function crc32(bytes) {
    let crc = 0xffffffff;
    for (const byte of bytes)
        crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const DOS_DATE_1980_01_01 = (0 << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;
/** The fields local and central headers share, from "version needed" to the name length. */
function commonFields(method, crc, compressed, size, nameLength) {
    const b = Buffer.alloc(26);
    b.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    b.writeUInt16LE(UTF8_NAMES, 2);
    b.writeUInt16LE(method, 4);
    b.writeUInt16LE(0, 6); // time 00:00:00
    b.writeUInt16LE(DOS_DATE_1980_01_01, 8);
    b.writeUInt32LE(crc, 10);
    b.writeUInt32LE(compressed, 14);
    b.writeUInt32LE(size, 18);
    b.writeUInt16LE(nameLength, 22);
    b.writeUInt16LE(0, 24); // extra field length
    return b;
}
function signature(value) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(value, 0);
    return b;
}
function centralTail(offset) {
    const b = Buffer.alloc(14);
    // comment length, disk number, internal attrs (all 0); external attrs: a regular file, mode 0644
    b.writeUInt32LE((0o100644 << 16) >>> 0, 6);
    b.writeUInt32LE(offset, 10);
    return b;
}
function writeZip(entries) {
    if (entries.length > 0xffff)
        throw new Error('too many entries for a zip archive without zip64');
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const entry of entries) {
        const name = Buffer.from(entry.path, 'utf8');
        const deflated = (0,external_node_zlib_.deflateRawSync)(entry.data);
        const [method, body] = deflated.length < entry.data.length ? [8, deflated] : [0, entry.data];
        const fields = commonFields(method, crc32(entry.data), body.length, entry.data.length, name.length);
        const local = Buffer.concat([signature(0x04034b50), fields, name, body]);
        const versionMadeBy = Buffer.from([20, 3]); // 2.0, Unix (so the external attrs are file modes)
        centrals.push(Buffer.concat([signature(0x02014b50), versionMadeBy, fields, centralTail(offset), name]));
        locals.push(local);
        offset += local.length;
        if (offset > 0xffffffff)
            throw new Error('zip archive too large without zip64');
    }
    const central = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(central.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, central, end]);
}

;// CONCATENATED MODULE: ./src/emulator/resources/services.ts
// Services (`G/A/services`): data sources (mongodb-atlas, datalake, self-managed mongodb) and the
// legacy third-party services, plus their configuration (`…/{id}/config`, PATCH merges top-level
// keys) and the flexible sync view (`G/A/service/{id}/config`). A service's config is a resource of
// its own, the singleton `service_config:<serviceId>`, as the core stores it for new apps.
// Deleting a service that a trigger, log forwarder or custom user data still uses is refused;
// otherwise its config, rules, default rule, webhooks and schemas go with it.






const SERVICE_TYPES = [...refs/* DATA_SOURCE_TYPES */.lI, ...refs/* THIRD_PARTY_TYPES */.$O];
const READ_PREFERENCES = [
    'primary',
    'primaryPreferred',
    'secondary',
    'secondaryPreferred',
    'nearest'
];
const SYNC_STATES = ['enabled', 'disabled', ''];
/** Server-filled, read-only keys of an Atlas data source's config: ignored when sent. */
const READ_ONLY_CONFIG = ['clusterId', 'groupName', 'orgName'];
function loadService(config, id) {
    return (0,store/* requireDoc */.Aw)(config, 'services', id, 'ServiceNotFound', 'service');
}
function configKey(serviceId) {
    return `service_config:${String(serviceId)}`;
}
/** The stored config of a service (`{}` when it has none). */
function serviceConfigOf(config, service) {
    const stored = (0,store/* readSingleton */.Sp)(config, configKey(service._id));
    return (0,validate/* isObject */.Gv)(stored) ? stored : (0,validate/* isObject */.Gv)(service.config) ? service.config : {};
}
/** A service as GET shows it: with its config. */
function serviceView(config, service) {
    return { ...service, config: serviceConfigOf(config, service) };
}
/** Sync lives in the data source's config: `flexible_sync` (FlexibleSync) or, partition-based, `sync`
 *  with its `partition` key (DOCS appschema-mongodb). One data source syncs in one mode at a time. */
function checkSync(input) {
    for (const field of ['flexible_sync', 'sync']) {
        const sync = (0,validate/* optionalObject */.u9)(input[field], field);
        if (sync && !SYNC_STATES.includes(sync.state)) {
            throw (0,validate/* badRequest */.li)(`"${field}.state" must be "enabled", "disabled" or "" (terminated)`);
        }
    }
    const partition = (0,validate/* isObject */.Gv)(input.sync) ? input.sync : undefined;
    if (partition?.state === 'enabled') {
        const key = (0,validate/* optionalObject */.u9)(partition.partition, 'sync.partition')?.key;
        if (typeof key !== 'string' || key === '')
            throw (0,validate/* badRequest */.li)('"sync.partition.key" is required');
    }
    const live = (block) => (0,validate/* isObject */.Gv)(block) && block.state !== '' && block.state !== undefined;
    if (live(input.sync) && live(input.flexible_sync)) {
        throw (0,validate/* badRequest */.li)('a data source syncs either partition-based ("sync") or flexible ("flexible_sync"), not both');
    }
}
function atlasConfig(input) {
    const out = (0,store/* omit */.cJ)(input, ...READ_ONLY_CONFIG);
    out.clusterName = (0,validate/* requireSimpleName */.b1)(input.clusterName, 'config.clusterName', 'cluster');
    // Absent: the default; null or "" (unset, as exports may write it) are kept as sent.
    out.readPreference =
        input.readPreference === undefined
            ? 'primary'
            : (0,validate/* unsetOrEnum */.Aq)(input.readPreference, 'config.readPreference', READ_PREFERENCES);
    out.wireProtocolEnabled = (0,validate/* optionalBoolean */.Jz)(input.wireProtocolEnabled, 'config.wireProtocolEnabled', false);
    (0,validate/* optionalArray */.oS)(input.readPreferenceTagSets, 'config.readPreferenceTagSets');
    checkSync(input);
    return out;
}
/** Validates a service's `config` for its type; returns what is stored. */
function serviceConfig(type, input) {
    if (type === 'mongodb-atlas')
        return atlasConfig(input);
    if (type === 'datalake')
        return {
            ...input,
            dataLakeName: (0,validate/* requireSimpleName */.b1)(input.dataLakeName, 'config.dataLakeName', 'federated database')
        };
    if (type === 'mongodb') {
        checkSync(input);
        return { ...input, uri: (0,validate/* requireString */.VW)(input.uri, 'config.uri') };
    }
    return input;
}
function checkServiceChange(config, existing, name, type) {
    if (existing.type !== type) {
        throw (0,validate/* badRequest */.li)(`a service's type cannot change (${String(existing.type)} to ${type}); create a new service`);
    }
    if (existing.name !== name) {
        (0,refs/* refuseIfUsed */.Le)((0,refs/* serviceNameUsers */.n3)(config, existing.name), `rename service "${String(existing.name)}"`);
    }
}
function buildService({ body, config, existing }) {
    const type = (0,validate/* requireEnum */.bd)(body.type, 'type', SERVICE_TYPES);
    const name = (0,validate/* requireSimpleName */.b1)(body.name, 'name', 'service');
    if (existing)
        checkServiceChange(config, existing, name, type);
    const input = (0,validate/* optionalObject */.u9)(body.config, 'config') ?? (existing ? serviceConfigOf(config, existing) : {});
    const doc = { name, type, config: serviceConfig(type, input) };
    if (body.secret_config !== undefined) {
        (0,refs/* checkSecretConfig */.BI)(config, body.secret_config, 'secret_config');
        doc.secret_config = body.secret_config;
    }
    if (body.version !== undefined && typeof body.version !== 'number')
        throw (0,validate/* badRequest */.li)('"version" must be a number');
    doc.version = body.version ?? 1;
    return doc;
}
function removeServiceChildren(ctx, config, service) {
    for (const kind of ['rules', 'incoming_webhooks']) {
        for (const child of (0,store/* listDocs */.Iu)(config, kind))
            if (child.service_id === service._id)
                (0,store/* removeDoc */.lA)(ctx, config, kind, child._id);
    }
    for (const schema of (0,store/* listDocs */.Iu)(config, 'schemas')) {
        if ((0,validate/* isObject */.Gv)(schema.metadata) && schema.metadata.data_source === service.name)
            (0,store/* removeDoc */.lA)(ctx, config, 'schemas', schema._id);
    }
    for (const key of [`default_rule:${String(service._id)}`, configKey(service._id)]) {
        if (config.singletons[key] !== undefined)
            (0,store/* removeSingleton */.UO)(ctx, config, key);
    }
}
/** Stores the config as the service's own singleton, the rest as the service document. */
function splitConfig(ctx, config, doc) {
    (0,store/* writeSingleton */.$Z)(ctx, config, configKey(doc._id), doc.config);
    return (0,store/* omit */.cJ)(doc, 'config');
}
const servicesSpec = {
    kind: 'services',
    path: '/services',
    idParam: 'serviceId',
    label: 'service',
    notFoundCode: 'ServiceNotFound',
    uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
    build: buildService,
    stamp: true,
    listView: (_config, doc) => (0,store/* pick */.Up)(doc, '_id', 'name', 'type', 'version', 'last_modified'),
    fullView: serviceView,
    create: { status: 201, body: serviceView },
    // The spec documents a 200 without a body.
    update: { method: 'PATCH', status: 200, merge: true },
    remove: { status: 204 },
    beforeSave: splitConfig,
    beforeRemove: (config, doc) => (0,refs/* refuseIfUsed */.Le)((0,refs/* serviceUsers */.M9)(config, doc._id), `delete service "${String(doc.name)}"`),
    afterRemove: removeServiceChildren
};
/** The config as GET shows it: an Atlas data source also carries its (made-up) Atlas identifiers. */
function configView(appConfig, service) {
    const config = serviceConfigOf(appConfig, service);
    if (service.type !== 'mongodb-atlas')
        return config;
    const clusterId = (0,external_node_crypto_.createHash)('md5').update(String(config.clusterName)).digest('hex').slice(0, 24);
    return { ...config, clusterId, groupName: 'Project 0', orgName: 'Emulator Organization' };
}
function getServiceConfig(ctx) {
    const config = ctx.config();
    return { status: 200, body: configView(config, loadService(config, ctx.params.serviceId)) };
}
function patchServiceConfig(ctx) {
    const config = ctx.config();
    const service = loadService(config, ctx.params.serviceId);
    const merged = { ...serviceConfigOf(config, service), ...(0,store/* omit */.cJ)((0,validate/* requireBody */.WW)(ctx), ...READ_ONLY_CONFIG) };
    (0,store/* writeSingleton */.$Z)(ctx, config, configKey(service._id), serviceConfig(service.type, merged));
    (0,store/* logWrite */.wd)(ctx, 204, `updated the config of service ${JSON.stringify(service.name)}`);
    return { status: 204 };
}
function getFlexibleSync(ctx) {
    const appConfig = ctx.config();
    const service = loadService(appConfig, ctx.params.serviceId);
    if (!(0,refs/* isDataSource */.y4)(service))
        throw new types/* HttpError */.j(400, 'InvalidParameter', `service "${String(service.name)}" is not a data source`);
    const config = configView(appConfig, service);
    const body = (0,store/* pick */.Up)(config, 'clusterId', 'clusterName', 'groupName', 'orgName', 'readPreference', 'wireProtocolEnabled');
    return {
        status: 200,
        body: { ...body, clusterType: 'atlas', flexible_sync: config.flexible_sync ?? { state: '' } }
    };
}
function serviceRoutes() {
    return [
        ...(0,collection/* collectionRoutes */.xl)(servicesSpec),
        { method: 'GET', pattern: `${store/* APP */.uq}/services/{serviceId}/config`, handler: getServiceConfig, options: {} },
        {
            method: 'PATCH',
            pattern: `${store/* APP */.uq}/services/{serviceId}/config`,
            handler: patchServiceConfig,
            options: { write: true }
        },
        { method: 'GET', pattern: `${store/* APP */.uq}/service/{serviceId}/config`, handler: getFlexibleSync, options: {} }
    ];
}

;// CONCATENATED MODULE: ./src/emulator/resources/rules.ts
// Rules of a service (`G/A/services/{serviceId}/rules`) and a data source's default rule
// (`…/default_rule`, a singleton `default_rule:<serviceId>`). A data source's rules are unique per
// (database, collection); a third-party service's rules per name. Every role and filter gets an
// `_id`, as the server assigns them.






/** Roles and filters keep the `_id` they were sent with, else get a new one. */
function withIds(ctx, list, field) {
    return (list ?? []).map((item, i) => {
        const entry = (0,validate/* requireObject */.zG)(item, `${field}[${i}]`);
        return { ...entry, _id: typeof entry._id === 'string' && entry._id !== '' ? entry._id : ctx.newId() };
    });
}
function buildRule({ ctx, body, parent }) {
    if (!(0,refs/* isDataSource */.y4)(parent)) {
        // ThirdPartyServiceRule: {name, actions, when}.
        const actions = (0,validate/* optionalArray */.oS)(body.actions, 'actions') ?? [];
        actions.forEach((action, i) => (0,validate/* requireString */.VW)(action, `actions[${i}]`));
        return {
            name: (0,validate/* requireSimpleName */.b1)(body.name, 'name', 'rule'),
            actions,
            when: (0,validate/* requireObject */.zG)(body.when, 'when')
        };
    }
    const doc = {
        database: (0,validate/* requireString */.VW)(body.database, 'database'),
        collection: (0,validate/* requireString */.VW)(body.collection, 'collection')
    };
    doc.roles = withIds(ctx, (0,validate/* optionalArray */.oS)(body.roles, 'roles'), 'roles');
    doc.filters = withIds(ctx, (0,validate/* optionalArray */.oS)(body.filters, 'filters'), 'filters');
    return doc;
}
function ruleKey(doc) {
    return doc.name !== undefined
        ? `name ${JSON.stringify(doc.name)}`
        : `database ${JSON.stringify(doc.database)} and collection ${JSON.stringify(doc.collection)}`;
}
function ruleName(doc) {
    return doc.name ?? `${String(doc.database)}.${String(doc.collection)}`;
}
const rulesSpec = {
    kind: 'rules',
    path: '/services/{serviceId}/rules',
    idParam: 'ruleId',
    label: 'rule',
    notFoundCode: 'RuleNotFound',
    parent: { param: 'serviceId', field: 'service_id', load: loadService },
    uniqueKey: ruleKey,
    build: buildRule,
    create: { status: 201, body: (_config, doc) => ({ _id: doc._id, name: ruleName(doc) }) },
    // The spec documents a 200 without a body.
    update: { method: 'PUT', status: 200 },
    remove: { status: 204 }
};
function defaultRuleKey(ctx) {
    return `default_rule:${ctx.params.serviceId}`;
}
/** The spec documents one exact 404 message per default-rule operation; a missing service uses it too. */
const MISSING_DEFAULT_RULE = {
    GET: 'default rule does not exist on service',
    DELETE: 'default rule does not exist for app service'
};
function loadDataSource(config, ctx) {
    const service = config.collections.services?.[ctx.params.serviceId];
    if (!service) {
        const message = MISSING_DEFAULT_RULE[ctx.method] ?? `service not found: ${ctx.params.serviceId}`;
        throw new types/* HttpError */.j(404, 'ServiceNotFound', message);
    }
    if (!(0,refs/* isDataSource */.y4)(service)) {
        throw (0,validate/* badRequest */.li)(`service "${String(service.name)}" is not a data source: it has no default rule`);
    }
    return service;
}
function defaultRuleBody(ctx, body) {
    return {
        roles: withIds(ctx, (0,validate/* optionalArray */.oS)(body.roles, 'roles'), 'roles'),
        filters: withIds(ctx, (0,validate/* optionalArray */.oS)(body.filters, 'filters'), 'filters')
    };
}
function getDefaultRule(ctx) {
    const config = ctx.config();
    loadDataSource(config, ctx);
    const rule = (0,store/* readSingleton */.Sp)(config, defaultRuleKey(ctx));
    if (!rule)
        throw new types/* HttpError */.j(404, 'DefaultRuleNotFound', MISSING_DEFAULT_RULE.GET);
    return { status: 200, body: rule };
}
function createDefaultRule(ctx) {
    const config = ctx.config();
    const service = loadDataSource(config, ctx);
    if ((0,store/* readSingleton */.Sp)(config, defaultRuleKey(ctx)))
        throw new types/* HttpError */.j(400, 'DefaultRuleExists', 'default rule already exists');
    const rule = { _id: ctx.newId(), ...defaultRuleBody(ctx, (0,validate/* requireBody */.WW)(ctx)) };
    (0,store/* writeSingleton */.$Z)(ctx, config, defaultRuleKey(ctx), rule);
    (0,store/* logWrite */.wd)(ctx, 201, `created the default rule of service ${JSON.stringify(service.name)}`);
    return { status: 201, body: rule };
}
function updateDefaultRule(ctx) {
    const config = ctx.config();
    const service = loadDataSource(config, ctx);
    const existing = (0,store/* readSingleton */.Sp)(config, defaultRuleKey(ctx));
    if (!existing)
        throw new types/* HttpError */.j(400, 'DefaultRuleNotFound', 'default rule does not exist');
    const body = (0,validate/* requireBody */.WW)(ctx);
    if (body._id !== existing._id)
        throw new types/* HttpError */.j(400, 'InvalidParameter', 'service default rule id mismatch');
    (0,store/* writeSingleton */.$Z)(ctx, config, defaultRuleKey(ctx), { _id: existing._id, ...defaultRuleBody(ctx, body) });
    (0,store/* logWrite */.wd)(ctx, 204, `updated the default rule of service ${JSON.stringify(service.name)}`);
    return { status: 204 };
}
function deleteDefaultRule(ctx) {
    const config = ctx.config();
    const service = loadDataSource(config, ctx);
    if (!(0,store/* readSingleton */.Sp)(config, defaultRuleKey(ctx)))
        throw new types/* HttpError */.j(404, 'DefaultRuleNotFound', MISSING_DEFAULT_RULE.DELETE);
    (0,store/* removeSingleton */.UO)(ctx, config, defaultRuleKey(ctx));
    (0,store/* logWrite */.wd)(ctx, 204, `deleted the default rule of service ${JSON.stringify(service.name)}`);
    return { status: 204 };
}
/** The default rule of a service, for pull. */
function defaultRuleOf(config, serviceId) {
    const rule = (0,store/* readSingleton */.Sp)(config, `default_rule:${serviceId}`);
    return (0,validate/* isObject */.Gv)(rule) ? rule : undefined;
}
function ruleRoutes() {
    const path = `${store/* APP */.uq}/services/{serviceId}/default_rule`;
    return [
        ...(0,collection/* collectionRoutes */.xl)(rulesSpec),
        { method: 'GET', pattern: path, handler: getDefaultRule, options: {} },
        { method: 'POST', pattern: path, handler: createDefaultRule, options: { write: true } },
        { method: 'PUT', pattern: path, handler: updateDefaultRule, options: { write: true } },
        { method: 'DELETE', pattern: path, handler: deleteDefaultRule, options: { write: true } }
    ];
}

// EXTERNAL MODULE: ./src/emulator/resources/triggers.ts + 1 modules
var triggers = __webpack_require__(37974);
;// CONCATENATED MODULE: ./src/emulator/resources/pull.ts











/** Roles and filters without their server ids (the constructor form). */
function withoutIds(list) {
    return Array.isArray(list) ? list.map(item => ((0,validate/* isObject */.Gv)(item) ? (0,store/* omit */.cJ)(item, '_id') : item)) : [];
}
function rulesOf(config, service) {
    return (0,store/* listDocs */.Iu)(config, 'rules')
        .filter(rule => rule.service_id === service._id)
        .map(rule => {
        const clean = (0,store/* omit */.cJ)(rule, '_id', 'service_id');
        return 'roles' in clean
            ? { ...clean, roles: withoutIds(clean.roles), filters: withoutIds(clean.filters) }
            : clean;
    });
}
function dataSourceForPull(config, service) {
    const out = {
        ...(0,store/* pick */.Up)(service, 'name', 'type', 'version'),
        config: serviceConfigOf(config, service),
        rules: rulesOf(config, service)
    };
    const defaultRule = defaultRuleOf(config, service._id);
    if (defaultRule)
        out.default_rule = { roles: withoutIds(defaultRule.roles), filters: withoutIds(defaultRule.filters) };
    return out;
}
function thirdPartyForPull(config, service) {
    const webhooks = (0,store/* listDocs */.Iu)(config, 'incoming_webhooks').filter(w => w.service_id === service._id);
    return {
        ...(0,store/* pick */.Up)(service, 'name', 'type', 'version', 'secret_config'),
        config: serviceConfigOf(config, service),
        incoming_webhooks: webhooks.map(w => (0,store/* omit */.cJ)(w, '_id', 'service_id')),
        rules: rulesOf(config, service)
    };
}
function customUserDataForPull(config) {
    if ((0,store/* readSingleton */.Sp)(config, 'custom_user_data') === undefined)
        return null;
    const stored = (0,auth/* customUserData */.x6)(config);
    const out = (0,store/* omit */.cJ)(stored, 'mongo_service_id', 'on_user_creation_function_id');
    out.mongo_service_name =
        (0,store/* docById */.pI)(config, 'services', stored.mongo_service_id)?.name ?? '';
    const fn = (0,refs/* functionName */.AQ)(config, stored.on_user_creation_function_id);
    if (fn)
        out.on_user_creation_function_name = fn;
    return out;
}
function flexibleSync(config, dataSources) {
    for (const service of dataSources) {
        const sync = serviceConfigOf(config, service).flexible_sync;
        if ((0,validate/* isObject */.Gv)(sync))
            return sync;
    }
    return { state: '' };
}
function graphqlForPull(config) {
    const resolvers = (0,store/* listDocs */.Iu)(config, 'custom_resolvers').map(r => ({
        ...(0,store/* omit */.cJ)(r, '_id'),
        function_name: (0,refs/* functionName */.AQ)(config, r.function_id) ?? ''
    }));
    return {
        config: graphqlConfig(config),
        validation_settings: graphqlValidation(config),
        custom_resolvers: resolvers
    };
}
function withoutId(docs, ...more) {
    return docs.map(doc => (0,store/* omit */.cJ)(doc, '_id', ...more));
}
function pullAppConfig(ctx) {
    const config = ctx.config();
    const app = ctx.appRecord.app;
    const services = (0,store/* listDocs */.Iu)(config, 'services');
    const dataSources = services.filter(refs/* isDataSource */.y4);
    const thirdParty = services.filter(s => !(0,refs/* isDataSource */.y4)(s));
    const environment = activeEnvironment(ctx);
    return {
        name: app.name,
        provider_region: app.provider_region,
        deployment_model: app.deployment_model,
        ...(environment ? { environment } : {}),
        auth_providers: withoutId((0,store/* listDocs */.Iu)(config, 'auth_providers')),
        custom_user_data: customUserDataForPull(config),
        data_api_config: (0,store/* readSingleton */.Sp)(config, 'data_api_config') ?? null,
        data_sources: dataSources.map(s => dataSourceForPull(config, s)),
        endpoints: withoutId((0,store/* listDocs */.Iu)(config, 'endpoints').map(e => endpointView(config, e))),
        environments: { values: environmentsByKey((0,store/* listDocs */.Iu)(config, 'environment_values')) },
        functions: withoutId((0,store/* listDocs */.Iu)(config, 'functions'), 'last_modified'),
        graphql: graphqlForPull(config),
        hosting: { enabled: hostingConfig(ctx).enabled === true },
        https_endpoints: thirdParty.filter(s => s.type === 'http').map(s => thirdPartyForPull(config, s)),
        log_forwarders: withoutId((0,store/* listDocs */.Iu)(config, 'log_forwarders')),
        schemas: withoutId((0,store/* listDocs */.Iu)(config, 'schemas')),
        services: thirdParty.filter(s => s.type !== 'http').map(s => thirdPartyForPull(config, s)),
        sync: flexibleSync(config, dataSources),
        triggers: (0,store/* listDocs */.Iu)(config, 'triggers').map(t => (0,triggers/* triggerForPull */.Zs)(config, t)),
        values: withoutId((0,store/* listDocs */.Iu)(config, 'values'))
    };
}

;// CONCATENATED MODULE: ./src/emulator/resources/config-archive.ts






const namedIds = (config, kind) => (0,store/* listDocs */.Iu)(config, kind).map(d => ({ _id: d._id, name: String(d.name ?? '') }));
/** The request's context, reading `config` instead of the user's view. */
function readingConfig(ctx, config) {
    return Object.create(ctx, { config: { value: () => config } });
}
function stamp(ms) {
    return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
/** The zip reply for `config` (the user's view, live, or a deployment's snapshot). */
function configArchiveReply(ctx, config, options) {
    const pull = pullAppConfig(readingConfig(ctx, config));
    const app = ctx.appRecord.app;
    const snapshot = {
        pull,
        functions: namedIds(config, 'functions'),
        services: namedIds(config, 'services'),
        secrets: namedIds(config, 'secrets'),
        allowedOrigins: (0,store/* readSingleton */.Sp)(config, 'allowed_request_origins')
    };
    const dependencies = ctx.appRecord.dependencies ?? undefined;
    const { files } = (0,src_pull/* configFiles */.ap)({ app, snapshot, dependencies }, { layout: options.layout });
    const entries = [...files]
        .filter(([path]) => !(options.template && path.startsWith('.mdb/')))
        .map(([path, text]) => ({ path, data: Buffer.from(text, 'utf8') }));
    const fileName = `${ctx.appRecord.app.name}_${stamp(ctx.now())}.zip`;
    return {
        status: 200,
        body: writeZip(entries),
        headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename=${fileName}` }
    };
}
function flag(ctx, name) {
    const value = ctx.query.get(name);
    if (value === null || value === '' || value === 'false')
        return false;
    if (value === 'true')
        return true;
    throw (0,validate/* badRequest */.li)(`"${name}" must be true or false`);
}
function layoutOf(version) {
    if (version === null || version === '' || version === '20230101')
        return '20230101';
    if (version === '20210101')
        return '20210101';
    throw (0,validate/* badRequest */.li)(`"version" must be 20210101 or 20230101; got ${JSON.stringify(version)}`);
}
/** `deployment=<id>`: that deployment's configuration; else the latest deployed (live) one. */
function exportedConfig(ctx) {
    const id = ctx.query.get('deployment');
    if (!id)
        return ctx.appRecord.live;
    const deployment = ctx.appRecord.deployments.find(d => d._id === id);
    if (!deployment)
        throw new types/* HttpError */.j(404, 'DeploymentNotFound', 'deployment not found');
    const snapshot = ctx.appRecord.snapshots?.[id];
    if (!snapshot)
        throw (0,validate/* badRequest */.li)(`deployment ${id} is ${deployment.status}: only a successful deployment can be exported`);
    return snapshot;
}
function exportApp(ctx) {
    const sourceControl = flag(ctx, 'source_control');
    const template = flag(ctx, 'template');
    if (sourceControl && template)
        throw (0,validate/* badRequest */.li)('"source_control" and "template" cannot be used together');
    return configArchiveReply(ctx, exportedConfig(ctx), {
        layout: layoutOf(ctx.query.get('version')),
        template
    });
}
function exportRoutes() {
    return [{ method: 'GET', pattern: `${store/* APP */.uq}/export`, options: {}, handler: exportApp }];
}
/** For the pull route: the user's view as a current-format archive. */
function pullArchiveReply(ctx) {
    return configArchiveReply(ctx, ctx.config(), { layout: '20230101', template: false });
}

;// CONCATENATED MODULE: ./src/emulator/resources/pull-route.ts



function pull(ctx) {
    const accept = String(ctx.headers.accept ?? '');
    if (/application\/zip/i.test(accept) && !/application\/json|\*\/\*/i.test(accept))
        return pullArchiveReply(ctx);
    return { status: 200, body: pullAppConfig(ctx) };
}
function pullRoutes() {
    return [{ method: 'GET', pattern: `${store/* APP */.uq}/pull`, handler: pull, options: {} }];
}

;// CONCATENATED MODULE: ./src/emulator/resources/schemas.ts




function buildSchema({ body, config }) {
    const metadata = (0,validate/* requireObject */.zG)(body.metadata, 'metadata');
    const dataSource = (0,validate/* requireString */.VW)(metadata.data_source, 'metadata.data_source');
    if (!(0,refs/* isDataSource */.y4)((0,store/* docByName */.pf)(config, 'services', dataSource))) {
        throw (0,validate/* badRequest */.li)(`"metadata.data_source" names no data source of this app: ${JSON.stringify(dataSource)}`);
    }
    return {
        metadata: {
            data_source: dataSource,
            database: (0,validate/* requireString */.VW)(metadata.database, 'metadata.database'),
            collection: (0,validate/* requireString */.VW)(metadata.collection, 'metadata.collection')
        },
        schema: (0,validate/* optionalObject */.u9)(body.schema, 'schema') ?? {},
        relationships: (0,validate/* optionalObject */.u9)(body.relationships, 'relationships') ?? {}
    };
}
function schemaKey(doc) {
    const m = doc.metadata;
    return `data_source ${JSON.stringify(m.data_source)}, database ${JSON.stringify(m.database)} and collection ${JSON.stringify(m.collection)}`;
}
const metadataInstance = (_config, doc) => (0,store/* pick */.Up)(doc, '_id', 'metadata');
const schemasSpec = {
    kind: 'schemas',
    path: '/schemas',
    idParam: 'schemaId',
    label: 'schema',
    notFoundCode: 'SchemaNotFound',
    uniqueKey: schemaKey,
    build: buildSchema,
    listView: metadataInstance,
    create: { status: 200, body: metadataInstance },
    update: { method: 'PUT', status: 204 },
    remove: { status: 204 }
};
function schemaRoutes() {
    return (0,collection/* collectionRoutes */.xl)(schemasSpec);
}

;// CONCATENATED MODULE: ./src/emulator/resources/security.ts


const ORIGIN = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/\s:?#]+(:\d{1,5})?$/;
function listOrigins(ctx) {
    return { status: 200, body: (0,store/* readSingleton */.Sp)(ctx.config(), 'allowed_request_origins') ?? [] };
}
function setOrigins(ctx) {
    const body = ctx.json();
    if (!Array.isArray(body))
        throw (0,validate/* badRequest */.li)('the request body must be a JSON array of origins');
    body.forEach((origin, i) => {
        if (typeof origin !== 'string' || !ORIGIN.test(origin)) {
            throw (0,validate/* badRequest */.li)(`[${i}] ${JSON.stringify(origin)} is not an origin of the form <scheme>://<host>[:port]`);
        }
    });
    (0,store/* writeSingleton */.$Z)(ctx, ctx.config(), 'allowed_request_origins', [...body]);
    (0,store/* logWrite */.wd)(ctx, 204, `set ${body.length} allowed request origin(s)`);
    return { status: 204 };
}
function securityRoutes() {
    const path = `${store/* APP */.uq}/security/allowed_request_origins`;
    return [
        { method: 'GET', pattern: path, handler: listOrigins, options: {} },
        { method: 'POST', pattern: path, handler: setOrigins, options: { write: true } }
    ];
}

;// CONCATENATED MODULE: ./src/emulator/resources/admin-providers.ts
const ADMIN_AUTH_PROVIDERS = [{ name: 'mongodb-cloud', type: 'mongodb-cloud', disabled: false }];
function adminProviderRoutes() {
    return [
        {
            method: 'GET',
            pattern: '/auth/providers',
            options: { public: true },
            handler: () => ({ status: 200, body: ADMIN_AUTH_PROVIDERS })
        }
    ];
}

;// CONCATENATED MODULE: ./src/emulator/resources/api-keys.ts
// App API keys (`G/A/api_keys`): server credentials of the app's `api-key` auth provider. The key is
// shown once, in the create reply, and only its SHA-256 is kept; lists and GETs show `_id`, `name`,
// `disabled`. Keys are credentials, not configuration, so they live outside drafts (like end users).




const KEYS = `${store/* APP */.uq}/api_keys`;
const KEY_NAME = /^[A-Za-z0-9_-]{1,64}$/;
function keysOf(ctx) {
    ctx.appRecord.api_keys ??= {};
    return ctx.appRecord.api_keys;
}
function requireKey(ctx) {
    const key = keysOf(ctx)[ctx.params.apiKeyId];
    if (!key)
        throw new types/* HttpError */.j(404, 'APIKeyNotFound', `API key not found: ${ctx.params.apiKeyId}`);
    return key;
}
const view = (key) => (0,store/* pick */.Up)(key, '_id', 'name', 'disabled');
/** Keys belong to the `api-key` provider: it must exist and be enabled in the caller's view. */
function requireProvider(ctx) {
    const provider = (0,store/* listDocs */.Iu)(ctx.config(), 'auth_providers').find(p => p.type === 'api-key');
    if (!provider || provider.disabled === true) {
        throw (0,validate/* badRequest */.li)('the api-key authentication provider must be enabled before API keys can be created', 'AuthProviderNotFound');
    }
}
function createKey(ctx) {
    const name = (0,validate/* requireString */.VW)((0,validate/* requireBody */.WW)(ctx).name, 'name');
    if (!KEY_NAME.test(name))
        throw (0,validate/* badRequest */.li)(`invalid API key name ${JSON.stringify(name)}: use 1-64 ASCII letters, digits, "_" or "-"`);
    requireProvider(ctx);
    if (Object.values(keysOf(ctx)).some(k => k.name === name))
        throw new types/* HttpError */.j(409, 'APIKeyAlreadyExists', `an API key named ${JSON.stringify(name)} already exists`);
    const secret = (0,external_node_crypto_.randomBytes)(32).toString('hex');
    const key = {
        _id: ctx.newId(),
        name,
        disabled: false,
        key_sha256: (0,external_node_crypto_.createHash)('sha256').update(secret).digest('hex')
    };
    keysOf(ctx)[key._id] = key;
    (0,store/* logWrite */.wd)(ctx, 201, `created API key ${JSON.stringify(name)}`);
    return { status: 201, body: { ...view(key), key: secret } };
}
function setDisabled(disabled) {
    return (ctx) => {
        const key = requireKey(ctx);
        key.disabled = disabled;
        (0,store/* logWrite */.wd)(ctx, 204, `${disabled ? 'disabled' : 'enabled'} API key ${JSON.stringify(key.name)}`);
        return { status: 204 };
    };
}
function deleteKey(ctx) {
    const key = requireKey(ctx);
    delete keysOf(ctx)[key._id];
    (0,store/* logWrite */.wd)(ctx, 204, `deleted API key ${JSON.stringify(key.name)}`);
    return { status: 204 };
}
function apiKeyRoutes() {
    const item = `${KEYS}/{apiKeyId}`;
    return [
        {
            method: 'GET',
            pattern: KEYS,
            options: {},
            handler: ctx => ({ status: 200, body: Object.values(keysOf(ctx)).map(view) })
        },
        { method: 'POST', pattern: KEYS, options: { write: true }, handler: createKey },
        {
            method: 'GET',
            pattern: item,
            options: {},
            handler: ctx => ({ status: 200, body: view(requireKey(ctx)) })
        },
        { method: 'DELETE', pattern: item, options: { write: true }, handler: deleteKey },
        { method: 'PUT', pattern: `${item}/enable`, options: { write: true }, handler: setDisabled(false) },
        { method: 'PUT', pattern: `${item}/disable`, options: { write: true }, handler: setDisabled(true) }
    ];
}

// EXTERNAL MODULE: ./src/app/regions.ts
var regions = __webpack_require__(80646);
;// CONCATENATED MODULE: ./src/emulator/resources/deployment-migration.ts
// `G/A/deployment_migration`: moving an app to another deployment model or cloud region. PUT starts a
// migration (204); it is `started` for MIGRATION_MS of emulator time, then `successful`, and the app
// then shows the new model, region and location. GET shows the latest migration (404 before any).




const MIGRATION_MS = 200;
const MODELS = ['GLOBAL', 'LOCAL'];
/** Finishes a started migration once its time is up (reads move it along, as deployments do). */
function deployment_migration_settle(ctx) {
    const migration = ctx.appRecord.deployment_migration;
    if (!migration || migration.status !== 'started')
        return migration;
    if (ctx.now() - migration.started_ms < MIGRATION_MS)
        return migration;
    const to = migration.to;
    const app = ctx.appRecord.app;
    app.deployment_model = to.deployment_model;
    app.provider_region = to.provider_region;
    app.location = (0,regions/* findRegion */.g6)(to.provider_region)?.location ?? app.location;
    migration.status = 'successful';
    migration.message = 'migration complete';
    migration.updated_at = new Date(ctx.now()).toISOString();
    return migration;
}
function deployment_migration_view(migration) {
    const { started_ms: _started, ...rest } = migration;
    return rest;
}
function getMigration(ctx) {
    const migration = deployment_migration_settle(ctx);
    if (!migration)
        throw new types/* HttpError */.j(404, 'DeploymentMigrationNotFound', 'no deployment migration for this app');
    return { status: 200, body: deployment_migration_view(migration) };
}
function startMigration(ctx) {
    const body = (0,validate/* requireBody */.WW)(ctx);
    const app = ctx.appRecord.app;
    const to = {
        deployment_model: body.deployment_model ?? app.deployment_model,
        provider_region: body.provider_region ?? app.provider_region
    };
    if (typeof to.deployment_model !== 'string' || !MODELS.includes(to.deployment_model))
        throw (0,validate/* badRequest */.li)('"deployment_model" must be "GLOBAL" or "LOCAL"');
    if (typeof to.provider_region !== 'string' || !(0,regions/* findRegion */.g6)(to.provider_region))
        throw (0,validate/* badRequest */.li)(`"provider_region" is not a known region: ${JSON.stringify(to.provider_region)}`);
    if (deployment_migration_settle(ctx)?.status === 'started')
        throw (0,validate/* badRequest */.li)('a deployment migration is already in progress');
    if (to.deployment_model === app.deployment_model && to.provider_region === app.provider_region)
        throw (0,validate/* badRequest */.li)('the app already uses this deployment model and region');
    ctx.appRecord.deployment_migration = {
        status: 'started',
        message: 'migration started',
        updated_at: new Date(ctx.now()).toISOString(),
        from: { deployment_model: app.deployment_model, provider_region: app.provider_region },
        to,
        started_ms: ctx.now()
    };
    (0,store/* logWrite */.wd)(ctx, 204, `started a deployment migration to ${to.deployment_model} ${to.provider_region}`);
    return { status: 204 };
}
function deploymentMigrationRoutes() {
    const path = `${store/* APP */.uq}/deployment_migration`;
    return [
        { method: 'GET', pattern: path, options: {}, handler: getMigration },
        { method: 'PUT', pattern: path, options: { write: true }, handler: startMigration }
    ];
}

// EXTERNAL MODULE: ./src/emulator/trigger-suspension.ts
var trigger_suspension = __webpack_require__(11357);
// EXTERNAL MODULE: ./src/emulator/trigger-executions.ts
var trigger_executions = __webpack_require__(87771);
;// CONCATENATED MODULE: ./src/emulator/resources/event-subscriptions.ts
// `G/A/event_subscriptions`: the change-stream subscriptions a running app holds. On the service every
// deployed trigger is one (same `_id`), so they are read from the live configuration, never from a
// draft; Device Sync translators exist only with a sync runtime, which the emulator has not, so
// `?type=SYNCTRANSLATOR` lists none. The latest execution is the subscription's newest run
// (trigger-executions.ts; 404 when it has never run).






const TYPES = ['DATABASE', 'AUTHENTICATION', 'SCHEDULED', 'SYNCTRANSLATOR'];
function subscriptions(ctx) {
    const live = ctx.appRecord.live;
    return (0,store/* listDocs */.Iu)(live, 'triggers').map(trigger => (0,trigger_suspension/* withSuspension */.k1)(ctx.appRecord, (0,triggers/* triggerView */._f)(live, trigger)));
}
function listSubscriptions(ctx) {
    const type = ctx.query.get('type');
    if (type !== null && !TYPES.includes(type))
        throw (0,validate/* badRequest */.li)(`"type" must be one of ${TYPES.join(', ')}; got ${JSON.stringify(type)}`);
    const all = subscriptions(ctx);
    return { status: 200, body: type === null ? all : all.filter(s => s.type === type) };
}
function requireSubscription(ctx) {
    const found = subscriptions(ctx).find(s => s._id === ctx.params.eventSubscriptionId);
    if (!found)
        throw new types/* HttpError */.j(404, 'EventSubscriptionNotFound', `event subscription not found: ${ctx.params.eventSubscriptionId}`);
    return found;
}
function latestExecution(ctx) {
    const subscription = requireSubscription(ctx);
    const id = String(subscription._id);
    const entry = (0,trigger_executions/* latestExecutionEntry */.KI)(ctx.appRecord, id);
    if (!entry)
        throw new types/* HttpError */.j(404, 'EventSubscriptionExecutionNotFound', `event subscription ${id} has not run yet`);
    return { status: 200, body: (0,trigger_executions/* executionView */.sH)(id, entry) };
}
function eventSubscriptionRoutes() {
    const base = `${store/* APP */.uq}/event_subscriptions`;
    return [
        { method: 'GET', pattern: base, options: {}, handler: listSubscriptions },
        {
            method: 'GET',
            pattern: `${base}/{eventSubscriptionId}`,
            options: {},
            handler: ctx => ({ status: 200, body: requireSubscription(ctx) })
        },
        {
            method: 'GET',
            pattern: `${base}/{eventSubscriptionId}/execution`,
            options: {},
            handler: latestExecution
        }
    ];
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/emulator/function-vm.ts
// Runs one App Services function source for `debug/execute_function[_source]`, isolated in a
// node:vm context inside a worker thread: the worker bounds memory (resourceLimits) and is terminated
// at the time limit, so neither an endless loop nor a runaway allocation reaches the emulator. The
// function sees a documented subset of its context (values, environment, functions.execute, user);
// everything else it touches (`context.services`, `context.http`, `require`, ...) throws an error that
// names what is not emulated. Arguments are plain JSON; results come back as canonical EJSON, as the
// service sends them (integers as $numberInt, other numbers as $numberDouble, dates as $date).

const FUNCTION_TIME_LIMIT_MS = 3000;
const FUNCTION_MEMORY_LIMIT_MB = 64;
/** How deep `context.functions.execute` may nest before the run fails. */
const MAX_CALL_DEPTH = 16;
/** Runs at once (one worker each); more are refused, so a flood cannot exhaust the machine. */
const MAX_CONCURRENT_RUNS = 4;
let running = 0;
/** Whether another run may start now. */
function canStartRun() {
    return running < MAX_CONCURRENT_RUNS;
}
// Plain JavaScript run by the worker (a string, so the bundled CLI needs no separate worker file).
const WORKER_SOURCE = String.raw `
const { parentPort, workerData } = require('node:worker_threads')
const vm = require('node:vm')
const { source, args, context: data, maxDepth } = workerData
const logs = []
const sandbox = vm.createContext(Object.create(null), { codeGeneration: { strings: false, wasm: false } })
const notEmulated = what => () => { throw new Error(what + ' is not emulated: the emulator runs functions without a cluster, services or network') }
const format = v => typeof v === 'string' ? v : JSON.stringify(v)
const consoleLike = { log: (...a) => logs.push(a.map(format).join(' ')) }
consoleLike.info = consoleLike.warn = consoleLike.error = consoleLike.debug = consoleLike.log
let depth = 0
function compile(name, code) {
  const module = { exports: undefined }
  const script = new vm.Script('(function (exports, module, require) {' + code + '\n;return exports})', { filename: name + '.js' })
  const wrapper = script.runInContext(sandbox)
  const exported = wrapper(undefined, module, notEmulated('require()')) ?? module.exports
  if (typeof exported !== 'function') throw new TypeError('function ' + name + ' does not export a function (exports = function (...) {...})')
  return exported
}
async function call(name, code, callArgs) {
  if (++depth > maxDepth) throw new RangeError('context.functions.execute nested deeper than ' + maxDepth)
  try { return await compile(name, code)(...callArgs) } finally { depth-- }
}
const context = {
  values: { get: name => data.values[name] },
  environment: data.environment,
  user: data.user,
  functions: { execute: (name, ...a) => {
    if (!(name in data.functions)) throw new Error('function not found: ' + JSON.stringify(name))
    return call(name, data.functions[name], a)
  } },
  request: undefined
}
for (const what of ['services', 'http', 'app']) Object.defineProperty(context, what, { get: notEmulated('context.' + what) })
Object.assign(sandbox, { context, console: consoleLike, utils: undefined })
for (const what of ['BSON', 'EJSON', 'fetch', 'setTimeout', 'setInterval']) Object.defineProperty(sandbox, what, { get: notEmulated(what) })
function ejson(v) {
  if (v === undefined || v === null) return null
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 2147483647 ? { $numberInt: String(v) } : { $numberDouble: String(v) }
  if (typeof v === 'bigint') return { $numberLong: String(v) }
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') return { $date: { $numberLong: String(v.getTime()) } }
  if (Array.isArray(v)) return v.map(ejson)
  if (typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && typeof x !== 'function').map(([k, x]) => [k, ejson(x)]))
  if (typeof v === 'function') return null
  return v
}
const started = Date.now()
call('function', source, args).then(
  value => parentPort.postMessage({ result: ejson(value), logs, durationMs: Date.now() - started }),
  error => parentPort.postMessage({ error: { name: String(error && error.name || 'Error'), message: String(error && error.message || error) }, logs, durationMs: Date.now() - started })
)
`;
function failure(name, message, startedMs) {
    return { error: { name, message }, logs: [], durationMs: Date.now() - startedMs };
}
function startWorker(run) {
    return new external_node_worker_threads_.Worker(WORKER_SOURCE, {
        eval: true,
        workerData: { source: run.source, args: run.args, context: run.context, maxDepth: MAX_CALL_DEPTH },
        resourceLimits: {
            maxOldGenerationSizeMb: FUNCTION_MEMORY_LIMIT_MB,
            maxYoungGenerationSizeMb: 16,
            stackSizeMb: 4
        },
        // The function's own stdout/stderr stay in the worker (console goes to `logs`).
        stdout: true,
        stderr: true
    });
}
function workerFailure(error, startedMs) {
    return error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? failure('ExecutionMemoryLimitExceeded', `memory limit of ${FUNCTION_MEMORY_LIMIT_MB} MB exceeded`, startedMs)
        : failure(error.name, error.message, startedMs);
}
/** Runs the function; never rejects: every failure is an outcome with `error`. */
function runFunction(run) {
    const started = Date.now();
    const limit = run.timeLimitMs ?? FUNCTION_TIME_LIMIT_MS;
    running += 1;
    return new Promise(resolve => {
        const worker = startWorker(run);
        let settled = false;
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            running -= 1;
            clearTimeout(timer);
            void worker.terminate();
            resolve(outcome);
        };
        const timeUp = () => finish(failure('ExecutionTimeLimitExceeded', `execution time limit of ${limit} ms exceeded`, started));
        const timer = setTimeout(timeUp, limit);
        worker.once('message', (outcome) => finish(outcome));
        worker.once('error', (error) => finish(workerFailure(error, started)));
        // The worker ends by itself only when nothing is left to wait for: the function's promise can
        // never settle (the service would wait out its time limit instead).
        worker.once('exit', () => finish(failure('ExecutionError', 'the function returned a promise that never settles', started)));
    });
}

;// CONCATENATED MODULE: ./src/emulator/resources/execute-function.ts
// `POST G/A/debug/execute_function` and `…/execute_function_source`: run a deployed function (by
// name) or a given source in the emulator's function sandbox (../function-vm.ts) and answer the
// spec's `{result, logs, error, stats}`. The function sees the deployed (live) configuration, as on
// the service; the caller picks the user with `user_id` or `run_as_system=true` (exactly one).





function runAs(ctx) {
    const userId = ctx.query.get('user_id') ?? '';
    const system = ctx.query.get('run_as_system');
    if (system !== null && system !== 'true' && system !== 'false')
        throw (0,validate/* badRequest */.li)('"run_as_system" must be true or false');
    if (userId !== '' && system === 'true')
        throw (0,validate/* badRequest */.li)('"user_id" and "run_as_system" cannot both be set');
    if (userId === '' && system !== 'true')
        throw (0,validate/* badRequest */.li)('one of "user_id" or "run_as_system=true" is required');
    return userId === '' ? { system: true } : { system: false, userId };
}
function userOf(as) {
    return as.system
        ? { id: '', type: 'system', data: {}, identities: [], custom_data: {} }
        : { id: as.userId, type: 'normal', data: {}, identities: [], custom_data: {} };
}
function valuesOf(config) {
    const out = {};
    for (const value of (0,store/* listDocs */.Iu)(config, 'values')) {
        out[value.name] =
            value.from_secret === true ? (0,store/* docByName */.pf)(config, 'secrets', value.value)?.value : value.value;
    }
    return out;
}
function environmentOf(ctx, config) {
    const tag = config.singletons.environment ?? ctx.appRecord.app.environment ?? '';
    const byKey = environmentsByKey((0,store/* listDocs */.Iu)(config, 'environment_values'));
    return { tag, values: byKey[tag === '' ? 'none' : tag] ?? {} };
}
function contextData(ctx, as) {
    const live = ctx.appRecord.live;
    const functions = Object.fromEntries((0,store/* listDocs */.Iu)(live, 'functions').map(f => [f.name, f.source]));
    return { values: valuesOf(live), environment: environmentOf(ctx, live), user: userOf(as), functions };
}
/** Runs the function unless the emulator already runs its maximum: then 429, so the client retries. */
async function run(source, args, context) {
    if (!canStartRun()) {
        throw new types/* HttpError */.j(429, 'TooManyRequests', `${MAX_CONCURRENT_RUNS} functions are already running; retry shortly`);
    }
    return reply(await runFunction({ source, args, context }));
}
function reply(outcome) {
    const body = {
        logs: outcome.logs,
        stats: { execution_time: `${outcome.durationMs}ms` }
    };
    if (outcome.error)
        body.error = outcome.error;
    else
        body.result = outcome.result;
    return { status: 200, body };
}
async function executeFunction(ctx) {
    const as = runAs(ctx);
    const body = (0,validate/* requireBody */.WW)(ctx);
    const name = (0,validate/* requireString */.VW)(body.name, 'name');
    if ((0,validate/* optionalString */.sx)(body.service, 'service'))
        throw new types/* HttpError */.j(501, 'NotEmulated', 'executing a function of a third-party service ("service") is not emulated');
    const args = body.arguments ?? [];
    if (!Array.isArray(args))
        throw (0,validate/* badRequest */.li)('"arguments" must be an array');
    const fn = (0,store/* docByName */.pf)(ctx.appRecord.live, 'functions', name);
    if (!fn)
        throw new types/* HttpError */.j(404, 'FunctionNotFound', `function not found: ${JSON.stringify(name)}`);
    return run(fn.source, args, contextData(ctx, as));
}
/** `eval_source` is a JSON expression; only the trivially true ones ("", `true`, `{}`) are emulated. */
function checkEvalSource(evalSource) {
    const text = (evalSource ?? '').trim();
    if (text === '' || text === 'true' || text === '{}')
        return;
    throw new types/* HttpError */.j(501, 'NotEmulated', 'evaluating a non-trivial "eval_source" expression is not emulated');
}
async function executeSource(ctx) {
    const as = runAs(ctx);
    const body = (0,validate/* requireBody */.WW)(ctx);
    const source = (0,validate/* requireString */.VW)(body.source, 'source');
    checkEvalSource((0,validate/* optionalString */.sx)(body.eval_source, 'eval_source'));
    return run(source, [], contextData(ctx, as));
}
function executeFunctionRoutes() {
    return [
        { method: 'POST', pattern: `${store/* APP */.uq}/debug/execute_function`, options: {}, handler: executeFunction },
        { method: 'POST', pattern: `${store/* APP */.uq}/debug/execute_function_source`, options: {}, handler: executeSource }
    ];
}

;// CONCATENATED MODULE: ./src/emulator/resources/dispatch.ts
// Runs another resource route inside the current request, as if the same user had sent it: composite
// operations (linking several data sources, pushing a whole configuration) reuse each resource's own
// validation, storage, change tracking and log entries instead of copying them. A scratch context
// lets them try the whole operation on a copy first, so a refused request changes nothing at all
// (no revision, no change record, no automatic deployment).


/** A dispatcher over `routes` for the app of `ctx`; an error reply becomes an HttpError. */
function dispatcher(ctx, routes) {
    return async (request) => {
        const pattern = `${store/* APP */.uq}${request.path}`;
        const route = routes().find(r => r.method === request.method && r.pattern === pattern);
        if (!route)
            throw new types/* HttpError */.j(500, 'InternalServerError', `no route ${request.method} ${pattern}`);
        const params = { ...ctx.params, ...(request.params ?? {}) };
        const sub = Object.create(ctx, {
            method: { value: request.method },
            params: { value: params },
            json: { value: () => request.body },
            rawBody: { value: Buffer.from(JSON.stringify(request.body ?? null)) }
        });
        return route.handler(sub);
    };
}
/** `ctx` reading and writing a deep copy of the caller's view, recording no change and no log. */
function scratchContext(ctx) {
    const copy = structuredClone(ctx.config());
    return Object.create(ctx, {
        config: { value: () => copy },
        touch: { value: () => undefined },
        log: { value: () => undefined }
    });
}

;// CONCATENATED MODULE: ./src/emulator/resources/multi-data-sources.ts
// `POST G/A/multi_data_sources` (adminLinkMultiDataSources): links up to 25 Atlas clusters or data
// lakes at once, each through the ordinary service creation, each with a read-and-write default rule
// as the spec says. All or nothing: when any source fails, none is linked and the 400 names the
// failed ones (FailedLinkingDataSourceResponse).







const MAX_PER_REQUEST = 25;
const MAX_PER_APP = 100;
/** A role that may read and write every document (what the UI calls "ReadAndWrite"). */
const READ_AND_WRITE_RULE = {
    roles: [
        {
            name: 'readAndWriteAll',
            apply_when: {},
            document_filters: { read: true, write: true },
            read: true,
            write: true,
            insert: true,
            delete: true,
            search: true
        }
    ],
    filters: []
};
function checkBody(ctx) {
    const body = ctx.json();
    if (!Array.isArray(body))
        throw (0,validate/* badRequest */.li)('the request body must be a JSON array of data sources');
    if (body.length === 0)
        throw (0,validate/* badRequest */.li)('the request body must name at least one data source');
    if (body.length > MAX_PER_REQUEST)
        throw (0,validate/* badRequest */.li)(`at most ${MAX_PER_REQUEST} data sources can be linked in one request; got ${body.length}`);
    const linked = (0,store/* listDocs */.Iu)(ctx.config(), 'services').filter(refs/* isDataSource */.y4).length;
    if (linked + body.length > MAX_PER_APP)
        throw (0,validate/* badRequest */.li)(`an app can link at most ${MAX_PER_APP} data sources; it has ${linked}`);
    body.forEach((item, i) => {
        if (!(0,validate/* isObject */.Gv)(item))
            throw (0,validate/* badRequest */.li)(`[${i}] must be an object`);
        if (item.type !== 'mongodb-atlas' && item.type !== 'datalake')
            throw (0,validate/* badRequest */.li)(`[${i}].type must be "mongodb-atlas" or "datalake"`);
    });
    return body;
}
const linkingRoutes = () => [...serviceRoutes(), ...ruleRoutes()];
/** Links each source in `ctx`'s view; the names of those refused. */
async function multi_data_sources_link(ctx, sources) {
    const run = dispatcher(ctx, linkingRoutes);
    const failed = [];
    for (const source of sources) {
        try {
            const created = await run({ method: 'POST', path: '/services', body: source });
            const serviceId = created.body._id;
            const path = '/services/{serviceId}/default_rule';
            await run({ method: 'POST', path, params: { serviceId }, body: READ_AND_WRITE_RULE });
        }
        catch (error) {
            if (!(error instanceof types/* HttpError */.j))
                throw error;
            failed.push(typeof source.name === 'string' ? source.name : JSON.stringify(source.name ?? null));
        }
    }
    return failed;
}
async function linkAll(ctx) {
    const sources = checkBody(ctx);
    // All or nothing: a trial on a copy names the failures before anything real is written.
    const failed = await multi_data_sources_link(scratchContext(ctx), sources);
    if (failed.length > 0) {
        const error = `failed to link data sources: ${failed.join(', ')}`;
        return { status: 400, body: { error, error_code: 'InvalidParameter', failedClusterNames: failed } };
    }
    const unexpected = await multi_data_sources_link(ctx, sources);
    if (unexpected.length > 0)
        throw new types/* HttpError */.j(500, 'InternalServerError', 'linking failed after its trial run');
    return { status: 201 };
}
function multiDataSourceRoutes() {
    return [
        { method: 'POST', pattern: `${store/* APP */.uq}/multi_data_sources`, options: { write: true }, handler: linkAll }
    ];
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(77030);
;// CONCATENATED MODULE: ./src/emulator/resources/security-network.ts
// An app's network security beyond allowed origins: the IP access list (`security/access_list`), VPC
// private endpoints (`security/private_endpoints`, their service names and the non-VPC toggle) and the
// user refresh token lifetime (`security/refresh_token_expiration`). All are app configuration, so
// they follow the draft rule of every other write (the user's draft, else live).





const SECURITY = `${store/* APP */.uq}/security`;
/** The service's default and bounds (spec RefreshTokenExpiration). */
const REFRESH_TOKEN_DEFAULT_S = 5184000;
const REFRESH_TOKEN_MIN_S = 1800;
const REFRESH_TOKEN_MAX_S = 15552000;
/** `1.2.3.4`, `::1`, `10.0.0.0/8` or `2001:db8::/32`, as `{ip}` or `{network}`. */
function parseAddress(address) {
    const [host, bits, ...rest] = address.split('/');
    const family = (0,external_node_net_.isIP)(host);
    if (family === 0 || rest.length > 0)
        throw (0,validate/* badRequest */.li)(`"address" is not an IP address or CIDR block: ${JSON.stringify(address)}`);
    if (bits === undefined)
        return { ip: host };
    const prefix = Number(bits);
    if (!/^\d{1,3}$/.test(bits) || prefix > (family === 4 ? 32 : 128))
        throw (0,validate/* badRequest */.li)(`"address" has an invalid prefix length: ${JSON.stringify(address)}`);
    return { network: address };
}
function buildAccessEntry({ body }) {
    const address = (0,validate/* requireString */.VW)(body.address, 'address').trim();
    const comment = (0,validate/* optionalString */.sx)(body.comment, 'comment');
    return { address, ...parseAddress(address), ...(comment ? { comment } : {}) };
}
const accessListSpec = {
    kind: 'access_list',
    path: '/security/access_list',
    idParam: 'ipId',
    label: 'access list entry',
    notFoundCode: 'AccessListEntryNotFound',
    uniqueKey: doc => `address ${JSON.stringify(doc.address)}`,
    build: buildAccessEntry,
    create: { status: 201, body: (_config, doc) => doc },
    update: { method: 'PATCH', status: 201, body: (_config, doc) => doc, merge: true },
    remove: { status: 204 },
    get: false
};
/** The list is an object, as realm-cli decodes it; `current_ip` is the caller's address as seen here. */
function listAccess(ctx) {
    const entries = Object.values(ctx.config().collections.access_list ?? {});
    const forwarded = String(ctx.headers['x-forwarded-for'] ?? '')
        .split(',')[0]
        .trim();
    return { status: 200, body: { current_ip: forwarded || '127.0.0.1', allowed_ips: entries } };
}
function buildPrivateEndpoint({ body }) {
    const region = (0,validate/* requireString */.VW)(body.cloud_provider_region, 'cloud_provider_region');
    if (!(0,regions/* findRegion */.g6)(region))
        throw (0,validate/* badRequest */.li)(`"cloud_provider_region" is not a known region: ${JSON.stringify(region)}`);
    const comment = (0,validate/* optionalString */.sx)(body.comment, 'comment');
    return {
        cloud_provider_region: region,
        cloud_provider_endpoint_id: (0,validate/* requireString */.VW)(body.cloud_provider_endpoint_id, 'cloud_provider_endpoint_id'),
        endpoint_type: (0,validate/* requireEnum */.bd)(body.endpoint_type, 'endpoint_type', ['sync', 'general']),
        ...(comment ? { comment } : {})
    };
}
const privateEndpointsSpec = {
    kind: 'private_endpoints',
    path: '/security/private_endpoints',
    idParam: 'privateEndpointId',
    label: 'private endpoint',
    notFoundCode: 'PrivateEndpointNotFound',
    uniqueKey: doc => `cloud_provider_endpoint_id ${JSON.stringify(doc.cloud_provider_endpoint_id)}`,
    build: buildPrivateEndpoint,
    create: { status: 201, body: (_config, doc) => doc },
    update: { method: 'PUT', status: 200, body: (_config, doc) => doc },
    remove: { status: 204 }
};
/** One endpoint service per type in the app's own region (names in AWS's documented form). */
function listEndpointServices(ctx) {
    const region = ctx.appRecord.app.provider_region;
    const awsRegion = region.replace(/^aws-/, '');
    const body = ['sync', 'general'].map((type, i) => ({
        cloud_provider_region: region,
        service_name: `com.amazonaws.vpce.${awsRegion}.vpce-svc-${ctx.appRecord.app._id.slice(-16)}${i}`,
        endpoint_type: type
    }));
    return { status: 200, body };
}
function setNonVpc(ctx) {
    const body = (0,validate/* requireBody */.WW)(ctx);
    if (typeof body.allow_non_vpc_client_requests !== 'boolean')
        throw (0,validate/* badRequest */.li)('"allow_non_vpc_client_requests" must be a boolean');
    (0,store/* writeSingleton */.$Z)(ctx, ctx.config(), 'allow_non_vpc_client_requests', body.allow_non_vpc_client_requests);
    (0,store/* logWrite */.wd)(ctx, 204, `set allow_non_vpc_client_requests to ${String(body.allow_non_vpc_client_requests)}`);
    return { status: 204 };
}
function getRefreshExpiration(ctx) {
    const seconds = (0,store/* readSingleton */.Sp)(ctx.config(), 'refresh_token_expiration') ?? REFRESH_TOKEN_DEFAULT_S;
    return { status: 200, body: { expiration_time_seconds: seconds } };
}
function setRefreshExpiration(ctx) {
    const seconds = (0,validate/* requireBody */.WW)(ctx).expiration_time_seconds;
    if (typeof seconds !== 'number' ||
        !Number.isInteger(seconds) ||
        seconds < REFRESH_TOKEN_MIN_S ||
        seconds > REFRESH_TOKEN_MAX_S) {
        throw (0,validate/* badRequest */.li)(`"expiration_time_seconds" must be a whole number of seconds from ${REFRESH_TOKEN_MIN_S} to ${REFRESH_TOKEN_MAX_S}`);
    }
    (0,store/* writeSingleton */.$Z)(ctx, ctx.config(), 'refresh_token_expiration', seconds);
    (0,store/* logWrite */.wd)(ctx, 204, `set the refresh token expiration to ${seconds} s`);
    return { status: 204 };
}
function networkSecurityRoutes() {
    const accessRoutes = (0,collection/* collectionRoutes */.xl)(accessListSpec).filter(r => !(r.method === 'GET' && r.pattern.endsWith('/access_list')));
    return [
        ...accessRoutes,
        { method: 'GET', pattern: `${SECURITY}/access_list`, handler: listAccess, options: {} },
        ...(0,collection/* collectionRoutes */.xl)(privateEndpointsSpec),
        {
            method: 'GET',
            pattern: `${SECURITY}/private_endpoint_service_infos`,
            handler: listEndpointServices,
            options: {}
        },
        {
            method: 'POST',
            pattern: `${SECURITY}/allow_non_vpc_client_requests`,
            handler: setNonVpc,
            options: { write: true }
        },
        {
            method: 'GET',
            pattern: `${SECURITY}/refresh_token_expiration`,
            handler: getRefreshExpiration,
            options: {}
        },
        {
            method: 'PUT',
            pattern: `${SECURITY}/refresh_token_expiration`,
            handler: setRefreshExpiration,
            options: { write: true }
        }
    ];
}

// EXTERNAL MODULE: ./src/emulator/resources/not-emulated.ts
var not_emulated = __webpack_require__(26266);
;// CONCATENATED MODULE: ./src/emulator/resources/push-apply.ts

const list = (value) => (Array.isArray(value) ? value.filter(validate/* isObject */.Gv) : []);
async function create(run, path, body, params) {
    return ((await run({ method: 'POST', path, body, params })).body ?? {});
}
async function pushEnvironmentValues(run, environments) {
    const byEnv = (0,validate/* isObject */.Gv)(environments) && (0,validate/* isObject */.Gv)(environments.values) ? environments.values : {};
    const names = new Map();
    for (const [env, entry] of Object.entries(byEnv)) {
        const values = (0,validate/* isObject */.Gv)(entry) && (0,validate/* isObject */.Gv)(entry.values) ? entry.values : {};
        for (const [name, value] of Object.entries(values)) {
            names.set(name, { ...(names.get(name) ?? {}), [env]: value });
        }
    }
    for (const [name, values] of names)
        await create(run, '/environment_values', { name, values });
}
async function pushServices(run, services, ids) {
    for (const service of services) {
        const { rules, default_rule: defaultRule, incoming_webhooks: webhooks, ...constructor } = service;
        const created = await create(run, '/services', constructor);
        const serviceId = created._id;
        ids.services.set(String(service.name), serviceId);
        for (const rule of list(rules))
            await create(run, '/services/{serviceId}/rules', rule, { serviceId });
        if ((0,validate/* isObject */.Gv)(defaultRule))
            await create(run, '/services/{serviceId}/default_rule', defaultRule, { serviceId });
        for (const hook of list(webhooks)) {
            const body = { ...hook, function_id: ids.functions.get(String(hook.function_name)) ?? hook.function_id };
            await create(run, '/services/{serviceId}/incoming_webhooks', body, { serviceId });
        }
    }
}
function withFunctionId(doc, ids) {
    const id = ids.functions.get(String(doc.function_name));
    return id ? { ...doc, function_id: id } : doc;
}
/** A `{function_id, function_name}` config that names its function: the new id of that name. */
function functionRef(config, ids) {
    return (0,validate/* isObject */.Gv)(config) && typeof config.function_name === 'string' && config.function_name !== ''
        ? withFunctionId(config, ids)
        : config;
}
function triggerBody(trigger, ids) {
    const config = (0,validate/* isObject */.Gv)(trigger.config) ? { ...trigger.config } : {};
    const oldName = ids.oldServiceNames.get(String(config.service_id));
    const serviceId = ids.services.get(String(config.service_name ?? oldName));
    if (serviceId)
        config.service_id = serviceId;
    delete config.service_name;
    const body = { ...withFunctionId(trigger, ids), config };
    const processors = (0,validate/* isObject */.Gv)(trigger.event_processors) ? trigger.event_processors : {};
    if ((0,validate/* isObject */.Gv)(processors.FUNCTION))
        body.event_processors = {
            ...processors,
            FUNCTION: { ...processors.FUNCTION, config: functionRef(processors.FUNCTION.config, ids) }
        };
    if ((0,validate/* isObject */.Gv)(trigger.error_handler))
        body.error_handler = { ...trigger.error_handler, config: functionRef(trigger.error_handler.config, ids) };
    return body;
}
async function pushGraphQL(run, graphql, ids) {
    if (!(0,validate/* isObject */.Gv)(graphql))
        return;
    if ((0,validate/* isObject */.Gv)(graphql.config))
        await run({ method: 'PUT', path: '/graphql/config', body: graphql.config });
    if ((0,validate/* isObject */.Gv)(graphql.validation_settings))
        await run({ method: 'PUT', path: '/validation_settings/graphql', body: graphql.validation_settings });
    for (const resolver of list(graphql.custom_resolvers)) {
        const { function_name: _name, ...rest } = withFunctionId(resolver, ids);
        await create(run, '/graphql/custom_resolvers', rest);
    }
}
async function pushCustomUserData(run, data, ids) {
    if (!(0,validate/* isObject */.Gv)(data))
        return;
    const { mongo_service_name: service, on_user_creation_function_name: fn, ...rest } = data;
    const body = { ...rest, mongo_service_id: ids.services.get(String(service)) ?? '' };
    if (typeof fn === 'string' && fn !== '')
        body.on_user_creation_function_id = ids.functions.get(fn) ?? '';
    await run({ method: 'PATCH', path: '/custom_user_data', body });
}
/** Creates everything `push` describes, into a configuration emptied beforehand. */
async function applyPush(run, push, ids) {
    if (typeof push.environment === 'string')
        await run({ method: 'PUT', path: '/environment', body: { environment: push.environment } });
    for (const value of list(push.values))
        await create(run, '/values', value);
    await pushEnvironmentValues(run, push.environments);
    for (const fn of list(push.functions))
        ids.functions.set(String(fn.name), (await create(run, '/functions', fn))._id);
    await pushServices(run, [...list(push.data_sources), ...list(push.services), ...list(push.https_endpoints)], ids);
    for (const provider of list(push.auth_providers))
        await create(run, '/auth_providers', provider);
    await pushCustomUserData(run, push.custom_user_data, ids);
    for (const trigger of list(push.triggers))
        await create(run, '/triggers', triggerBody(trigger, ids));
    for (const endpoint of list(push.endpoints)) {
        const { function_name: _name, ...rest } = withFunctionId(endpoint, ids);
        await create(run, '/endpoints', rest);
    }
    await pushGraphQL(run, push.graphql, ids);
    for (const forwarder of list(push.log_forwarders))
        await create(run, '/log_forwarders', forwarder);
    for (const schema of list(push.schemas))
        await create(run, '/schemas', schema);
    if ((0,validate/* isObject */.Gv)(push.hosting) && typeof push.hosting.enabled === 'boolean')
        await run({ method: 'PATCH', path: '/hosting/config', body: { enabled: push.hosting.enabled } });
    if ((0,validate/* isObject */.Gv)(push.data_api_config))
        await create(run, '/data_api/config', push.data_api_config);
}

;// CONCATENATED MODULE: ./src/emulator/resources/values.ts




function buildValue({ body, config }) {
    const name = (0,validate/* requireSimpleName */.b1)(body.name, 'name', 'value');
    // The spec marks private/from_secret required; RJS's importer omits both and the server is
    // inferred to default them to false, so the emulator accepts that too (see divergences).
    const fromSecret = (0,validate/* optionalBoolean */.Jz)(body.from_secret, 'from_secret', false);
    if (!('value' in body) || body.value === undefined)
        throw (0,validate/* badRequest */.li)('"value" is required');
    if (fromSecret)
        (0,refs/* requireSecretName */.Ft)(config, body.value, 'value');
    return {
        name,
        private: (0,validate/* optionalBoolean */.Jz)(body.private, 'private', false),
        from_secret: fromSecret,
        value: body.value
    };
}
const valuesSpec = {
    kind: 'values',
    path: '/values',
    idParam: 'valueId',
    label: 'value',
    notFoundCode: 'ValueNotFound',
    uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
    build: buildValue,
    listView: (_config, doc) => (0,store/* pick */.Up)(doc, '_id', 'name', 'private'),
    create: { status: 201, body: (_config, doc) => doc },
    update: { method: 'PUT', status: 200, body: (_config, doc) => doc },
    remove: { status: 204 }
};
function buildSecret({ body, config, existing }) {
    const name = (0,validate/* requireSimpleName */.b1)(body.name, 'name', 'secret');
    const value = (0,validate/* requireString */.VW)(body.value, 'value');
    if (existing && existing.name !== name) {
        (0,refs/* refuseIfUsed */.Le)((0,refs/* secretUsers */.pr)(config, existing._id), `rename secret "${String(existing.name)}"`);
    }
    return { name, value };
}
const secretSummary = (_config, doc) => (0,store/* pick */.Up)(doc, '_id', 'name');
const secretsSpec = {
    kind: 'secrets',
    path: '/secrets',
    idParam: 'secretId',
    label: 'secret',
    notFoundCode: 'SecretNotFound',
    uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
    build: buildSecret,
    listView: secretSummary,
    fullView: secretSummary,
    get: false,
    create: { status: 201, body: secretSummary },
    update: { method: 'PUT', status: 204 },
    remove: { status: 204 },
    beforeRemove: (config, doc) => (0,refs/* refuseIfUsed */.Le)((0,refs/* secretUsers */.pr)(config, doc._id), `delete secret "${String(doc.name)}"`)
};
function valueRoutes() {
    return [...(0,collection/* collectionRoutes */.xl)(valuesSpec), ...(0,collection/* collectionRoutes */.xl)(secretsSpec)];
}

;// CONCATENATED MODULE: ./src/emulator/resources/webhooks.ts





function loadThirdPartyService(config, id) {
    const service = loadService(config, id);
    if ((0,refs/* isDataSource */.y4)(service))
        throw (0,validate/* badRequest */.li)(`service "${String(service.name)}" is a data source: incoming webhooks belong to third-party services`);
    return service;
}
function buildWebhook({ body }) {
    const options = (0,validate/* optionalObject */.u9)(body.options, 'options');
    return {
        ...(0,store/* omit */.cJ)(body, '_id', 'service_id'),
        name: (0,validate/* requireSimpleName */.b1)(body.name, 'name', 'webhook'),
        function_source: (0,validate/* requireString */.VW)(body.function_source, 'function_source'),
        respond_result: (0,validate/* requireBoolean */.ay)(body.respond_result, 'respond_result'),
        ...(options ? { options } : {})
    };
}
const webhooksSpec = {
    kind: 'incoming_webhooks',
    path: '/services/{serviceId}/incoming_webhooks',
    idParam: 'incomingWebhookId',
    label: 'incoming webhook',
    notFoundCode: 'IncomingWebhookNotFound',
    parent: { param: 'serviceId', field: 'service_id', load: loadThirdPartyService },
    uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
    build: buildWebhook,
    create: { status: 201, body: (_config, doc) => (0,store/* omit */.cJ)(doc, 'service_id') },
    update: { method: 'PUT', status: 200, body: (_config, doc) => (0,store/* omit */.cJ)(doc, 'service_id') },
    remove: { status: 204 }
};
function webhookRoutes() {
    return (0,collection/* collectionRoutes */.xl)(webhooksSpec);
}

;// CONCATENATED MODULE: ./src/emulator/resources/push.ts
// `PATCH G/A/push` (adminPushAppConfiguration): "overwrites the entire existing App configuration"
// with a PushPullAppConfig. The user's view (their draft, else live) is emptied of everything the
// document describes, then rebuilt through each resource's own create route (push-apply.ts), so a push
// is validated exactly like the single writes. All or nothing: the push is first tried on a copy, and
// on any refusal nothing changes and the 400 names the part that failed. Secrets and the security settings, which the
// document does not carry, are kept.


















/** The spec's required top-level fields of PushPullAppConfig. */
const REQUIRED = [
    'name',
    'provider_region',
    'deployment_model',
    'auth_providers',
    'data_sources',
    'endpoints',
    'environments',
    'functions',
    'graphql',
    'hosting',
    'https_endpoints',
    'log_forwarders',
    'schemas',
    'services',
    'sync',
    'triggers',
    'values'
];
/** Collections and singletons the document does not describe: a push leaves them alone. */
const KEPT_KINDS = ['secrets', 'access_list', 'private_endpoints'];
const KEPT_SINGLETONS = [
    'allowed_request_origins',
    'refresh_token_expiration',
    'allow_non_vpc_client_requests',
    'environment',
    'hosting_config'
];
const routes = () => [
    ...valueRoutes(),
    ...environmentRoutes(),
    ...functionRoutes(),
    ...serviceRoutes(),
    ...ruleRoutes(),
    ...webhookRoutes(),
    ...(0,auth/* authRoutes */.JY)(),
    ...(0,triggers/* triggerRoutes */.$H)(),
    ...endpointRoutes(),
    ...graphqlRoutes(),
    ...logForwarderRoutes(),
    ...schemaRoutes(),
    ...hostingRoutes()
];
function emptyConfig(ctx, config) {
    for (const [kind, docs] of Object.entries(config.collections)) {
        if (KEPT_KINDS.includes(kind))
            continue;
        for (const id of Object.keys(docs))
            ctx.touch(`${kind}/${id}`);
        config.collections[kind] = {};
    }
    for (const key of Object.keys(config.singletons)) {
        if (KEPT_SINGLETONS.includes(key))
            continue;
        delete config.singletons[key];
        ctx.touch(`singleton/${key}`);
    }
}
function pushIds(config) {
    const services = Object.values(config.collections.services ?? {});
    return {
        functions: new Map(),
        services: new Map(),
        oldServiceNames: new Map(services.map(s => [s._id, String(s.name)]))
    };
}
/** Empties `ctx`'s view and rebuilds it from `body`. */
async function replaceConfig(ctx, body) {
    const ids = pushIds(ctx.config());
    emptyConfig(ctx, ctx.config());
    await applyPush(dispatcher(ctx, routes), body, ids);
}
async function push(ctx) {
    const body = (0,validate/* requireBody */.WW)(ctx);
    const missing = REQUIRED.filter(field => body[field] === undefined);
    if (missing.length > 0)
        throw new types/* HttpError */.j(400, 'InvalidParameter', `missing required field(s): ${missing.join(', ')}`);
    // All or nothing: the whole push is tried on a copy first, so a refusal leaves no trace.
    try {
        await replaceConfig(scratchContext(ctx), body);
    }
    catch (error) {
        if (error instanceof types/* HttpError */.j)
            throw new types/* HttpError */.j(400, error.errorCode, `push refused: ${error.message}`);
        throw error;
    }
    await replaceConfig(ctx, body);
    (0,store/* logWrite */.wd)(ctx, 204, 'pushed a whole app configuration');
    return { status: 204 };
}
function pushRoutes() {
    return [{ method: 'PATCH', pattern: `${store/* APP */.uq}/push`, options: { write: true }, handler: push }];
}

;// CONCATENATED MODULE: ./src/emulator/resources/spec-routes.ts










function specRoutes() {
    return [
        ...adminProviderRoutes(),
        ...apiKeyRoutes(),
        ...networkSecurityRoutes(),
        ...eventSubscriptionRoutes(),
        ...executeFunctionRoutes(),
        ...exportRoutes(),
        ...pushRoutes(),
        ...deploymentMigrationRoutes(),
        ...multiDataSourceRoutes(),
        ...(0,not_emulated/* notEmulatedRoutes */.Tm)()
    ];
}

;// CONCATENATED MODULE: ./src/emulator/resources/sync.ts


function syncConfig(ctx) {
    return (0,store/* readSingleton */.Sp)(ctx.config(), 'sync_config') ?? { development_mode_enabled: false };
}
function putSyncConfig(ctx) {
    const body = (0,validate/* requireBody */.WW)(ctx);
    const doc = {
        development_mode_enabled: (0,validate/* optionalBoolean */.Jz)(body.development_mode_enabled, 'development_mode_enabled', false)
    };
    (0,store/* writeSingleton */.$Z)(ctx, ctx.config(), 'sync_config', doc);
    (0,store/* logWrite */.wd)(ctx, 204, `set sync development mode (enabled: ${String(doc.development_mode_enabled)})`);
    return { status: 204 };
}
function syncRoutes() {
    return [
        {
            method: 'GET',
            pattern: `${store/* APP */.uq}/sync/config`,
            handler: ctx => ({ status: 200, body: syncConfig(ctx) }),
            options: {}
        },
        { method: 'PUT', pattern: `${store/* APP */.uq}/sync/config`, handler: putSyncConfig, options: { write: true } }
    ];
}

;// CONCATENATED MODULE: ./src/emulator/resources/divergences.ts
const resourceDivergences = [
    {
        operation: 'adminCreateCustomResolver, adminModifyCustomResolver',
        divergence: 'A custom resolver is accepted without "_id" (the emulator assigns it on create and keeps it on update).',
        reason: 'The spec\'s CustomResolver schema lists "_id" as required even in create and update bodies, which no client can know before creating; config-to-api §4.17 infers it is omitted.'
    },
    {
        operation: 'adminUploadHostedAsset',
        divergence: 'Accepts multipart/mixed (and multipart/form-data) with "meta" and "file" parts; the "path" query is optional (taken from meta.path when absent, and must agree when both are sent).',
        reason: 'The spec labels the body application/json and requires "path"; realm-cli sends multipart/mixed without the query (admin-api-notes §4.8).'
    },
    {
        operation: 'adminUploadHostedAsset',
        divergence: 'A file over 25 MiB is refused with 400 AssetTooLarge.',
        reason: "The docs give a 25 MB limit but not the server's status or message for it."
    },
    {
        operation: 'adminGetAllHostedAssets',
        divergence: 'Lists every asset, with or without recursive=true; only an explicit recursive=false lists just the files directly in the prefix\'s directory. The "/" root entry is listed when no other prefix is given.',
        reason: 'The spec says "List all hosted assets" and has no recursive parameter; realm-cli always sends recursive=true (admin-api-notes §2.5), so both read the whole list.'
    },
    {
        operation: 'DELETE G/A/hosting/assets/asset, PUT G/A/hosting/cache',
        divergence: 'Served (204) though not in the spec.',
        reason: 'CLI-only endpoints realm-cli uses to remove assets and flush the CDN (admin-api-notes §2.5).'
    },
    {
        operation: 'PUT G/A/dependencies, GET G/A/dependencies/status, POST G/A/dependencies/diff',
        divergence: 'Served though not in the spec. An upload is `created` for 200 ms of emulator time, then `successful` or `failed` (invalid package.json, unreadable archive); archives report the name and version of each top-level node_modules package.',
        reason: 'CLI-only endpoints realm-cli uses to install dependencies (admin-api-notes §2.6); the real server installs asynchronously.'
    },
    {
        operation: 'adminGetAllDependencies',
        divergence: 'Before any upload, answers 200 with an empty dependencies_list.',
        reason: 'The spec does not say what an app without dependencies returns.'
    },
    {
        operation: 'adminCreateValue, adminUpdateValue',
        divergence: '"private" and "from_secret" default to false when omitted.',
        reason: "The spec marks them required, but RJS's importer omits both and the server is inferred to default them (config-to-api §3)."
    },
    {
        operation: 'adminCreateEndpoint, adminModifyEndpoint',
        divergence: '"return_type" defaults to JSON and the booleans (disabled, respond_result, ...) to false when omitted.',
        reason: 'The spec marks them required, but the local endpoint file format has no return_type and the server default is unknown (config-to-api §3).'
    },
    {
        operation: 'adminCreateService',
        divergence: 'Only config.clusterName is required; readPreference defaults to "primary" when absent (null or "" is kept as sent, as unset) and wireProtocolEnabled to false. A secret_config entry of null or "" is unset: kept as sent, no secret referenced.',
        reason: 'AtlasClusterServiceConfig marks all three required; real exports and RCORE send only some of them.'
    },
    {
        operation: 'adminUpdateValue',
        divergence: 'Answers 200 with the updated Value object.',
        reason: 'The spec types the 200 body as an array of NewValue, which cannot describe one updated value.'
    },
    {
        operation: 'adminCreateWebhook, adminGetWebhook, adminUpdateWebhook',
        divergence: 'Answer with the IncomingWebhook document.',
        reason: 'The spec documents these responses without a body, which would leave GET with nothing to say.'
    },
    {
        operation: 'adminListWebhooks',
        divergence: 'Returns an array of webhooks.',
        reason: 'The spec shows a single IncomingWebhook, which cannot list several (config-to-api §2.2).'
    },
    {
        operation: 'adminGetServiceConfig',
        divergence: 'Returns one config object, not an array.',
        reason: 'The spec types it as an array; the docs and RCORE read one object (config-to-api §3).'
    },
    {
        operation: 'adminDeleteFunction, adminDeleteService, adminDeleteSecret, adminUpdateFunction, adminUpdateService, adminModifyASecret',
        divergence: 'A delete is refused with 400 ResourceInUse while a trigger, endpoint, resolver, auth provider, log forwarder, custom user data or value still references the resource; so is a rename while something refers to it by name (log forwarders, schemas, from_secret values).',
        reason: "Undocumented; inferred from the server's reference checks (config-to-api §4.5), so clients delete dependants first.",
        contractExempt: false
    },
    {
        operation: 'adminCreateTrigger, adminUpdateTrigger, adminGetTrigger, adminListTriggers',
        divergence: 'config.providers of an AUTHENTICATION trigger is accepted, stored and returned as sent: one provider type or an array of them.',
        reason: 'The spec types it as a string enum; the docs and exported configs use an array (config-to-api §3).'
    },
    {
        operation: 'adminGetDataApiConfig',
        divergence: 'Answers 404 DataApiConfigNotFound until the Data API config is created; a second POST is 409.',
        reason: 'The response for an app without a Data API config is undocumented.'
    },
    {
        operation: 'PUT G/A/sync/config, GET G/A/sync/config',
        divergence: 'Served: {development_mode_enabled} (PUT 204).',
        reason: 'Absent from the spec, documented in DOCS enable-sync and used by RCORE and RJS.'
    },
    {
        operation: 'adminSetEnvironment',
        divergence: 'Inside a draft the environment is part of the draft; the AppInstance returned shows the new value, while GET app shows it once deployed.',
        reason: 'DOCS say every Admin API write lands in the open draft.'
    },
    {
        operation: 'adminCreateDataApiConfig, adminModifyDataApiConfig, adminCreateCustomResolver, adminModifyCustomResolver',
        divergence: 'An enum the app leaves unset may be sent as "" (Data API validation_method, a resolver\'s input_type_format and payload_type_format) and is stored and returned as sent; "" needs no secret.',
        reason: 'The spec marks validation_method required with a closed enum, but App Services exports write "" for an unset one (the corpus: docs-data-api, qrtracker), and those apps deploy with realm-cli, so the server accepts it.'
    },
    {
        operation: 'adminUpdateServiceConfig, adminGetServiceConfig, adminPullAppConfiguration',
        divergence: 'Partition-based sync lives in the data source\'s config as "sync" {state, database_name, partition {key, type, required, permissions}, ...}, next to "flexible_sync"; an enabled one needs partition.key, and one data source syncs in one mode at a time. The pull\'s top-level "sync" stays FlexibleSync only; partition sync is read from the data source\'s config.',
        reason: 'The spec models only FlexibleSync; DOCS appschema-mongodb puts partition sync in the data source config (config-to-api §4.10), and exports of partition apps (the corpus: praksisejer) write sync/config.json with type "partition".',
        contractExempt: false
    },
    {
        operation: 'all create and update operations',
        divergence: 'Fields a body carries beyond the spec are kept where the route keeps the body as sent (Data API config, custom resolvers, auth provider configs, service configs); functions, values, triggers, endpoints and the other typed resources store their documented fields and drop the rest.',
        reason: 'App Services exports carry fields the spec lacks (Data API log_function_arguments and fetch_custom_user_data, hosting default_response_code), so the server keeps some fields beyond the spec, while its typed documents drop unknown JSON fields. realm-deploy warns about a field its tables do not know and never plans it as a change when the server does not give it back.',
        contractExempt: false
    }
];

;// CONCATENATED MODULE: ./src/emulator/resources/index.ts




















function resourceRoutes() {
    return [
        ...functionRoutes(),
        ...valueRoutes(),
        ...environmentRoutes(),
        ...(0,triggers/* triggerRoutes */.$H)(),
        ...serviceRoutes(),
        ...ruleRoutes(),
        ...webhookRoutes(),
        ...schemaRoutes(),
        ...syncRoutes(),
        ...(0,auth/* authRoutes */.JY)(),
        ...endpointRoutes(),
        ...graphqlRoutes(),
        ...logForwarderRoutes(),
        ...securityRoutes(),
        ...dependencyRoutes(),
        ...hostingRoutes(),
        ...hostingAssetRoutes(),
        ...pullRoutes(),
        ...specRoutes()
    ];
}


/***/ }),

/***/ 26266:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ notEmulatedDivergences),
/* harmony export */   Tm: () => (/* binding */ notEmulatedRoutes)
/* harmony export */ });
/* unused harmony export NOT_EMULATED */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25522);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99404);
// The spec operations the emulator deliberately does not model: each answers 501
// `{"error", "error_code": "NotEmulated"}` naming the operation, so a client learns at once that it has
// reached a hole of the emulator rather than a behaviour of the service. The reasons are listed in
// the divergences (`realm-deploy emulator --divergences`).


const USERS = `${_store_js__WEBPACK_IMPORTED_MODULE_1__/* .APP */ .uq}/users`;
const PENDING = `${_store_js__WEBPACK_IMPORTED_MODULE_1__/* .APP */ .uq}/user_registrations`;
const PUSH = `${_store_js__WEBPACK_IMPORTED_MODULE_1__/* .APP */ .uq}/push/notifications`;
const COMMANDS = `${_store_js__WEBPACK_IMPORTED_MODULE_1__/* .APP */ .uq}/services/{serviceId}/commands`;
const NOT_EMULATED = [
    {
        what: 'end users of the app',
        reason: 'End users exist only where SDK clients log in to a running app; an emulator of the Admin API has no app runtime, so there is nobody to list, create, disable or log out.',
        holes: [
            { method: 'GET', path: USERS, operationId: 'adminListUsers' },
            { method: 'POST', path: USERS, operationId: 'adminCreateUser' },
            { method: 'POST', path: `${USERS}/verify_token`, operationId: 'adminVerifyUserAccessToken' },
            { method: 'GET', path: `${USERS}/{userId}`, operationId: 'adminGetUser' },
            { method: 'DELETE', path: `${USERS}/{userId}`, operationId: 'adminDeleteUser' },
            { method: 'PATCH', path: `${USERS}/{userId}/reset_email`, operationId: 'adminResetUserEmail' },
            { method: 'GET', path: `${USERS}/{userId}/devices`, operationId: 'adminListDevices' },
            { method: 'PUT', path: `${USERS}/{userId}/logout`, operationId: 'adminUserLogout' },
            { method: 'PUT', path: `${USERS}/{userId}/enable`, operationId: 'adminEnableUser' },
            { method: 'PUT', path: `${USERS}/{userId}/disable`, operationId: 'adminDisableUser' },
            { method: 'GET', path: `${PENDING}/pending_users`, operationId: 'adminListPendingUsers' },
            {
                method: 'DELETE',
                path: `${PENDING}/by_email/{email}`,
                operationId: 'adminDeletePendingEmailPasswordUser'
            }
        ]
    },
    {
        what: 'email confirmation of pending users',
        reason: 'Sending and confirming email needs pending end users and a mail service, neither of which exists here.',
        holes: [
            {
                method: 'POST',
                path: `${PENDING}/by_email/{email}/send_confirm`,
                operationId: 'adminSendConfirmationEmail'
            },
            { method: 'POST', path: `${PENDING}/by_email/{email}/confirm`, operationId: 'adminConfirmPendingUser' },
            {
                method: 'POST',
                path: `${PENDING}/by_email/{email}/run_confirm`,
                operationId: 'adminRerunPendingUserConfirmation'
            }
        ]
    },
    {
        what: 'push notifications',
        reason: 'Push notifications are sent to devices through Firebase (deprecated on the service, admin-api-notes §6); nothing here could send or track them.',
        holes: [
            { method: 'GET', path: PUSH, operationId: 'adminListNotifications' },
            { method: 'POST', path: PUSH, operationId: 'adminCreateNotification' },
            { method: 'GET', path: `${PUSH}/{messageId}`, operationId: 'adminGetMessage' },
            { method: 'PUT', path: `${PUSH}/{messageId}`, operationId: 'adminUpdateMessage' },
            { method: 'DELETE', path: `${PUSH}/{messageId}`, operationId: 'adminDeleteMessage' },
            { method: 'PUT', path: `${PUSH}/{messageId}/type`, operationId: 'adminSetMessageType' },
            { method: 'POST', path: `${PUSH}/{messageId}/send`, operationId: 'adminSendMessage' }
        ]
    },
    {
        what: 'billing and metrics',
        reason: 'Usage measurements and metrics count real requests, compute and data transfer of a running app; invented numbers would mislead.',
        holes: [
            { method: 'GET', path: '/groups/{groupId}/measurements', operationId: 'adminMeasurements' },
            { method: 'GET', path: `${_store_js__WEBPACK_IMPORTED_MODULE_1__/* .APP */ .uq}/measurements`, operationId: 'adminAppMeasurements' },
            { method: 'GET', path: `${_store_js__WEBPACK_IMPORTED_MODULE_1__/* .APP */ .uq}/metrics`, operationId: 'adminGetMetrics' }
        ]
    },
    {
        what: 'commands run against a linked cluster or its data',
        reason: 'These read or query the documents of a linked Atlas cluster (build info, schema sampling, document validation, GraphQL queries, Device Sync data); the emulator links no cluster and stores no documents.',
        holes: [
            { method: 'GET', path: `${COMMANDS}/build_info`, operationId: 'getBuildInfo' },
            { method: 'POST', path: `${COMMANDS}/generate_schema`, operationId: 'adminGenerateSchema' },
            { method: 'POST', path: `${COMMANDS}/validate_documents`, operationId: 'adminValidateDocuments' },
            { method: 'POST', path: `${COMMANDS}/{commandName}`, operationId: 'adminRunCommand' },
            { method: 'POST', path: `${_store_js__WEBPACK_IMPORTED_MODULE_1__/* .APP */ .uq}/graphql`, operationId: 'adminRunGraphQLOperation' },
            { method: 'GET', path: `${_store_js__WEBPACK_IMPORTED_MODULE_1__/* .APP */ .uq}/sync/data`, operationId: 'adminGetSync' }
        ]
    }
];
function notEmulatedRoute(hole, what) {
    return {
        method: hole.method,
        pattern: hole.path,
        options: {},
        handler: () => {
            throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(501, 'NotEmulated', `${hole.operationId} (${hole.method} ${hole.path}) is not emulated: the emulator does not model ${what}`);
        }
    };
}
function notEmulatedRoutes() {
    return NOT_EMULATED.flatMap(group => group.holes.map(hole => notEmulatedRoute(hole, group.what)));
}
const notEmulatedDivergences = NOT_EMULATED.map(group => ({
    operation: group.holes.map(hole => hole.operationId).join(', '),
    divergence: `Not emulated (${group.what}): answers 501 {"error", "error_code": "NotEmulated"} naming the operation.`,
    reason: group.reason,
    contractExempt: false
}));


/***/ }),

/***/ 15047:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $O: () => (/* binding */ THIRD_PARTY_TYPES),
/* harmony export */   AQ: () => (/* binding */ functionName),
/* harmony export */   BI: () => (/* binding */ checkSecretConfig),
/* harmony export */   Dq: () => (/* binding */ functionUsers),
/* harmony export */   Ft: () => (/* binding */ requireSecretName),
/* harmony export */   Le: () => (/* binding */ refuseIfUsed),
/* harmony export */   M9: () => (/* binding */ serviceUsers),
/* harmony export */   OL: () => (/* binding */ functionNameUsers),
/* harmony export */   Xx: () => (/* binding */ requireDataSource),
/* harmony export */   ht: () => (/* binding */ resolveFunction),
/* harmony export */   lI: () => (/* binding */ DATA_SOURCE_TYPES),
/* harmony export */   n3: () => (/* binding */ serviceNameUsers),
/* harmony export */   pr: () => (/* binding */ secretUsers),
/* harmony export */   y4: () => (/* binding */ isDataSource)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25522);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99404);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52651);
// References between resources: resolving a function, service or secret that a body names (400 when
// it does not exist), and finding who still uses one (deletes of a used resource are refused, so a
// client must remove dependants first, as the server's own ordering rules require).



const DATA_SOURCE_TYPES = ['mongodb-atlas', 'mongodb', 'datalake'];
const THIRD_PARTY_TYPES = ['http', 'aws', 'twilio', 'github', 'gcm'];
function isDataSource(service) {
    return !!service && DATA_SOURCE_TYPES.includes(service.type);
}
/**
 * Resolves a function named by id and/or name (both must agree when both are sent). `field` is the
 * object holding them, e.g. `event_processors.FUNCTION.config` ("" for the body's root).
 */
function resolveFunction(config, id, name, field) {
    const at = (key) => (field ? `${field}.${key}` : key);
    if (id !== undefined && id !== null && id !== '') {
        const fn = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .docById */ .pI)(config, 'functions', id);
        if (!fn)
            throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .badRequest */ .li)(`"${at('function_id')}" names no function of this app: ${JSON.stringify(id)}`);
        if (typeof name === 'string' && name !== '' && name !== fn.name) {
            throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .badRequest */ .li)(`"${at('function_name')}" (${JSON.stringify(name)}) is not the name of function ${String(id)}`);
        }
        return { function_id: fn._id, function_name: fn.name };
    }
    if (typeof name === 'string' && name !== '') {
        const fn = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .docByName */ .pf)(config, 'functions', name);
        if (!fn)
            throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .badRequest */ .li)(`"${at('function_name')}" names no function of this app: ${JSON.stringify(name)}`);
        return { function_id: fn._id, function_name: fn.name };
    }
    throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .badRequest */ .li)(`"${at('function_id')}" (or "${at('function_name')}") is required`);
}
/** The current name of a function id (names are shown on reads, ids are stored). */
function functionName(config, id) {
    return (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .docById */ .pI)(config, 'functions', id)?.name;
}
function requireDataSource(config, id, field) {
    const service = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .docById */ .pI)(config, 'services', id);
    if (!service)
        throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .badRequest */ .li)(`"${field}" names no service of this app: ${JSON.stringify(id)}`);
    if (!isDataSource(service)) {
        throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .badRequest */ .li)(`"${field}" must name a data source (${DATA_SOURCE_TYPES.join(', ')}), not a ${String(service.type)} service`);
    }
    return service;
}
function requireSecretName(config, name, field) {
    if (typeof name !== 'string' || name === '')
        throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .badRequest */ .li)(`"${field}" must be the name of a secret`);
    if (!(0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .docByName */ .pf)(config, 'secrets', name))
        throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .badRequest */ .li)(`"${field}" names no secret of this app: ${JSON.stringify(name)}`);
    return name;
}
/** Every value of a `secret_config` object is a secret name (or, for JWT signing keys, a list of them). */
function checkSecretConfig(config, secretConfig, field) {
    if (secretConfig === undefined || secretConfig === null)
        return;
    if (!(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(secretConfig))
        throw (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .badRequest */ .li)(`"${field}" must be an object`);
    for (const [key, value] of Object.entries(secretConfig)) {
        // Unset, as exports write a secret that was never set: kept as sent, no secret referenced.
        if (value === null || value === '')
            continue;
        if (Array.isArray(value))
            value.forEach((item, i) => requireSecretName(config, item, `${field}.${key}[${i}]`));
        else
            requireSecretName(config, value, `${field}.${key}`);
    }
}
function secretConfigNames(secretConfig) {
    if (!(0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(secretConfig))
        return [];
    return Object.values(secretConfig)
        .flatMap(v => (Array.isArray(v) ? v : [v]))
        .filter((v) => typeof v === 'string');
}
function triggerFunctionIds(trigger) {
    const processors = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(trigger.event_processors) ? trigger.event_processors : {};
    const fn = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(processors.FUNCTION) && (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(processors.FUNCTION.config) ? processors.FUNCTION.config : {};
    const handler = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(trigger.error_handler) && (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(trigger.error_handler.config)
        ? trigger.error_handler.config
        : {};
    return [fn.function_id, handler.function_id];
}
const PROVIDER_FUNCTION_IDS = ['confirmationFunctionId', 'resetFunctionId', 'authFunctionId'];
/** Human-readable list of what uses function `id` (empty when nothing does). */
function functionUsers(config, id) {
    const fn = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .docById */ .pI)(config, 'functions', id);
    const users = [];
    for (const t of (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'triggers'))
        if (triggerFunctionIds(t).includes(id))
            users.push(`trigger "${String(t.name)}"`);
    for (const e of (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'endpoints'))
        if (e.function_id === id)
            users.push(`endpoint ${String(e.http_method)} ${String(e.route)}`);
    for (const r of (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'custom_resolvers'))
        if (r.function_id === id)
            users.push(`custom resolver ${String(r.on_type)}.${String(r.field_name)}`);
    for (const p of (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'auth_providers')) {
        const providerConfig = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(p.config) ? p.config : {};
        if (PROVIDER_FUNCTION_IDS.some(k => providerConfig[k] === id))
            users.push(`auth provider "${String(p.name)}"`);
    }
    for (const f of (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'log_forwarders')) {
        const action = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(f.action) ? f.action : {};
        if (action.type === 'function' && action.name === fn?.name)
            users.push(`log forwarder "${String(f.name)}"`);
    }
    const cud = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readSingleton */ .Sp)(config, 'custom_user_data');
    if (cud?.on_user_creation_function_id === id)
        users.push('custom user data (user creation function)');
    return users;
}
function serviceUsers(config, id) {
    const service = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .docById */ .pI)(config, 'services', id);
    const users = [];
    for (const t of (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'triggers')) {
        if ((0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(t.config) && t.config.service_id === id)
            users.push(`trigger "${String(t.name)}"`);
    }
    for (const f of (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'log_forwarders')) {
        const action = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(f.action) ? f.action : {};
        if (action.type === 'collection' && action.data_source === service?.name)
            users.push(`log forwarder "${String(f.name)}"`);
    }
    const cud = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readSingleton */ .Sp)(config, 'custom_user_data');
    if (cud?.enabled === true && cud.mongo_service_id === id)
        users.push('custom user data');
    return users;
}
function secretUsers(config, id) {
    const secret = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .docById */ .pI)(config, 'secrets', id);
    const name = secret?.name;
    const users = [];
    for (const v of (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'values'))
        if (v.from_secret === true && v.value === name)
            users.push(`value "${String(v.name)}"`);
    for (const e of (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'endpoints'))
        if (e.secret_id === id)
            users.push(`endpoint ${String(e.http_method)} ${String(e.route)}`);
    for (const kind of ['auth_providers', 'services']) {
        for (const d of (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, kind)) {
            if (secretConfigNames(d.secret_config).includes(name))
                users.push(`${kind === 'services' ? 'service' : 'auth provider'} "${String(d.name)}"`);
        }
    }
    const dataApi = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .readSingleton */ .Sp)(config, 'data_api_config');
    if (dataApi && dataApi.secret_name === name)
        users.push('Data API config');
    return users;
}
function forwardersUsing(config, type, key, name) {
    return (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'log_forwarders')
        .filter(f => (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(f.action) && f.action.type === type && f.action[key] === name)
        .map(f => `log forwarder "${String(f.name)}"`);
}
/** What names function `name` (not its id): renaming the function would break these. */
function functionNameUsers(config, name) {
    return forwardersUsing(config, 'function', 'name', name);
}
/** What names data source `name` (not its id): renaming the service would break these. */
function serviceNameUsers(config, name) {
    const schemas = (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(config, 'schemas')
        .filter(s => (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .Gv)(s.metadata) && s.metadata.data_source === name)
        .map(s => `schema ${String(s.metadata.database)}.${String(s.metadata.collection)}`);
    return [...forwardersUsing(config, 'collection', 'data_source', name), ...schemas];
}
/** Refuses a delete or rename (`action`, e.g. `delete function "f"`) of a resource others still reference. */
function refuseIfUsed(users, action) {
    if (users.length === 0)
        return;
    throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(400, 'ResourceInUse', `cannot ${action}: it is used by ${users.join(', ')}; change or delete those first`);
}


/***/ }),

/***/ 99404:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Z: () => (/* binding */ writeSingleton),
/* harmony export */   Aw: () => (/* binding */ requireDoc),
/* harmony export */   Iu: () => (/* binding */ listDocs),
/* harmony export */   KL: () => (/* binding */ saveDoc),
/* harmony export */   Sp: () => (/* binding */ readSingleton),
/* harmony export */   UO: () => (/* binding */ removeSingleton),
/* harmony export */   Up: () => (/* binding */ pick),
/* harmony export */   _C: () => (/* binding */ nowSeconds),
/* harmony export */   cJ: () => (/* binding */ omit),
/* harmony export */   fE: () => (/* binding */ docsOf),
/* harmony export */   lA: () => (/* binding */ removeDoc),
/* harmony export */   pI: () => (/* binding */ docById),
/* harmony export */   pf: () => (/* binding */ docByName),
/* harmony export */   uq: () => (/* binding */ APP),
/* harmony export */   wd: () => (/* binding */ logWrite)
/* harmony export */ });
/* unused harmony exports WRITE_LOG_TYPE, findDoc */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25522);
// Reading and writing the user's view of an app's config (their draft, else live) for the resource
// routes: collection documents, singletons, change tracking (`touch`) and the app log entry each
// write leaves behind.

/** Every resource route lives below this pattern. */
const APP = '/groups/{groupId}/apps/{appId}';
/** The log type of the entry every configuration write appends (the spec's enum has no admin type; API is the closest). */
const WRITE_LOG_TYPE = 'API';
function docsOf(config, kind) {
    config.collections[kind] ??= {};
    return config.collections[kind];
}
function listDocs(config, kind) {
    return Object.values(config.collections[kind] ?? {});
}
function findDoc(config, kind, test) {
    return listDocs(config, kind).find(test);
}
function docById(config, kind, id) {
    return typeof id === 'string' ? config.collections[kind]?.[id] : undefined;
}
function docByName(config, kind, name) {
    return typeof name === 'string' ? findDoc(config, kind, doc => doc.name === name) : undefined;
}
function requireDoc(config, kind, id, code, label) {
    const doc = docById(config, kind, id);
    if (!doc)
        throw new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(404, code, `${label} not found: ${id}`);
    return doc;
}
/** Stores a collection document (it must carry `_id`) and records the change. */
function saveDoc(ctx, config, kind, doc) {
    docsOf(config, kind)[doc._id] = doc;
    ctx.touch(`${kind}/${doc._id}`);
}
function removeDoc(ctx, config, kind, id) {
    delete docsOf(config, kind)[id];
    ctx.touch(`${kind}/${id}`);
}
function readSingleton(config, key) {
    return config.singletons[key];
}
function writeSingleton(ctx, config, key, value) {
    config.singletons[key] = value;
    ctx.touch(`singleton/${key}`);
}
function removeSingleton(ctx, config, key) {
    delete config.singletons[key];
    ctx.touch(`singleton/${key}`);
}
function nowSeconds(ctx) {
    return Math.floor(ctx.now() / 1000);
}
/** One app log entry per successful write; `message` names the resource, never a secret value. */
function logWrite(ctx, status, message) {
    const started = new Date(ctx.now()).toISOString();
    ctx.log({
        type: WRITE_LOG_TYPE,
        status,
        started,
        completed: started,
        messages: [message]
    });
}
/** A copy of `doc` without the listed keys (read projections). */
function omit(doc, ...keys) {
    const copy = { ...doc };
    for (const key of keys)
        delete copy[key];
    return copy;
}
function pick(doc, ...keys) {
    const copy = {};
    for (const key of keys)
        if (doc[key] !== undefined)
            copy[key] = doc[key];
    return copy;
}


/***/ }),

/***/ 37974:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Zs: () => (/* binding */ triggerForPull),
  $H: () => (/* binding */ triggerRoutes),
  _f: () => (/* binding */ triggerView)
});

// UNUSED EXPORTS: triggersSpec

// EXTERNAL MODULE: ./src/emulator/types.ts
var types = __webpack_require__(25522);
// EXTERNAL MODULE: ./src/emulator/resources/collection.ts
var collection = __webpack_require__(50617);
;// CONCATENATED MODULE: ./src/emulator/resources/cron.ts
// Validation of the five-field cron expressions of scheduled triggers
// (minute hour day-of-month month day-of-week; names like JAN or MON are accepted).
const FIELDS = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day of month', min: 1, max: 31 },
    {
        name: 'month',
        min: 1,
        max: 12,
        names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']
    },
    // 7 is Sunday as well, as in most cron dialects.
    { name: 'day of week', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] }
];
function parseValue(text, field) {
    if (/^\d+$/.test(text)) {
        const n = Number(text);
        return n >= field.min && n <= field.max ? n : undefined;
    }
    const index = field.names?.indexOf(text.toUpperCase()) ?? -1;
    if (index < 0)
        return undefined;
    return field.name === 'month' ? index + 1 : index;
}
function itemProblem(item, field) {
    const [range, step, ...extra] = item.split('/');
    if (extra.length > 0)
        return `"${item}" has more than one "/"`;
    if (step !== undefined && !/^[1-9]\d*$/.test(step))
        return `"${item}" has an invalid step`;
    if (range === '*')
        return undefined;
    const bounds = range.split('-');
    if (bounds.length > 2)
        return `"${item}" is not a value or a range`;
    const values = bounds.map(b => parseValue(b, field));
    if (values.some(v => v === undefined))
        return `"${item}" is out of range ${field.min}-${field.max}`;
    if (values.length === 2 && values[0] > values[1])
        return `"${item}" is a reversed range`;
    return undefined;
}
/** Why `expression` is not a valid cron schedule, or undefined when it is. */
function cronProblem(expression) {
    const parts = expression.trim().split(/\s+/);
    if (parts.length !== 5)
        return `a cron schedule has 5 fields (minute hour day-of-month month day-of-week), got ${parts.length}`;
    for (let i = 0; i < FIELDS.length; i++) {
        for (const item of parts[i].split(',')) {
            const problem = item === '' ? 'an empty list item' : itemProblem(item, FIELDS[i]);
            if (problem)
                return `${FIELDS[i].name} field: ${problem}`;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/emulator/resources/refs.ts
var refs = __webpack_require__(15047);
// EXTERNAL MODULE: ./src/emulator/resources/store.ts
var store = __webpack_require__(99404);
// EXTERNAL MODULE: ./src/emulator/resources/auth.ts
var auth = __webpack_require__(87883);
// EXTERNAL MODULE: ./src/emulator/resources/validate.ts
var validate = __webpack_require__(52651);
// EXTERNAL MODULE: ./src/vocabulary.ts
var vocabulary = __webpack_require__(47819);
// EXTERNAL MODULE: ./src/emulator/trigger-suspension.ts
var trigger_suspension = __webpack_require__(11357);
;// CONCATENATED MODULE: ./src/emulator/resources/triggers.ts
// Triggers (`G/A/triggers`): DATABASE, SCHEDULED and AUTHENTICATION, with a FUNCTION or an
// AWS_EVENTBRIDGE event processor. Stored with function ids and the spec's defaults filled; reads
// mirror `function_id`/`function_name` between the root and the processor as the backend does.
// Status codes per spec: POST 201, PUT 204, DELETE 200 `{}`, resume 204.









const TRIGGER_TYPES = ['DATABASE', 'AUTHENTICATION', 'SCHEDULED'];
const OPERATION_TYPES = vocabulary/* TRIGGER_OPERATION_TYPES */.N5;
const DATABASE_FLAGS = [
    'full_document',
    'full_document_before_change',
    'skip_catchup_events',
    'tolerate_resume_errors',
    'maximum_throughput',
    'unordered'
];
const AUTH_OPERATIONS = ['LOGIN', 'CREATE', 'DELETE'];
const ZERO_ID = '000000000000000000000000';
// Only the spec's keys are kept, so a local-only `service_name` or a read-only `schedule_type` sent
// back by a client is not stored.
function databaseConfig(input, config) {
    const out = { service_id: (0,validate/* requireString */.VW)(input.service_id, 'config.service_id') };
    (0,refs/* requireDataSource */.Xx)(config, out.service_id, 'config.service_id');
    const database = (0,validate/* optionalString */.sx)(input.database, 'config.database');
    const collection = (0,validate/* optionalString */.sx)(input.collection, 'config.collection');
    if (collection && !database)
        throw (0,validate/* badRequest */.li)('"config.collection" needs "config.database"');
    if (database)
        out.database = database;
    if (collection)
        out.collection = collection;
    out.operation_types = (0,validate/* requireEnumList */.rH)(input.operation_types, 'config.operation_types', OPERATION_TYPES);
    for (const key of ['match', 'project']) {
        const expression = (0,validate/* optionalObject */.u9)(input[key], `config.${key}`);
        if (expression)
            out[key] = expression;
    }
    for (const flag of DATABASE_FLAGS)
        out[flag] = (0,validate/* optionalBoolean */.Jz)(input[flag], `config.${flag}`, false);
    return out;
}
function authenticationConfig(input) {
    const operation = (0,validate/* requireEnum */.bd)(input.operation_type, 'config.operation_type', AUTH_OPERATIONS);
    // SPEC types `providers` as one string; DOCS and exports use an array: both are accepted as sent.
    const providers = typeof input.providers === 'string'
        ? (0,validate/* requireEnum */.bd)(input.providers, 'config.providers', auth/* PROVIDER_TYPES */.MA)
        : (0,validate/* requireEnumList */.rH)(input.providers, 'config.providers', auth/* PROVIDER_TYPES */.MA);
    return { operation_type: operation, providers };
}
function scheduledConfig(input) {
    const schedule = (0,validate/* requireString */.VW)(input.schedule, 'config.schedule');
    const problem = cronProblem(schedule);
    if (problem)
        throw (0,validate/* badRequest */.li)(`"config.schedule" ${JSON.stringify(schedule)} is not a valid cron expression: ${problem}`);
    return {
        schedule,
        skip_catchup_events: (0,validate/* optionalBoolean */.Jz)(input.skip_catchup_events, 'config.skip_catchup_events', false)
    };
}
function hasRootFunction(body) {
    return [body.function_id, body.function_name].some(v => typeof v === 'string' && v !== '' && v !== ZERO_ID);
}
function functionProcessor(body, config, processor) {
    const fnConfig = processor === undefined
        ? {}
        : (0,validate/* requireObject */.zG)((0,validate/* requireObject */.zG)(processor, 'event_processors.FUNCTION').config, 'event_processors.FUNCTION.config');
    const inProcessor = fnConfig.function_id !== undefined || fnConfig.function_name !== undefined;
    const ref = inProcessor
        ? (0,refs/* resolveFunction */.ht)(config, fnConfig.function_id, fnConfig.function_name, 'event_processors.FUNCTION.config')
        : (0,refs/* resolveFunction */.ht)(config, body.function_id, body.function_name, '');
    if (inProcessor && hasRootFunction(body)) {
        const root = (0,refs/* resolveFunction */.ht)(config, body.function_id === ZERO_ID ? undefined : body.function_id, body.function_name, '');
        if (root.function_id !== ref.function_id)
            throw (0,validate/* badRequest */.li)('the root "function_id"/"function_name" and "event_processors.FUNCTION.config" name different functions');
    }
    return { FUNCTION: { config: { function_id: ref.function_id } } };
}
function eventBridgeProcessor(processor) {
    const awsConfig = (0,validate/* requireObject */.zG)((0,validate/* requireObject */.zG)(processor, 'event_processors.AWS_EVENTBRIDGE').config, 'event_processors.AWS_EVENTBRIDGE.config');
    return {
        AWS_EVENTBRIDGE: {
            config: {
                account_id: (0,validate/* requireString */.VW)(awsConfig.account_id, 'event_processors.AWS_EVENTBRIDGE.config.account_id'),
                region: (0,validate/* requireString */.VW)(awsConfig.region, 'event_processors.AWS_EVENTBRIDGE.config.region'),
                extended_json_enabled: (0,validate/* optionalBoolean */.Jz)(awsConfig.extended_json_enabled, 'event_processors.AWS_EVENTBRIDGE.config.extended_json_enabled', false)
            }
        }
    };
}
function eventProcessors(body, config) {
    const processors = (0,validate/* optionalObject */.u9)(body.event_processors, 'event_processors') ?? {};
    const kinds = Object.keys(processors);
    if (kinds.length === 0) {
        if (!hasRootFunction(body))
            throw (0,validate/* badRequest */.li)('"event_processors" is required (a FUNCTION or AWS_EVENTBRIDGE processor)');
        return functionProcessor(body, config, undefined);
    }
    if (kinds.length > 1 || !['FUNCTION', 'AWS_EVENTBRIDGE'].includes(kinds[0])) {
        throw (0,validate/* badRequest */.li)('"event_processors" must hold exactly one of FUNCTION, AWS_EVENTBRIDGE');
    }
    return kinds[0] === 'FUNCTION'
        ? functionProcessor(body, config, processors.FUNCTION)
        : eventBridgeProcessor(processors.AWS_EVENTBRIDGE);
}
function errorHandler(value, config) {
    const handler = (0,validate/* optionalObject */.u9)(value, 'error_handler');
    if (!handler)
        return undefined;
    const handlerConfig = (0,validate/* requireObject */.zG)(handler.config, 'error_handler.config');
    const enabled = (0,validate/* optionalBoolean */.Jz)(handlerConfig.enabled, 'error_handler.config.enabled', false);
    const named = handlerConfig.function_id !== undefined || handlerConfig.function_name !== undefined;
    if (!enabled && !named)
        return { config: { enabled } };
    const ref = (0,refs/* resolveFunction */.ht)(config, handlerConfig.function_id, handlerConfig.function_name, 'error_handler.config');
    return { config: { enabled, function_id: ref.function_id } };
}
function buildTrigger({ body, config }) {
    const type = (0,validate/* requireEnum */.bd)(body.type, 'type', TRIGGER_TYPES);
    const input = (0,validate/* requireObject */.zG)(body.config, 'config');
    const doc = {
        name: (0,validate/* requireSimpleName */.b1)(body.name, 'name', 'trigger'),
        type,
        disabled: (0,validate/* optionalBoolean */.Jz)(body.disabled, 'disabled', false),
        config: type === 'DATABASE'
            ? databaseConfig(input, config)
            : type === 'SCHEDULED'
                ? scheduledConfig(input)
                : authenticationConfig(input),
        event_processors: eventProcessors(body, config)
    };
    const handler = errorHandler(body.error_handler, config);
    if (handler)
        doc.error_handler = handler;
    return doc;
}
/** The Trigger as the server shows it: function names next to ids, at the root and in the processor. */
function triggerView(config, doc) {
    const view = structuredClone(doc);
    const processors = view.event_processors;
    const fn = (0,validate/* isObject */.Gv)(processors.FUNCTION) ? processors.FUNCTION.config : undefined;
    if (fn) {
        fn.function_name = (0,refs/* functionName */.AQ)(config, fn.function_id) ?? '';
        view.function_id = fn.function_id;
        view.function_name = fn.function_name;
    }
    const handlerConfig = (0,validate/* isObject */.Gv)(view.error_handler) ? view.error_handler.config : undefined;
    if (handlerConfig?.function_id)
        handlerConfig.function_name = (0,refs/* functionName */.AQ)(config, handlerConfig.function_id) ?? '';
    return view;
}
const triggersSpec = {
    kind: 'triggers',
    path: '/triggers',
    idParam: 'triggerId',
    label: 'trigger',
    notFoundCode: 'TriggerNotFound',
    uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
    build: buildTrigger,
    fullView: triggerView,
    create: { status: 201, body: triggerView },
    update: { method: 'PUT', status: 204 },
    remove: { status: 200, body: {} }
};
function resumeTrigger(ctx) {
    const trigger = (0,store/* requireDoc */.Aw)(ctx.config(), 'triggers', ctx.params.triggerId, 'TriggerNotFound', 'trigger');
    const body = ctx.json();
    if (body !== undefined && !(0,validate/* isObject */.Gv)(body))
        throw (0,validate/* badRequest */.li)('the request body must be a JSON object');
    (0,validate/* optionalBoolean */.Jz)((0,validate/* isObject */.Gv)(body) ? body.disable_token : undefined, 'disable_token', false);
    if (trigger.type !== 'DATABASE')
        throw new types/* HttpError */.j(400, 'InvalidParameter', `only database triggers can be resumed; "${String(trigger.name)}" is ${String(trigger.type)}`);
    (0,trigger_suspension/* resumeSuspended */.jk)(ctx.appRecord, String(trigger._id));
    (0,store/* logWrite */.wd)(ctx, 204, `resumed trigger ${JSON.stringify(trigger.name)}`);
    return { status: 204 };
}
function triggerRoutes() {
    return [
        ...(0,collection/* collectionRoutes */.xl)(triggersSpec),
        {
            method: 'PUT',
            pattern: `${store/* APP */.uq}/triggers/{triggerId}/resume`,
            handler: resumeTrigger,
            options: { write: true }
        }
    ];
}
/** Pull form: a TriggerConstructor that names its function. */
function triggerForPull(config, doc) {
    const view = triggerView(config, doc);
    return (0,store/* pick */.Up)(view, 'name', 'type', 'disabled', 'config', 'event_processors', 'function_id', 'function_name', 'error_handler');
}


/***/ }),

/***/ 52651:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ac: () => (/* binding */ checkBodyId),
/* harmony export */   Aq: () => (/* binding */ unsetOrEnum),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   Jz: () => (/* binding */ optionalBoolean),
/* harmony export */   VW: () => (/* binding */ requireString),
/* harmony export */   WW: () => (/* binding */ requireBody),
/* harmony export */   ay: () => (/* binding */ requireBoolean),
/* harmony export */   b1: () => (/* binding */ requireSimpleName),
/* harmony export */   bd: () => (/* binding */ requireEnum),
/* harmony export */   li: () => (/* binding */ badRequest),
/* harmony export */   oS: () => (/* binding */ optionalArray),
/* harmony export */   rH: () => (/* binding */ requireEnumList),
/* harmony export */   sx: () => (/* binding */ optionalString),
/* harmony export */   u9: () => (/* binding */ optionalObject),
/* harmony export */   zG: () => (/* binding */ requireObject)
/* harmony export */ });
/* unused harmony exports INVALID, requireStringList */
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25522);
// Request-body checks shared by the resource routes. Each check names the offending field in its
// message, so a client author sees exactly what the emulator (and, by the spec, the server) refused.

const INVALID = 'InvalidParameter';
function badRequest(message, code = INVALID) {
    return new _types_js__WEBPACK_IMPORTED_MODULE_0__/* .HttpError */ .j(400, code, message);
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The JSON body as an object, or 400. */
function requireBody(ctx) {
    const body = ctx.json();
    if (!isObject(body))
        throw badRequest('the request body must be a JSON object');
    return body;
}
function requireString(value, field) {
    if (value === undefined || value === null || value === '')
        throw badRequest(`"${field}" is required`);
    if (typeof value !== 'string')
        throw badRequest(`"${field}" must be a string`);
    return value;
}
function optionalString(value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value !== 'string')
        throw badRequest(`"${field}" must be a string`);
    return value;
}
function requireBoolean(value, field) {
    if (value === undefined || value === null)
        throw badRequest(`"${field}" is required`);
    if (typeof value !== 'boolean')
        throw badRequest(`"${field}" must be a boolean`);
    return value;
}
function optionalBoolean(value, field, fallback) {
    if (value === undefined || value === null)
        return fallback;
    if (typeof value !== 'boolean')
        throw badRequest(`"${field}" must be a boolean`);
    return value;
}
function requireObject(value, field) {
    if (value === undefined || value === null)
        throw badRequest(`"${field}" is required`);
    if (!isObject(value))
        throw badRequest(`"${field}" must be an object`);
    return value;
}
function optionalObject(value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (!isObject(value))
        throw badRequest(`"${field}" must be an object`);
    return value;
}
function optionalArray(value, field) {
    if (value === undefined || value === null)
        return undefined;
    if (!Array.isArray(value))
        throw badRequest(`"${field}" must be an array`);
    return value;
}
function requireEnum(value, field, allowed) {
    const text = requireString(value, field);
    if (!allowed.includes(text)) {
        throw badRequest(`"${field}" must be one of ${allowed.map(a => JSON.stringify(a)).join(', ')}; got ${JSON.stringify(text)}`);
    }
    return text;
}
/** An enum the server leaves unset as `""` (exports write it so): absent, null or "" pass as sent. */
function unsetOrEnum(value, field, allowed) {
    if (value === undefined || value === null || value === '')
        return value;
    return requireEnum(value, field, allowed);
}
/** A non-empty array whose every item is one of `allowed`. */
function requireEnumList(value, field, allowed) {
    if (value === undefined || value === null)
        throw badRequest(`"${field}" is required`);
    if (!Array.isArray(value))
        throw badRequest(`"${field}" must be an array`);
    if (value.length === 0)
        throw badRequest(`"${field}" must not be empty`);
    return value.map((item, i) => requireEnum(item, `${field}[${i}]`, allowed));
}
function requireStringList(value, field) {
    if (value === undefined || value === null)
        throw badRequest(`"${field}" is required`);
    if (!Array.isArray(value))
        throw badRequest(`"${field}" must be an array`);
    return value.map((item, i) => requireString(item, `${field}[${i}]`));
}
// App Services names (triggers, services, values, rules): ASCII letters, digits, `_`, `-`, at most 64.
const SIMPLE_NAME = /^[A-Za-z0-9_-]{1,64}$/;
function requireSimpleName(value, field, what) {
    const name = requireString(value, field);
    if (!SIMPLE_NAME.test(name)) {
        throw badRequest(`invalid ${what} name ${JSON.stringify(name)}: use at most 64 ASCII letters, digits, "_" or "-"`);
    }
    return name;
}
/** The `_id` in an update body, when sent, must be the one in the path. */
function checkBodyId(body, id) {
    if (body._id !== undefined && body._id !== id) {
        throw badRequest(`"_id" in the body (${JSON.stringify(body._id)}) does not match the id in the path (${id})`);
    }
}


/***/ }),

/***/ 36609:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sJ: () => (/* binding */ startEmulator)
});

// UNUSED EXPORTS: API_PREFIX, coreRoutes

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(58500);
// EXTERNAL MODULE: ./src/emulator/types.ts
var types = __webpack_require__(25522);
// EXTERNAL MODULE: ./src/emulator/app-config.ts
var app_config = __webpack_require__(71203);
// EXTERNAL MODULE: ./src/emulator/ids.ts
var ids = __webpack_require__(75373);
// EXTERNAL MODULE: ./src/emulator/logs.ts
var logs = __webpack_require__(36736);
;// CONCATENATED MODULE: ./src/emulator/random.ts
// A small seeded PRNG: the same seed gives the same sequence, so faults and seeded logs are reproducible.
/** mulberry32: returns numbers in [0, 1). */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function pick(random, items) {
    return items[Math.floor(random() * items.length)];
}

;// CONCATENATED MODULE: ./src/emulator/log-seed.ts


const SEED_TYPES = [
    'FUNCTION',
    'SCHEDULED_TRIGGER',
    'DB_TRIGGER',
    'API',
    'AUTH',
    'ENDPOINT',
    'TRIGGER_FAILURE'
];
const FUNCTION_NAMES = ['hello', 'expireGames', 'onNewUser', 'checkWinner', 'sendReport'];
const ERRORS = [
    { error: "TypeError: Cannot access member 'name' of undefined", error_code: 'FunctionExecutionError' },
    { error: 'execution time limit exceeded', error_code: 'ExecutionTimeLimitExceeded' },
    { error: 'no matching rule found', error_code: 'NoMatchingRuleFound' }
];
/** Appends `count` entries to the app's log, older than `nowMs`, newest group first. */
function seedLogs(state, record, count, seed, nowMs) {
    const random = seededRandom(seed ^ hashString(record.app._id));
    let time = nowMs - 1000;
    let made = 0;
    while (made < count) {
        const longRun = random() < 0.1;
        const size = Math.min(count - made, 1 + Math.floor(random() * (longRun ? 250 : 3)));
        for (let i = 0; i < size; i++)
            (0,logs/* appendLog */.pm)(state, record, time, seedEntry(random, made + i));
        made += size;
        time -= 1 + Math.floor(random() * 5000);
    }
}
function seedEntry(random, n) {
    const type = pick(random, SEED_TYPES);
    const failed = type === 'TRIGGER_FAILURE' || random() < 0.1;
    const fn = pick(random, FUNCTION_NAMES);
    const entry = { type, messages: [`seeded entry ${n}`] };
    if (type === 'FUNCTION' || type.endsWith('TRIGGER'))
        entry.function_name = fn;
    if (type.endsWith('TRIGGER') || type === 'TRIGGER_FAILURE')
        entry.event_subscription_name = `${fn}Trigger`;
    if (type === 'FUNCTION' || type === 'AUTH' || type === 'ENDPOINT') {
        entry.user_id = `seeduser${Math.floor(random() * 3)}`;
        entry.status = failed ? 400 : 200;
    }
    if (failed)
        Object.assign(entry, pick(random, ERRORS));
    return entry;
}
function hashString(text) {
    let hash = 2166136261;
    for (let i = 0; i < text.length; i++)
        hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
    return hash >>> 0;
}

// EXTERNAL MODULE: ./src/app/regions.ts
var regions = __webpack_require__(80646);
;// CONCATENATED MODULE: ./src/emulator/apps.ts
// Apps of a project: list (with the `product` filter), create (name rules, defaults, the resources a
// new app starts with), get, delete (drafts, deployments, logs and assets go with it), the
// deployment configuration, and the region list.





const PRODUCTS = ['standard', 'atlas', 'data-api', 'device-sync'];
const ENVIRONMENTS = ['', 'development', 'testing', 'qa', 'production'];
const MODELS = ['GLOBAL', 'LOCAL'];
const APP_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,31}$/;
function productsParam(query) {
    const values = query
        .getAll('product')
        .flatMap(v => v.split(','))
        .map(v => v.trim())
        .filter(Boolean);
    const unknown = values.find(v => !PRODUCTS.includes(v));
    if (unknown)
        throw new types/* HttpError */.j(400, 'InvalidParameter', `invalid product '${unknown}': expected one of ${PRODUCTS.join(', ')}`);
    return values.length ? values : ['standard'];
}
function appsOf(state, groupId) {
    state.groups[groupId] ??= { apps: {} };
    return state.groups[groupId].apps;
}
function optionalEnum(body, field, allowed, fallback) {
    const value = body[field];
    if (value === undefined || value === null)
        return fallback;
    if (typeof value !== 'string' || !allowed.includes(value)) {
        throw new types/* HttpError */.j(400, 'InvalidParameter', `invalid ${field} '${String(value)}': expected one of ${allowed.map(v => `'${v}'`).join(', ')}`);
    }
    return value;
}
function placementOf(body) {
    const regionId = body.provider_region;
    if (regionId !== undefined && (typeof regionId !== 'string' || !(0,regions/* findRegion */.g6)(regionId))) {
        throw new types/* HttpError */.j(400, 'InvalidParameter', `invalid provider_region '${String(regionId)}'`);
    }
    const region = typeof regionId === 'string' ? (0,regions/* findRegion */.g6)(regionId) : undefined;
    const location = optionalEnum(body, 'location', regions/* LOCATIONS */.B7, region?.location ?? 'US-VA');
    return {
        provider_region: region?.id ?? (0,regions/* regionForLocation */.D)(location)?.id ?? 'aws-us-east-1',
        location,
        deployment_model: optionalEnum(body, 'deployment_model', MODELS, 'LOCAL'),
        environment: optionalEnum(body, 'environment', ENVIRONMENTS, '')
    };
}
function appName(body, apps) {
    const name = body.name;
    if (typeof name !== 'string' || !APP_NAME.test(name)) {
        throw new types/* HttpError */.j(400, 'InvalidParameter', `invalid app name '${typeof name === 'string' ? name : ''}': it must begin with a letter, be 1 to 32 characters long and contain only ASCII letters, numbers, underscores and hyphens`);
    }
    if (Object.values(apps).some(r => r.app.name === name)) {
        throw new types/* HttpError */.j(409, 'AppAlreadyExists', `an app named '${name}' already exists in this project`);
    }
    return name;
}
function uniqueClientAppId(state, name, id) {
    const taken = new Set(Object.values(state.groups).flatMap(g => Object.values(g.apps).map(r => r.app.client_app_id)));
    for (let attempt = 0;; attempt++) {
        const candidate = `${name.toLowerCase()}-${(0,ids/* clientAppSuffix */.s7)(`${id}:${attempt}`)}`;
        if (!taken.has(candidate))
            return candidate;
    }
}
/** What a new app starts with: the (disabled) `api-key` provider, and the data source if one was given. */
function initialConfig(ctx, dataSource) {
    const config = (0,app_config/* emptyConfig */.i4)();
    const providerId = ctx.newId();
    config.collections.auth_providers = {
        [providerId]: { _id: providerId, name: 'api-key', type: 'api-key', disabled: true }
    };
    if (dataSource && typeof dataSource === 'object') {
        const source = dataSource;
        const serviceId = ctx.newId();
        const name = typeof source.name === 'string' ? source.name : 'mongodb-atlas';
        const type = typeof source.type === 'string' ? source.type : 'mongodb-atlas';
        const given = source.config && typeof source.config === 'object' ? source.config : {};
        // The defaults the service fills for an Atlas cluster, so reads return a complete config.
        const atlasDefaults = type === 'mongodb-atlas' ? { readPreference: 'primary', wireProtocolEnabled: false } : {};
        const lastModified = Math.floor(ctx.now() / 1000);
        config.collections.services = {
            [serviceId]: { _id: serviceId, name, type, version: 1, last_modified: lastModified }
        };
        config.singletons[`service_config:${serviceId}`] = { ...atlasDefaults, ...given };
    }
    return config;
}
function createApp(ctx, settings) {
    const [product] = productsParam(ctx.query);
    const body = ctx.json();
    if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw new types/* HttpError */.j(400, 'BadRequest', 'expected a JSON object describing the app');
    }
    const doc = body;
    const apps = appsOf(ctx.state, ctx.params.groupId);
    const name = appName(doc, apps);
    const id = ctx.newId();
    const nowS = Math.floor(ctx.now() / 1000);
    const app = {
        _id: id,
        client_app_id: uniqueClientAppId(ctx.state, name, id),
        name,
        group_id: ctx.params.groupId,
        domain_id: ctx.newId(),
        ...placementOf(doc),
        product,
        last_used: nowS,
        last_modified: nowS,
        ...(typeof doc.template_id === 'string' ? { template_id: doc.template_id } : {})
    };
    const record = {
        app,
        live: initialConfig(ctx, doc.data_source),
        revision: 0,
        changed_at: {},
        drafts: {},
        deployments: [],
        logs: [],
        hosting_assets: {},
        dependencies: null,
        dependencies_status: null
    };
    apps[id] = record;
    if (settings.seedLogs > 0)
        seedLogs(ctx.state, record, settings.seedLogs, settings.seed, ctx.now());
    return { status: 201, body: app };
}
const DEFAULT_DEPLOY_CONFIG = {
    ui_drafts_disabled: false,
    automatic_deployment: { enabled: false, provider: 'github', installation_ids: [] },
    last_modified: 0
};
function patchDeployConfig(ctx) {
    const body = ctx.json();
    if (!body ||
        typeof body !== 'object' ||
        typeof body.ui_drafts_disabled !== 'boolean' ||
        !body.automatic_deployment ||
        typeof body.automatic_deployment !== 'object') {
        throw new types/* HttpError */.j(400, 'InvalidParameter', 'expected {ui_drafts_disabled: boolean, automatic_deployment: {...}}');
    }
    ctx.appRecord.deploy_config = {
        ui_drafts_disabled: body.ui_drafts_disabled,
        automatic_deployment: body.automatic_deployment,
        last_modified: Math.floor(ctx.now() / 1000)
    };
    return { status: 204 };
}
function listApps(ctx) {
    const products = productsParam(ctx.query);
    const apps = Object.values(appsOf(ctx.state, ctx.params.groupId)).map(r => r.app);
    return { status: 200, body: apps.filter(a => products.includes(a.product)) };
}
function deleteApp(ctx) {
    delete appsOf(ctx.state, ctx.params.groupId)[ctx.appRecord.app._id];
    return { status: 204 };
}
function appRoutes(settings) {
    const APPS = '/groups/{groupId}/apps';
    const route = (method, pattern, handler, write = false) => ({
        method,
        pattern,
        handler,
        options: { write }
    });
    return [
        route('GET', APPS, listApps),
        route('POST', APPS, ctx => createApp(ctx, settings), true),
        route('GET', `${APPS}/{appId}`, ctx => ({ status: 200, body: ctx.appRecord.app })),
        route('DELETE', `${APPS}/{appId}`, deleteApp, true),
        route('GET', `${APPS}/{appId}/deploy/config`, ctx => ({
            status: 200,
            body: ctx.appRecord.deploy_config ?? DEFAULT_DEPLOY_CONFIG
        })),
        route('PATCH', `${APPS}/{appId}/deploy/config`, patchDeployConfig, true),
        route('GET', '/provider_regions', () => ({ status: 200, body: (0,regions/* providerRegions */.vr)() }))
    ];
}

;// CONCATENATED MODULE: ./src/emulator/auth.ts
// Admin API authentication: API key login, access tokens that expire after the configured TTL,
// refresh tokens used only on `/auth/session`, and the profile with the key's projects as roles.


/** Refresh tokens live as long as the real default (60 days); only logout ends them sooner. */
const REFRESH_TTL_S = 60 * 24 * 3600;
function bearerToken(headers) {
    const header = headers.authorization;
    const value = Array.isArray(header) ? header[0] : header;
    const match = value ? /^Bearer\s+(\S+)\s*$/i.exec(value) : null;
    return match ? match[1] : undefined;
}
function invalidSession(detail) {
    return new types/* HttpError */.j(401, 'InvalidSession', `invalid session: ${detail}`);
}
/** The user behind a valid access token; 401 InvalidSession otherwise. */
function authenticate(state, headers, nowMs) {
    const token = bearerToken(headers);
    if (!token)
        throw invalidSession('missing bearer access token in Authorization header');
    const session = state.access_tokens[token];
    if (!session) {
        if (state.refresh_tokens[token])
            throw invalidSession('a refresh token cannot be used as an access token');
        throw invalidSession('failed to find access token');
    }
    if (session.expires_at <= nowMs)
        throw invalidSession('access token expired');
    const user = state.users.find(u => u.user_id === session.user_id);
    if (!user)
        throw invalidSession('the user of this token no longer exists');
    return user;
}
function pruneExpired(state, nowMs) {
    for (const [token, session] of Object.entries(state.access_tokens)) {
        if (session.expires_at <= nowMs)
            delete state.access_tokens[token];
    }
}
function issueAccessToken(state, userId, nowMs, settings) {
    pruneExpired(state, nowMs);
    const token = (0,ids/* newToken */.uv)('access', userId, nowMs, settings.tokenTtlS);
    state.access_tokens[token] = { user_id: userId, expires_at: nowMs + settings.tokenTtlS * 1000 };
    return token;
}
function login(ctx, settings) {
    const body = ctx.json();
    if (!body ||
        typeof body !== 'object' ||
        typeof body.username !== 'string' ||
        typeof body.apiKey !== 'string') {
        throw new types/* HttpError */.j(400, 'BadRequest', 'expected a JSON body {"username": <public key>, "apiKey": <private key>}');
    }
    const user = ctx.state.users.find(u => u.public_key === body.username && u.private_key === body.apiKey);
    if (!user)
        throw new types/* HttpError */.j(401, 'InvalidPassword', 'invalid username/password');
    const now = ctx.now();
    const refresh = (0,ids/* newToken */.uv)('refresh', user.user_id, now, REFRESH_TTL_S);
    ctx.state.refresh_tokens[refresh] = { user_id: user.user_id };
    return {
        status: 200,
        body: {
            access_token: issueAccessToken(ctx.state, user.user_id, now, settings),
            refresh_token: refresh,
            user_id: user.user_id,
            device_id: '000000000000000000000000'
        }
    };
}
/** The refresh token of `/auth/session` calls; an access token there is the documented 401. */
function refreshSession(ctx) {
    const token = bearerToken(ctx.headers);
    const session = token ? ctx.state.refresh_tokens[token] : undefined;
    if (token && session)
        return { token, userId: session.user_id };
    if (token && ctx.state.access_tokens[token]) {
        throw new types/* HttpError */.j(401, 'InvalidSession', 'invalid refresh token: incorrect token type');
    }
    throw invalidSession('failed to find refresh token');
}
function profile(ctx) {
    const user = ctx.user;
    return {
        status: 200,
        body: {
            user_id: user.user_id,
            domain_id: '000000000000000000000000',
            identities: [{ id: user.public_key, provider_id: '000000000000000000000000' }],
            data: { name: user.public_key },
            type: 'normal',
            roles: user.projects.map(group_id => ({ role_name: 'GROUP_OWNER', group_id }))
        }
    };
}
function authRoutes(settings) {
    return [
        {
            method: 'POST',
            pattern: '/auth/providers/mongodb-cloud/login',
            options: { public: true, write: true },
            handler: ctx => login(ctx, settings)
        },
        {
            method: 'POST',
            pattern: '/auth/session',
            options: { public: true, write: true },
            handler: ctx => {
                const { userId } = refreshSession(ctx);
                return {
                    status: 201,
                    body: { access_token: issueAccessToken(ctx.state, userId, ctx.now(), settings) }
                };
            }
        },
        {
            method: 'DELETE',
            pattern: '/auth/session',
            options: { public: true, write: true },
            handler: ctx => {
                delete ctx.state.refresh_tokens[refreshSession(ctx).token];
                return { status: 204 };
            }
        },
        { method: 'GET', pattern: '/auth/profile', options: {}, handler: profile }
    ];
}

// EXTERNAL MODULE: ./src/emulator/deployments.ts
var deployments = __webpack_require__(87231);
// EXTERNAL MODULE: ./src/emulator/drafts.ts
var drafts = __webpack_require__(11719);
;// CONCATENATED MODULE: ./src/emulator/faults.ts

const KINDS = ['500', '503', '429', 'drop'];
function createFaultPlan(rate, seed) {
    const random = seededRandom(seed);
    return {
        next(isWrite) {
            const [hit, kind, phase] = [random(), random(), random()];
            if (rate <= 0 || hit >= rate)
                return undefined;
            return {
                kind: KINDS[Math.floor(kind * KINDS.length)],
                phase: isWrite && phase < 0.5 ? 'after' : 'before'
            };
        }
    };
}
/** The reply a fault sends (a dropped connection sends none). */
function faultReply(kind) {
    switch (kind) {
        case '500':
            return { status: 500, body: { error: 'internal server error', error_code: 'InternalServerError' } };
        case '503':
            return {
                status: 503,
                body: { error: 'service temporarily unavailable', error_code: 'ServiceUnavailable' }
            };
        case '429':
            return {
                status: 429,
                body: { error: 'too many requests, try again later', error_code: 'TooManyRequests' },
                headers: { 'Retry-After': '1' }
            };
    }
}

// EXTERNAL MODULE: ./src/emulator/trigger-suspension.ts
var trigger_suspension = __webpack_require__(11357);
// EXTERNAL MODULE: ./src/emulator/trigger-executions.ts
var trigger_executions = __webpack_require__(87771);
// EXTERNAL MODULE: ./src/emulator/resources/triggers.ts + 1 modules
var triggers = __webpack_require__(37974);
// EXTERNAL MODULE: ./src/emulator/resources/validate.ts
var validate = __webpack_require__(52651);
;// CONCATENATED MODULE: ./src/emulator/control-routes.ts
// The emulator's control routes, under `/__emulator` (no Admin API path starts with it): changes the
// real service makes by itself and no Admin API request can, so tests and a user's CI can simulate
// them over HTTP against a standalone `realm-deploy emulator`:
//   POST /__emulator/groups/{groupId}/apps/{app}/triggers/{trigger}/suspend    {"error"?: "..."}
//   POST /__emulator/groups/{groupId}/apps/{app}/triggers/{trigger}/execution  {"error"?: "..."}
// `{app}` is the app's _id, client_app_id or name; `{trigger}` the trigger's name. `suspend` suspends
// a database trigger (the event subscription shows it until PUT .../triggers/{id}/resume); `execution`
// records a run of any trigger, failed when `error` is given (its latest execution), so a failing
// trigger can be made, and made healthy again. They take the same bearer token as the API, from a key
// with access to the project: a change to an app needs the credentials any other change needs, even
// when the emulator listens beyond loopback (--host), and a user's CI that can deploy can use them.





const CONTROL_PREFIX = '/__emulator';
const TRIGGER = '/groups/{groupId}/apps/{app}/triggers/{trigger}';
function target(ctx) {
    const record = (0,trigger_suspension/* findAppRecord */.op)(ctx.state, ctx.params.app, ctx.params.groupId);
    if (!record)
        throw new types/* HttpError */.j(404, 'AppNotFound', `app not found: '${ctx.params.app}'`);
    const trigger = (0,trigger_suspension/* liveTrigger */.rd)(record, ctx.params.trigger);
    if (trigger instanceof Error)
        throw new types/* HttpError */.j(404, 'TriggerNotFound', trigger.message);
    return { state: ctx.state, record, trigger };
}
/** The optional `error` of the body: a non-empty string when present. */
function errorOf(ctx) {
    const body = ctx.json();
    if (body === undefined)
        return undefined;
    if (!(0,validate/* isObject */.Gv)(body))
        throw (0,validate/* badRequest */.li)('the request body must be a JSON object such as {"error": "..."}');
    if (body.error === undefined)
        return undefined;
    if (typeof body.error !== 'string' || body.error === '')
        throw (0,validate/* badRequest */.li)("'error' must be a non-empty string");
    return body.error;
}
function suspend(ctx) {
    const { state, record, trigger } = target(ctx);
    const error = errorOf(ctx) ?? trigger_suspension/* HISTORY_LOST */.O$;
    if (trigger.type !== 'DATABASE')
        throw (0,validate/* badRequest */.li)(`only database triggers are suspended; "${String(trigger.name)}" is ${String(trigger.type)}`);
    (0,trigger_suspension/* suspendLiveTrigger */.zA)(state, record, trigger, error, ctx.now());
    return { status: 200, body: (0,trigger_suspension/* withSuspension */.k1)(record, (0,triggers/* triggerView */._f)(record.live, trigger)) };
}
function execution(ctx) {
    const { state, record, trigger } = target(ctx);
    const entry = (0,trigger_executions/* recordExecution */.W1)(state, record, trigger, ctx.now(), errorOf(ctx));
    return { status: 201, body: (0,trigger_executions/* executionView */.sH)(String(trigger._id), entry) };
}
/** Routes below CONTROL_PREFIX (a table of their own: they are not Admin API operations). */
function controlRoutes() {
    return [
        { method: 'POST', pattern: `${TRIGGER}/suspend`, options: { write: true }, handler: suspend },
        { method: 'POST', pattern: `${TRIGGER}/execution`, options: { write: true }, handler: execution }
    ];
}

// EXTERNAL MODULE: ./src/emulator/resources/store.ts
var store = __webpack_require__(99404);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/emulator/state.ts
// The emulator's whole state: creation, API key users, and persistence to `<data-dir>/state.json`
// with an atomic write (temp file + rename), so a process killed between requests loses nothing and
// a process killed mid-write leaves the previous complete file.



const STATE_FILE = 'state.json';
function createState() {
    return { schema: 1, next_id: 0, users: [], groups: {}, access_tokens: {}, refresh_tokens: {} };
}
/** Adds the users (matched by public key, keeping a known user's id) and creates their projects. */
function applyUsers(state, specs) {
    for (const spec of specs) {
        const existing = state.users.find(u => u.public_key === spec.publicKey);
        if (existing) {
            existing.private_key = spec.privateKey;
            existing.projects = [...spec.projects];
        }
        else {
            state.users.push({
                user_id: (0,ids/* nextObjectId */.ed)(state),
                public_key: spec.publicKey,
                private_key: spec.privateKey,
                projects: [...spec.projects]
            });
        }
        for (const project of spec.projects)
            state.groups[project] ??= { apps: {} };
    }
}
/** Every app of every project, for work that spans apps (deployment progress). */
function allAppRecords(state) {
    return Object.values(state.groups).flatMap(group => Object.values(group.apps));
}
/** Persists to `dataDir/state.json`; without a dir, a store that keeps nothing on disk. */
function createStateStore(dataDir) {
    if (!dataDir)
        return { file: undefined, load: () => undefined, save: () => undefined };
    const file = (0,external_node_path_.join)(dataDir, STATE_FILE);
    return {
        file,
        load: () => loadStateFile(file),
        save: state => {
            (0,external_node_fs_.mkdirSync)(dataDir, { recursive: true });
            const temp = `${file}.${process.pid}.tmp`;
            (0,external_node_fs_.writeFileSync)(temp, JSON.stringify(state));
            (0,external_node_fs_.renameSync)(temp, file);
        }
    };
}
function loadStateFile(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch (error) {
        throw new Error(`cannot read emulator state ${file}: ${error.message}`);
    }
    const state = parsed;
    if (!state || state.schema !== 1 || typeof state.next_id !== 'number' || !state.groups) {
        throw new Error(`cannot read emulator state ${file}: not an emulator state file (schema 1)`);
    }
    return state;
}

;// CONCATENATED MODULE: ./src/emulator/trigger-faults.ts





const INJECTED_FAILURE = 'FunctionError: the function threw (emulator --fail-trigger-rate)';
function createTriggerFaultPlan(suspendRate, failRate, seed) {
    const random = seededRandom(seed);
    return {
        afterDeployment(state, record, nowMs) {
            const triggers = (0,store/* listDocs */.Iu)(record.live, 'triggers')
                .filter(t => t.disabled !== true)
                .sort((a, b) => String(a.name).localeCompare(String(b.name)));
            for (const trigger of triggers) {
                const [suspend, fail] = [random(), random()];
                if ((0,trigger_suspension/* isSuspended */.eJ)(record, String(trigger._id)))
                    continue;
                if (trigger.type === 'DATABASE' && suspend < suspendRate)
                    (0,trigger_suspension/* suspendLiveTrigger */.zA)(state, record, trigger, trigger_suspension/* HISTORY_LOST */.O$, nowMs);
                else if (fail < failRate)
                    (0,trigger_executions/* recordExecution */.W1)(state, record, trigger, nowMs, INJECTED_FAILURE);
            }
        }
    };
}
/** The ids of every successful deployment, to find the ones a request completed. */
function successfulDeployments(state) {
    return new Set(allAppRecords(state).flatMap(r => r.deployments.filter(d => d.status === 'successful').map(d => d._id)));
}
/** Deployments that became successful since `before`, with their app, oldest first. */
function newlySuccessful(state, before) {
    return allAppRecords(state).flatMap(record => record.deployments
        .filter(d => d.status === 'successful' && !before.has(d._id))
        .map(deployment => ({ record, deployment })));
}

// EXTERNAL MODULE: ./src/emulator/http-io.ts
var http_io = __webpack_require__(1952);
;// CONCATENATED MODULE: ./src/emulator/context.ts
// Builds the RequestContext a handler gets: the caller, the app, the config they read and write
// (their open draft's copy, else live), and `touch`, which records a change in the draft or, with no
// draft open, applies it to live at once (one revision bump per request; the core then records the
// automatic deployment the real service makes for each write outside a draft).




function parseJsonBody(rawBody) {
    if (rawBody.length === 0)
        return undefined;
    try {
        return JSON.parse(rawBody.toString('utf8'));
    }
    catch (error) {
        throw new types/* HttpError */.j(400, 'BadRequest', `invalid JSON in request body: ${error.message}`);
    }
}
function createContext(info, scope) {
    const liveTouched = [];
    const requireUser = () => {
        if (!scope.user)
            throw new types/* HttpError */.j(500, 'InternalServerError', 'route has no authenticated user');
        return scope.user;
    };
    const requireApp = () => {
        if (!scope.appRecord)
            throw new types/* HttpError */.j(500, 'InternalServerError', 'route is not under an app');
        return scope.appRecord;
    };
    const ctx = {
        method: info.method,
        path: info.path,
        params: info.params,
        query: info.query,
        headers: info.headers,
        rawBody: info.rawBody,
        state: scope.state,
        get user() {
            return requireUser();
        },
        get appRecord() {
            return requireApp();
        },
        json: () => parseJsonBody(info.rawBody),
        config: () => (0,drafts/* userDraft */.bl)(requireApp(), requireUser().user_id)?.config ?? requireApp().live,
        touch: key => touchKey(requireApp(), requireUser(), key, liveTouched),
        newId: () => (0,ids/* nextObjectId */.ed)(scope.state),
        now: scope.now,
        log: entry => (0,logs/* appendLog */.pm)(scope.state, requireApp(), scope.now(), logDefaults(info, scope, entry))
    };
    return { ctx, liveTouched };
}
function touchKey(record, user, key, liveTouched) {
    const draft = (0,drafts/* userDraft */.bl)(record, user.user_id);
    if (draft) {
        if (!draft.touched.includes(key))
            draft.touched.push(key);
        return;
    }
    if (liveTouched.length === 0)
        record.revision += 1;
    record.changed_at[key] = record.revision;
    if (!liveTouched.includes(key))
        liveTouched.push(key);
}
function logDefaults(info, scope, entry) {
    return {
        co_id: info.coId,
        request_url: info.fullPath,
        request_method: info.method,
        ...(scope.user ? { user_id: scope.user.user_id } : {}),
        ...entry
    };
}

;// CONCATENATED MODULE: ./src/emulator/pipeline.ts










const API_PREFIX = '/api/admin/v3.0';
const notFound = (message) => (0,http_io/* errorReply */.fs)(new types/* HttpError */.j(404, 'NotFound', message));
/** The route table and the path below its prefix; undefined outside both prefixes. */
function routing(p, pathname) {
    for (const [prefix, table, control] of [
        [API_PREFIX, p.table, false],
        [CONTROL_PREFIX, p.control, true]
    ]) {
        if (pathname === prefix || pathname.startsWith(`${prefix}/`))
            return { table, path: pathname.slice(prefix.length) || '/', control };
    }
    return undefined;
}
async function processRequest(p, req, url) {
    const method = (req.method ?? 'GET').toUpperCase();
    const target = routing(p, url.pathname);
    if (!target)
        return { reply: notFound(`no such endpoint: ${method} ${url.pathname}`) };
    const { path } = target;
    const match = target.table.match(method, path);
    const isWrite = match.kind === 'found' && match.route.options.write === true;
    const fault = target.control ? undefined : p.faults?.next(isWrite);
    let body;
    try {
        body = await (0,http_io/* readBody */.x8)(req, p.settings.maxBodyBytes);
    }
    catch (error) {
        if (error instanceof types/* HttpError */.j)
            return { reply: (0,http_io/* errorReply */.fs)(error) };
        throw error;
    }
    if (fault?.phase === 'before')
        return faultOutcome(fault);
    if (match.kind === 'none')
        return { reply: notFound(`no such endpoint: ${method} ${path}`) };
    if (match.kind === 'wrong-method') {
        const error = new types/* HttpError */.j(405, 'MethodNotAllowed', `method ${method} is not allowed on ${path}`);
        return { reply: { ...(0,http_io/* errorReply */.fs)(error), headers: { Allow: match.allowed.join(', ') } } };
    }
    const info = {
        method,
        path,
        fullPath: url.pathname,
        params: match.params,
        query: url.searchParams,
        headers: req.headers,
        rawBody: body,
        coId: (0,ids/* randomHex */.nw)(12)
    };
    const before = p.triggerFaults ? successfulDeployments(p.state) : undefined;
    const result = await runRoute(p, match.route, info);
    const deployed = before ? newlySuccessful(p.state, before) : [];
    for (const { record } of deployed)
        p.triggerFaults?.afterDeployment(p.state, record, p.settings.now());
    if (match.route.options.write || result.changed || deployed.length > 0)
        p.store.save(p.state);
    if (fault)
        return faultOutcome(fault, result.userId);
    return { reply: result.reply, userId: result.userId };
}
function faultOutcome(fault, userId) {
    return fault.kind === 'drop' ? { fault, userId } : { fault, userId, reply: faultReply(fault.kind) };
}
async function runRoute(p, route, info) {
    const { state, settings } = p;
    const changed = allAppRecords(state)
        .map(record => (0,deployments/* advanceDeployments */.rQ)(state, record, settings.now(), settings.deploymentTimings))
        .some(Boolean);
    let user;
    try {
        user = route.options.public ? undefined : authenticate(state, info.headers, settings.now());
        const appRecord = user ? resolveApp(state, user, info.params) : undefined;
        if (info.rawBody.length > 0 && /json/i.test(String(info.headers['content-type'] ?? ''))) {
            parseJsonBody(info.rawBody);
        }
        const { ctx, liveTouched } = createContext(info, { state, now: settings.now, user, appRecord });
        const reply = await route.handler(ctx);
        if (appRecord && user && liveTouched.length > 0)
            (0,deployments/* recordLiveDeployment */.hW)(state, appRecord, user, settings.now());
        return { reply, userId: user?.user_id, changed };
    }
    catch (error) {
        if (error instanceof types/* HttpError */.j)
            return { reply: (0,http_io/* errorReply */.fs)(error), userId: user?.user_id, changed };
        settings.logger?.error(`emulator: ${info.method} ${info.path} failed: ${error.stack ?? String(error)}`);
        const internal = new types/* HttpError */.j(500, 'InternalServerError', `emulator error: ${error.message}`);
        return { reply: (0,http_io/* errorReply */.fs)(internal), userId: user?.user_id, changed };
    }
}
/** The app of a `/groups/{groupId}/apps/{appId}` route, after checking the key may use the project. */
function resolveApp(state, user, params) {
    const groupId = params.groupId;
    if (groupId === undefined)
        return undefined;
    if (!user.projects.includes(groupId)) {
        throw new types/* HttpError */.j(404, 'GroupNotFound', `group '${groupId}' not found, or this API key has no access to it`);
    }
    if (params.appId === undefined)
        return undefined;
    const record = state.groups[groupId]?.apps[params.appId];
    if (!record)
        throw new types/* HttpError */.j(404, 'AppNotFound', `app not found: '${params.appId}'`);
    return record;
}

;// CONCATENATED MODULE: ./src/emulator/request-log.ts
// What clients sent: one record per request (method, path, query, status, user, fault), in memory
// and optionally appended to a JSON-lines file. Bodies and headers (Authorization above all) are
// never recorded, so the log can be shared and asserted on without leaking credentials.

class RequestLog {
    file;
    entries = [];
    /** Creates (or appends to) `file` at once, so a bad path fails at start, not on the first request. */
    constructor(file) {
        this.file = file;
        if (file)
            (0,external_node_fs_.appendFileSync)(file, '');
    }
    record(entry) {
        this.entries.push(entry);
        if (this.file)
            (0,external_node_fs_.appendFileSync)(this.file, `${JSON.stringify(entry)}\n`);
    }
    /** Records of requests whose path (below the API prefix) and method match. */
    find(method, pathPattern) {
        return this.entries.filter(e => e.method === method && pathPattern.test(e.path));
    }
    clear() {
        this.entries.length = 0;
    }
}

// EXTERNAL MODULE: ./src/emulator/resources/index.ts + 34 modules
var resources = __webpack_require__(97495);
;// CONCATENATED MODULE: ./src/emulator/router.ts
function splitPath(path) {
    return path.split('/').filter(segment => segment !== '');
}
function isParam(segment) {
    return segment.startsWith('{') && segment.endsWith('}');
}
/** `GET /groups/{}/apps`: the identity of a route regardless of parameter names. */
function routeSignature(method, pattern) {
    return `${method.toUpperCase()} /${splitPath(pattern)
        .map(s => (isParam(s) ? '{}' : s))
        .join('/')}`;
}
class RouteTable {
    compiled;
    constructor(routes) {
        const seen = new Set();
        for (const route of routes) {
            const signature = routeSignature(route.method, route.pattern);
            if (seen.has(signature))
                throw new Error(`emulator route registered twice: ${signature}`);
            seen.add(signature);
        }
        this.compiled = routes.map(route => ({ route, segments: splitPath(route.pattern) }));
    }
    get routes() {
        return this.compiled.map(c => c.route);
    }
    match(method, path) {
        const segments = splitPath(path);
        const fitting = this.compiled
            .map(c => ({ c, params: matchSegments(c.segments, segments) }))
            .filter((m) => m.params !== undefined);
        if (fitting.length === 0)
            return { kind: 'none' };
        const forMethod = fitting.filter(m => m.c.route.method.toUpperCase() === method.toUpperCase());
        if (forMethod.length === 0) {
            return {
                kind: 'wrong-method',
                allowed: [...new Set(fitting.map(m => m.c.route.method.toUpperCase()))].sort()
            };
        }
        forMethod.sort((a, b) => specificity(b.c.segments).localeCompare(specificity(a.c.segments)));
        return { kind: 'found', route: forMethod[0].c.route, params: forMethod[0].params };
    }
}
function matchSegments(pattern, actual) {
    if (pattern.length !== actual.length)
        return undefined;
    const params = {};
    for (let i = 0; i < pattern.length; i++) {
        let value;
        try {
            value = decodeURIComponent(actual[i]);
        }
        catch {
            return undefined;
        }
        if (isParam(pattern[i]))
            params[pattern[i].slice(1, -1)] = value;
        else if (pattern[i] !== value)
            return undefined;
    }
    return params;
}
// "1" for a literal segment, "0" for a parameter: comparing these strings prefers early literals.
function specificity(segments) {
    return segments.map(s => (isParam(s) ? '0' : '1')).join('');
}

// EXTERNAL MODULE: ./src/emulator/settings.ts
var emulator_settings = __webpack_require__(43318);
;// CONCATENATED MODULE: ./src/emulator/server.ts
// The Admin API emulator: a stateful node:http server built to the official spec, for tests and for
// `realm-deploy emulator`. It serves the core routes (auth, apps, drafts, deployments, logs) and the
// resource routes and the emulator's control routes (below `/__emulator`, control-routes.ts), records
// every request, and can add latency and reproducible faults (requests, and triggers at deployment).




















/** The core routes (auth, apps, drafts, deployments, logs). */
function coreRoutes(settings) {
    return [
        ...authRoutes({ tokenTtlS: settings.tokenTtlS }),
        ...appRoutes({ seedLogs: settings.seedLogs, seed: settings.seed }),
        ...(0,drafts/* draftRoutes */.YO)(),
        ...(0,deployments/* deploymentRoutes */.iI)(),
        ...(0,logs/* logRoutes */.J5)()
    ];
}
async function startEmulator(options = {}) {
    const settings = (0,emulator_settings/* resolveSettings */.Mo)(options);
    const store = createStateStore(settings.dataDir);
    const state = store.load() ?? createState();
    applyUsers(state, settings.users);
    store.save(state);
    const table = new RouteTable([...coreRoutes(settings), ...(0,resources/* resourceRoutes */.V)(), ...settings.extraRoutes]);
    const pipeline = {
        state,
        store,
        table,
        settings,
        faults: settings.faultRate > 0 ? createFaultPlan(settings.faultRate, settings.seed) : undefined,
        control: new RouteTable(controlRoutes()),
        triggerFaults: settings.suspendTriggerRate > 0 || settings.failTriggerRate > 0
            ? createTriggerFaultPlan(settings.suspendTriggerRate, settings.failTriggerRate, settings.seed)
            : undefined
    };
    const requestLog = new RequestLog(settings.requestLogFile);
    const server = (0,external_node_http_.createServer)((req, res) => void serve(pipeline, requestLog, req, res));
    const port = await listen(server, settings.host, settings.port);
    const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
    return {
        url: `http://${host}:${port}`,
        state,
        requestLog,
        routes: table.routes,
        settings,
        control: {
            suspendTrigger: (appId, name, error) => {
                const id = (0,trigger_suspension/* suspendTrigger */.R6)(state, appId, name, error, settings.now());
                store.save(state);
                return id;
            }
        },
        stop: () => server_close(server)
    };
}
async function serve(p, log, req, res) {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://emulator');
    let outcome;
    try {
        outcome = await processRequest(p, req, url);
    }
    catch (error) {
        p.settings.logger?.error(`emulator: ${req.method} ${url.pathname} failed: ${String(error)}`);
        outcome = { reply: (0,http_io/* errorReply */.fs)(new types/* HttpError */.j(500, 'InternalServerError', 'emulator error')) };
    }
    if (p.settings.latencyMs > 0)
        await (0,promises_.setTimeout)(p.settings.latencyMs);
    if (outcome.reply)
        (0,http_io/* sendReply */.ZC)(res, outcome.reply);
    else
        req.socket.destroy();
    recordRequest(p, log, {
        time: new Date(started).toISOString(),
        method: (req.method ?? 'GET').toUpperCase(),
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        status: outcome.reply?.status ?? null,
        ...(outcome.userId ? { user_id: outcome.userId } : {}),
        duration_ms: Date.now() - started,
        ...(outcome.fault ? { fault: outcome.fault.kind, fault_phase: outcome.fault.phase } : {})
    });
}
function recordRequest(p, log, entry) {
    try {
        log.record(entry);
    }
    catch (error) {
        p.settings.logger?.error(`emulator: cannot write the request log: ${error.message}`);
    }
}
function listen(server, host, port) {
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            server.off('error', reject);
            resolve(server.address().port);
        });
    });
}
function server_close(server) {
    return new Promise(resolve => {
        server.close(() => resolve());
        server.closeAllConnections();
    });
}


/***/ }),

/***/ 43318:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kt: () => (/* binding */ DEMO_PUBLIC_KEY),
/* harmony export */   Mo: () => (/* binding */ resolveSettings),
/* harmony export */   W0: () => (/* binding */ DEMO_USER),
/* harmony export */   YT: () => (/* binding */ DEMO_PROJECT_ID),
/* harmony export */   et: () => (/* binding */ DEMO_PRIVATE_KEY)
/* harmony export */ });
/* harmony import */ var _deployments_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87231);
/* harmony import */ var _http_io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1952);
/* harmony import */ var _ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75373);



/** A local demo credential, printed at start: never a real key. */
const DEMO_PUBLIC_KEY = 'realmdemo';
const DEMO_PRIVATE_KEY = 'd3m0d3m0-0000-4000-8000-000000000000';
const DEMO_PROJECT_ID = '5f00000000000000000000a1';
const DEMO_USER = {
    publicKey: DEMO_PUBLIC_KEY,
    privateKey: DEMO_PRIVATE_KEY,
    projects: [DEMO_PROJECT_ID]
};
function check(condition, message) {
    if (!condition)
        throw new Error(`invalid emulator option: ${message}`);
}
function resolveSettings(options) {
    const s = {
        host: options.host ?? '127.0.0.1',
        port: options.port ?? 0,
        users: options.users?.length ? options.users : [DEMO_USER],
        dataDir: options.dataDir,
        latencyMs: options.latencyMs ?? 0,
        faultRate: options.faultRate ?? 0,
        suspendTriggerRate: options.suspendTriggerRate ?? 0,
        failTriggerRate: options.failTriggerRate ?? 0,
        seed: options.seed ?? 1,
        tokenTtlS: options.tokenTtlS ?? 1800,
        seedLogs: options.seedLogs ?? 0,
        requestLogFile: options.requestLogFile,
        deploymentTimings: options.deploymentTimings ?? _deployments_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_DEPLOYMENT_TIMINGS */ .Yz,
        maxBodyBytes: options.maxBodyBytes ?? _http_io_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_BODY_BYTES */ .YK,
        now: options.now ?? Date.now,
        extraRoutes: options.extraRoutes ?? [],
        logger: options.logger
    };
    check(Number.isInteger(s.port) && s.port >= 0 && s.port < 65536, `port ${s.port}`);
    check(s.latencyMs >= 0, `latency ${s.latencyMs} ms`);
    for (const [name, rate] of [
        ['fault rate', s.faultRate],
        ['suspend trigger rate', s.suspendTriggerRate],
        ['fail trigger rate', s.failTriggerRate]
    ])
        check(rate >= 0 && rate <= 1, `${name} ${rate} (expected 0 to 1)`);
    check(s.tokenTtlS > 0, `token TTL ${s.tokenTtlS} s`);
    check(Number.isInteger(s.seedLogs) && s.seedLogs >= 0, `seed logs ${s.seedLogs}`);
    for (const user of s.users) {
        check(user.publicKey.length > 0 && user.privateKey.length > 0, 'an API key needs a public and a private part');
        for (const project of user.projects)
            check(_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .OBJECT_ID */ .SN.test(project), `project id '${project}' (expected 24 hex digits)`);
    }
    return s;
}


/***/ }),

/***/ 87771:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KI: () => (/* binding */ latestExecutionEntry),
/* harmony export */   W1: () => (/* binding */ recordExecution),
/* harmony export */   sH: () => (/* binding */ executionView)
/* harmony export */ });
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36736);
/* harmony import */ var _resources_triggers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37974);


const EXECUTION_TYPES = {
    DATABASE: 'DB_TRIGGER',
    AUTHENTICATION: 'AUTH_TRIGGER',
    SCHEDULED: 'SCHEDULED_TRIGGER'
};
const EXECUTION_LOG_TYPES = new Set(Object.values(EXECUTION_TYPES));
/** Records one run of a live trigger; failed when `error` is given. */
function recordExecution(state, record, trigger, nowMs, error) {
    const view = (0,_resources_triggers_js__WEBPACK_IMPORTED_MODULE_1__/* .triggerView */ ._f)(record.live, trigger);
    return (0,_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .appendLog */ .pm)(state, record, nowMs, {
        type: EXECUTION_TYPES[String(trigger.type)] ?? 'DB_TRIGGER',
        ...(error ? { error, error_code: 'FunctionExecutionError' } : {}),
        ...(view.function_name ? { function_name: String(view.function_name) } : {}),
        ...(view.function_id ? { function_id: String(view.function_id) } : {}),
        event_subscription_id: String(trigger._id),
        event_subscription_name: String(trigger.name)
    });
}
/** The newest run of the subscription, if it has run. */
function latestExecutionEntry(record, subscriptionId) {
    for (let i = record.logs.length - 1; i >= 0; i--) {
        const entry = record.logs[i];
        if (entry.event_subscription_id === subscriptionId && EXECUTION_LOG_TYPES.has(entry.type))
            return entry;
    }
    return undefined;
}
const ejsonDate = (iso) => ({ $date: { $numberLong: String(Date.parse(iso)) } });
/** The latest-execution document as `GET .../event_subscriptions/{id}/execution` answers it. */
function executionView(subscriptionId, entry) {
    return {
        resource_id: { $oid: subscriptionId },
        completed_at: ejsonDate(entry.completed),
        cluster_time: ejsonDate(entry.started),
        data: { log_id: entry._id, type: entry.type, ...(entry.error ? { error: entry.error } : {}) }
    };
}


/***/ }),

/***/ 11357:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O$: () => (/* binding */ HISTORY_LOST),
/* harmony export */   R6: () => (/* binding */ suspendTrigger),
/* harmony export */   eJ: () => (/* binding */ isSuspended),
/* harmony export */   jk: () => (/* binding */ resumeSuspended),
/* harmony export */   k1: () => (/* binding */ withSuspension),
/* harmony export */   op: () => (/* binding */ findAppRecord),
/* harmony export */   rd: () => (/* binding */ liveTrigger),
/* harmony export */   zA: () => (/* binding */ suspendLiveTrigger)
/* harmony export */ });
/* harmony import */ var _logs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36736);
/* harmony import */ var _resources_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99404);


/** The error of a trigger suspended by a lost resume point, as quoted in jira.mongodb.org DOCS-15459. */
const HISTORY_LOST = '(ChangeStreamHistoryLost) Resume of change stream was not possible, as the resume point may no longer be in the oplog.';
/** The app `appId` (`_id`, client_app_id or name), in `groupId` when given. */
function findAppRecord(state, appId, groupId) {
    const groups = groupId === undefined ? Object.values(state.groups) : [state.groups[groupId] ?? { apps: {} }];
    return groups
        .flatMap(g => Object.values(g.apps))
        .find(r => [r.app._id, r.app.client_app_id, r.app.name].includes(appId));
}
/** The live trigger `name` of the app, or an Error that says what is missing. */
function liveTrigger(record, name) {
    const trigger = (0,_resources_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listDocs */ .Iu)(record.live, 'triggers').find(t => t.name === name);
    return trigger ?? new Error(`app ${record.app.client_app_id} has no trigger ${name}`);
}
function isSuspended(record, triggerId) {
    return record.trigger_suspensions?.[triggerId] !== undefined;
}
/** Suspends a live database trigger (throws for another type); returns its id. */
function suspendLiveTrigger(state, record, trigger, error, nowMs) {
    if (trigger.type !== 'DATABASE')
        throw new Error(`only database triggers are suspended; ${String(trigger.name)} is ${String(trigger.type)}`);
    const id = String(trigger._id);
    const own = record;
    own.trigger_suspensions = { ...own.trigger_suspensions, [id]: { error } };
    (0,_logs_js__WEBPACK_IMPORTED_MODULE_0__/* .appendLog */ .pm)(state, record, nowMs, {
        type: 'TRIGGER_FAILURE',
        error,
        error_code: 'TriggerSuspended',
        event_subscription_id: id,
        event_subscription_name: String(trigger.name)
    });
    return id;
}
/** Suspends the live database trigger `name` of the app (`_id`, client_app_id or name); returns its id. */
function suspendTrigger(state, appId, name, error = HISTORY_LOST, nowMs = Date.now()) {
    const record = findAppRecord(state, appId);
    if (!record)
        throw new Error(`no app ${appId}`);
    const trigger = liveTrigger(record, name);
    if (trigger instanceof Error)
        throw trigger;
    return suspendLiveTrigger(state, record, trigger, error, nowMs);
}
/** Resume ends a suspension (with or without `disable_token`: the emulator has no missed events). */
function resumeSuspended(record, triggerId) {
    const own = record;
    if (own.trigger_suspensions)
        delete own.trigger_suspensions[triggerId];
}
/** The subscription as listed: the suspension shown on it, when there is one. */
function withSuspension(record, subscription) {
    const suspended = record.trigger_suspensions?.[String(subscription._id)];
    return suspended ? { ...subscription, state: 'SUSPENDED', error: suspended.error } : subscription;
}


/***/ }),

/***/ 25522:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ HttpError)
/* harmony export */ });
// The emulator's shared contract: the persisted state, the request context a route handler gets,
// and how handlers register routes. The core (server, auth, apps, drafts, deployments, logs,
// persistence, faults) implements it; resource modules (functions, triggers, hosting, ...) use it.
/** Thrown by handlers (and the core) to send an `{error, error_code}` reply. */
class HttpError extends Error {
    status;
    errorCode;
    constructor(status, errorCode, message) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
    }
}


/***/ })

};
