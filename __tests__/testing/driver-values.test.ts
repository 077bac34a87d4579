// The driver engine's results, without a server (the suites that use one need
// MONGODB_URI): the driver builds documents with its own copy of bson, and a function must get them
// as the BSON global's classes, as App Services and the in-memory engine give them. A stand-in for
// the driver's Collection returns values made with the driver's BSON. And the two ways connecting
// fails before any query: a string that does not parse, a server that does not answer (on loopback).
import { BSON as DriverBSON, type Collection } from 'mongodb'
import { BSON_GLOBAL } from '../../src/testing/bson-global.js'
import { connectDriverEngine, DriverCollection } from '../../src/testing/database/driver.js'

const ObjectId = BSON_GLOBAL.ObjectId as typeof DriverBSON.ObjectId
const Decimal128 = BSON_GLOBAL.Decimal128 as typeof DriverBSON.Decimal128

const id = new DriverBSON.ObjectId('64b7f1c2a1b2c3d4e5f60718')
const stored = () => ({
  _id: id,
  price: DriverBSON.Decimal128.fromString('1.50'),
  tags: [new DriverBSON.Long(7)]
})
const cursor = () => ({
  sort: () => cursor(),
  skip: () => cursor(),
  limit: () => cursor(),
  toArray: async () => [stored()]
})

const standIn = {
  findOne: async () => stored(),
  find: () => cursor(),
  aggregate: () => cursor(),
  findOneAndUpdate: async () => stored(),
  insertOne: async () => ({ insertedId: id }),
  updateOne: async () => ({ matchedCount: 0, modifiedCount: 0, upsertedId: id }),
  distinct: async () => [id]
} as unknown as Collection

test("the stand-in's values are not the BSON global's classes (what the conversion is for)", () => {
  expect(stored()._id).not.toBeInstanceOf(ObjectId)
})

test('every result reaches the function as the BSON global classes', async () => {
  const collection = new DriverCollection(standIn)
  const docs = [
    await collection.findOne({}),
    ...(await collection.find({}).toArray()),
    ...(await collection.aggregate([]).toArray()),
    await collection.findOneAndUpdate({}, { $set: { a: 1 } })
  ]
  for (const doc of docs) {
    expect(doc?._id).toBeInstanceOf(ObjectId)
    expect(doc?.price).toBeInstanceOf(Decimal128)
    expect(String(doc?.price)).toBe('1.50')
    expect(doc?.tags).toEqual([7])
  }
  expect((await collection.insertOne({ a: 1 })).insertedId).toBeInstanceOf(ObjectId)
  expect((await collection.updateOne({}, { $set: { a: 1 } }, { upsert: true })).upsertedId).toBeInstanceOf(
    ObjectId
  )
  const [distinct] = await collection.distinct('_id')
  expect(distinct).toBeInstanceOf(ObjectId)
  expect(String(distinct)).toBe('64b7f1c2a1b2c3d4e5f60718')
})

test('a connection string that does not parse, or a server that does not answer, is named without its password', async () => {
  await expect(connectDriverEngine({ uri: 'mongodb://tester:pa/ss@db.invalid' })).rejects.toThrow(
    new Error('invalid MongoDB connection string: Password contains unescaped characters')
  )
  // Port 9 on loopback: nothing listens there.
  const refused = await connectDriverEngine({
    uri: 'mongodb://tester:s3cret-pass@127.0.0.1:9/app',
    serverSelectionTimeoutMs: 300
  }).catch((error: Error) => error)
  expect(String(refused)).toMatch(/^Error: cannot connect to MongoDB at 127\.0\.0\.1:9: .*ECONNREFUSED/)
  expect(String(refused)).not.toContain('s3cret')
})
