import type { Problem } from '../errors.js';
import { type Attr } from './types.js';
export interface MetadataEntry {
    readonly path: string;
    readonly attrs: readonly Attr[];
    /** 1-based line of the entry in metadata.json, for problems found later (e.g. no such file). */
    readonly line: number;
    readonly field: string;
}
export interface ParsedMetadata {
    /** Entries keyed by asset path. */
    readonly entries: ReadonlyMap<string, MetadataEntry>;
    readonly problems: Problem[];
}
/** Parses the text of metadata.json. Never throws: every mistake is a Problem. */
export declare function parseHostingMetadata(text: string): ParsedMetadata;
