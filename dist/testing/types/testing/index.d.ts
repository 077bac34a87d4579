export { APP_SERVICES_TIME_LIMIT_MS, loadTestApp, TestApp, type CallOptions, type FunctionRun, type TestAppOptions } from './app.js';
export { SYSTEM_USER, type FunctionUser } from './context.js';
export type { DatabaseEngine, Doc, FunctionCollection, FunctionCursor } from './database/types.js';
export { FunctionRuntimeError, FunctionSyntaxError, FunctionThrewError, FunctionTimeoutError, MissingValueError, NoExportError, UnknownNameError } from './errors.js';
export type { HttpHandler, HttpReply, HttpRequest } from './http.js';
export type { FireInput, FireResult } from './triggers/fire.js';
export { secretVariable } from './values.js';
export { formatResult, parseArguments } from './cli-format.js';
