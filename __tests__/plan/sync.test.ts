// Device Sync's two modes, one rule a row: how a pull's sync becomes the name-form document the plan
// compares (syncFromPull), and how that document is written back into a data source (syncPatch).
import type { JsonObject } from '../../src/plan/canonical.js'
import { syncFromPull, syncMode, syncPatch } from '../../src/plan/sync.js'

const atlas = (config: JsonObject) => ({ name: 'mongodb-atlas', type: 'mongodb-atlas', config })
const flexibleBlock = { state: 'enabled', database_name: 'db', queryable_fields_names: ['owner'] }
const partitionBlock = { state: 'enabled', database_name: 'db', partition: { key: 'owner', type: 'string' } }

// prettier-ignore
const pullRows: ReadonlyArray<readonly [string, JsonObject, JsonObject | undefined]> = [
  ['partition: from the data source whose config.sync is active',
    { data_sources: [atlas({ clusterName: 'C', sync: partitionBlock })] },
    { type: 'partition', service_name: 'mongodb-atlas', ...partitionBlock }],
  ['partition wins over a top-level sync block',
    { sync: flexibleBlock, data_sources: [atlas({ sync: partitionBlock })] },
    { type: 'partition', service_name: 'mongodb-atlas', ...partitionBlock }],
  ['flexible: the top-level sync, named after the data source that holds it',
    { sync: flexibleBlock, data_sources: [atlas({ flexible_sync: flexibleBlock })] },
    { type: 'flexible', service_name: 'mongodb-atlas', ...flexibleBlock }],
  ['flexible without a holder among the data sources: no service_name',
    { sync: flexibleBlock, data_sources: [] },
    { type: 'flexible', ...flexibleBlock }],
  ['an inactive partition block (empty state) does not count',
    { sync: flexibleBlock, data_sources: [atlas({ sync: { state: '' }, flexible_sync: flexibleBlock })] },
    { type: 'flexible', service_name: 'mongodb-atlas', ...flexibleBlock }],
  ['sync that is off: the block as it is, without a mode',
    { sync: { state: '', database_name: '' }, data_sources: [] },
    { state: '', database_name: '' }],
  ['a pull that says nothing of sync',
    { data_sources: [atlas({ clusterName: 'C' })] }, undefined]
]

test.each(pullRows.map((row, i) => [i + 1, ...row] as const))(
  'syncFromPull %i. %s',
  (_n, _rule, pull, expected) => {
    expect(syncFromPull(pull)).toEqual(expected)
  }
)

// prettier-ignore
const patchRows: ReadonlyArray<readonly [string, JsonObject, string, JsonObject]> = [
  ['partition: written to config.sync of the named data source',
    { type: 'partition', service_name: 'atlas2', last_disabled: 1, ...partitionBlock },
    'atlas2', { sync: partitionBlock }],
  ['flexible: written to config.flexible_sync',
    { type: 'flexible', service_name: 'mongodb-atlas', ...flexibleBlock },
    'mongodb-atlas', { flexible_sync: flexibleBlock }],
  ['older files without type or service_name: flexible, on mongodb-atlas',
    { ...flexibleBlock }, 'mongodb-atlas', { flexible_sync: flexibleBlock }]
]

test.each(patchRows.map((row, i) => [i + 1, ...row] as const))(
  'syncPatch %i. %s',
  (_n, _rule, doc, serviceName, patch) => {
    expect(syncPatch(doc)).toEqual({ serviceName, patch })
  }
)

test('a pulled sync goes back to the data source it came from, in its mode', () => {
  for (const pull of [pullRows[0][1], pullRows[2][1]]) {
    const doc = syncFromPull(pull) as JsonObject
    const { serviceName, patch } = syncPatch(doc)
    const source = (pull.data_sources as JsonObject[]).find(ds => ds.name === serviceName) as JsonObject
    const key = syncMode(doc) === 'partition' ? 'sync' : 'flexible_sync'
    expect(patch[key]).toEqual((source.config as JsonObject)[key])
  }
})
