export const id = 2068394454;
export const ids = [2068394454];
export const modules = {

/***/ 20206:
/***/ (function(__unused_webpack_module, __webpack_exports__, __webpack_require__) {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   demoCommand: () => (/* binding */ demoCommand)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _admin_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(38809);
/* harmony import */ var _deploy_pipeline_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(28264);
/* harmony import */ var _emulator_server_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(36609);
/* harmony import */ var _emulator_settings_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(43318);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(83916);
/* harmony import */ var _report_text_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(65655);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3567);
// `realm-deploy demo` (npm start): the whole product on this machine, with no cloud account. Starts
// the emulator in-process, deploys the example app, edits one function in a scratch copy, shows the
// plan of that one change, deploys it, and prints the app's deployments.












const EXAMPLE = node_path__WEBPACK_IMPORTED_MODULE_3___default().join('examples', 'inventory-app');
/** The example app: under the working directory (npm start), else beside the installed package. */
function exampleDir(io, given) {
    if (given)
        return node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(io.cwd, given);
    const here = node_path__WEBPACK_IMPORTED_MODULE_3___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url));
    const candidates = [
        node_path__WEBPACK_IMPORTED_MODULE_3___default().join(io.cwd, EXAMPLE),
        node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(here, '..', '..', EXAMPLE),
        node_path__WEBPACK_IMPORTED_MODULE_3___default().resolve(here, '..', '..', '..', EXAMPLE)
    ];
    const found = candidates.find(c => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(c, 'realm_config.json')));
    if (!found)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DeployError */ .sH(`the example app was not found (looked in ${candidates.join(', ')}); pass --app-dir`);
    return found;
}
function step(io, title) {
    io.stdout(`\n== ${title}\n`);
}
/** The result of a run (its plan was printed when made, before any write: `onPlan`). */
function show(io, result) {
    io.stdout((0,_report_text_js__WEBPACK_IMPORTED_MODULE_10__/* .renderResultText */ .H)(result));
    if (result.exitCode !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_9__/* .DeployError */ .sH(`the demo stopped: ${result.error ?? result.status}`);
}
async function demo(io, source) {
    const emulator = await (0,_emulator_server_js__WEBPACK_IMPORTED_MODULE_7__/* .startEmulator */ .sJ)({ deploymentTimings: { createdMs: 50, pendingMs: 150 } });
    const work = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'realm-deploy-demo-'));
    try {
        const appDir = node_path__WEBPACK_IMPORTED_MODULE_3___default().join(work, node_path__WEBPACK_IMPORTED_MODULE_3___default().basename(source));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.cp)(source, appDir, { recursive: true });
        io.stdout(`Admin API emulator at ${emulator.url} (project ${_emulator_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .DEMO_PROJECT_ID */ .YT}, key ${_emulator_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .DEMO_PUBLIC_KEY */ .Kt})\nApp directory: ${source}\n`);
        const settings = {
            appDir,
            projectId: _emulator_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .DEMO_PROJECT_ID */ .YT,
            baseUrl: emulator.url,
            publicKey: _emulator_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .DEMO_PUBLIC_KEY */ .Kt,
            privateKey: _emulator_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .DEMO_PRIVATE_KEY */ .et,
            mode: 'deploy',
            createApp: true,
            secretValues: new Map([['slackWebhookUrl', 'https://hooks.slack.invalid/demo-only']]),
            deploymentName: 'initial',
            timeoutMs: 60_000,
            pollMs: { min: 50, max: 200 },
            logger: io.logger,
            signal: io.signal,
            onPlan: plan => io.stdout((0,_report_text_js__WEBPACK_IMPORTED_MODULE_10__/* .renderPlanText */ .$)(plan))
        };
        step(io, '1. First deploy: the app does not exist yet, so it is created and everything is planned');
        const first = await (0,_deploy_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .runPipeline */ .a)(settings);
        show(io, first);
        step(io, '2. Deploy again: nothing differs, so nothing is written');
        show(io, await (0,_deploy_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .runPipeline */ .a)({ ...settings, createApp: false, deploymentName: 'again' }));
        step(io, '3. Edit functions/nightlyReport.js and plan: exactly that change');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.appendFile)(node_path__WEBPACK_IMPORTED_MODULE_3___default().join(appDir, 'functions', 'nightlyReport.js'), '// Reports are read at 07:00; keep this under a minute.\n');
        show(io, await (0,_deploy_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .runPipeline */ .a)({ ...settings, mode: 'plan' }));
        step(io, '4. Deploy the change');
        show(io, await (0,_deploy_pipeline_js__WEBPACK_IMPORTED_MODULE_6__/* .runPipeline */ .a)({ ...settings, deploymentName: 'tune-nightly-report' }));
        step(io, `5. The app's deployments (newest first)`);
        const client = (0,_admin_client_js__WEBPACK_IMPORTED_MODULE_5__/* .createAdminClient */ .Z)({
            baseUrl: emulator.url,
            publicKey: _emulator_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .DEMO_PUBLIC_KEY */ .Kt,
            privateKey: _emulator_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .DEMO_PRIVATE_KEY */ .et
        });
        const app = client.app(_emulator_settings_js__WEBPACK_IMPORTED_MODULE_8__/* .DEMO_PROJECT_ID */ .YT, first.app?.id ?? '');
        for (const d of await app.deployments.list()) {
            io.stdout(`  ${d._id}  ${String(d.status).padEnd(10)}  ${String(d.name ?? '') || '(unnamed)'}\n`);
        }
        io.stdout(`\nDone: app ${first.app?.clientAppId} deployed twice, once with one change; the emulator saw ${emulator.requestLog.entries.length} requests.\n`);
        io.stdout(`Next: run 'node dist/cli/index.js emulator' and point 'realm-deploy deploy --base-url' at it, or see README.md.\n`);
        return 0;
    }
    finally {
        await emulator.stop();
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(work, { recursive: true, force: true });
    }
}
const demoCommand = {
    name: 'demo',
    summary: 'Deploy the example app to an in-process emulator and show each step (npm start).',
    options: {
        'app-dir': {
            type: 'string',
            value: 'DIR',
            description: 'The app to deploy (default: examples/inventory-app).'
        }
    },
    exitCodes: [0, 1, 2],
    examples: ['realm-deploy demo', 'realm-deploy demo --app-dir ./backend'],
    run: (values, _positionals, io) => demo(io, exampleDir(io, (0,_command_js__WEBPACK_IMPORTED_MODULE_11__/* .stringOption */ .Pp)(values, 'app-dir')))
};


/***/ })

};
