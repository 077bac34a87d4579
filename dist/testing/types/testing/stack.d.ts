import { FunctionRuntimeError } from './errors.js';
interface Parts {
    readonly model: {
        readonly root: string;
    };
    readonly timeLimitMs: number;
}
/** Maps a 1-based column of a compiled source back to the file's own. */
export type ColumnMap = (path: string, line: number, column: number) => number;
export declare function mapThrown(error: unknown, name: string, parts: Parts, logs: string[], columns?: ColumnMap): FunctionRuntimeError;
export {};
