import type { Collection } from 'mongodb';
import type { DatabaseEngine, Doc, FindAndModifyOptions, FunctionCollection, FunctionCursor } from './types.js';
export interface DriverEngineOptions {
    readonly uri: string;
    /** Prepended to every database name the functions use. */
    readonly databasePrefix?: string;
    /** Bounded: how long to wait for the server before failing (default 5000 ms). */
    readonly serverSelectionTimeoutMs?: number;
}
export declare function connectDriverEngine(options: DriverEngineOptions): Promise<DatabaseEngine>;
/** App Services' collection methods over one driver collection (exported for the tests). */
export declare class DriverCollection implements FunctionCollection {
    private readonly collection;
    constructor(collection: Collection);
    find(query?: Doc, projection?: Doc, options?: Doc): FunctionCursor;
    findOne(query?: Doc, projection?: Doc, options?: Doc): Promise<Doc | null>;
    findOneAndUpdate(query: Doc, update: Doc, options?: FindAndModifyOptions): Promise<Doc | null>;
    findOneAndReplace(query: Doc, replacement: Doc, options?: FindAndModifyOptions): Promise<Doc | null>;
    findOneAndDelete(query: Doc, options?: FindAndModifyOptions): Promise<Doc | null>;
    insertOne(document: Doc): Promise<{
        insertedId: unknown;
    }>;
    insertMany(documents: Doc[]): Promise<{
        insertedIds: unknown[];
    }>;
    updateOne(query: Doc, update: Doc, options?: {
        upsert?: boolean;
    }): Promise<{
        upsertedId?: unknown;
        matchedCount: number;
        modifiedCount: number;
    }>;
    updateMany(query: Doc, update: Doc, options?: {
        upsert?: boolean;
    }): Promise<{
        upsertedId?: unknown;
        matchedCount: number;
        modifiedCount: number;
    }>;
    deleteOne(query?: Doc): Promise<{
        deletedCount: number;
    }>;
    deleteMany(query?: Doc): Promise<{
        deletedCount: number;
    }>;
    aggregate(pipeline: Doc[]): FunctionCursor;
    count(query?: Doc, options?: {
        limit?: number;
    }): Promise<number>;
    countDocuments(query?: Doc, options?: {
        limit?: number;
        skip?: number;
    }): Promise<number>;
    distinct(field: string, query?: Doc): Promise<unknown[]>;
    bulkWrite(operations: Doc[], options?: {
        ordered?: boolean;
    }): Promise<Doc>;
}
