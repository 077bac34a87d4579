// Device Sync as one name-form document, whatever the mode: `sync/config.json` says `type: "flexible"`
// or `type: "partition"` and names its data source; the server keeps flexible sync in the data source's
// `config.flexible_sync` and partition-based sync in its `config.sync` (DOCS appschema-mongodb,
// config-to-api §4.10). The plan, the apply and `pull` all go through these two functions, so the mode
// is never lost on the way.
import { isObject, type JsonObject } from './canonical.js'

export type SyncMode = 'flexible' | 'partition'

/** The data source config key that holds each mode. */
export const SYNC_CONFIG_KEY: Readonly<Record<SyncMode, string>> = {
  flexible: 'flexible_sync',
  partition: 'sync'
}

const active = (block: unknown): boolean =>
  isObject(block) && typeof block.state === 'string' && block.state !== ''

/** The data source a sync document without `service_name` (or with null or "") is written to. */
export const DEFAULT_SYNC_SERVICE = 'mongodb-atlas'

/** The data source a sync document names, or the default one when it names none. */
export function syncServiceName(doc: JsonObject): string {
  return typeof doc.service_name === 'string' && doc.service_name !== ''
    ? doc.service_name
    : DEFAULT_SYNC_SERVICE
}

/** The mode a `sync/config.json` asks for: its `type`, or flexible for older files with only `state`. */
export function syncMode(doc: JsonObject): SyncMode {
  return doc.type === 'partition' ? 'partition' : 'flexible'
}

/** The data source config that a name-form sync document is written as. */
export function syncPatch(doc: JsonObject): { serviceName: string; patch: JsonObject } {
  const { service_name: _serviceName, type: _type, last_disabled: _lastDisabled, ...block } = doc
  return {
    serviceName: syncServiceName(doc),
    patch: { [SYNC_CONFIG_KEY[syncMode(doc)]]: block }
  }
}

/**
 * The app's sync as a name-form document, from a pull (`PushPullAppConfig`): partition-based sync from
 * the data source whose `config.sync` is active (the pull's top-level `sync` is FlexibleSync only, by
 * the spec), else the top-level flexible `sync`, with `type` and the `service_name` of the data source
 * that holds it added. Undefined when the pull says nothing of sync.
 */
export function syncFromPull(pull: JsonObject): JsonObject | undefined {
  const dataSources = Array.isArray(pull.data_sources) ? pull.data_sources.filter(isObject) : []
  const holder = (mode: SyncMode) =>
    dataSources.find(ds => isObject(ds.config) && active(ds.config[SYNC_CONFIG_KEY[mode]]))
  const partition = holder('partition')
  if (partition) {
    const block = (partition.config as JsonObject)[SYNC_CONFIG_KEY.partition] as JsonObject
    return { type: 'partition', service_name: partition.name, ...block }
  }
  const sync = pull.sync
  if (!isObject(sync)) return undefined
  if (!active(sync)) return { ...sync }
  const flexible = holder('flexible')
  return { type: 'flexible', ...(flexible ? { service_name: flexible.name } : {}), ...sync }
}
