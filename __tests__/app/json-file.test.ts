import {
  fieldProblem,
  formatFieldPath,
  lineColumn,
  locate,
  parseJsonDocument
} from '../../src/app/json-file.js'
import { countKeys, scanText } from '../../src/app/json-scan.js'

describe('parseJsonDocument (strict JSON with positions)', () => {
  test.each([
    ['{"a": 1,\n}', 'trailing comma', 2, 1],
    ['[1, 2,]', 'trailing comma', 1, 7],
    ['{\n  // note\n  "a": 1\n}', 'comments are not allowed', 2, 3],
    ['{"a": 1 /* c */}', 'comments are not allowed', 1, 9],
    ['', 'the file is empty', 1, 1],
    ['  \n\n', 'the file is empty', 1, 1],
    ['{"a": tru}', 'invalid JSON', 1, 7],
    ['{"a": 1', 'invalid JSON: close brace expected', 1, 8]
  ])('%j: %s at %i:%i', (text, message, line, column) => {
    const { doc, problems } = parseJsonDocument('x.json', text)
    expect(doc.ok).toBe(false)
    expect(doc.value).toBeUndefined()
    expect(problems).toEqual([
      expect.objectContaining({
        source: 'x.json',
        line,
        column,
        severity: 'error',
        message: expect.stringContaining(message)
      })
    ])
  })

  test('a UTF-8 BOM is accepted and values are plain objects', () => {
    const { doc, problems } = parseJsonDocument('x.json', '\ufeff{"a": {"b": [1, 2]}}')
    expect(problems).toEqual([])
    expect(doc.value).toEqual({ a: { b: [1, 2] } })
    expect(Object.getPrototypeOf(doc.value)).toBe(Object.prototype)
  })

  test('locate points at the property key, or the nearest existing parent', () => {
    const { doc } = parseJsonDocument(
      't.json',
      '{\n  "config": {\n    "schedule": "x"\n  },\n  "list": [1, {"k": 2}]\n}'
    )
    expect(locate(doc, ['config', 'schedule'])).toEqual({ line: 3, column: 5 })
    expect(locate(doc, ['config', 'missing'])).toEqual({ line: 2, column: 3 })
    expect(locate(doc, ['list', 1, 'k'])).toEqual({ line: 5, column: 16 })
    expect(fieldProblem(doc, ['list', 1, 'k'], 'bad')).toEqual({
      source: 't.json',
      line: 5,
      column: 16,
      field: 'list[1].k',
      message: 'bad',
      severity: 'error'
    })
  })

  test('field paths read like code', () => {
    expect(formatFieldPath(['config', 'schedule'])).toBe('config.schedule')
    expect(formatFieldPath([0, 'name'])).toBe('[0].name')
    expect(formatFieldPath(['when', '%%args.url.host'])).toBe('when["%%args.url.host"]')
    expect(formatFieldPath([])).toBeUndefined()
    expect(lineColumn('a\nbc\nd', 4)).toEqual({ line: 2, column: 3 })
  })

  // The fast path: JSON.parse alone, unless the scan shows a key written twice or a long number.
  test.each([
    ['{"a": 1, "a": 2}', 'duplicate key "a" on lines 1 and 1'],
    ['{"a": {"b": 1},\n "c": {"b": 2, "b": 3}}', 'duplicate key "b" on lines 2 and 2'],
    ['{"\\u0061": 1, "a": 2}', 'duplicate key "a"'],
    ['{"x": "a\\": 1", "x": 2}', 'duplicate key "x"'],
    ['[{"k": 1}, {"k": 2}, {"n": 12345678901234567890}]', 'integer 12345678901234567890 is past 2^53'],
    ['{"a": "1234567890123456789", "b": "k:", "c" : {"d":\t1}}', undefined],
    ['{"__proto__": 1, "b": [{"c": 2}]}', undefined]
  ])('%j: %s', (text, warning) => {
    const { doc, problems } = parseJsonDocument('x.json', text)
    expect(doc.ok).toBe(true)
    expect(problems).toEqual(
      warning === undefined
        ? []
        : [expect.objectContaining({ severity: 'warning', message: expect.stringContaining(warning) })]
    )
  })

  test('the scan counts the keys written, and countKeys the keys JSON.parse kept', () => {
    const text = '{"a": {"b": "x:y", "c": ["d:", {"e": 1, "e": 2}]}, "f": "g"}'
    expect(scanText('x.json', text)).toEqual({ tooDeep: undefined, keys: 6, longNumber: false })
    expect(countKeys(JSON.parse(text))).toBe(5)
    expect(scanText('x.json', '[' + '['.repeat(100) + ']'.repeat(101)).tooDeep).toEqual(
      expect.objectContaining({ line: 1, message: expect.stringContaining('deeper than 100 levels') })
    )
  })

  test('the syntax tree is built only when a problem is placed', () => {
    const { doc } = parseJsonDocument('x.json', '{\n  "a": {"b": 1}\n}')
    const descriptor = Object.getOwnPropertyDescriptor(doc, 'tree')
    expect(descriptor?.get).toBeDefined()
    expect(locate(doc, ['a', 'b'])).toEqual({ line: 2, column: 9 })
    expect(doc.tree).toBe(doc.tree)
  })
})
