// The real-server engine: App Services' collection methods over the official `mongodb` driver, loaded
// only when a connection string is given (never by the in-memory path, the deploy path or the CLI's
// start-up). Every data source of the app maps to the one server; `databasePrefix` keeps parallel
// test runs apart, and reset() drops exactly the databases this engine touched.
//
// What the driver returns is built with its own copy of `bson` (the package's CommonJS build, a
// different module from the one the BSON global comes from), so every result is cloned into the
// BSON global's classes: `doc._id instanceof BSON.ObjectId` holds as it does in App Services and
// with the in-memory engine, and no object is shared with the driver.
import type { Collection, Document, MongoClient } from 'mongodb'
import { bulkWrite } from './bulk-write.js'
import { cloneDoc, cloneValue } from './clone.js'
import { ArrayCursor } from './cursor.js'
import type {
  DatabaseEngine,
  Doc,
  FindAndModifyOptions,
  FunctionCollection,
  FunctionCursor
} from './types.js'

export interface DriverEngineOptions {
  readonly uri: string
  /** Prepended to every database name the functions use. */
  readonly databasePrefix?: string
  /** Bounded: how long to wait for the server before failing (default 5000 ms). */
  readonly serverSelectionTimeoutMs?: number
}

export async function connectDriverEngine(options: DriverEngineOptions): Promise<DatabaseEngine> {
  const { MongoClient: Client } = await import('mongodb')
  let client: MongoClient
  try {
    client = new Client(options.uri, {
      serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 5000,
      connectTimeoutMS: options.serverSelectionTimeoutMs ?? 5000
    })
  } catch (error) {
    // The driver's reason only (it names no part of the string): a string that does not parse may
    // not say where its password ends.
    throw new Error(
      `invalid MongoDB connection string: ${error instanceof Error ? error.message : String(error)}`
    )
  }
  try {
    await client.connect()
  } catch (error) {
    await client.close().catch(() => undefined)
    // The hosts only: a connection string may carry a password.
    const hosts = options.uri.replace(/^[a-z+]+:\/\/([^@/]*@)?/i, '').split(/[/?]/)[0]
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`cannot connect to MongoDB at ${hosts}: ${reason}`)
  }
  return new DriverEngine(client, options.databasePrefix ?? '')
}

class DriverEngine implements DatabaseEngine {
  readonly kind = 'mongodb'
  private readonly used = new Set<string>()

  constructor(
    private readonly client: MongoClient,
    private readonly prefix: string
  ) {}

  collection(_dataSource: string, database: string, collection: string): FunctionCollection {
    const name = this.prefix + database
    this.used.add(name)
    return new DriverCollection(this.client.db(name).collection(collection))
  }

  async collectionNames(_dataSource: string, database: string): Promise<string[]> {
    const list = await this.client
      .db(this.prefix + database)
      .listCollections({}, { nameOnly: true })
      .toArray()
    return list.map(c => c.name).sort()
  }

  async reset(): Promise<void> {
    for (const name of this.used) await this.client.db(name).dropDatabase()
  }

  async close(): Promise<void> {
    await this.client.close()
  }
}

function findOptions(options: FindAndModifyOptions) {
  return {
    upsert: options.upsert === true,
    ...(options.sort ? { sort: options.sort as Document } : {}),
    ...(options.projection ? { projection: options.projection as Document } : {}),
    returnDocument: options.returnNewDocument ? ('after' as const) : ('before' as const),
    includeResultMetadata: false as const
  }
}

/** App Services' collection methods over one driver collection (exported for the tests). */
export class DriverCollection implements FunctionCollection {
  constructor(private readonly collection: Collection) {}

  find(query: Doc = {}, projection?: Doc, options: Doc = {}): FunctionCursor {
    return new ArrayCursor(async shape => {
      let cursor = this.collection.find(query, projection ? { projection } : {})
      const sort = shape.sort ?? (options.sort as Doc | undefined)
      if (sort) cursor = cursor.sort(sort as Document)
      if (shape.skip) cursor = cursor.skip(shape.skip)
      if (shape.limit) cursor = cursor.limit(shape.limit)
      return (await cursor.toArray()).map(cloneDoc)
    })
  }

  async findOne(query: Doc = {}, projection?: Doc, options: Doc = {}): Promise<Doc | null> {
    const doc = await this.collection.findOne(query, {
      ...(projection ? { projection } : {}),
      ...(options.sort ? { sort: options.sort as Document } : {})
    })
    return doc && cloneDoc(doc)
  }

  async findOneAndUpdate(query: Doc, update: Doc, options: FindAndModifyOptions = {}): Promise<Doc | null> {
    const doc = await this.collection.findOneAndUpdate(query, update, findOptions(options))
    return doc && cloneDoc(doc)
  }

  async findOneAndReplace(
    query: Doc,
    replacement: Doc,
    options: FindAndModifyOptions = {}
  ): Promise<Doc | null> {
    const doc = await this.collection.findOneAndReplace(query, replacement, findOptions(options))
    return doc && cloneDoc(doc)
  }

  async findOneAndDelete(query: Doc, options: FindAndModifyOptions = {}): Promise<Doc | null> {
    const { sort, projection } = findOptions(options)
    const doc = await this.collection.findOneAndDelete(query, {
      sort,
      projection,
      includeResultMetadata: false
    })
    return doc && cloneDoc(doc)
  }

  async insertOne(document: Doc): Promise<{ insertedId: unknown }> {
    const { insertedId } = await this.collection.insertOne({ ...document })
    return { insertedId: cloneValue(insertedId) }
  }

  async insertMany(documents: Doc[]): Promise<{ insertedIds: unknown[] }> {
    const { insertedIds } = await this.collection.insertMany(documents.map(d => ({ ...d })))
    return { insertedIds: documents.map((_, i) => cloneValue(insertedIds[i])) }
  }

  async updateOne(query: Doc, update: Doc, options: { upsert?: boolean } = {}) {
    const r = await this.collection.updateOne(query, update, { upsert: options.upsert === true })
    return {
      matchedCount: r.matchedCount,
      modifiedCount: r.modifiedCount,
      ...(r.upsertedId ? { upsertedId: cloneValue(r.upsertedId) } : {})
    }
  }

  async updateMany(query: Doc, update: Doc, options: { upsert?: boolean } = {}) {
    const r = await this.collection.updateMany(query, update, { upsert: options.upsert === true })
    return {
      matchedCount: r.matchedCount,
      modifiedCount: r.modifiedCount,
      ...(r.upsertedId ? { upsertedId: cloneValue(r.upsertedId) } : {})
    }
  }

  async deleteOne(query: Doc = {}): Promise<{ deletedCount: number }> {
    return { deletedCount: (await this.collection.deleteOne(query)).deletedCount }
  }

  async deleteMany(query: Doc = {}): Promise<{ deletedCount: number }> {
    return { deletedCount: (await this.collection.deleteMany(query)).deletedCount }
  }

  aggregate(pipeline: Doc[]): FunctionCursor {
    return new ArrayCursor(async shape => {
      const tail = [
        ...(shape.sort ? [{ $sort: shape.sort }] : []),
        ...(shape.skip ? [{ $skip: shape.skip }] : []),
        ...(shape.limit ? [{ $limit: shape.limit }] : [])
      ]
      return (await this.collection.aggregate([...pipeline, ...tail]).toArray()).map(cloneDoc)
    })
  }

  async count(query: Doc = {}, options: { limit?: number } = {}): Promise<number> {
    return this.collection.countDocuments(query, options.limit ? { limit: options.limit } : {})
  }

  async countDocuments(query: Doc = {}, options: { limit?: number; skip?: number } = {}): Promise<number> {
    return this.collection.countDocuments(query, options)
  }

  async distinct(field: string, query: Doc = {}): Promise<unknown[]> {
    return cloneValue(await this.collection.distinct(field, query)) as unknown[]
  }

  async bulkWrite(operations: Doc[], options: { ordered?: boolean } = {}): Promise<Doc> {
    return bulkWrite(this, operations, options)
  }
}
