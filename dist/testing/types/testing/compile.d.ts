import vm from 'node:vm';
export interface SourceFile {
    readonly name: string;
    readonly source: string;
    /** Absolute path: what stacks show (the harness maps it back to `display`). */
    readonly path: string;
    /** Relative to the app directory, for messages. */
    readonly display: string;
}
/** The module body: called (under the time limit) with `exports`, `module` and `require`. */
export type ModuleBody = (exports: unknown, module: {
    exports: unknown;
}, require: unknown) => unknown;
export declare function compileModule(file: SourceFile, sandbox: vm.Context): ModuleBody;
/** Picks what the module exported: `module.exports` when reassigned, else `exports`. */
export declare function exportedFunction(file: SourceFile, outcome: unknown, initialModuleExports: unknown): (...args: unknown[]) => unknown;
