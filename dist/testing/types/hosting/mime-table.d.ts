export declare const MIME_DB_VERSION = "1.54.0";
export declare const EXTENSIONS_BY_TYPE: Readonly<Record<string, string>>;
