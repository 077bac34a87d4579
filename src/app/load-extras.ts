// The singletons and leftovers: sync (config-to-api §4.10), hosting config (§4.19), function
// dependencies (§4.6) and the legacy root `secrets.json` (§4.4), whose values are never kept.
import { getNodeValue } from 'jsonc-parser/lib/esm/main.js'
import { registerSecret } from '../secrets.js'
import { asRecord, readJson, remember, report, reportFile, type LoadContext } from './context.js'
import { bool, checkFields, obj, oneOf, str, strList, type FieldTable } from './fields.js'
import type { JsonDocument } from './json-file.js'
import { isV1Layout, type DependenciesResource, type HostingResource, type SyncResource } from './model.js'

export const SYNC_TABLE: FieldTable = {
  kind: 'sync config',
  unknown: 'warning',
  fields: {
    type: oneOf(['flexible', 'partition']),
    state: oneOf(['enabled', 'disabled', '']),
    development_mode_enabled: bool,
    service_name: str,
    database_name: str,
    client_max_offline_days: { type: 'number' },
    is_recovery_mode_disabled: bool,
    queryable_fields_names: strList,
    indexed_queryable_fields_names: strList,
    collection_queryable_fields_names: obj,
    asymmetric_tables: strList,
    last_disabled: { type: 'number' },
    permissions: obj
  }
}
export const HOSTING_TABLE: FieldTable = {
  kind: 'hosting config',
  unknown: 'warning',
  fields: {
    enabled: bool,
    custom_domain: str,
    app_default_domain: str,
    default_error_path: str,
    default_error_code: { type: ['string', 'integer'] },
    // The single-page-app setting (DOCS hosting/host-a-single-page-application).
    default_response_code: { type: ['string', 'integer'] }
  }
}
/** DOCS functions/dependencies.txt: a zipped node_modules may be at most 15 MB. */
export const MAX_DEPENDENCY_ARCHIVE_BYTES = 15 * 1024 * 1024
const ARCHIVES = ['node_modules.zip', 'node_modules.tar', 'node_modules.tgz', 'node_modules.tar.gz']

/** v2 `<folder>/config.json`, or the root file's `<key>` in v1. */
async function singleton(
  ctx: LoadContext,
  rootDoc: JsonDocument | undefined,
  key: string,
  file: string
): Promise<{ doc: JsonDocument; path: string[]; value: unknown } | undefined> {
  if (isV1Layout(ctx.layout)) {
    const value = rootDoc?.ok ? asRecord(rootDoc.value)[key] : undefined
    return value === undefined || !rootDoc ? undefined : { doc: rootDoc, path: [key], value }
  }
  const doc = await readJson(ctx, file)
  return doc?.ok ? { doc, path: [], value: doc.value } : undefined
}

export async function loadSync(
  ctx: LoadContext,
  rootDoc: JsonDocument | undefined
): Promise<SyncResource | undefined> {
  const found = await singleton(ctx, rootDoc, 'sync', 'sync/config.json')
  if (!found || !checkFields(found.doc, found.path, found.value, SYNC_TABLE, ctx.problems)) return undefined
  const sync = asRecord(found.value)
  const configured = sync.type === 'flexible' || sync.type === 'partition'
  if (sync.state === null || (configured && sync.state === undefined)) {
    // The server needs a state (the spec's FlexibleSync requires it): "" is terminated, so neither null
    // nor a missing state can mean unset in a file that names a sync type. Exports without sync write
    // neither type nor state, and are left alone.
    report(
      ctx,
      found.doc,
      [...found.path, 'state'],
      `sync state must be "enabled", "disabled" or "" (terminated), not ${sync.state === null ? 'null' : 'missing'}`
    )
    return undefined
  }
  const key = asRecord(sync.partition).key
  if (sync.type === 'partition' && sync.state === 'enabled' && (typeof key !== 'string' || key === '')) {
    // The server refuses enabled partition-based sync without the field it partitions on.
    report(
      ctx,
      found.doc,
      [...found.path, 'partition', 'key'],
      'enabled partition-based sync needs partition.key, the field that partitions the data'
    )
    return undefined
  }
  const indexed = sync.indexed_queryable_fields_names
  if (Array.isArray(indexed) && indexed.length > 1) {
    report(
      ctx,
      found.doc,
      [...found.path, 'indexed_queryable_fields_names'],
      'Sync supports at most one indexed queryable field'
    )
  }
  return remember(ctx, { ...sync, file: found.doc.file }, found.path)
}

export async function loadHosting(
  ctx: LoadContext,
  rootDoc: JsonDocument | undefined
): Promise<HostingResource | undefined> {
  const present = (await ctx.dir.kindOf('hosting')) === 'dir'
  const found = await singleton(ctx, rootDoc, 'hosting', 'hosting/config.json')
  const config =
    found && checkFields(found.doc, found.path, found.value, HOSTING_TABLE, ctx.problems)
      ? remember(ctx, { ...asRecord(found.value), file: found.doc.file }, found.path)
      : undefined
  if (!present && !config) return undefined
  return { present, ...(config ? { config } : {}) }
}

/** An archive wins over package.json, which wins over a node_modules folder (realm-cli's order for the first). */
export async function loadDependencies(ctx: LoadContext): Promise<DependenciesResource | undefined> {
  const entries = new Map((await ctx.dir.list('functions')).map(e => [e.name, e]))
  const archive = ARCHIVES.map(name => entries.get(name)).find(e => e?.kind === 'file')
  const candidates = [
    archive && 'archive',
    entries.get('package.json')?.kind === 'file' && 'package.json',
    entries.get('node_modules')?.kind === 'dir' && 'directory'
  ].filter(Boolean)
  if (candidates.length > 1) {
    reportFile(
      ctx,
      'functions/',
      `several dependency sources (${candidates.join(', ')}); the ${candidates[0]} is used`,
      'warning'
    )
  }
  if (archive) {
    if (archive.size > MAX_DEPENDENCY_ARCHIVE_BYTES) {
      reportFile(
        ctx,
        archive.rel,
        `dependency archive is ${archive.size} bytes; App Services accepts at most 15 MB`
      )
    }
    return { kind: 'archive', file: archive.rel }
  }
  if (entries.get('package.json')?.kind === 'file') return packageJsonDependencies(ctx)
  return entries.get('node_modules')?.kind === 'dir'
    ? { kind: 'directory', file: 'functions/node_modules' }
    : undefined
}

async function packageJsonDependencies(ctx: LoadContext): Promise<DependenciesResource | undefined> {
  const doc = await readJson(ctx, 'functions/package.json')
  if (!doc?.ok) return undefined
  const dependencies = asRecord(asRecord(doc.value).dependencies)
  const bad = Object.entries(dependencies).filter(([, version]) => typeof version !== 'string')
  for (const [name] of bad) report(ctx, doc, ['dependencies', name], 'a dependency version must be a string')
  return { kind: 'package.json', file: doc.file, dependencies: dependencies as Record<string, string> }
}

/**
 * The legacy root `secrets.json`: `{auth_providers: {<provider>: {<secret name>: value}},
 * services: {<svc>: {<field>: value}}}` (a service field becomes the secret `__<svc>_<field>`).
 * Returns the secret names; every value is registered for masking at once and then forgotten.
 */
export async function loadLegacySecrets(ctx: LoadContext): Promise<string[]> {
  const doc = await readJson(ctx, 'secrets.json')
  if (!doc) return []
  const content = asRecord(doc.ok ? doc.value : doc.tree && getNodeValue(doc.tree))
  const names: string[] = []
  for (const [group, prefix] of [
    ['auth_providers', ''],
    ['services', '__']
  ] as const) {
    for (const [owner, secrets] of Object.entries(asRecord(content[group]))) {
      for (const [key, value] of Object.entries(asRecord(secrets))) {
        if (typeof value === 'string') registerSecret(value)
        names.push(prefix ? `__${owner}_${key}` : key)
      }
    }
  }
  if (doc.ok && names.length) {
    report(
      ctx,
      doc,
      [],
      'secret values in the repository are not deployed from here: supply them with --secret or --secrets-file (names are listed as needed)',
      'warning'
    )
  }
  return doc.ok ? names : []
}
