export const id = 3779264054;
export const ids = [3779264054];
export const modules = {

/***/ 5557:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Du: () => (/* binding */ createAppsApi),
  Kp: () => (/* binding */ matchApps),
  Ae: () => (/* binding */ resolveApp)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/admin/shapes.ts
var shapes = __webpack_require__(79021);
;// CONCATENATED MODULE: ./src/admin/types.ts
// The Admin API documents this client reads. Only the fields the project relies on are typed (and
// checked in shapes.ts); everything else the server sends is kept as it is.
const appProducts = ['standard', 'atlas', 'data-api', 'device-sync'];

;// CONCATENATED MODULE: ./src/admin/apps.ts
// Apps of a project: list (per product, or all of them), get, create (never twice), delete, and
// resolving what a user typed (client_app_id, name or `_id`) to one app.



const appKeys = ['client_app_id', 'name'];
function checkApp(what) {
    return (item, field) => (0,shapes/* expectDoc */.Kn)(item, what, field, appKeys);
}
function createAppsApi(transport) {
    const appsPath = (groupId) => `/groups/${encodeURIComponent(groupId)}/apps`;
    const list = async (groupId, options = {}) => {
        const path = appsPath(groupId);
        const response = await transport.call({ method: 'GET', path, query: { product: options.product } });
        return (0,shapes/* expectList */.sn)(response.body, `GET ${path}`, checkApp(`GET ${path}`));
    };
    return {
        list,
        async listAll(groupId) {
            // One call per product, as realm-cli does: the comma form is not documented for every product.
            const lists = await Promise.all(appProducts.map(product => list(groupId, { product })));
            const byId = new Map();
            for (const app of lists.flat())
                if (!byId.has(app._id))
                    byId.set(app._id, app);
            return [...byId.values()];
        },
        async get(groupId, appId) {
            const path = `${appsPath(groupId)}/${encodeURIComponent(appId)}`;
            const response = await transport.call({ method: 'GET', path });
            return checkApp(`GET ${path}`)(response.body, '');
        },
        async create(groupId, app, options = {}) {
            const path = appsPath(groupId);
            const response = await transport.call({
                method: 'POST',
                path,
                query: { product: options.product, defaults: options.defaults },
                json: app,
                recover: async () => (await list(groupId, { product: options.product })).find(a => a.name === app.name)
            });
            return checkApp(`POST ${path}`)(response.body, '');
        },
        async delete(groupId, appId) {
            await transport.call({ method: 'DELETE', path: `${appsPath(groupId)}/${encodeURIComponent(appId)}` });
        }
    };
}
/** The apps a reference names: its `_id`, its client_app_id, or its name. */
function matchApps(apps, reference) {
    const byId = apps.filter(a => a._id === reference || a.client_app_id === reference);
    return byId.length > 0 ? byId : apps.filter(a => a.name === reference);
}
/** Resolves `reference` to exactly one app of any product, or explains why it cannot. */
async function resolveApp(apps, groupId, reference, source = '--app') {
    const matches = matchApps(await apps.listAll(groupId), reference);
    if (matches.length === 1)
        return matches[0];
    const message = matches.length === 0
        ? `no app '${reference}' in project ${groupId} (looked for a client app id, a name and an _id, in every product)`
        : `'${reference}' names ${matches.length} apps (${matches
            .map(a => a.client_app_id)
            .sort()
            .join(', ')}): use the client app id`;
    throw new errors/* ConfigError */.xL([{ source, message, severity: 'error' }]);
}


/***/ }),

/***/ 38809:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ createAdminClient),
  I: () => (/* binding */ defaultBaseUrl)
});

// EXTERNAL MODULE: ./src/log.ts
var log = __webpack_require__(25625);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
// EXTERNAL MODULE: ./src/admin/shapes.ts
var shapes = __webpack_require__(79021);
;// CONCATENATED MODULE: ./src/admin/collections.ts
// A resource collection of an app (functions, values, triggers, rules, ...): list, get, create,
// update, delete. A create is never repeated blindly: after an uncertain attempt the collection is
// listed and the new document looked up by the kind's match key (name; route + method; ...).

/** Match keys of every kind (config-to-api.md §1). */
const sameName = (body, item) => body.name !== undefined && item.name === body.name;
const sameRoute = (body, item) => item.route === body.route && item.http_method === body.http_method;
const sameNamespace = (body, item) => body.database !== undefined
    ? item.database === body.database && item.collection === body.collection
    : sameName(body, item);
const sameResolverField = (body, item) => item.on_type === body.on_type && item.field_name === body.field_name;
const sameSchemaNamespace = (body, item) => {
    const a = (body.metadata ?? {});
    const b = (item.metadata ?? {});
    return a.data_source === b.data_source && a.database === b.database && a.collection === b.collection;
};
function createCollectionApi(transport, spec) {
    const itemPath = (id) => `${spec.path}/${encodeURIComponent(id)}`;
    const check = (what) => (item, field) => (0,shapes/* expectDoc */.Kn)(item, what, field, []);
    const list = async () => {
        const response = await transport.call({ method: 'GET', path: spec.path });
        if (response.body === undefined || response.body === null)
            return [];
        return (0,shapes/* expectList */.sn)(response.body, `GET ${spec.path}`, check(`GET ${spec.path}`));
    };
    return {
        list,
        async get(id) {
            const response = await transport.call({ method: 'GET', path: itemPath(id) });
            return check(`GET ${itemPath(id)}`)(response.body, '');
        },
        async create(body) {
            const response = await transport.call({
                method: 'POST',
                path: spec.path,
                json: body,
                recover: async () => (await list()).find(item => spec.matches(body, item))
            });
            return check(`POST ${spec.path}`)(response.body, '');
        },
        async update(id, body) {
            const response = await transport.call({
                method: spec.updateMethod,
                path: itemPath(id),
                json: body
            });
            return response.body && typeof response.body === 'object' ? response.body : undefined;
        },
        async delete(id) {
            await transport.call({ method: 'DELETE', path: itemPath(id) });
        }
    };
}
/** PUT `{path}/{id}/enable` or `/disable` (auth providers, log forwarders). */
async function setEnabled(transport, path, id, enabled) {
    await transport.call({
        method: 'PUT',
        path: `${path}/${encodeURIComponent(id)}/${enabled ? 'enable' : 'disable'}`
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/admin/multipart.ts
// Multipart request bodies streamed from disk: the parts' headers and small fields are held in
// memory, a file part is read from its file as the request goes out, and the exact length is
// computed up front so the request carries a Content-Length. Each attempt re-opens the file.



function multipartBody(kind, parts) {
    const boundary = `realm-deploy-${(0,external_node_crypto_.randomBytes)(12).toString('hex')}`;
    return {
        contentType: `multipart/${kind}; boundary=${boundary}`,
        async open() {
            const pieces = [];
            for (const [i, part] of parts.entries()) {
                // The CRLF before a delimiter belongs to the delimiter, so the first one has none.
                const lead = i === 0 ? '' : '\r\n';
                pieces.push(Buffer.from(`${lead}--${boundary}\r\n${part.headers.map(h => `${h}\r\n`).join('')}\r\n`));
                pieces.push('content' in part
                    ? part.content
                    : { filePath: part.filePath, size: (await (0,promises_.stat)(part.filePath)).size });
            }
            pieces.push(Buffer.from(`\r\n--${boundary}--\r\n`));
            const length = pieces.reduce((sum, piece) => sum + (Buffer.isBuffer(piece) ? piece.length : piece.size), 0);
            return { stream: streamOf(pieces), length };
        }
    };
}
function streamOf(pieces) {
    const iterator = generate(pieces);
    return new ReadableStream({
        async pull(controller) {
            const next = await iterator.next();
            if (next.done)
                controller.close();
            else
                controller.enqueue(next.value);
        },
        async cancel() {
            await iterator.return(undefined);
        }
    });
}
// The file is opened only when the stream reaches it, and closed when the request ends or is cancelled.
async function* generate(pieces) {
    for (const piece of pieces) {
        if (Buffer.isBuffer(piece)) {
            yield new Uint8Array(piece.buffer, piece.byteOffset, piece.length);
            continue;
        }
        for await (const chunk of (0,external_node_fs_.createReadStream)(piece.filePath, { highWaterMark: 256 * 1024 })) {
            const bytes = chunk;
            yield new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
        }
    }
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/admin/settings.ts
// One-per-app (or one-per-service) settings: environment, custom user data, Data API, GraphQL,
// allowed request origins, service config, default rules, sync config, and the whole-app pull.


async function getOptional(transport, path, query) {
    try {
        const response = await transport.call({ method: 'GET', path, query });
        if (response.body === undefined || response.body === null)
            return undefined;
        return (0,shapes/* expectObject */.Xk)(response.body, `GET ${path}`);
    }
    catch (error) {
        if (error instanceof errors/* AdminApiError */.ge && error.status === 404)
            return undefined;
        throw error;
    }
}
function createSettingApi(transport, path, updateMethod) {
    return {
        get: () => getOptional(transport, path),
        async update(body) {
            await transport.call({ method: updateMethod, path, json: body });
        }
    };
}
/** A setting created by POST: after an uncertain attempt, it exists if GET finds it. */
function createCreatableSettingApi(transport, path, updateMethod) {
    const setting = createSettingApi(transport, path, updateMethod);
    return {
        ...setting,
        async create(body) {
            const response = await transport.call({
                method: 'POST',
                path,
                json: body,
                recover: async () => (await setting.get()) ?? undefined
            });
            return response.body && typeof response.body === 'object' ? response.body : undefined;
        }
    };
}
function createDefaultRuleApi(transport, servicePath) {
    const path = `${servicePath}/default_rule`;
    const setting = createCreatableSettingApi(transport, path, 'PUT');
    return {
        ...setting,
        async delete() {
            await transport.call({ method: 'DELETE', path });
        }
    };
}
function createOriginsApi(transport, appPath) {
    const path = `${appPath}/security/allowed_request_origins`;
    return {
        async get() {
            const response = await transport.call({ method: 'GET', path });
            if (response.body === undefined || response.body === null)
                return [];
            return (0,shapes/* expectArray */.J6)(response.body, `GET ${path}`).map(String);
        },
        async set(origins) {
            // POST here replaces the list: repeating it is harmless.
            await transport.call({ method: 'POST', path, json: [...origins], idempotent: true });
        }
    };
}
async function setEnvironment(transport, appPath, environment) {
    await transport.call({ method: 'PUT', path: `${appPath}/environment`, json: { environment } });
}
/** The whole app configuration as JSON (`PushPullAppConfig`). */
async function pullJson(transport, appPath) {
    const path = `${appPath}/pull`;
    const response = await transport.call({ method: 'GET', path, accept: 'application/json' });
    return (0,shapes/* expectObject */.Xk)(response.body, `GET ${path}`);
}
/** The whole app configuration as a zip of the config directory. */
async function pullZip(transport, appPath) {
    const path = `${appPath}/pull`;
    const response = await transport.call({
        method: 'GET',
        path,
        accept: 'application/zip',
        responseType: 'bytes'
    });
    return response.body;
}

;// CONCATENATED MODULE: ./src/admin/dependencies.ts
// Function dependencies (node_modules archive or package.json): the installed list, the CLI-only
// upload, diff and install status. An upload starts an install, so it is not repeated blindly:
// after an uncertain attempt, a changed summary or status means the upload arrived.




function createDependenciesApi(transport, appPath, uploadTimeoutMs) {
    const path = `${appPath}/dependencies`;
    const statusPath = `${path}/status`;
    const status = async () => {
        const body = await getOptional(transport, statusPath);
        if (body === undefined)
            return undefined;
        (0,shapes/* expectString */.lK)(body, 'status', `GET ${statusPath}`);
        return body;
    };
    const fingerprint = async () => JSON.stringify([await getOptional(transport, path), await status()]);
    return {
        get: () => getOptional(transport, path),
        async diff(filePath) {
            const response = await transport.call({
                method: 'POST',
                path: `${path}/diff`,
                body: fileForm(filePath),
                idempotent: true,
                timeoutMs: uploadTimeoutMs
            });
            return (0,shapes/* expectObject */.Xk)(response.body, `POST ${path}/diff`);
        },
        async upload(filePath) {
            const before = await fingerprint();
            await transport.call({
                method: 'PUT',
                path,
                body: fileForm(filePath),
                idempotent: false,
                timeoutMs: uploadTimeoutMs,
                recover: async () => ((await fingerprint()) !== before ? { uploaded: true } : undefined)
            });
        },
        status
    };
}
/** multipart/form-data with one `file` part, as Go's CreateFormFile writes it. */
function fileForm(filePath) {
    const filename = (0,external_node_path_.basename)(filePath).replace(/["\\\r\n]/g, '_');
    return multipartBody('form-data', [
        {
            headers: [
                `Content-Disposition: form-data; name="file"; filename="${filename}"`,
                'Content-Type: application/octet-stream'
            ],
            filePath
        }
    ]);
}

;// CONCATENATED MODULE: ./src/admin/drafts.ts
// Drafts and deployments of one app. Creating a draft and deploying one are writes that must never
// happen twice: after an uncertain attempt the client looks for this user's draft, or for a
// deployment of this draft, before it tries again.
//
// A draft found after an uncertain create cannot be proven to be the one that create made: the API
// has no request token, and a draft carries only its id and its user, which every run with the same
// key shares. It is taken only while it is empty (a draft with changes is another run's: this one
// wrote nothing yet), and it comes back marked `adopted`, so the run never discards it: if it was
// another run's after all, that run's writes must not go live outside a draft.

const checkDraft = (what) => (item, field) => (0,shapes/* expectDoc */.Kn)(item, what, field, []);
const checkDeployment = (what) => (item, field) => (0,shapes/* expectDoc */.Kn)(item, what, field, ['status']);
function createDraftsApi(transport, appPath, deployments) {
    const path = `${appPath}/drafts`;
    const draftPath = (draftId) => `${path}/${encodeURIComponent(draftId)}`;
    const list = async () => {
        const response = await transport.call({ method: 'GET', path });
        return draftList(response.body, `GET ${path}`);
    };
    const diff = async (draftId) => {
        const what = `GET ${draftPath(draftId)}/diff`;
        const response = await transport.call({ method: 'GET', path: `${draftPath(draftId)}/diff` });
        const body = (0,shapes/* expectObject */.Xk)(response.body, what);
        const diffs = body.diffs === undefined || body.diffs === null ? [] : (0,shapes/* expectArray */.J6)(body.diffs, what, 'diffs');
        return { ...body, diffs: diffs.map(String) };
    };
    return {
        list,
        async create() {
            const response = await transport.call({
                method: 'POST',
                path,
                recover: async () => {
                    const me = await transport.userId();
                    const found = (await list()).find(d => d.user_id === undefined || d.user_id === me);
                    return found && (await diff(found._id)).diffs.length === 0 ? found : undefined;
                }
            });
            return { ...checkDraft(`POST ${path}`)(response.body, ''), adopted: response.recovered };
        },
        async discard(draftId) {
            await transport.call({ method: 'DELETE', path: draftPath(draftId) });
        },
        diff,
        async deploy(draftId, name = '') {
            const deployPath = `${draftPath(draftId)}/deployment`;
            const response = await transport.call({
                method: 'POST',
                path: deployPath,
                json: { name },
                recover: async () => (await deployments.list()).find(d => d.draft_id === draftId)
            });
            return checkDeployment(`POST ${deployPath}`)(response.body, '');
        }
    };
}
function draftList(body, what) {
    if (body === undefined || body === null)
        return [];
    if (Array.isArray(body))
        return body.map((item, i) => checkDraft(what)(item, `[${i}]`));
    const draft = (0,shapes/* expectObject */.Xk)(body, what);
    if (Object.keys(draft).length === 0)
        return [];
    if (typeof draft._id !== 'string')
        throw (0,shapes/* shapeError */.cn)(what, '_id', 'expected a string');
    return [draft];
}
function createDeploymentsApi(transport, appPath) {
    const path = `${appPath}/deployments`;
    const list = async () => {
        const response = await transport.call({ method: 'GET', path });
        return (0,shapes/* expectList */.sn)(response.body, `GET ${path}`, checkDeployment(`GET ${path}`));
    };
    return {
        list,
        async get(deploymentId) {
            const itemPath = `${path}/${encodeURIComponent(deploymentId)}`;
            const response = await transport.call({ method: 'GET', path: itemPath });
            return checkDeployment(`GET ${itemPath}`)(response.body, '');
        },
        async redeploy(deploymentId) {
            // A redeploy adds a deployment; after an uncertain attempt, a deployment that was not there
            // before is this one.
            const redeployPath = `${path}/${encodeURIComponent(deploymentId)}/redeploy`;
            const before = new Set((await list()).map(d => d._id));
            await transport.call({
                method: 'POST',
                path: redeployPath,
                recover: async () => (await list()).find(d => !before.has(d._id))
            });
        }
    };
}

;// CONCATENATED MODULE: ./src/admin/hosting.ts
// Static hosting: the config switch, and the assets (list, read metadata, upload streamed from disk,
// replace attributes, delete, CDN cache invalidation). Hosting is not draft-scoped; every call here
// sets state by path, so each is safe to repeat.



function checkAsset(what) {
    return (item, field) => {
        const body = (0,shapes/* expectObject */.Xk)(item, what, field);
        (0,shapes/* expectString */.lK)(body, 'path', what, field ? `${field}.` : '');
        const attrs = body.attrs === undefined || body.attrs === null ? [] : (0,shapes/* expectList */.sn)(body.attrs, what, checkAttr(what));
        return { ...body, attrs };
    };
}
function checkAttr(what) {
    return (item, field) => {
        const body = (0,shapes/* expectObject */.Xk)(item, what, `attrs${field}`);
        return {
            name: (0,shapes/* expectString */.lK)(body, 'name', what, `attrs${field}.`),
            value: (0,shapes/* expectString */.lK)(body, 'value', what, `attrs${field}.`)
        };
    };
}
function createHostingApi(transport, appPath, options) {
    const configPath = `${appPath}/hosting/config`;
    const assetsPath = `${appPath}/hosting/assets`;
    const assetPath = `${assetsPath}/asset`;
    return {
        getConfig: () => getOptional(transport, configPath),
        async setEnabled(enabled) {
            await transport.call({ method: 'PATCH', path: configPath, json: { enabled } });
        },
        async listAssets() {
            const response = await transport.call({ method: 'GET', path: assetsPath, query: { recursive: true } });
            if (response.body === undefined || response.body === null)
                return [];
            return (0,shapes/* expectList */.sn)(response.body, `GET ${assetsPath}`, checkAsset(`GET ${assetsPath}`));
        },
        async getAsset(path) {
            const found = await getOptional(transport, assetPath, { path });
            return found === undefined ? undefined : checkAsset(`GET ${assetPath}`)(found, '');
        },
        async uploadAsset(asset) {
            // Key order path, hash, size, appId, attrs, as realm-cli writes it (admin-api-notes §4.8).
            const meta = {
                path: asset.path,
                hash: asset.hash,
                size: asset.size,
                appId: options.appId,
                attrs: asset.attrs
            };
            const body = multipartBody('mixed', [
                {
                    headers: ['Content-Disposition: form-data; name="meta"'],
                    content: Buffer.from(JSON.stringify(meta))
                },
                { headers: ['Content-Disposition: form-data; name="file"'], filePath: asset.filePath }
            ]);
            await transport.call({
                method: 'PUT',
                path: assetPath,
                query: { path: asset.path },
                body,
                timeoutMs: options.uploadTimeoutMs
            });
        },
        async setAssetAttributes(path, attrs) {
            await transport.call({ method: 'PATCH', path: assetPath, query: { path }, json: { attributes: attrs } });
        },
        async deleteAsset(path) {
            await transport.call({ method: 'DELETE', path: assetPath, query: { path } });
        },
        async invalidateCache(path = '/*') {
            await transport.call({
                method: 'PUT',
                path: `${appPath}/hosting/cache`,
                json: { invalidate: true, path }
            });
        }
    };
}

// EXTERNAL MODULE: ./src/admin/logs.ts
var logs = __webpack_require__(13568);
;// CONCATENATED MODULE: ./src/admin/deployment-export.ts
async function exportDeployment(transport, appPath, deploymentId) {
    const response = await transport.call({
        method: 'GET',
        path: `${appPath}/export`,
        query: { deployment: deploymentId },
        accept: 'application/zip',
        responseType: 'bytes'
    });
    return response.body;
}

;// CONCATENATED MODULE: ./src/admin/trigger-state.ts
// What the Admin API says about a running trigger: the event subscriptions (`GET .../event_subscriptions`,
// one per deployed trigger, same `_id`), the latest execution of one, and the resume of a suspended
// database trigger (`PUT .../triggers/{triggerId}/resume`).


function subscriptionState(item, what, field) {
    const doc = (0,shapes/* expectDoc */.Kn)(item, what, field, ['name', 'type']);
    const error = typeof doc.error === 'string' && doc.error !== '' ? doc.error : undefined;
    return {
        id: String(doc._id),
        name: String(doc.name),
        type: String(doc.type),
        disabled: doc.disabled === true,
        suspended: doc.state === 'SUSPENDED',
        ...(error ? { error } : {})
    };
}
function createTriggerStateApi(transport, appPath) {
    return {
        async subscriptions() {
            const path = `${appPath}/event_subscriptions`;
            const response = await transport.call({ method: 'GET', path });
            return (0,shapes/* expectList */.sn)(response.body, `GET ${path}`, (item, field) => subscriptionState(item, `GET ${path}`, field));
        },
        async latestExecution(subscriptionId) {
            const path = `${appPath}/event_subscriptions/${encodeURIComponent(subscriptionId)}/execution`;
            try {
                const response = await transport.call({ method: 'GET', path });
                const body = (0,shapes/* expectObject */.Xk)(response.body, `GET ${path}`);
                const data = body.data && typeof body.data === 'object' ? body.data : {};
                return typeof data.error === 'string' && data.error !== '' ? { error: data.error } : {};
            }
            catch (error) {
                // A subscription that never ran has no execution: the API answers 404.
                if (error instanceof errors/* AdminApiError */.ge && error.status === 404)
                    return undefined;
                throw error;
            }
        },
        async resume(triggerId, disableToken) {
            const path = `${appPath}/triggers/${encodeURIComponent(triggerId)}/resume`;
            await transport.call({ method: 'PUT', path, json: { disable_token: disableToken } });
        }
    };
}

;// CONCATENATED MODULE: ./src/admin/app-client.ts
// Everything the Admin API offers about one app, bound to its project and app `_id`: paths, methods
// and match keys per kind (admin-api-notes.md §2, config-to-api.md §2.3).









function createAppClient(transport, groupId, appId, options) {
    const appPath = `/groups/${encodeURIComponent(groupId)}/apps/${encodeURIComponent(appId)}`;
    const deployments = createDeploymentsApi(transport, appPath);
    return {
        groupId,
        appId,
        async get() {
            const response = await transport.call({ method: 'GET', path: appPath });
            return (0,shapes/* expectDoc */.Kn)(response.body, `GET ${appPath}`, '', ['client_app_id', 'name']);
        },
        drafts: createDraftsApi(transport, appPath, deployments),
        deployments,
        ...collectionApis(transport, appPath),
        triggerState: createTriggerStateApi(transport, appPath),
        ...serviceApis(transport, appPath),
        ...settingApis(transport, appPath),
        dependencies: createDependenciesApi(transport, appPath, options.uploadTimeoutMs),
        hosting: createHostingApi(transport, appPath, { appId, uploadTimeoutMs: options.uploadTimeoutMs }),
        pull: () => pullJson(transport, appPath),
        pullZip: () => pullZip(transport, appPath),
        exportDeployment: deploymentId => exportDeployment(transport, appPath, deploymentId),
        logs: filter => (0,logs/* logEntries */.Jd)(transport, appPath, filter),
        allLogs: filter => (0,logs/* allLogEntries */.I4)(transport, appPath, filter),
        logPages: filter => (0,logs/* logPages */.zq)(transport, appPath, filter)
    };
}
/** The app-level collections, each with its path, update method and match key. */
function collectionApis(transport, appPath) {
    const collection = (kind, matches, updateMethod = 'PUT') => createCollectionApi(transport, { path: `${appPath}/${kind}`, updateMethod, matches });
    const togglable = (kind, updateMethod) => ({
        ...collection(kind, sameName, updateMethod),
        enable: id => setEnabled(transport, `${appPath}/${kind}`, id, true),
        disable: id => setEnabled(transport, `${appPath}/${kind}`, id, false)
    });
    return {
        functions: collection('functions', sameName),
        values: collection('values', sameName),
        secrets: collection('secrets', sameName),
        environmentValues: collection('environment_values', sameName),
        triggers: collection('triggers', sameName),
        authProviders: togglable('auth_providers', 'PATCH'),
        endpoints: collection('endpoints', sameRoute),
        customResolvers: collection('graphql/custom_resolvers', sameResolverField),
        logForwarders: togglable('log_forwarders', 'PATCH'),
        schemas: collection('schemas', sameSchemaNamespace)
    };
}
/** Services (data sources and third-party services) and what hangs below one. */
function serviceApis(transport, appPath) {
    const servicePath = (serviceId) => `${appPath}/services/${encodeURIComponent(serviceId)}`;
    return {
        services: createCollectionApi(transport, {
            path: `${appPath}/services`,
            updateMethod: 'PATCH',
            matches: sameName
        }),
        serviceConfig: serviceId => createSettingApi(transport, `${servicePath(serviceId)}/config`, 'PATCH'),
        rules: serviceId => createCollectionApi(transport, {
            path: `${servicePath(serviceId)}/rules`,
            updateMethod: 'PUT',
            matches: sameNamespace
        }),
        defaultRule: serviceId => createDefaultRuleApi(transport, servicePath(serviceId)),
        incomingWebhooks: serviceId => createCollectionApi(transport, {
            path: `${servicePath(serviceId)}/incoming_webhooks`,
            updateMethod: 'PUT',
            matches: sameName
        })
    };
}
/** One-per-app settings. */
function settingApis(transport, appPath) {
    return {
        customUserData: createSettingApi(transport, `${appPath}/custom_user_data`, 'PATCH'),
        dataApiConfig: createCreatableSettingApi(transport, `${appPath}/data_api/config`, 'PATCH'),
        graphqlConfig: createSettingApi(transport, `${appPath}/graphql/config`, 'PUT'),
        graphqlValidationSettings: createSettingApi(transport, `${appPath}/validation_settings/graphql`, 'PUT'),
        allowedRequestOrigins: createOriginsApi(transport, appPath),
        syncConfig: createSettingApi(transport, `${appPath}/sync/config`, 'PUT'),
        setEnvironment: environment => setEnvironment(transport, appPath, environment)
    };
}

// EXTERNAL MODULE: ./src/admin/apps.ts + 1 modules
var apps = __webpack_require__(5557);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
;// CONCATENATED MODULE: ./src/admin/proxy.ts
// Proxy support: HTTPS_PROXY, HTTP_PROXY and NO_PROXY, read the way every GitHub Action reads them,
// by @actions/http-client. Its dispatcher plugs into native fetch. Loopback targets never use a proxy.

/** The undici dispatcher for requests to `baseUrl`, or undefined when no proxy applies. */
function proxyDispatcherFor(baseUrl) {
    return new lib/* HttpClient */.Qq('realm-deploy').getAgentDispatcher(baseUrl);
}

// EXTERNAL MODULE: ./src/admin/retry.ts
var retry = __webpack_require__(67913);
// EXTERNAL MODULE: ./src/admin/transport.ts + 4 modules
var admin_transport = __webpack_require__(75389);
;// CONCATENATED MODULE: ./src/admin/client.ts
// The Admin API client the rest of the project uses: `createAdminClient(options)`. Everything that
// varies between a real run and a test (fetch, clock, proxy, retry policy, timeouts) is an option.







const defaultBaseUrl = 'https://services.cloud.mongodb.com';
function createAdminClient(options) {
    (0,secrets/* registerSecret */.cl)(options.publicKey);
    (0,secrets/* registerSecret */.cl)(options.privateKey);
    const baseUrl = options.baseUrl ?? defaultBaseUrl;
    const dispatcher = options.dispatcher === null ? undefined : (options.dispatcher ?? proxyDispatcherFor(baseUrl));
    const logger = options.logger ?? log/* silentLogger */.qq;
    if (dispatcher)
        logger.debug('Admin API requests go through the proxy set in HTTPS_PROXY / HTTP_PROXY');
    const transport = (0,admin_transport/* createTransport */.oO)({
        baseUrl,
        publicKey: options.publicKey,
        privateKey: options.privateKey,
        logger,
        fetch: options.fetch ?? globalThis.fetch,
        signal: options.signal,
        retry: { ...retry/* defaultRetryPolicy */.ur, ...options.retry },
        timeoutMs: options.timeoutMs ?? 30_000,
        clock: options.clock ?? retry/* systemClock */.ml,
        dispatcher,
        maxResponseBytes: options.maxResponseBytes
    });
    return clientOver(transport, options.uploadTimeoutMs ?? 300_000);
}
function clientOver(transport, uploadTimeoutMs) {
    return {
        apps: (0,apps/* createAppsApi */.Du)(transport),
        app: (groupId, appId) => createAppClient(transport, groupId, appId, { uploadTimeoutMs }),
        userId: () => transport.userId(),
        withSignal: signal => clientOver(transport.withSignal(signal), uploadTimeoutMs)
    };
}


/***/ }),

/***/ 13568:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I4: () => (/* binding */ allLogEntries),
/* harmony export */   Jd: () => (/* binding */ logEntries),
/* harmony export */   uX: () => (/* binding */ logTypes),
/* harmony export */   zq: () => (/* binding */ logPages)
/* harmony export */ });
/* harmony import */ var _shapes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79021);
/* harmony import */ var _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47819);
// The app log pager. It follows the Admin API's own cursor exactly as the API overview describes
// ("Pagination with the Logging API"): `nextEndDate` becomes `end_date`, `nextSkip` becomes `skip`
// (present when the next page starts inside a run of equal timestamps), and a page without
// `nextEndDate` is the last one. A server is not trusted to end the walk: it also ends on an empty
// page, on a cursor already followed, after `maxPages` pages and at the caller's deadline.


const pageSize = 100;
const defaultMaxPages = 10_000;
/** The `type` values the API accepts (spec, `adminGetLogs`). */
const logTypes = _vocabulary_js__WEBPACK_IMPORTED_MODULE_1__/* .LOG_TYPES */ .D_;
/** Every page of the filtered logs, newest first as the server orders them. */
async function* logPages(transport, appPath, filter = {}) {
    const path = `${appPath}/logs`;
    let endDate = filter.end;
    let skip;
    let remaining = filter.limit ?? Number.POSITIVE_INFINITY;
    const followed = new Set();
    const maxPages = filter.maxPages ?? defaultMaxPages;
    for (let pages = 0; remaining > 0; pages++) {
        if (pages >= maxPages)
            throw pagingStopped(path, `after ${maxPages} pages (the page limit)`);
        if (filter.deadlineMs !== undefined && Date.now() >= filter.deadlineMs)
            throw pagingStopped(path, `after ${pages} page(s): the run's time is up`);
        followed.add(`${endDate}|${skip ?? 0}`);
        const query = {
            ...baseQuery(filter),
            end_date: endDate,
            skip,
            limit: Math.min(pageSize, remaining)
        };
        const response = await transport.call({ method: 'GET', path, query });
        const page = checkPage(response.body, `GET ${path}`);
        remaining -= page.logs.length;
        yield page;
        // An empty page ends the walk even when it names a next one: a cursor that keeps moving over
        // nothing would otherwise be followed for ever.
        if (page.nextEndDate === undefined || page.logs.length === 0)
            return;
        if (followed.has(`${page.nextEndDate}|${page.nextSkip ?? 0}`)) {
            throw (0,_shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .shapeError */ .cn)(`GET ${path}`, 'nextEndDate', 'the next page is a page already read (the cursor did not move)');
        }
        endDate = page.nextEndDate;
        skip = page.nextSkip;
    }
}
function pagingStopped(path, why) {
    return new Error(`GET ${path}: stopped reading logs ${why}`);
}
/** Every entry of the filtered logs, following every page. */
async function* logEntries(transport, appPath, filter = {}) {
    let remaining = filter.limit ?? Number.POSITIVE_INFINITY;
    for await (const page of logPages(transport, appPath, filter)) {
        for (const entry of page.logs) {
            if (remaining-- <= 0)
                return;
            yield entry;
        }
    }
}
function baseQuery(filter) {
    return {
        co_id: filter.correlationId,
        // The API reads the presence of errors_only, whatever its value.
        errors_only: filter.errorsOnly ? true : undefined,
        user_id: filter.userId,
        start_date: filter.start,
        type: filter.types && filter.types.length > 0 ? filter.types.join(',') : undefined
    };
}
function checkPage(body, what) {
    const page = (0,_shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .expectObject */ .Xk)(body, what);
    const logs = page.logs === undefined || page.logs === null
        ? []
        : (0,_shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .expectList */ .sn)(page.logs, what, (item, field) => {
            const entry = (0,_shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .expectObject */ .Xk)(item, what, `logs${field}`);
            return { ...entry, type: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalString */ .sx)(entry, 'type', what, `logs${field}.`) ?? '' };
        });
    return {
        logs,
        nextEndDate: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalString */ .sx)(page, 'nextEndDate', what) || undefined,
        nextSkip: (0,_shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .optionalNumber */ .WI)(page, 'nextSkip', what)
    };
}
/**
 * Error and non-error entries together, newest first. The API sends one or the other
 * (`errors_only` present or absent), so this merges both queries by `started`. An entry that both
 * answers contain (a server that ignores `errors_only`) is yielded once.
 */
async function* allLogEntries(transport, appPath, filter = {}) {
    const unbounded = { ...filter, limit: undefined };
    const streams = [
        logEntries(transport, appPath, { ...unbounded, errorsOnly: false }),
        logEntries(transport, appPath, { ...unbounded, errorsOnly: true })
    ];
    let remaining = filter.limit ?? Number.POSITIVE_INFINITY;
    try {
        for await (const entry of dedupeRuns(mergeNewestFirst(streams))) {
            if (remaining-- <= 0)
                return;
            yield entry;
        }
    }
    finally {
        await Promise.all(streams.map(s => s.return(undefined)));
    }
}
async function* mergeNewestFirst(streams) {
    const heads = await Promise.all(streams.map(s => s.next()));
    for (;;) {
        let pick = -1;
        heads.forEach((head, i) => {
            if (head.done)
                return;
            if (pick < 0 || startedMs(head.value) > startedMs(heads[pick].value))
                pick = i;
        });
        if (pick < 0)
            return;
        yield heads[pick].value;
        heads[pick] = await streams[pick].next();
    }
}
// Duplicates share their timestamp, so remembering the ids of the current run of equal times suffices.
async function* dedupeRuns(entries) {
    let runTime = Number.NaN;
    let seen = new Set();
    for await (const entry of entries) {
        const time = startedMs(entry);
        if (time !== runTime) {
            runTime = time;
            seen = new Set();
        }
        if (entry._id !== undefined && seen.has(entry._id))
            continue;
        if (entry._id !== undefined)
            seen.add(entry._id);
        yield entry;
    }
}
function startedMs(entry) {
    const ms = entry.started ? Date.parse(entry.started) : Number.NaN;
    return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}


/***/ }),

/***/ 67913:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EY: () => (/* binding */ backoffDelay),
/* harmony export */   l9: () => (/* binding */ givesUpOnRefusal),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter),
/* harmony export */   tK: () => (/* binding */ cancelledBy),
/* harmony export */   ur: () => (/* binding */ defaultRetryPolicy)
/* harmony export */ });
/* unused harmony export REFUSED_ATTEMPTS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// When and how long the Admin API client waits before trying a call again: exponential backoff with
// jitter, Retry-After honoured, every wait bounded by attempts and by total time. The clock is
// injectable so tests run retries without real sleeps.

const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(cancelledBy(signal));
        const onAbort = () => {
            clearTimeout(timer);
            reject(cancelledBy(signal));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    })
};
function cancelledBy(signal) {
    const reason = signal?.reason;
    const detail = reason instanceof Error && reason.message ? `: ${reason.message}` : '';
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CancelledError */ .cc(`cancelled${detail}`);
}
const defaultRetryPolicy = {
    attempts: 6,
    maxElapsedMs: 120_000,
    baseDelayMs: 500,
    maxDelayMs: 20_000,
    random: Math.random
};
/**
 * The wait before attempt `attempt + 1` (attempt counts from 1). "Equal jitter": half the
 * exponential step is fixed, half random, so concurrent clients spread out but never retry at once.
 * A server's Retry-After wins when it asks for longer.
 */
function backoffDelay(policy, attempt, retryAfterMs) {
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
    const jittered = step / 2 + (step / 2) * policy.random();
    return Math.round(retryAfterMs !== undefined ? Math.max(retryAfterMs, jittered) : jittered);
}
/** Parses a Retry-After header: delay-seconds or an HTTP date. Undefined when absent or unreadable. */
function parseRetryAfter(value, nowMs) {
    if (!value)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+(\.\d+)?$/.test(trimmed))
        return Math.round(Number(trimmed) * 1000);
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - nowMs);
}
/** Attempts before a refused connection is final: ~0.75 s of backoff, enough for a server restarting. */
const REFUSED_ATTEMPTS = 3;
/**
 * A refused connection means nothing listens at that address (a wrong base URL, a server not running):
 * unlike a timeout or a reset, waiting ~11 s of backoff for it rarely helps, so it fails fast.
 */
function givesUpOnRefusal(reason, attempt) {
    return reason.includes('ECONNREFUSED') && attempt >= REFUSED_ATTEMPTS;
}


/***/ }),

/***/ 79021:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J6: () => (/* binding */ expectArray),
/* harmony export */   Kn: () => (/* binding */ expectDoc),
/* harmony export */   WI: () => (/* binding */ optionalNumber),
/* harmony export */   Xk: () => (/* binding */ expectObject),
/* harmony export */   cn: () => (/* binding */ shapeError),
/* harmony export */   lK: () => (/* binding */ expectString),
/* harmony export */   sn: () => (/* binding */ expectList),
/* harmony export */   sx: () => (/* binding */ optionalString)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
// Runtime checks of Admin API responses at the boundary: a response of the wrong shape fails here,
// naming the call and the field, instead of surfacing as an `undefined` three layers up.
// Messages name fields and types, never values (a value may be a token).

/** `what` is the call, "METHOD /path". */
function shapeError(what, field, problem) {
    const space = what.indexOf(' ');
    const error = new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AdminApiError */ .ge(what.slice(0, space), what.slice(space + 1), 0, 'UnexpectedResponse', problem);
    error.message = `${what}: unexpected response: ${field ? `\`${field}\` ` : ''}${problem}`;
    return error;
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
function expectObject(value, what, field = '') {
    if (value && typeof value === 'object' && !Array.isArray(value))
        return value;
    throw shapeError(what, field, `expected an object, got ${value === undefined ? 'no body' : typeName(value)}`);
}
function expectArray(value, what, field = '') {
    if (Array.isArray(value))
        return value;
    throw shapeError(what, field, `expected an array, got ${value === undefined ? 'no body' : typeName(value)}`);
}
function expectString(body, key, what, prefix = '') {
    const value = body[key];
    if (typeof value === 'string')
        return value;
    throw shapeError(what, `${prefix}${key}`, `expected a string, got ${value === undefined ? 'nothing' : typeName(value)}`);
}
function optionalString(body, key, what, prefix = '') {
    return body[key] === undefined || body[key] === null ? undefined : expectString(body, key, what, prefix);
}
function optionalNumber(body, key, what, prefix = '') {
    const value = body[key];
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'number')
        return value;
    throw shapeError(what, `${prefix}${key}`, `expected a number, got ${typeName(value)}`);
}
/** Checks every element with `check` (which gets the element and its field path, e.g. `[3]`). */
function expectList(value, what, check) {
    return expectArray(value, what).map((item, i) => check(item, `[${i}]`));
}
/** An object with a string `_id` and the given string keys; other fields kept as they are. */
function expectDoc(value, what, field, keys) {
    const body = expectObject(value, what, field);
    const prefix = field ? `${field}.` : '';
    expectString(body, '_id', what, prefix);
    for (const key of keys)
        expectString(body, key, what, prefix);
    return body;
}


/***/ }),

/***/ 75389:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P8: () => (/* binding */ apiPrefix),
  oO: () => (/* binding */ createTransport)
});

// UNUSED EXPORTS: queryString

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/exact-numbers.ts
var exact_numbers = __webpack_require__(48583);
// EXTERNAL MODULE: ./src/secrets.ts
var secrets = __webpack_require__(27194);
// EXTERNAL MODULE: ./src/admin/retry.ts
var admin_retry = __webpack_require__(67913);
;// CONCATENATED MODULE: ./src/admin/http.ts
// One HTTP exchange with the Admin API: fetch with a per-attempt timeout, the caller's cancellation,
// an optional proxy dispatcher, and a classification of failures into "certainly not sent" and
// "outcome unknown", which is what decides whether a write may be repeated. Two refusals are final
// (thrown, never retried): a redirect, which is never followed (the login body carries the private
// key and every other call a bearer token, and both go to the configured origin only), and a body
// over the size limit, read no further than the limit.




/** The largest response body read (JSON or bytes): far above any app's config, far below memory. */
const defaultMaxResponseBytes = 64 * 1024 * 1024;
// Errors raised before a single byte reached the server: repeating such a request is always safe.
const notSentCodes = new Set([
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'UND_ERR_CONNECT_TIMEOUT'
]);
class AttemptTimeout extends Error {
}
async function exchange(fetchFn, request) {
    if (request.signal?.aborted)
        throw (0,admin_retry/* cancelledBy */.tK)(request.signal);
    const timeout = new AbortController();
    const signal = request.signal ? AbortSignal.any([request.signal, timeout.signal]) : timeout.signal;
    // Opening the body (a file) fails as itself: a missing file is not a network problem to retry.
    const init = await buildInit(request, signal);
    const timer = setTimeout(() => timeout.abort(new AttemptTimeout()), request.timeoutMs);
    // The request in flight keeps the process alive by itself; the timer that bounds it must not
    // keep it alive for 30 s more after a caller stopped waiting (a sibling call failed first).
    timer.unref();
    try {
        const response = await fetchFn(request.url, init);
        if (response.status >= 300 && response.status < 400)
            throw redirectRefused(request, response);
        const bytes = await readBounded(request, response);
        const body = request.responseType === 'bytes' ? bytes : parseBody(bytes);
        return { kind: 'response', status: response.status, headers: response.headers, body };
    }
    catch (error) {
        if (error instanceof errors/* AdminApiError */.ge)
            throw error;
        if (request.signal?.aborted)
            throw (0,admin_retry/* cancelledBy */.tK)(request.signal);
        if (timeout.signal.aborted) {
            return { kind: 'failure', sent: true, reason: `no response within ${request.timeoutMs} ms` };
        }
        return describeFailure(error);
    }
    finally {
        clearTimeout(timer);
    }
}
async function buildInit(request, signal) {
    const headers = { ...request.headers };
    let body;
    if (request.body) {
        const opened = await request.body.open();
        headers['content-type'] = request.body.contentType;
        headers['content-length'] = String(opened.length);
        body = opened.stream;
    }
    else if (request.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = (0,exact_numbers/* stringifyExact */.zX)(request.json);
    }
    // `duplex` (required for a streamed body) and `dispatcher` (the proxy) are Node's fetch extensions.
    const init = { method: request.method, headers, body, signal, redirect: 'manual' };
    if (request.body)
        init.duplex = 'half';
    if (request.dispatcher)
        init.dispatcher = request.dispatcher;
    return init;
}
/** JSON when the body is JSON, the text otherwise, undefined when there is no body. */
function parseBody(bytes) {
    const text = bytes.toString('utf8');
    if (text.trim() === '')
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return text;
    }
    (0,exact_numbers/* rememberServedIntegers */.Az)(text);
    return parsed;
}
function describeFailure(error) {
    // Duck-typed: fetch's errors may come from another realm (a VM context), where instanceof fails.
    const outer = asRecord(error);
    const cause = asRecord(outer?.cause) ?? outer;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    const message = typeof cause?.message === 'string' ? cause.message : String(error);
    const reason = code && !message.includes(code) ? `${code}: ${message}` : message;
    return { kind: 'failure', sent: !(code && notSentCodes.has(code)), reason: reason || 'network error' };
}
function asRecord(value) {
    return value && typeof value === 'object' ? value : undefined;
}
/** A redirect is an error naming its status and target; its body is never read. */
function redirectRefused(request, response) {
    void response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    let target = '(no Location header)';
    if (location) {
        try {
            const url = new URL(location, request.url);
            target = `${url.origin}${url.pathname}`;
        }
        catch {
            target = 'an unreadable Location header';
        }
    }
    const { method, path } = request.label;
    const error = new errors/* AdminApiError */.ge(method, path, response.status, 'Redirect', '');
    error.message = (0,secrets/* redact */.E$)(`${method} ${path} failed: the server answered ${response.status} redirecting to ${JSON.stringify(target.slice(0, 300))}; Admin API calls never follow redirects (credentials go to the configured base URL only): check the base URL`);
    return error;
}
/** The body, read chunk by chunk and given up as soon as it passes the limit (or says it will). */
async function readBounded(request, response) {
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > request.maxBytes) {
        void response.body?.cancel().catch(() => undefined);
        throw tooLarge(request, response.status, declared);
    }
    if (!response.body)
        return Buffer.alloc(0);
    const chunks = [];
    let size = 0;
    const reader = response.body.getReader();
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        size += value.byteLength;
        if (size > request.maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge(request, response.status, undefined);
        }
        chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
    }
    return Buffer.concat(chunks, size);
}
function tooLarge(request, status, declared) {
    const { method, path } = request.label;
    const mb = (n) => `${Math.round(n / 1024 / 1024)} MB`;
    const error = new errors/* AdminApiError */.ge(method, path, status, 'ResponseTooLarge', '');
    error.message = `${method} ${path} failed: the response body ${declared !== undefined ? `is ${mb(declared)}` : 'kept coming'}, over the ${mb(request.maxBytes)} limit; the rest was not read`;
    return error;
}

;// CONCATENATED MODULE: ./src/admin/outcomes.ts
// What an exchange with the Admin API means for the caller: success, a failure worth another attempt
// (and whether a write may have landed), or a final error. Also the errors themselves: they carry the
// call and what the server said, never a header or a request body.



function classify(exchange, nowMs) {
    if (exchange.kind === 'failure') {
        return { kind: 'retry', applied: exchange.sent ? 'unknown' : 'no', reason: exchange.reason };
    }
    const { status } = exchange;
    if (status >= 200 && status < 300)
        return { kind: 'success' };
    const reason = `${status}${errorCodeOf(exchange.body) ? ` ${errorCodeOf(exchange.body)}` : ''}`;
    const retryAfterMs = (0,admin_retry/* parseRetryAfter */.mu)(exchange.headers.get('retry-after'), nowMs);
    // Any of these may come from a proxy or gateway after the server acted (even a 429: nothing
    // promises it was sent before the write), so only a request that never left counts as not applied.
    if (status === 429 || status === 408 || (status >= 500 && status !== 501 && status !== 505)) {
        return { kind: 'retry', applied: 'unknown', reason, retryAfterMs };
    }
    return { kind: 'final' };
}
function errorCodeOf(body) {
    if (body && typeof body === 'object' && 'error_code' in body && typeof body.error_code === 'string') {
        return body.error_code || undefined;
    }
    return undefined;
}
/** The server's message: `error` of an `{error, error_code}` body, the raw text, or the status text. */
function serverMessageOf(status, body) {
    if (body && typeof body === 'object' && 'error' in body && typeof body.error === 'string')
        return body.error;
    if (typeof body === 'string' && body.trim())
        return body.trim().slice(0, 500);
    return statusText(status);
}
function statusText(status) {
    const texts = {
        400: 'Bad Request',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'Not Found',
        409: 'Conflict',
        429: 'Too Many Requests',
        500: 'Internal Server Error',
        502: 'Bad Gateway',
        503: 'Service Unavailable',
        504: 'Gateway Timeout'
    };
    return texts[status] ?? `HTTP ${status}`;
}
function httpError(method, path, status, body) {
    return new errors/* AdminApiError */.ge(method, path, status, errorCodeOf(body), (0,secrets/* redact */.E$)(serverMessageOf(status, body)));
}
/** No response at all, after every attempt the retry policy allowed. */
function unreachableError(method, path, reason, attempts) {
    const error = new errors/* AdminApiError */.ge(method, path, 0, 'NoResponse', (0,secrets/* redact */.E$)(reason));
    error.message = (0,secrets/* redact */.E$)(`${method} ${path} failed: no response after ${attempts} attempt${attempts === 1 ? '' : 's'} (${reason})`);
    return error;
}
/** A write whose effect could not be confirmed and must not be repeated blindly. */
function outcomeUnknownError(method, path, reason) {
    const error = new errors/* AdminApiError */.ge(method, path, 0, 'OutcomeUnknown', (0,secrets/* redact */.E$)(reason));
    error.message = (0,secrets/* redact */.E$)(`${method} ${path}: the outcome is unknown (${reason}) and it cannot be checked, so it was not repeated`);
    return error;
}

;// CONCATENATED MODULE: ./src/admin/attempts.ts


async function withRetry(deps, call, attemptOnce, signal) {
    const { clock, retry, logger } = deps;
    const idempotent = call.idempotent ?? call.method !== 'POST';
    const started = clock.now();
    let uncertain = false;
    for (let attempt = 1;; attempt++) {
        const result = await attemptOnce();
        const outcome = classify(result, clock.now());
        if (outcome.kind === 'success' && result.kind === 'response') {
            return { status: result.status, body: result.body, recovered: false };
        }
        if (outcome.kind !== 'retry')
            return settleRefusal(deps, call, result, uncertain && !idempotent, uncertain);
        if (outcome.applied === 'unknown') {
            uncertain = true;
            const found = idempotent ? undefined : await recoverWrite(deps, call, outcome.reason);
            if (found !== undefined)
                return { status: 200, body: found, recovered: true };
        }
        const delay = (0,admin_retry/* backoffDelay */.EY)(retry, attempt, outcome.retryAfterMs);
        const final = attempt >= retry.attempts || (0,admin_retry/* givesUpOnRefusal */.l9)(outcome.reason, attempt);
        if (final || clock.now() - started + delay > retry.maxElapsedMs) {
            throw result.kind === 'response'
                ? httpError(call.method, call.path, result.status, result.body)
                : unreachableError(call.method, call.path, result.reason, attempt);
        }
        logger.debug(`${call.method} ${call.path}: ${outcome.reason}; retrying in ${delay} ms (attempt ${attempt + 1} of ${retry.attempts})`);
        await clock.sleep(delay, signal);
    }
}
async function recoverWrite(deps, call, reason) {
    if (!call.recover)
        throw outcomeUnknownError(call.method, call.path, reason);
    deps.logger.debug(`${call.method} ${call.path}: outcome unknown (${reason}); checking whether it took effect`);
    const found = await call.recover();
    deps.logger.debug(`${call.method} ${call.path}: ${found === undefined ? 'it did not; trying again' : 'it did'}`);
    return found;
}
/**
 * A refusal (4xx) after an attempt whose outcome was unknown may be the echo of that attempt: a 404
 * on a repeated DELETE means it is gone; a 409 or 404 on a repeated create is checked.
 */
async function settleRefusal(deps, call, result, uncertainWrite, uncertain) {
    if (result.kind !== 'response')
        throw new Error('unreachable: a refusal always has a response');
    if (uncertain && call.method === 'DELETE' && result.status === 404) {
        deps.logger.debug(`${call.method} ${call.path}: already gone after an uncertain attempt`);
        return { status: 204, body: undefined, recovered: true };
    }
    if (uncertainWrite && call.recover && result.status >= 400 && result.status < 500) {
        const found = await recoverWrite(deps, call, `${result.status} after an uncertain attempt`);
        if (found !== undefined)
            return { status: 200, body: found, recovered: true };
    }
    throw httpError(call.method, call.path, result.status, result.body);
}

;// CONCATENATED MODULE: ./src/admin/session.ts
// The Admin API session: log in with the API key pair, keep the access token fresh (before it
// expires, and again when the server says it is no longer valid), fall back to a new login when a
// refresh is refused. Concurrent callers share one login or refresh in flight.


// Access tokens last 30 minutes (Admin API overview); opaque tokens are assumed to live that long.
const defaultLifetimeMs = 30 * 60_000;
const maxMarginMs = 60_000;
function createSession(deps) {
    let current;
    let inFlight;
    const single = (work) => {
        inFlight ??= work().finally(() => {
            inFlight = undefined;
        });
        return inFlight;
    };
    const login = async (signal) => {
        deps.logger.debug('logging in to the Admin API with the API key');
        const result = await deps.login(signal);
        (0,secrets/* registerSecret */.cl)(result.accessToken);
        (0,secrets/* registerSecret */.cl)(result.refreshToken);
        const token = describeToken(result.accessToken, deps.clock.now());
        current = { token, refreshToken: result.refreshToken, userId: result.userId };
        return token;
    };
    const refresh = async (signal) => {
        if (!current)
            return login(signal);
        deps.logger.debug('refreshing the Admin API access token');
        const value = await deps.refresh(current.refreshToken, signal);
        if (value === undefined) {
            deps.logger.debug('the refresh token was refused: logging in again');
            return login(signal);
        }
        (0,secrets/* registerSecret */.cl)(value);
        const token = describeToken(value, deps.clock.now());
        current = { ...current, token };
        return token;
    };
    // A login or refresh in flight is shared. When another caller's signal cancelled it, a caller whose
    // own signal is live (a cleanup after Ctrl-C) starts its own instead of failing with it.
    const join = async (signal, next) => {
        for (let tries = 0;; tries++) {
            try {
                if (inFlight)
                    return await inFlight;
                const step = next();
                return typeof step === 'function' ? await single(step) : step;
            }
            catch (error) {
                if (error instanceof errors/* CancelledError */.cc && !signal?.aborted && tries === 0)
                    continue;
                throw error;
            }
        }
    };
    return {
        async accessToken(signal) {
            const token = await join(signal, () => {
                if (!current)
                    return () => login(signal);
                return deps.clock.now() >= current.token.refreshAt ? () => refresh(signal) : current.token;
            });
            return token.value;
        },
        async renew(stale, signal) {
            const token = await join(signal, () => current && current.token.value !== stale ? current.token : () => refresh(signal));
            return token.value;
        },
        async userId(signal) {
            await join(signal, () => current?.token ?? (() => login(signal)));
            return current?.userId ?? '';
        }
    };
}
/** When the token expires: its JWT `exp` when it is a JWT, else issue time + 30 minutes. */
function describeToken(value, now) {
    const exp = jwtExpiry(value);
    const expiresAt = exp ?? now + defaultLifetimeMs;
    const lifetime = Math.max(0, expiresAt - now);
    return { value, expiresAt, refreshAt: expiresAt - Math.min(maxMarginMs, lifetime / 5) };
}
function jwtExpiry(token) {
    const parts = token.split('.');
    if (parts.length !== 3)
        return undefined;
    try {
        const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
        if (payload && typeof payload === 'object' && 'exp' in payload && typeof payload.exp === 'number') {
            return payload.exp * 1000;
        }
    }
    catch {
        return undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/admin/shapes.ts
var shapes = __webpack_require__(79021);
;// CONCATENATED MODULE: ./src/admin/transport.ts






const apiPrefix = '/api/admin/v3.0';
const userAgent = 'realm-deploy/0.1';
function createTransport(options) {
    const { logger, clock } = options;
    const deps = { logger, clock, retry: options.retry };
    const send = (call, bearer, signal) => sendOnce(options, call, bearer, signal);
    const session = createSession({
        clock,
        logger,
        login: signal => logIn(deps, send, options, signal),
        refresh: (refreshToken, signal) => refreshAccessToken(deps, send, refreshToken, signal)
    });
    // An expired session is refused before any work is done, so any call may be replayed once.
    const authorized = async (call, signal) => {
        const token = await session.accessToken(signal);
        const first = await send(call, token, signal);
        if (!isExpiredSession(first))
            return first;
        logger.debug(`${call.method} ${call.path}: the session is no longer valid; refreshing it and replaying`);
        return send(call, await session.renew(token, signal), signal);
    };
    const bind = (signal) => ({
        call: call => withRetry(deps, call, () => authorized(call, signal), signal),
        userId: () => session.userId(signal),
        withSignal: bind,
        logger
    });
    return bind(options.signal);
}
async function sendOnce(options, call, bearer, signal) {
    const headers = {
        accept: call.accept ?? 'application/json',
        'user-agent': userAgent
    };
    if (bearer)
        headers.authorization = `Bearer ${bearer}`;
    const started = options.clock.now();
    const base = options.baseUrl.replace(/\/+$/, '');
    const url = base + apiPrefix + call.path + queryString(call.query);
    // Credentials go to the configured origin only, whatever a path built from server data holds.
    if (new URL(url).origin !== new URL(base).origin) {
        throw new errors/* AdminApiError */.ge(call.method, call.path, 0, 'ForeignOrigin', 'the request would leave the configured origin');
    }
    const result = await exchange(options.fetch, {
        method: call.method,
        url,
        label: { method: call.method, path: call.path },
        maxBytes: options.maxResponseBytes ?? defaultMaxResponseBytes,
        headers,
        json: call.json,
        body: call.body,
        timeoutMs: call.timeoutMs ?? options.timeoutMs,
        signal,
        responseType: call.responseType ?? 'json',
        dispatcher: options.dispatcher
    });
    const what = result.kind === 'response' ? String(result.status) : result.reason;
    options.logger.debug(`${call.method} ${call.path} -> ${what} (${options.clock.now() - started} ms)`);
    return result;
}
async function logIn(deps, send, options, signal) {
    const call = loginCall(options);
    return loginResult(await withRetry(deps, call, () => send(call, undefined, signal), signal));
}
/** A new access token; undefined when the server refuses the refresh token (then: log in again). */
async function refreshAccessToken(deps, send, refreshToken, signal) {
    const call = { method: 'POST', path: '/auth/session', idempotent: true };
    try {
        const response = await withRetry(deps, call, () => send(call, refreshToken, signal), signal);
        return (0,shapes/* expectString */.lK)((0,shapes/* expectObject */.Xk)(response.body, 'POST /auth/session'), 'access_token', 'POST /auth/session');
    }
    catch (error) {
        if (error instanceof errors/* AdminApiError */.ge && error.status === 401)
            return undefined;
        throw error;
    }
}
function loginCall(options) {
    return {
        method: 'POST',
        path: '/auth/providers/mongodb-cloud/login',
        json: { username: options.publicKey, apiKey: options.privateKey },
        idempotent: true
    };
}
function loginResult(response) {
    const what = 'POST /auth/providers/mongodb-cloud/login';
    const body = (0,shapes/* expectObject */.Xk)(response.body, what);
    return {
        accessToken: (0,shapes/* expectString */.lK)(body, 'access_token', what),
        refreshToken: (0,shapes/* expectString */.lK)(body, 'refresh_token', what),
        userId: typeof body.user_id === 'string' ? body.user_id : ''
    };
}
function isExpiredSession(result) {
    if (result.kind !== 'response' || result.status !== 401)
        return false;
    const code = errorCodeOf(result.body);
    return code === undefined || code === 'InvalidSession';
}
function queryString(query) {
    if (!query)
        return '';
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        if (value !== undefined)
            params.append(key, String(value));
    }
    const text = params.toString();
    return text ? `?${text}` : '';
}


/***/ }),

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


/***/ })

};
