// The time-limit checks inserted into function sources: where each construct gets its check (one row
// per rule), that no line is added, that the instrumented source still parses as the original did,
// and that stack columns map back to the file's own.
import vm from 'node:vm'
import { CHECK, instrumentSource, originalColumn, TIME_GATE } from '../../src/testing/instrument.js'

const C = `${CHECK};`

test.each([
  ['1 while body with braces', 'while (a) { b() }', `while (a) {${C} b() }`],
  ['2 while body without braces', 'while (a) b()', `while (a) {${C}b()}`],
  ['3 for with an empty body', 'for (;;);', `for (;;){${C};}`],
  ['4 do-while without braces', 'do n++; while (n)', `do {${C}n++;} while (n)`],
  [
    '5 for-in and for-of',
    'for (k in o) f(k)\nfor (v of a) {}',
    `for (k in o) {${C}f(k)}\nfor (v of a) {${C}}`
  ],
  [
    '6 for await',
    'async function g() {for await (const x of s) {}}',
    `async function g() {${C}for await (const x of s) {${C}}}`
  ],
  ['7 nested loops without braces', 'while (a) while (b) c()', `while (a) {${C}while (b) {${C}c()}}`],
  [
    '8 function declaration and expression',
    'function f() {}\nexports = function () {}',
    `function f() {${C}}\nexports = function () {${C}}`
  ],
  ['9 arrow with an expression body', 'exports = x => x + 1', `exports = x => (${CHECK}, x + 1)`],
  ['10 arrow returning an object', 'exports = () => ({ a: 1 })', `exports = () => ((${CHECK}, { a: 1 }))`],
  ['11 arrow returning an arrow', 'f = a => b => a', `f = a => (${CHECK}, b => (${CHECK}, a))`],
  [
    '12 methods, getters, class methods',
    'o = { m() {}, get g() { return 1 } }',
    `o = { m() {${C}}, get g() {${C} return 1 } }`
  ],
  ['13 class method', 'class K { m() {} }', `class K { m() {${C}} }`],
  ['14 catch and finally', 'try {} catch (e) {} finally {}', `try {} catch (e) {${C}} finally {${C}}`],
  ['15 catch without a binding', 'try {} catch {}', `try {} catch {${C}}`],
  [
    '16 a directive stays the first statement',
    "function f() {\n  'use strict';\n  x()\n}",
    `function f() {\n  'use strict';;${C}\n  x()\n}`
  ],
  [
    '17 a directive without a semicolon',
    'function f() { "use strict"\n}',
    `function f() { "use strict";${C}\n}`
  ],
  ['18 top-level code gets no check', 'const a = 1;\nreturn a', 'const a = 1;\nreturn a']
])('%s', (_rule, source, expected) => {
  const { source: out } = instrumentSource(source)
  expect(out).toBe(expected)
  expect(out.split('\n')).toHaveLength(source.split('\n').length)
  // Still a valid function body (as compile.ts compiles it).
  expect(() => vm.compileFunction(out, [TIME_GATE, 'exports', 'o', 'f'])).not.toThrow()
})

test('a source that does not parse throws a SyntaxError with its line', () => {
  expect(() => instrumentSource('exports = function () {\n  return 1 +;\n}')).toThrow(
    expect.objectContaining({ name: 'SyntaxError', loc: expect.objectContaining({ line: 2 }) })
  )
})

test('columns after, before and inside a check map back to the original line', () => {
  const source = 'exports = function (n) { for (;;) { if (n) throw new Error("x") } }'
  const instrumented = instrumentSource(source)
  const line = instrumented.source
  const thrownAt = line.indexOf('new Error') + 1
  expect(originalColumn(instrumented, 1, thrownAt)).toBe(source.indexOf('new Error') + 1)
  expect(originalColumn(instrumented, 1, 1)).toBe(1)
  expect(originalColumn(instrumented, 1, line.indexOf(TIME_GATE) + 3)).toBe(source.indexOf('{ for') + 2)
  expect(originalColumn(instrumented, 2, 7)).toBe(7)
})

/** Runs a module body as compile.ts does, with a gate whose countdown never runs out here. */
function run(body: string): unknown {
  const gate = { left: 1e9, check: () => undefined }
  return vm.compileFunction(body, [TIME_GATE])(gate)
}

test.each([
  [
    'labels, continue and break',
    'let n = 0; outer: for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) { if (j > i) continue outer; if (i === 4) break outer; n++ } return n'
  ],
  ['ASI after brace-less bodies', 'let a = 0, i = 3\nwhile (i--) a += i\nreturn a'],
  [
    'braces in strings, templates, regexes and comments',
    'const s = `{${"}"}`; /* { */ return [s, /\\{/.test("{"), "{"].join()'
  ],
  [
    'generators and for-of',
    'function* g() { let i = 0; while (true) yield i++ } const out = []; for (const v of g()) { if (v > 3) break; out.push(v) } return out'
  ],
  [
    'class fields, getters, static blocks',
    'class K { static s; static { K.s = 2 } f = () => 3; get g() { return 4 } } const k = new K(); return [K.s, k.f(), k.g]'
  ],
  [
    'try, catch, finally',
    'const log = []; try { throw 1 } catch { log.push("c") } finally { log.push("f") } return log'
  ],
  [
    'arrow bodies: objects, sequences, nesting',
    'const f = a => ({ a }), g = a => b => a + b, h = (x => x, 5); return [f(1), g(1)(2), h]'
  ],
  ["'use strict' keeps this undefined", 'return (function () { "use strict"; return this === undefined })()']
])('instrumented code computes what the original does: %s', (_rule, body) => {
  const expected = run(body)
  expect(expected).toBeDefined()
  expect(run(instrumentSource(body).source)).toEqual(expected)
})
