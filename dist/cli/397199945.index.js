export const id = 397199945;
export const ids = [397199945];
export const modules = {

/***/ 79565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   scanHostingFiles: () => (/* reexport safe */ _scan_js__WEBPACK_IMPORTED_MODULE_0__.z)
/* harmony export */ });
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67309);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16479);
/* harmony import */ var _diff_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59679);
/* harmony import */ var _content_type_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6248);
/* harmony import */ var _metadata_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(69965);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15114);
// The public API of hosting assets: what the rest of the project uses from src/hosting.










/***/ }),

/***/ 59679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rM: () => (/* binding */ diffAssets)
/* harmony export */ });
/* unused harmony exports sameAttrs, sortAttrs */
/* harmony import */ var _content_type_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6248);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15114);
// The asset diff the deploy planner applies: local Asset Metadata Documents against the remote list.
// Same rules as realm-cli (admin-api-notes §4.7): new path -> added; other hash -> body changed
// (re-upload, which also sets attrs); same hash, other attrs (compared sorted by name, then value)
// -> attrs changed (PATCH); remote path not local -> removed. The remote root entry "/" is not a file.


function diffAssets(local, remote, options = {}) {
    const acceptLegacy = options.acceptLegacyContentTypes ?? true;
    const remoteByPath = new Map();
    // Directory entries ("/" and any path ending in "/") are not files to compare or delete.
    for (const asset of remote)
        if (!asset.path.endsWith('/'))
            remoteByPath.set(asset.path, asset);
    const diff = {
        added: [],
        bodyChanged: [],
        attrsChanged: []
    };
    let unchanged = 0;
    for (const asset of [...local].sort(byPath)) {
        const current = remoteByPath.get(asset.path);
        remoteByPath.delete(asset.path);
        if (!current)
            diff.added.push(documentOf(asset));
        else if (current.hash !== asset.hash)
            diff.bodyChanged.push(documentOf(asset));
        else if (!attrsMatch(asset, current.attrs ?? [], acceptLegacy))
            diff.attrsChanged.push(documentOf(asset));
        else
            unchanged++;
    }
    const removed = [...remoteByPath.keys()].sort(_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodePoints */ .O);
    return { ...diff, removed, unchanged };
}
/** True when two attr lists are the same set, order aside (sorted by name, then value). */
function sameAttrs(a, b) {
    if (a.length !== b.length)
        return false;
    const left = sortAttrs(a);
    const right = sortAttrs(b);
    return left.every((attr, i) => attr.name === right[i].name && attr.value === right[i].value);
}
function sortAttrs(attrs) {
    return [...attrs].sort((x, y) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodePoints */ .O)(x.name, y.name) || (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodePoints */ .O)(x.value, y.value));
}
function attrsMatch(local, remote, acceptLegacy) {
    if (sameAttrs(local.attrs, remote))
        return true;
    if (!acceptLegacy || local.explicitAttrs === true)
        return false;
    // Only an asset that got the default Content-Type may keep a legacy name of that same type.
    const [own] = local.attrs;
    const [theirs] = remote;
    return (local.attrs.length === 1 &&
        remote.length === 1 &&
        own.name === 'Content-Type' &&
        theirs.name === 'Content-Type' &&
        (0,_content_type_js__WEBPACK_IMPORTED_MODULE_0__/* .isDefaultContentType */ .JJ)(local.path, own.value) &&
        (0,_content_type_js__WEBPACK_IMPORTED_MODULE_0__/* .isDefaultContentType */ .JJ)(local.path, theirs.value));
}
/** The Asset Metadata Document alone, without local bookkeeping such as `explicitAttrs`. */
function documentOf(asset) {
    return { path: asset.path, hash: asset.hash, size: asset.size, attrs: asset.attrs };
}
function byPath(a, b) {
    return (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .compareCodePoints */ .O)(a.path, b.path);
}


/***/ })

};
