export type FieldPath = ReadonlyArray<string | number>;
/** `config.schedule`, `roles[0].name`, `["%%args.url.host"]`. */
export declare function formatFieldPath(path: FieldPath): string | undefined;
