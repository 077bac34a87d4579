// `collection.bulkWrite()` for any FunctionCollection: each operation is one call of the collection's
// own methods, so both engines share it. Ordered (the default) stops at the first failure, as MongoDB does.
import type { Doc, FunctionCollection } from './types.js'

interface Totals {
  insertedCount: number
  matchedCount: number
  modifiedCount: number
  deletedCount: number
  upsertedCount: number
  insertedIds: Record<number, unknown>
  upsertedIds: Record<number, unknown>
}

export async function bulkWrite(
  collection: FunctionCollection,
  operations: Doc[],
  { ordered = true }: { ordered?: boolean } = {}
): Promise<Doc> {
  if (!Array.isArray(operations)) throw new Error('bulkWrite: expects an array of operations')
  const totals: Totals = {
    insertedCount: 0,
    matchedCount: 0,
    modifiedCount: 0,
    deletedCount: 0,
    upsertedCount: 0,
    insertedIds: {},
    upsertedIds: {}
  }
  const errors: string[] = []
  for (const [index, operation] of operations.entries()) {
    try {
      await applyOne(collection, operation, index, totals)
    } catch (error) {
      errors.push(`operation ${index}: ${error instanceof Error ? error.message : String(error)}`)
      if (ordered) break
    }
  }
  if (errors.length) throw new Error(`bulkWrite failed: ${errors.join('; ')}`)
  return { ...totals }
}

async function applyOne(collection: FunctionCollection, operation: Doc, index: number, totals: Totals) {
  const [kind, spec] = Object.entries(operation ?? {})[0] ?? []
  const args = (spec ?? {}) as Doc
  const filter = (args.filter ?? {}) as Doc
  const upsert = { upsert: args.upsert === true }
  switch (kind) {
    case 'insertOne': {
      const { insertedId } = await collection.insertOne(args.document as Doc)
      totals.insertedCount++
      totals.insertedIds[index] = insertedId
      return
    }
    case 'updateOne':
    case 'updateMany': {
      const result = await collection[kind](filter, args.update as Doc, upsert)
      return countUpdate(totals, result, index)
    }
    case 'replaceOne': {
      const before = await collection.findOneAndReplace(filter, args.replacement as Doc, upsert)
      const matched = before ? 1 : 0
      return countUpdate(totals, { matchedCount: matched, modifiedCount: matched }, index)
    }
    case 'deleteOne':
    case 'deleteMany':
      totals.deletedCount += (await collection[kind](filter)).deletedCount
      return
    default:
      throw new Error(`unknown operation '${String(kind)}'`)
  }
}

function countUpdate(
  totals: Totals,
  result: { matchedCount: number; modifiedCount: number; upsertedId?: unknown },
  index: number
): void {
  totals.matchedCount += result.matchedCount
  totals.modifiedCount += result.modifiedCount
  if (result.upsertedId !== undefined) {
    totals.upsertedCount++
    totals.upsertedIds[index] = result.upsertedId
  }
}
