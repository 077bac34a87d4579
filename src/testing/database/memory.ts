// The in-memory database engine (the default): every data source of the app holds its databases and
// collections in this process, queried with mingo. Nothing is shared with another engine instance.
import { cloneDoc } from './clone.js'
import { MemoryCollection } from './memory-collection.js'
import type { DatabaseEngine, Doc, FunctionCollection } from './types.js'

export class MemoryEngine implements DatabaseEngine {
  readonly kind = 'memory'
  /** `dataSource/database` -> collection name -> documents. */
  private readonly stores = new Map<string, Map<string, Doc[]>>()

  collection(dataSource: string, database: string, collection: string): FunctionCollection {
    const store = this.store(dataSource, database)
    const docsOf = (name: string): Doc[] => {
      if (!store.has(name)) store.set(name, [])
      return store.get(name) as Doc[]
    }
    return new MemoryCollection(docsOf(collection), name => docsOf(name).map(cloneDoc))
  }

  async collectionNames(dataSource: string, database: string): Promise<string[]> {
    const store = this.store(dataSource, database)
    return [...store.keys()].filter(name => (store.get(name) ?? []).length > 0).sort()
  }

  /** Empties every collection in place: handles taken before the reset see the empty collection. */
  async reset(): Promise<void> {
    for (const store of this.stores.values()) for (const docs of store.values()) docs.length = 0
  }

  async close(): Promise<void> {
    this.stores.clear()
  }

  private store(dataSource: string, database: string): Map<string, Doc[]> {
    const key = `${dataSource}/${database}`
    if (!this.stores.has(key)) this.stores.set(key, new Map())
    return this.stores.get(key) as Map<string, Doc[]>
  }
}
