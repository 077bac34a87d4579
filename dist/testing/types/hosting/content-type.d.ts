import type { Attr } from './types.js';
/**
 * Legacy names of the same format that realm-cli sent or web servers still send, keyed by the type we
 * choose. realm-cli's table (admin-api-notes §4.7) differs from mime-db on these web extensions.
 */
export declare const LEGACY_CONTENT_TYPE_ALIASES: Readonly<Record<string, readonly string[]>>;
/** The Content-Type for a path from its extension (case-insensitive), or undefined. */
export declare function defaultContentType(path: string): string | undefined;
/** The attrs of an asset without a metadata.json entry: its Content-Type, or none. Shared, frozen. */
export declare function defaultAttrs(path: string): readonly Attr[];
/** True when `value` is the default Content-Type of `path` or a legacy name of it. */
export declare function isDefaultContentType(path: string, value: string): boolean;
