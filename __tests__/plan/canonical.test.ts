// What "equal" means, one rule a row (config-to-api §2.4): canonicalize(doc, rules) -> canonical form,
// and changedFields(desired, remote) -> the top-level fields a plan names. Pure and in memory.
import {
  canonicalize,
  changedFields,
  type CanonicalRules,
  type JsonObject
} from '../../src/plan/canonical.js'

// prettier-ignore
const canonicalRows: ReadonlyArray<readonly [string, JsonObject, CanonicalRules, JsonObject]> = [
  ['keys are sorted at every depth',
    { b: 1, a: { d: 1, c: [{ f: 1, e: 2 }] } }, {}, { a: { c: [{ e: 2, f: 1 }], d: 1 }, b: 1 }],
  ['undefined is dropped at every depth',
    { a: undefined, b: { c: undefined, d: 1 } }, {}, { b: { d: 1 } }],
  ['the fields the server owns are dropped at the top level',
    { _id: 'x', id: 'y', last_modified: 1, app_id: 'a', group_id: 'g', domain_id: 'd', name: 'n' }, {},
    { name: 'n' }],
  ['...but never deeper: a schema may have a property called _id',
    { schema: { properties: { _id: { bsonType: 'objectId' } } } }, {},
    { schema: { properties: { _id: { bsonType: 'objectId' } } } }],
  ['a field equal to its default is dropped (absent is the default)',
    { private: false, disabled: true }, { defaults: { private: false, disabled: false } }, { disabled: true }],
  ['a default compares deeply, whatever the key order',
    { d: { y: 1, x: 2 } }, { defaults: { d: { x: 2, y: 1 } } }, {}],
  ['an empty expression ({} [] "" null) means absent where the kind says so',
    { a: {}, b: [], c: '', d: null, e: {} }, { emptyIsAbsent: ['a', 'b', 'c', 'd'] }, { e: {} }],
  ['a set-like array is sorted, its objects too',
    { s: ['b', 'a'], t: [{ y: 1 }, { x: 1 }] }, { sets: ['s', 't'] }, { s: ['a', 'b'], t: [{ x: 1 }, { y: 1 }] }],
  ['other arrays keep their order (role order matters)',
    { roles: ['b', 'a'] }, {}, { roles: ['b', 'a'] }],
  ['ignored fields are dropped',
    { version: 3, name: 'n' }, { ignore: ['version'] }, { name: 'n' }]
]

test.each(canonicalRows.map((row, i) => [i + 1, ...row] as const))(
  'canonicalize %i. %s',
  (_n, _rule, doc, rules, expected) => {
    const out = canonicalize(doc, rules)
    expect(out).toEqual(expected)
    // Key order is part of the canonical form: it is compared as JSON text.
    expect(JSON.stringify(out)).toBe(JSON.stringify(expected))
  }
)

// prettier-ignore
const changedRows: ReadonlyArray<readonly [string, JsonObject, JsonObject, string[]]> = [
  ['equal documents: nothing changed', { a: 1, b: { c: 2 } }, { b: { c: 2 }, a: 1 }, []],
  ['a value that differs', { a: 1, b: 2 }, { a: 1, b: 3 }, ['b']],
  ['a field on one side only, either side', { a: 1, z: 1 }, { a: 1, b: 1 }, ['b', 'z']],
  ['a nested difference names the top-level field', { config: { x: 1 } }, { config: { x: 2 } }, ['config']],
  ['fields come sorted', { c: 1, a: 1 }, { c: 2, a: 2 }, ['a', 'c']]
]

test.each(changedRows.map((row, i) => [i + 1, ...row] as const))(
  'changedFields %i. %s',
  (_n, _rule, desired, remote, expected) => {
    expect(changedFields(desired, remote)).toEqual(expected)
  }
)
