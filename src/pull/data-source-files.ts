// Data sources (`data_sources/<name>/config.json`), their default rule, collection rules, schemas
// and relationships (`<db>/<coll>/{rules,schema,relationships}.json`), and Device Sync
// (`sync/config.json`), which the server keeps inside the synced data source's config.
import {
  byName,
  compareText,
  isObject,
  listOf,
  objectOf,
  documented,
  only,
  ordered,
  type ConfigFileSet,
  type JsonObject
} from './config-files.js'
import { SYNC_CONFIG_KEY, syncFromPull } from '../plan/sync.js'

/** Read-only cluster fields the server adds (config-to-api §4.7). */
const SERVER_CONFIG_FIELDS = ['clusterId', 'groupName', 'orgName']
const SYNC_HEAD = ['type', 'state', 'service_name', 'database_name', 'development_mode_enabled']

const namespaceOrder = (a: JsonObject, b: JsonObject): number =>
  compareText(String(a.database), String(b.database)) ||
  compareText(String(a.collection), String(b.collection))

/** The data source's own config: without server fields, and without its sync block (sync/config.json has it). */
function dataSourceConfig(config: JsonObject): JsonObject {
  const out: JsonObject = {}
  const sync = Object.values(SYNC_CONFIG_KEY)
  for (const [key, value] of Object.entries(config)) {
    if (!SERVER_CONFIG_FIELDS.includes(key) && !sync.includes(key)) out[key] = value
  }
  return out
}

function writeDataSource(out: ConfigFileSet, ds: JsonObject): void {
  const dir = `data_sources/${String(ds.name)}`
  const header = {
    name: ds.name,
    type: ds.type,
    config: dataSourceConfig(objectOf(ds.config)),
    version: ds.version
  }
  out.json(`${dir}/config.json`, only(header, ['name', 'type', 'config', 'version']))
  if (isObject(ds.default_rule) && Object.keys(ds.default_rule).length > 0) {
    out.json(`${dir}/default_rule.json`, documented(ds.default_rule, ['roles', 'filters']))
  }
  for (const rule of listOf(ds.rules).sort(namespaceOrder)) {
    out.json(
      `${dir}/${String(rule.database)}/${String(rule.collection)}/rules.json`,
      documented(rule, ['database', 'collection', 'roles', 'filters'])
    )
  }
}

function writeSchemas(out: ConfigFileSet, pull: JsonObject, dataSources: ReadonlySet<string>): void {
  for (const schema of listOf(pull.schemas)) {
    const { data_source, database, collection } = objectOf(schema.metadata)
    const dir = `data_sources/${String(data_source)}/${String(database)}/${String(collection)}`
    if (!dataSources.has(String(data_source))) {
      out.note(
        `${dir}: the app has a schema for data source '${String(data_source)}', which it does not have; not written`
      )
      continue
    }
    out.json(`${dir}/schema.json`, objectOf(schema.schema))
    out.json(`${dir}/relationships.json`, ordered(objectOf(schema.relationships)))
  }
}

/** `sync/config.json` in either mode, with the `type` and `service_name` a deploy needs to know which
 *  data source to configure and how (the server keeps the block in that data source's config). */
function writeSync(out: ConfigFileSet, pull: JsonObject): void {
  const sync = syncFromPull(pull)
  if (sync) out.json('sync/config.json', ordered(sync, SYNC_HEAD))
}

export function writeDataSources(out: ConfigFileSet, pull: JsonObject): void {
  const dataSources = listOf(pull.data_sources).sort(byName)
  for (const ds of dataSources) writeDataSource(out, ds)
  writeSchemas(out, pull, new Set(dataSources.map(ds => String(ds.name))))
  writeSync(out, pull)
}
