import vm from 'node:vm';
import { type Instrumented } from './instrument.js';
import type { TimeGate } from './time-limit.js';
export interface SourceFile {
    readonly name: string;
    readonly source: string;
    /** Absolute path: what stacks show (the harness maps it back to `display`). */
    readonly path: string;
    /** Relative to the app directory, for messages. */
    readonly display: string;
}
/** The module body: called with `exports`, `module`, `require` and the time limit's gate. */
export type ModuleBody = (exports: unknown, module: {
    exports: unknown;
}, require: unknown, timeGate: TimeGate) => unknown;
export interface CompiledModule {
    readonly body: ModuleBody;
    /** Where checks were inserted, to map stack columns back. */
    readonly instrumented: Instrumented;
}
export declare function compileModule(file: SourceFile, sandbox: vm.Context): CompiledModule;
/** Picks what the module exported: `module.exports` when reassigned, else `exports`. */
export declare function exportedFunction(file: SourceFile, outcome: unknown, initialModuleExports: unknown): (...args: unknown[]) => unknown;
