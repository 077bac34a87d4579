export { collectAssets, scanHostingFiles, type CollectOptions, type ScanOptions } from './scan.js';
export { defaultWorkerCount, digestFiles, hashFiles, type FileDigest, type HashOptions } from './hash.js';
export { diffAssets, sameAttrs, sortAttrs, type AssetDiff, type DiffOptions } from './diff.js';
export { compileIgnore, type IgnoreMatcher } from './ignore.js';
export { defaultAttrs, defaultContentType, isDefaultContentType, LEGACY_CONTENT_TYPE_ALIASES } from './content-type.js';
export { parseHostingMetadata, type MetadataEntry } from './metadata.js';
export { compareCodePoints } from './paths.js';
export { ALLOWED_ATTRIBUTE_NAMES, HOSTING_FILES_DIR, HOSTING_METADATA_FILE, MAX_ASSET_SIZE, type AssetMetadata, type Attr, type HostingFile, type LocalAsset } from './types.js';
