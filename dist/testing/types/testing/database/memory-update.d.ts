import type { Doc } from './types.js';
export type Update = Doc | Doc[];
/** Rejects what a server rejects: an update without operators (that is a replacement). */
export declare function checkUpdate(update: unknown): Update;
/** Applies the update to `doc` in place; returns whether anything changed. */
export declare function applyUpdate(doc: Doc, update: Update, inserting?: boolean): boolean;
/** The document an upsert inserts before its update applies: the query's equality conditions. */
export declare function upsertBase(query: Doc): Doc;
