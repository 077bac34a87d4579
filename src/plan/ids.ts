// Names to ids, for the resources a plan writes and the references their bodies carry. Each list is
// read at most once per run and only when a change needs it, so requests grow with the changes, not
// with the app's size; every create adds its new id.
import type { AppClient } from '../admin/app-client.js'
import type { CollectionApi } from '../admin/collections.js'
import type { Doc } from '../admin/types.js'
import { DeployError } from '../errors.js'
import { endpointKey, resolverKey, ruleKey } from './items.js'
import type { KindName } from './kinds.js'

type Lister = { api: CollectionApi; key: (doc: Doc) => string }

export class IdIndex {
  /** One list per scope, shared by concurrent writers (a promise, so a list is read once). */
  private readonly cache = new Map<string, Promise<Map<string, string>>>()

  /** `known` seeds the lists already read with the remote snapshot (functions, services, secrets). */
  constructor(
    private readonly app: AppClient,
    known: Partial<
      Record<'function' | 'service' | 'secret', ReadonlyArray<{ _id: string; name: string }>>
    > = {}
  ) {
    for (const [scope, items] of Object.entries(known)) {
      if (items) this.cache.set(scope, Promise.resolve(new Map(items.map(i => [i.name, i._id]))))
    }
  }

  private load(scope: string, lister: Lister): Promise<Map<string, string>> {
    let map = this.cache.get(scope)
    if (!map) {
      map = lister.api.list().then(docs => new Map(docs.map(d => [lister.key(d), String(d._id)])))
      // A failed read is not cached: the next caller tries again.
      map.catch(() => this.cache.delete(scope))
      this.cache.set(scope, map)
    }
    return map
  }

  private async lister(kind: KindName, key: string): Promise<{ scope: string; lister: Lister }> {
    const byName = (api: CollectionApi): Lister => ({ api, key: d => String(d.name) })
    const [parent] = key.split('/')
    switch (kind) {
      case 'function':
        return { scope: kind, lister: byName(this.app.functions) }
      case 'value':
        return { scope: kind, lister: byName(this.app.values) }
      case 'secret':
        return { scope: kind, lister: byName(this.app.secrets) }
      case 'environment_value':
        return { scope: kind, lister: byName(this.app.environmentValues) }
      case 'trigger':
        return { scope: kind, lister: byName(this.app.triggers) }
      case 'data_source':
      case 'service':
        return { scope: 'service', lister: byName(this.app.services) }
      case 'auth_provider':
        return { scope: kind, lister: byName(this.app.authProviders) }
      case 'log_forwarder':
        return { scope: kind, lister: byName(this.app.logForwarders) }
      case 'endpoint':
        return {
          scope: kind,
          lister: { api: this.app.endpoints, key: d => endpointKey(d.http_method, d.route) }
        }
      case 'custom_resolver':
        return {
          scope: kind,
          lister: { api: this.app.customResolvers, key: d => resolverKey(d.on_type, d.field_name) }
        }
      case 'schema': {
        const key = (d: Doc): string => {
          const m = (d.metadata ?? {}) as Doc
          return ruleKey(String(m.data_source), String(m.database), String(m.collection))
        }
        return { scope: kind, lister: { api: this.app.schemas, key } }
      }
      case 'rule': {
        const api = this.app.rules(await this.id('data_source', parent))
        return {
          scope: `rule:${parent}`,
          lister: { api, key: d => ruleKey(parent, String(d.database), String(d.collection)) }
        }
      }
      case 'service_rule':
      case 'webhook': {
        const serviceId = await this.id('service', parent)
        const api = kind === 'webhook' ? this.app.incomingWebhooks(serviceId) : this.app.rules(serviceId)
        return { scope: `${kind}:${parent}`, lister: { api, key: d => `${parent}/${String(d.name)}` } }
      }
      default:
        throw new DeployError(`resources of kind '${kind}' have no id`)
    }
  }

  /** The id of an existing resource, or undefined. */
  async find(kind: KindName, key: string): Promise<string | undefined> {
    const { scope, lister } = await this.lister(kind, key)
    return (await this.load(scope, lister)).get(key)
  }

  /** The id of a resource that must exist (a reference). */
  async id(kind: KindName, key: string): Promise<string> {
    const id = await this.find(kind, key)
    if (id === undefined) throw new DeployError(`the app has no ${kind.replace('_', ' ')} '${key}'`)
    return id
  }

  /** The collection API that writes resources of this kind. */
  async api(kind: KindName, key: string): Promise<CollectionApi> {
    return (await this.lister(kind, key)).lister.api
  }

  async remember(kind: KindName, key: string, id: string): Promise<void> {
    const { scope, lister } = await this.lister(kind, key)
    ;(await this.load(scope, lister)).set(key, id)
  }

  async forget(kind: KindName, key: string): Promise<void> {
    const { scope, lister } = await this.lister(kind, key)
    ;(await this.load(scope, lister)).delete(key)
  }
}
