import type { DatabaseEngine } from './types.js';
export interface DriverEngineOptions {
    readonly uri: string;
    /** Prepended to every database name the functions use. */
    readonly databasePrefix?: string;
    /** Bounded: how long to wait for the server before failing (default 5000 ms). */
    readonly serverSelectionTimeoutMs?: number;
}
export declare function connectDriverEngine(options: DriverEngineOptions): Promise<DatabaseEngine>;
