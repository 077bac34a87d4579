import type { Problem } from '../errors.js';
import { type FieldPath, type JsonDocument } from './json-file.js';
export type FieldType = 'string' | 'boolean' | 'number' | 'integer' | 'object' | 'array' | 'any';
export interface FieldSpec {
    readonly type: FieldType | readonly FieldType[];
    readonly required?: boolean;
    readonly enum?: readonly string[];
    /** For objects: their own table. */
    readonly fields?: FieldTable;
    /** For arrays: the type of every item. */
    readonly items?: FieldSpec;
    /** A non-empty value outside `enum` is refused by App Services (an error, not a warning). */
    readonly refuse?: boolean;
}
export interface FieldTable {
    /** What the object is, for messages: `trigger`, `function manifest entry`. */
    readonly kind: string;
    readonly fields: Readonly<Record<string, FieldSpec>>;
    /** `allow`: open objects whose keys are data (no warning for unknown keys). */
    readonly unknown: 'warning' | 'allow';
}
export declare const str: FieldSpec;
export declare const bool: FieldSpec;
export declare const obj: FieldSpec;
export declare const any: FieldSpec;
export declare const strList: FieldSpec;
/** Rule expressions: a boolean or a JSON expression object. */
export declare const expression: FieldSpec;
export declare function required(spec: FieldSpec): FieldSpec;
/** A closed set of strings. A required one is the resource's discriminator, which the server checks;
 *  `refuse` marks other sets the server checks. */
export declare function oneOf(values: readonly string[], isRequired?: boolean, refuse?: boolean): FieldSpec;
export declare function typeOfJson(value: unknown): FieldType | 'null';
/** Checks `value` (at `path` of `doc`) against `table`; returns false when an error was found. */
export declare function checkFields(doc: JsonDocument, path: FieldPath, value: unknown, table: FieldTable, problems: Problem[]): boolean;
/** Whether `a` becomes `b` by one insertion, deletion, substitution or swap of neighbours. */
export declare function oneEditApart(a: string, b: string): boolean;
