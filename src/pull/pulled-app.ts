// What a pull reads from the Admin API, and how ids in it turn back into names. The writers get
// this one value and nothing else, so turning an app into files is a pure function.
import type { AppInstance, HostedAsset } from '../admin/types.js'
import type { RemoteSnapshot } from '../plan/remote.js'
import type { ConfigFileSet, JsonObject } from './config-files.js'

/** The two layouts a pull writes: realm-cli's `realm_config.json` and the current `root_config.json`. */
export type PullLayout = '20210101' | '20230101'
export const PULL_LAYOUTS: readonly PullLayout[] = ['20210101', '20230101']

export interface PulledApp {
  /** The app as `GET .../apps/{appId}` returns it (client_app_id, location, group_id). */
  readonly app: AppInstance
  /** The pull JSON plus the id lists that turn references back into names. */
  readonly snapshot: RemoteSnapshot
  /** `DependenciesSummary` (`dependencies_list`), when dependencies were ever uploaded. */
  readonly dependencies?: JsonObject
  /** The hosted assets, when the pull includes hosting. */
  readonly assets?: readonly HostedAsset[]
}

export interface WriteOptions {
  readonly layout: PullLayout
}

const ZERO_ID = '000000000000000000000000'

export interface NameIndex {
  /** The name a reference has, from its `name` field or by looking its id up; undefined when it has neither. */
  readonly function: (id: unknown, name: unknown, where: string) => string | undefined
  readonly service: (id: unknown, name: unknown, where: string) => string | undefined
  readonly secret: (id: unknown, name: unknown, where: string) => string | undefined
}

export function nameIndex(snapshot: RemoteSnapshot, out: ConfigFileSet): NameIndex {
  const resolver = (kind: string, items: readonly { _id: string; name: string }[]) => {
    const byId = new Map(items.map(i => [i._id, i.name]))
    return (id: unknown, name: unknown, where: string): string | undefined => {
      if (typeof name === 'string' && name !== '') return name
      if (typeof id !== 'string' || id === '' || id === ZERO_ID) return undefined
      const found = byId.get(id)
      if (found === undefined)
        out.note(`${where}: refers to ${kind} ${id}, which the app does not list; the reference is left out`)
      return found
    }
  }
  return {
    function: resolver('function', snapshot.functions),
    service: resolver('service', snapshot.services),
    secret: resolver('secret', snapshot.secrets)
  }
}
