// Data sources (config-to-api §4.7): `data_sources/<dir>/` in v2 layouts; in v1 they sit in
// `services/<dir>/` next to third-party services and are told apart by `type`. realm-cli takes the
// name from config.json, not from the folder.
import { asRecord, readJson, report, reportFile, withoutId, type LoadContext } from './context.js'
import { bool, checkFields, obj, oneOf, required, str, type FieldTable } from './fields.js'
import type { JsonDocument } from './json-file.js'
import { loadCollectionDir, loadDefaultRule, loadV1Rule, type CollectionFiles } from './load-rules.js'
import type { DataSourceResource } from './model.js'

export const DATA_SOURCE_TYPES = ['mongodb-atlas', 'datalake', 'mongodb']

export const DATA_SOURCE_TABLE: FieldTable = {
  kind: 'data source config',
  unknown: 'warning',
  fields: {
    name: required(str),
    type: oneOf(DATA_SOURCE_TYPES, true),
    config: required(obj),
    version: { type: 'integer' },
    id: str
  }
}
const CONFIG_TABLES: Record<string, FieldTable> = {
  'mongodb-atlas': {
    kind: 'mongodb-atlas config',
    unknown: 'warning',
    fields: {
      clusterName: str,
      readPreference: oneOf(['primary', 'primaryPreferred', 'secondary', 'secondaryPreferred', 'nearest']),
      wireProtocolEnabled: bool,
      readPreferenceTagSets: { type: 'array' },
      sync: obj,
      flexible_sync: obj
    }
  },
  datalake: { kind: 'datalake config', unknown: 'warning', fields: { dataLakeName: str } },
  mongodb: { kind: 'mongodb config', unknown: 'allow', fields: {} }
}

export async function loadDataSources(ctx: LoadContext): Promise<DataSourceResource[]> {
  const sources: DataSourceResource[] = []
  for (const entry of await ctx.dir.list('data_sources')) {
    if (entry.kind !== 'dir') {
      if (!entry.name.startsWith('.'))
        reportFile(ctx, entry.rel, 'ignored: a data source is a folder data_sources/<name>/', 'warning')
      continue
    }
    const source = await loadV2DataSource(ctx, entry.rel)
    if (source) sources.push(source)
  }
  return sources
}

/** Reads `<dir>/config.json` of a data source or service folder; undefined (reported) when missing or invalid. */
export async function readFolderConfig(ctx: LoadContext, dir: string): Promise<JsonDocument | undefined> {
  const doc = await readJson(ctx, `${dir}/config.json`)
  if (!doc) reportFile(ctx, dir, 'this folder needs a config.json')
  if (!doc?.ok) return undefined
  return doc
}

export function dataSourceFromHeader(
  ctx: LoadContext,
  doc: JsonDocument,
  files: CollectionFiles
): DataSourceResource | undefined {
  if (!checkFields(doc, [], doc.value, DATA_SOURCE_TABLE, ctx.problems)) return undefined
  const header = withoutId(asRecord(doc.value))
  const type = header.type as string
  const config = asRecord(header.config)
  checkFields(doc, ['config'], config, CONFIG_TABLES[type], ctx.problems)
  // `config: {}` (realm-cli's test apps) leaves the linked cluster unmanaged; a partial config is a mistake.
  if (type === 'mongodb-atlas' && Object.keys(config).length > 0 && config.clusterName === undefined) {
    report(ctx, doc, ['config'], 'a mongodb-atlas data source needs config.clusterName')
  }
  const cluster = config.clusterName
  if (typeof cluster === 'string' && !cluster.includes('%(') && !/^[A-Za-z0-9_-]{1,64}$/.test(cluster)) {
    const message = `${JSON.stringify(cluster)} is not an Atlas cluster name (at most 64 ASCII letters, digits, "_" or "-"): write the name of the cluster this app links`
    report(ctx, doc, ['config', 'clusterName'], message)
  }
  return {
    ...header,
    name: header.name as string,
    type,
    config,
    ...(typeof header.version === 'number' ? { version: header.version } : {}),
    rules: files.rules,
    schemas: files.schemas,
    file: doc.file
  }
}

async function loadV2DataSource(ctx: LoadContext, dir: string): Promise<DataSourceResource | undefined> {
  const doc = await readFolderConfig(ctx, dir)
  const files: CollectionFiles = { rules: [], schemas: [] }
  for (const db of await ctx.dir.list(dir)) {
    if (db.kind === 'file') {
      if (!['config.json', 'default_rule.json'].includes(db.name) && !db.name.startsWith('.')) {
        reportFile(
          ctx,
          db.rel,
          'ignored: a data source folder holds config.json, default_rule.json and <database>/<collection>/ folders',
          'warning'
        )
      }
      continue
    }
    for (const coll of await ctx.dir.list(db.rel)) {
      if (coll.kind === 'dir') await loadCollectionDir(ctx, coll.rel, db.name, coll.name, files)
      else if (!coll.name.startsWith('.'))
        reportFile(ctx, coll.rel, 'ignored: expected a collection folder', 'warning')
    }
  }
  const defaultRule = await loadDefaultRule(ctx, `${dir}/default_rule.json`)
  const source = doc ? dataSourceFromHeader(ctx, doc, files) : undefined
  return source && { ...source, ...(defaultRule ? { default_rule: defaultRule } : {}) }
}

/** A v1 `services/<dir>/` folder whose config.json has a data source type. */
export async function loadV1DataSource(
  ctx: LoadContext,
  dir: string,
  doc: JsonDocument
): Promise<DataSourceResource | undefined> {
  const files: CollectionFiles = { rules: [], schemas: [] }
  for (const entry of await ctx.dir.list(`${dir}/rules`)) {
    if (entry.kind === 'file' && entry.name.endsWith('.json'))
      await loadV1Rule(ctx, entry.rel, entry.name, files)
    else if (!entry.name.startsWith('.'))
      reportFile(ctx, entry.rel, 'ignored: rules are rules/<database>.<collection>.json files', 'warning')
  }
  const defaultRule = await loadDefaultRule(ctx, `${dir}/default_rule.json`)
  const source = dataSourceFromHeader(ctx, doc, files)
  return source && { ...source, ...(defaultRule ? { default_rule: defaultRule } : {}) }
}
