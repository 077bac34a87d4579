import { FunctionRuntimeError } from './errors.js';
interface Parts {
    readonly model: {
        readonly root: string;
    };
    readonly timeLimitMs: number;
}
export declare function mapThrown(error: unknown, name: string, parts: Parts, logs: string[]): FunctionRuntimeError;
export {};
