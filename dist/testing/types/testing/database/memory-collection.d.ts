import type { Doc, FindAndModifyOptions, FunctionCollection, FunctionCursor, UpdateResult } from './types.js';
/** Resolves `$lookup`/`$unionWith` names to the other collections of the same database. */
export type Resolver = (collection: string) => Doc[];
export declare class MemoryCollection implements FunctionCollection {
    readonly docs: Doc[];
    private readonly resolve;
    constructor(docs: Doc[], resolve: Resolver);
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
    }): Promise<UpdateResult>;
    updateMany(query: Doc, update: Doc, options?: {
        upsert?: boolean;
    }): Promise<UpdateResult>;
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
    /** The stored documents (not clones) that match, in the cursor's shape. */
    private query;
    private project;
    private insert;
    private upsert;
    private update;
    private remove;
}
