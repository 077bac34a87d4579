// The real-server engine: App Services' collection methods over the official `mongodb` driver, loaded
// only when a connection string is given (never by the in-memory path, the deploy path or the CLI's
// start-up). Every data source of the app maps to the one server; `databasePrefix` keeps parallel
// test runs apart, and reset() drops exactly the databases this engine touched.
import type { Collection, Document, MongoClient } from 'mongodb'
import { bulkWrite } from './bulk-write.js'
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
  const client = new Client(options.uri, {
    serverSelectionTimeoutMS: options.serverSelectionTimeoutMs ?? 5000,
    connectTimeoutMS: options.serverSelectionTimeoutMs ?? 5000
  })
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

class DriverCollection implements FunctionCollection {
  constructor(private readonly collection: Collection) {}

  find(query: Doc = {}, projection?: Doc, options: Doc = {}): FunctionCursor {
    return new ArrayCursor(async shape => {
      let cursor = this.collection.find(query, projection ? { projection } : {})
      const sort = shape.sort ?? (options.sort as Doc | undefined)
      if (sort) cursor = cursor.sort(sort as Document)
      if (shape.skip) cursor = cursor.skip(shape.skip)
      if (shape.limit) cursor = cursor.limit(shape.limit)
      return cursor.toArray()
    })
  }

  async findOne(query: Doc = {}, projection?: Doc, options: Doc = {}): Promise<Doc | null> {
    return this.collection.findOne(query, {
      ...(projection ? { projection } : {}),
      ...(options.sort ? { sort: options.sort as Document } : {})
    })
  }

  async findOneAndUpdate(query: Doc, update: Doc, options: FindAndModifyOptions = {}): Promise<Doc | null> {
    return this.collection.findOneAndUpdate(query, update, findOptions(options))
  }

  async findOneAndReplace(
    query: Doc,
    replacement: Doc,
    options: FindAndModifyOptions = {}
  ): Promise<Doc | null> {
    return this.collection.findOneAndReplace(query, replacement, findOptions(options))
  }

  async findOneAndDelete(query: Doc, options: FindAndModifyOptions = {}): Promise<Doc | null> {
    const { sort, projection } = findOptions(options)
    return this.collection.findOneAndDelete(query, { sort, projection, includeResultMetadata: false })
  }

  async insertOne(document: Doc): Promise<{ insertedId: unknown }> {
    const { insertedId } = await this.collection.insertOne({ ...document })
    return { insertedId }
  }

  async insertMany(documents: Doc[]): Promise<{ insertedIds: unknown[] }> {
    const { insertedIds } = await this.collection.insertMany(documents.map(d => ({ ...d })))
    return { insertedIds: documents.map((_, i) => insertedIds[i]) }
  }

  async updateOne(query: Doc, update: Doc, options: { upsert?: boolean } = {}) {
    const r = await this.collection.updateOne(query, update, { upsert: options.upsert === true })
    return {
      matchedCount: r.matchedCount,
      modifiedCount: r.modifiedCount,
      ...(r.upsertedId ? { upsertedId: r.upsertedId } : {})
    }
  }

  async updateMany(query: Doc, update: Doc, options: { upsert?: boolean } = {}) {
    const r = await this.collection.updateMany(query, update, { upsert: options.upsert === true })
    return {
      matchedCount: r.matchedCount,
      modifiedCount: r.modifiedCount,
      ...(r.upsertedId ? { upsertedId: r.upsertedId } : {})
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
      return this.collection.aggregate([...pipeline, ...tail]).toArray()
    })
  }

  async count(query: Doc = {}, options: { limit?: number } = {}): Promise<number> {
    return this.collection.countDocuments(query, options.limit ? { limit: options.limit } : {})
  }

  async countDocuments(query: Doc = {}, options: { limit?: number; skip?: number } = {}): Promise<number> {
    return this.collection.countDocuments(query, options)
  }

  async distinct(field: string, query: Doc = {}): Promise<unknown[]> {
    return this.collection.distinct(field, query)
  }

  async bulkWrite(operations: Doc[], options: { ordered?: boolean } = {}): Promise<Doc> {
    return bulkWrite(this, operations, options)
  }
}
