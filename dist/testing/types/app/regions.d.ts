export interface Region {
    readonly id: string;
    readonly name: string;
    readonly cloud_provider: 'aws' | 'azure' | 'gcp';
    readonly country: string;
    readonly location: string;
}
export declare const LOCATIONS: readonly string[];
export declare function findRegion(id: string): Region | undefined;
/** The first region of a location (used when a client gives a location but no region). */
export declare function regionForLocation(location: string): Region | undefined;
/** The `GET /provider_regions` body. */
export declare function providerRegions(): Array<Record<string, unknown>>;
