// Documents cross into and out of the in-memory engine as BSON, the way they cross the wire to a
// server: the engine never shares an object with the function, and values BSON cannot hold
// (functions, undefined fields) are dropped as a server would drop them.
import { deserialize, serialize } from 'bson'
import type { Doc } from './types.js'

export function cloneDoc(doc: Doc): Doc {
  return deserialize(serialize(doc), { promoteValues: true }) as Doc
}

/** Clones a value that may be a scalar (a distinct value, an _id). */
export function cloneValue(value: unknown): unknown {
  return cloneDoc({ v: value }).v
}
