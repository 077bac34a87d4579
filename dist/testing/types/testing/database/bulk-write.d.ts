import type { Doc, FunctionCollection } from './types.js';
export declare function bulkWrite(collection: FunctionCollection, operations: Doc[], { ordered }?: {
    ordered?: boolean;
}): Promise<Doc>;
