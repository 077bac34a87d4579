import vm from 'node:vm';
export interface Sandbox {
    readonly context: vm.Context;
    readonly require: (id: string) => unknown;
    /** Clears every timer the functions set and did not clear. */
    dispose(): void;
}
/** `require` as App Services resolves it: Node built-ins and the app's `functions/node_modules`. */
export declare function appRequire(root: string): (id: string) => unknown;
export declare function createSandbox(root: string, functionContext: object, logs: string[]): Sandbox;
