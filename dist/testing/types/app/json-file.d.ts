import { type Node } from 'jsonc-parser/lib/esm/main.js';
import type { Problem } from '../errors.js';
import { formatFieldPath, type FieldPath } from './field-path.js';
export { formatFieldPath, type FieldPath };
export interface JsonDocument {
    /** Relative to the app directory. */
    readonly file: string;
    readonly text: string;
    readonly tree: Node | undefined;
    /** Undefined when the file has syntax errors. */
    readonly value: unknown;
    readonly ok: boolean;
}
/**
 * Parses `text` (a leading UTF-8 BOM is accepted) and returns the document and its syntax problems.
 * A valid file is read by JSON.parse alone; its syntax tree, needed only to place a problem, is built
 * on first use. jsonc-parser reads a file only when JSON.parse fails (to place the error) or when the
 * scan finds a key written twice or a long number (lossProblems).
 */
export declare function parseJsonDocument(file: string, raw: string): {
    doc: JsonDocument;
    problems: Problem[];
};
/** 1-based line and column of a character offset. */
export declare function lineColumn(text: string, offset: number): {
    line: number;
    column: number;
};
/** Line and column of the deepest existing node on `path` (the property name when there is one). */
export declare function locate(doc: JsonDocument, path: FieldPath): {
    line?: number;
    column?: number;
};
/** Whether the document has a node exactly at `path`. */
export declare function hasNode(doc: JsonDocument, path: FieldPath): boolean;
/** A problem about the field at `path` of `doc`, positioned when the field exists. */
export declare function fieldProblem(doc: JsonDocument, path: FieldPath, message: string, severity?: Problem['severity']): Problem;
