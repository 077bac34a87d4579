export type Doc = Record<string, unknown>;
/** `find()` and `aggregate()` results: App Services' cursor methods. */
export interface FunctionCursor {
    next(): Promise<Doc | undefined>;
    toArray(): Promise<Doc[]>;
    sort(sort: Doc): FunctionCursor;
    skip(amount: number): FunctionCursor;
    limit(amount: number): FunctionCursor;
}
export interface FindAndModifyOptions {
    readonly upsert?: boolean;
    readonly sort?: Doc;
    readonly projection?: Doc;
    readonly returnNewDocument?: boolean;
}
export interface UpdateResult {
    readonly matchedCount: number;
    readonly modifiedCount: number;
    readonly upsertedId?: unknown;
}
/** One collection, with App Services' method names, arguments and result shapes. */
export interface FunctionCollection {
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
}
/** Where the documents live: one engine serves every MongoDB data source of the app. */
export interface DatabaseEngine {
    readonly kind: 'memory' | 'mongodb';
    collection(dataSource: string, database: string, collection: string): FunctionCollection;
    collectionNames(dataSource: string, database: string): Promise<string[]>;
    /** Removes every document of every collection (between tests). */
    reset(): Promise<void>;
    close(): Promise<void>;
}
