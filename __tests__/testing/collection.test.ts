// The collection methods App Services documents for functions (docs: functions/mongodb/api), with
// their argument and result shapes, against each engine: in memory always, a real MongoDB through the
// driver when MONGODB_URI is set. The same assertions hold for both.
import { ObjectId } from 'bson'
import { MemoryEngine } from '../../src/testing/database/memory.js'
import type { DatabaseEngine, FunctionCollection } from '../../src/testing/index.js'
import { ENGINES, reportDriverSkip } from './engines.js'

afterAll(() => reportDriverSkip('testing/collection'))

async function openEngine(uri: string | null, prefix?: string): Promise<DatabaseEngine> {
  if (!uri) return new MemoryEngine()
  const { connectDriverEngine } = await import('../../src/testing/database/driver.js')
  return connectDriverEngine({ uri, databasePrefix: prefix })
}

describe.each(ENGINES)('collection methods on the $label', engine => {
  let db: DatabaseEngine
  let items: FunctionCollection
  const seed = [
    { _id: 1, sku: 'a', stock: 5, tags: ['x', 'y'] },
    { _id: 2, sku: 'b', stock: 1, tags: ['y'] },
    { _id: 3, sku: 'c', stock: 9, tags: [] }
  ]

  beforeAll(async () => {
    db = await openEngine(engine.mongodbUri, engine.databasePrefix)
  })
  beforeEach(async () => {
    await db.reset()
    items = db.collection('mongodb-atlas', 'shop', 'items')
    await items.insertMany(seed)
  })
  afterAll(async () => {
    await db?.reset()
    await db?.close()
  })

  test('find with a projection, and the cursor: sort, skip, limit, next, toArray', async () => {
    const cursor = items
      .find({ stock: { $gte: 1 } }, { sku: 1, _id: 0 })
      .sort({ stock: -1 })
      .skip(1)
      .limit(1)
    expect(await cursor.toArray()).toEqual([{ sku: 'a' }])
    const each = items.find({}, { sku: 1 }).sort({ sku: 1 })
    expect(await each.next()).toEqual({ _id: 1, sku: 'a' })
    expect(await each.next()).toEqual({ _id: 2, sku: 'b' })
    expect(await each.toArray()).toEqual([{ _id: 3, sku: 'c' }])
    expect(await each.next()).toBeUndefined()
    expect(await items.findOne({ sku: 'z' })).toBeNull()
    expect(await items.findOne({ tags: 'x' }, { sku: 1, _id: 0 })).toEqual({ sku: 'a' })
  })

  test('insertOne gives an ObjectId when the document has no _id; a duplicate _id is refused', async () => {
    const { insertedId } = await items.insertOne({ sku: 'd' })
    expect(insertedId).toBeInstanceOf(ObjectId)
    await expect(items.insertOne({ _id: 1, sku: 'again' })).rejects.toThrow(/E11000 duplicate key/)
  })

  test('updateOne, updateMany and upserts report what they matched, modified and inserted', async () => {
    expect(await items.updateOne({ sku: 'a' }, { $inc: { stock: 1 } })).toEqual({
      matchedCount: 1,
      modifiedCount: 1
    })
    expect(await items.updateMany({ stock: { $lt: 7 } }, { $set: { low: true } })).toEqual({
      matchedCount: 2,
      modifiedCount: 2
    })
    const upsert = await items.updateOne(
      { sku: 'e' },
      { $set: { stock: 0 }, $setOnInsert: { fresh: true } },
      { upsert: true }
    )
    expect(upsert).toMatchObject({ matchedCount: 0, modifiedCount: 0 })
    expect(upsert.upsertedId).toBeInstanceOf(ObjectId)
    expect(await items.findOne({ sku: 'e' }, { _id: 0 })).toEqual({ sku: 'e', stock: 0, fresh: true })
    await expect(items.updateOne({ sku: 'a' }, { stock: 0 })).rejects.toThrow()
  })

  test('findOneAndUpdate / Replace / Delete return the document before, or after with returnNewDocument', async () => {
    expect(await items.findOneAndUpdate({ sku: 'b' }, { $set: { stock: 2 } })).toMatchObject({ stock: 1 })
    expect(
      await items.findOneAndUpdate(
        { sku: 'b' },
        { $inc: { stock: 1 } },
        { returnNewDocument: true, projection: { stock: 1 } }
      )
    ).toEqual({ _id: 2, stock: 3 })
    expect(await items.findOneAndReplace({ _id: 3 }, { sku: 'c2' }, { returnNewDocument: true })).toEqual({
      _id: 3,
      sku: 'c2'
    })
    expect(await items.findOneAndDelete({}, { sort: { _id: -1 } })).toEqual({ _id: 3, sku: 'c2' })
    expect(await items.findOneAndUpdate({ sku: 'zz' }, { $set: { stock: 1 } })).toBeNull()
    expect(await items.countDocuments()).toBe(2)
  })

  test('deleteOne, deleteMany, count, countDocuments, distinct', async () => {
    expect(await items.distinct('tags')).toEqual(expect.arrayContaining(['x', 'y']))
    expect(await items.count({ stock: { $gt: 1 } })).toBe(2)
    expect(await items.deleteOne({ stock: { $gt: 1 } })).toEqual({ deletedCount: 1 })
    expect(await items.deleteMany({})).toEqual({ deletedCount: 2 })
    expect(await items.countDocuments()).toBe(0)
  })

  test('aggregate, with $lookup into another collection of the same database', async () => {
    await db.collection('mongodb-atlas', 'shop', 'orders').insertMany([
      { _id: 'o1', item: 1, qty: 2 },
      { _id: 'o2', item: 1, qty: 3 }
    ])
    const rows = await items
      .aggregate([
        { $lookup: { from: 'orders', localField: '_id', foreignField: 'item', as: 'orders' } },
        { $project: { sku: 1, ordered: { $sum: '$orders.qty' } } },
        { $sort: { ordered: -1, _id: 1 } }
      ])
      .limit(2)
      .toArray()
    expect(rows).toEqual([
      { _id: 1, sku: 'a', ordered: 5 },
      { _id: 2, sku: 'b', ordered: 0 }
    ])
  })

  test('bulkWrite applies each operation in order and sums the results', async () => {
    const result = await items.bulkWrite([
      { insertOne: { document: { _id: 4, sku: 'd' } } },
      { updateOne: { filter: { _id: 4 }, update: { $set: { stock: 4 } } } },
      { deleteMany: { filter: { stock: { $lt: 2 } } } }
    ])
    expect(result).toMatchObject({ insertedCount: 1, matchedCount: 1, modifiedCount: 1, deletedCount: 1 })
    expect(await db.collectionNames('mongodb-atlas', 'shop')).toContain('items')
  })
})
