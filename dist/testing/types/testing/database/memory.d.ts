import type { DatabaseEngine, FunctionCollection } from './types.js';
export declare class MemoryEngine implements DatabaseEngine {
    readonly kind = "memory";
    /** `dataSource/database` -> collection name -> documents. */
    private readonly stores;
    collection(dataSource: string, database: string, collection: string): FunctionCollection;
    collectionNames(dataSource: string, database: string): Promise<string[]>;
    /** Empties every collection in place: handles taken before the reset see the empty collection. */
    reset(): Promise<void>;
    close(): Promise<void>;
    private store;
}
