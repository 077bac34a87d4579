import { clip, codeSpan, commentSafe, escapeHtml, escapeText, fencedBlock } from '../../src/report/escape.js'

describe('codeSpan', () => {
  test.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['a``b```c', '````a``b```c````'],
    ['`edge`', '`` `edge` ``'],
    ['two\nlines', '`two lines`'],
    ['', '`(empty)`']
  ])('%j -> %s', (text, expected) => {
    expect(codeSpan(text)).toBe(expected)
  })

  test('is bounded', () => {
    expect(codeSpan('x'.repeat(500), 10)).toBe('`xxxxxxxxx…`')
  })
})

describe('escapeText', () => {
  test('neutralises HTML and markdown', () => {
    expect(escapeText('<b>*hi*</b> _x_ [a](b) `c` | ~d~ # !')).toBe(
      '&lt;b&gt;\\*hi\\*&lt;/b&gt; \\_x\\_ \\[a\\](b) \\`c\\` \\| \\~d\\~ \\# \\!'
    )
  })

  test('defuses mentions and keeps entities intact', () => {
    expect(escapeText("@team it's")).toBe('@&#8203;team it&#39;s')
  })

  test('a leading list or heading marker stays text', () => {
    expect(escapeText('- not a list')).toBe('\\- not a list')
    expect(escapeText('1. not a list')).toBe('1\\. not a list')
  })

  test('one line, bounded', () => {
    expect(escapeText('a\r\nb\nc', 4)).toBe('a b…')
  })
})

test('fencedBlock uses a fence longer than any inside', () => {
  expect(fencedBlock('x\n```\ny')).toBe('````text\nx\n```\ny\n````')
  expect(fencedBlock('plain')).toBe('```text\nplain\n```')
})

test('escapeHtml', () => {
  expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
})

test('commentSafe cannot end an HTML comment or merge two fields', () => {
  expect(commentSafe('apps/shop')).toBe('apps/shop')
  expect(commentSafe('a-->b')).toBe('a-%2D%3Eb')
  expect(commentSafe('a:b c')).toBe('a%3Ab%20c')
})

test('clip counts code points', () => {
  expect(clip('😀😀😀', 2)).toBe('😀…')
})
