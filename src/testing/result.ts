// What a call hands back to the test: App Services serializes a function's return value to Extended
// JSON, so the result crosses out of the sandbox the same way. That also makes it a value of the
// test's own realm (plain objects and arrays with the test's prototypes), so strict deep-equality
// assertions (node:assert's deepStrictEqual, toStrictEqual) compare it as they would any value.
import { EJSON } from 'bson'

export function toHostValue(value: unknown): unknown {
  if (value === undefined || value === null) return value
  try {
    const wire = EJSON.serialize({ v: value } as never, { relaxed: false })
    return (EJSON.deserialize(wire, { relaxed: true }) as { v: unknown }).v
  } catch {
    // Not representable as EJSON (a cycle, a BigInt): App Services would fail to serialize it too,
    // but the test still gets to look at what the function returned.
    return value
  }
}
