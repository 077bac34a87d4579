import * as bson from 'bson';
export declare class FunctionBinary extends bson.Binary {
    static fromBase64(base64: string, subType?: number): FunctionBinary;
    static fromHex(hex: string, subType?: number): FunctionBinary;
    static fromText(text: string): FunctionBinary;
    toBase64(): string;
    toHex(): string;
    text(): string;
}
export declare function binaryOf(data: Buffer | Uint8Array): FunctionBinary;
/** The `BSON` global: every type of the `bson` package, with App Services' Binary. */
export declare const BSON_GLOBAL: Readonly<Record<string, unknown>>;
export declare const EJSON_GLOBAL: {
    parse: (text: string, options?: bson.EJSONParseOptions) => any;
    stringify: {
        (value: any, replacer?: (number | string)[] | ((this: any, key: string, value: any) => any) | null, space?: string | number, options?: bson.EJSONSerializeOptions): string;
        (value: any, replacer?: (number | string)[] | ((this: any, key: string, value: any) => any) | null, options?: bson.EJSONSerializeOptions): string;
        (value: any, options?: bson.EJSONSerializeOptions, space?: string | number): string;
    };
    serialize: (value: any, options?: bson.EJSONSerializeOptions) => bson.Document;
    deserialize: (ejson: bson.Document, options?: bson.EJSONParseOptions) => any;
};
