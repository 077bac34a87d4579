// One collection of the in-memory engine: App Services' collection methods over an array of
// documents, with MongoDB's query language from mingo. Documents are cloned in and out (clone.ts).
import { ObjectId } from 'bson'
import { Aggregator, Query } from 'mingo'
import { cloneDoc, cloneValue } from './clone.js'
import { ArrayCursor, type CursorShape } from './cursor.js'
import { applyUpdate, checkUpdate, upsertBase, type Update } from './memory-update.js'
import type { Doc, FindAndModifyOptions, FunctionCollection, FunctionCursor, UpdateResult } from './types.js'
import { bulkWrite } from './bulk-write.js'

/** Resolves `$lookup`/`$unionWith` names to the other collections of the same database. */
export type Resolver = (collection: string) => Doc[]

export class MemoryCollection implements FunctionCollection {
  constructor(
    readonly docs: Doc[],
    private readonly resolve: Resolver
  ) {}

  find(query: Doc = {}, projection?: Doc, options: Doc = {}): FunctionCursor {
    const cursor = new ArrayCursor(async shape => this.query(query, projection, shape).map(cloneDoc))
    if (options.sort) cursor.sort(options.sort as Doc)
    return cursor
  }

  async findOne(query: Doc = {}, projection?: Doc, options: Doc = {}): Promise<Doc | null> {
    const [doc] = this.query(query, projection, { sort: options.sort as Doc | undefined, limit: 1 })
    return doc ? cloneDoc(doc) : null
  }

  async findOneAndUpdate(query: Doc, update: Doc, options: FindAndModifyOptions = {}): Promise<Doc | null> {
    const checked = checkUpdate(update)
    const [doc] = this.query(query, undefined, { sort: options.sort, limit: 1 })
    if (!doc) {
      if (!options.upsert) return null
      const inserted = this.upsert(query, checked)
      return options.returnNewDocument ? this.project(inserted, options.projection) : null
    }
    const before = cloneDoc(doc)
    applyUpdate(doc, checked)
    return this.project(options.returnNewDocument ? doc : before, options.projection)
  }

  async findOneAndReplace(
    query: Doc,
    replacement: Doc,
    options: FindAndModifyOptions = {}
  ): Promise<Doc | null> {
    if (Object.keys(replacement).some(k => k.startsWith('$')))
      throw new Error('findOneAndReplace: the replacement document must not contain update operators')
    const [doc] = this.query(query, undefined, { sort: options.sort, limit: 1 })
    if (!doc) {
      if (!options.upsert) return null
      const inserted = this.insert({ ...upsertBase(query), ...replacement })
      return options.returnNewDocument ? this.project(inserted, options.projection) : null
    }
    const replaced = cloneDoc({ ...replacement, _id: doc._id })
    this.docs[this.docs.indexOf(doc)] = replaced
    return this.project(options.returnNewDocument ? replaced : doc, options.projection)
  }

  async findOneAndDelete(query: Doc, options: FindAndModifyOptions = {}): Promise<Doc | null> {
    const [doc] = this.query(query, undefined, { sort: options.sort, limit: 1 })
    if (!doc) return null
    this.docs.splice(this.docs.indexOf(doc), 1)
    return this.project(doc, options.projection)
  }

  async insertOne(document: Doc): Promise<{ insertedId: unknown }> {
    return { insertedId: cloneValue(this.insert(document)._id) }
  }

  async insertMany(documents: Doc[]): Promise<{ insertedIds: unknown[] }> {
    if (!Array.isArray(documents)) throw new Error('insertMany: expects an array of documents')
    return { insertedIds: documents.map(d => cloneValue(this.insert(d)._id)) }
  }

  async updateOne(query: Doc, update: Doc, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    return this.update(query, update, options, 1)
  }

  async updateMany(query: Doc, update: Doc, options: { upsert?: boolean } = {}): Promise<UpdateResult> {
    return this.update(query, update, options)
  }

  async deleteOne(query: Doc = {}): Promise<{ deletedCount: number }> {
    return { deletedCount: this.remove(this.query(query, undefined, { limit: 1 })) }
  }

  async deleteMany(query: Doc = {}): Promise<{ deletedCount: number }> {
    return { deletedCount: this.remove(this.query(query, undefined, {})) }
  }

  aggregate(pipeline: Doc[]): FunctionCursor {
    return new ArrayCursor(async shape => {
      const stages = [...pipeline, ...shapeStages(shape)]
      const options = { collectionResolver: this.resolve }
      return (new Aggregator(stages, options).run(this.docs.map(cloneDoc)) as Doc[]).map(cloneDoc)
    })
  }

  async count(query: Doc = {}, options: { limit?: number } = {}): Promise<number> {
    return this.query(query, undefined, { limit: options.limit }).length
  }

  async countDocuments(query: Doc = {}, options: { limit?: number; skip?: number } = {}): Promise<number> {
    return this.query(query, undefined, options).length
  }

  async distinct(field: string, query: Doc = {}): Promise<unknown[]> {
    const [row] = new Aggregator([
      { $match: query },
      { $unwind: { path: `$${field}`, preserveNullAndEmptyArrays: false } },
      { $group: { _id: null, values: { $addToSet: `$${field}` } } }
    ]).run(this.docs.map(cloneDoc)) as Array<{ values: unknown[] }>
    return (row?.values ?? []).map(cloneValue)
  }

  async bulkWrite(operations: Doc[], options: { ordered?: boolean } = {}): Promise<Doc> {
    return bulkWrite(this, operations, options)
  }

  /** The stored documents (not clones) that match, in the cursor's shape. */
  private query(query: Doc, projection: Doc | undefined, shape: CursorShape): Doc[] {
    let cursor = new Query(query ?? {}).find<Doc>(this.docs, projection)
    if (shape.sort) cursor = cursor.sort(shape.sort as never)
    if (shape.skip) cursor = cursor.skip(shape.skip)
    if (shape.limit) cursor = cursor.limit(shape.limit)
    return cursor.all()
  }

  private project(doc: Doc, projection: Doc | undefined): Doc {
    if (!projection) return cloneDoc(doc)
    const [projected] = new Query({}).find<Doc>([doc], projection).all()
    return cloneDoc(projected)
  }

  private insert(document: Doc): Doc {
    if (!document || typeof document !== 'object' || Array.isArray(document))
      throw new Error('insert: the document must be an object')
    const doc = cloneDoc({ _id: document._id ?? new ObjectId(), ...document })
    const key = JSON.stringify(cloneDoc({ id: doc._id }))
    if (this.docs.some(d => JSON.stringify(cloneDoc({ id: d._id })) === key))
      throw new Error(`E11000 duplicate key error: _id ${key.slice(6, -1)}`)
    this.docs.push(doc)
    return doc
  }

  private upsert(query: Doc, update: Update): Doc {
    const doc = upsertBase(query)
    applyUpdate(doc, update, true)
    return this.insert(doc)
  }

  private update(query: Doc, update: Doc, options: { upsert?: boolean }, limit?: number): UpdateResult {
    const checked = checkUpdate(update)
    const matched = this.query(query, undefined, { limit })
    if (!matched.length && options.upsert) {
      const inserted = this.upsert(query, checked)
      return { matchedCount: 0, modifiedCount: 0, upsertedId: cloneValue(inserted._id) }
    }
    const modifiedCount = matched.filter(doc => applyUpdate(doc, checked)).length
    return { matchedCount: matched.length, modifiedCount }
  }

  private remove(matched: Doc[]): number {
    for (const doc of matched) this.docs.splice(this.docs.indexOf(doc), 1)
    return matched.length
  }
}

function shapeStages(shape: CursorShape): Doc[] {
  return [
    ...(shape.sort ? [{ $sort: shape.sort }] : []),
    ...(shape.skip ? [{ $skip: shape.skip }] : []),
    ...(shape.limit ? [{ $limit: shape.limit }] : [])
  ]
}
