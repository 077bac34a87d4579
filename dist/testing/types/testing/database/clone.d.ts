import type { Doc } from './types.js';
export declare function cloneDoc(doc: Doc): Doc;
/** Clones a value that may be a scalar (a distinct value, an _id). */
export declare function cloneValue(value: unknown): unknown;
