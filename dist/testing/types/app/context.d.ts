import type { Problem } from '../errors.js';
import type { AppDir } from './app-dir.js';
import { type FieldPath, type JsonDocument } from './json-file.js';
import type { Layout, Sourced } from './model.js';
export interface LoadContext {
    readonly dir: AppDir;
    readonly layout: Layout;
    readonly problems: Problem[];
    readonly docs: Map<string, JsonDocument>;
    /** Where a resource sits inside its file when that is not the whole file (`[3]` of a manifest). */
    readonly bases: WeakMap<object, FieldPath>;
}
/** Records where `resource` sits inside its file, for the positions of later problems. */
export declare function remember<T extends object>(ctx: LoadContext, resource: T, base: FieldPath): T;
/**
 * A problem about a resource already in the model: positioned at the first of `paths` (relative to the
 * resource) that exists in its file, or at the resource itself.
 */
export declare function problemFor(ctx: Pick<LoadContext, 'docs' | 'bases'>, resource: Sourced, paths: FieldPath[], message: string, severity?: Problem['severity']): Problem;
/** Reads and parses a JSON file; undefined when it does not exist (or could not be read safely). */
export declare function readJson(ctx: LoadContext, rel: string): Promise<JsonDocument | undefined>;
/** Reads a text file (a function source) with CRLF normalized to LF, so Windows checkouts never diff. */
export declare function readSource(ctx: LoadContext, rel: string): Promise<string | undefined>;
export declare function report(ctx: LoadContext, doc: JsonDocument, path: FieldPath, message: string, severity?: Problem['severity']): void;
/** A problem about a file or directory as a whole (no JSON position). */
export declare function reportFile(ctx: LoadContext, source: string, message: string, severity?: Problem['severity']): void;
/** The object without the exported `id` (it belongs to the app that was exported). */
export declare function withoutId<T extends Record<string, unknown>>(value: T): Omit<T, 'id'>;
export declare function omit<T extends Record<string, unknown>, K extends string>(value: T, keys: readonly K[]): Omit<T, K>;
export declare function asRecord(value: unknown): Record<string, unknown>;
