/** One metadata attribute of an asset: an HTTP header App Services serves with the file. */
export interface Attr {
    readonly name: string;
    readonly value: string;
}
/** The Admin API's Asset Metadata Document (Admin API overview, "Asset Metadata Document Example"). */
export interface AssetMetadata {
    /** `/`-rooted, `/`-separated path below `hosting/files`, e.g. `/css/site.css`. */
    readonly path: string;
    /** Lowercase hex MD5 of the file's bytes. */
    readonly hash: string;
    readonly size: number;
    readonly attrs: readonly Attr[];
}
/** An asset read from the app directory: the document plus where its attrs came from. */
export interface LocalAsset extends AssetMetadata {
    /** True when `hosting/metadata.json` has an entry for the path (attrs verbatim), false for the default. */
    readonly explicitAttrs: boolean;
}
/** A file under `hosting/files`, before hashing. */
export interface HostingFile {
    readonly path: string;
    readonly size: number;
    readonly attrs: readonly Attr[];
    readonly explicitAttrs: boolean;
}
/** The attribute names App Services accepts (admin-api-notes §2.5). */
export declare const ALLOWED_ATTRIBUTE_NAMES: readonly string[];
/**
 * App Services refuses hosted files over 25 MB. Read as MiB: the documentation does not say which,
 * and a tighter limit would reject files the service accepts.
 */
export declare const MAX_ASSET_SIZE: number;
/** Where the assets live, relative to the app directory. */
export declare const HOSTING_FILES_DIR = "hosting/files";
export declare const HOSTING_METADATA_FILE = "hosting/metadata.json";
