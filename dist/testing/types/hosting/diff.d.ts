import type { AssetMetadata, Attr } from './types.js';
export interface AssetDiff {
    readonly added: AssetMetadata[];
    readonly bodyChanged: AssetMetadata[];
    readonly attrsChanged: AssetMetadata[];
    /** Remote paths with no local file. */
    readonly removed: string[];
    readonly unchanged: number;
}
export interface DiffOptions {
    /**
     * Count a remote legacy Content-Type (`application/x-javascript`, as realm-cli sent for .js) as equal
     * to the default of an asset whose attrs are not set in metadata.json. Default true: otherwise the
     * first deploy after realm-cli re-PATCHes every such file for no visible change.
     */
    readonly acceptLegacyContentTypes?: boolean;
}
type LocalInput = AssetMetadata & {
    readonly explicitAttrs?: boolean;
};
type RemoteInput = AssetMetadata & {
    readonly last_modified?: number;
};
export declare function diffAssets(local: readonly LocalInput[], remote: readonly RemoteInput[], options?: DiffOptions): AssetDiff;
/** True when two attr lists are the same set, order aside (sorted by name, then value). */
export declare function sameAttrs(a: readonly Attr[], b: readonly Attr[]): boolean;
export declare function sortAttrs(attrs: readonly Attr[]): Attr[];
export {};
