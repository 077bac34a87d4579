// The plan's "+added -removed" for sources, one case a row: the counts of a shortest line edit script.
import { countLineChanges } from '../../src/plan/line-diff.js'

const lines = (n: number, changed = -1) =>
  Array.from({ length: n }, (_, i) => (i === changed ? `changed ${i}` : `line ${i}`)).join('\n') + '\n'

// prettier-ignore
const rows: ReadonlyArray<readonly [string, string, string, number, number]> = [
  ['equal texts', 'a\nb\n', 'a\nb\n', 0, 0],
  ['a new file: every line added', '', 'a\nb\n', 2, 0],
  ['a removed file: every line removed', 'a\nb\n', '', 0, 2],
  ['one line changed: one added, one removed', 'a\nb\nc\n', 'a\nB\nc\n', 1, 1],
  ['a line inserted at the head', 'b\nc\n', 'a\nb\nc\n', 1, 0],
  ['a line appended at the tail', 'a\n', 'a\nb\n', 1, 0],
  ['two lines swapped: the shortest script keeps one', 'a\nb\n', 'b\na\n', 1, 1],
  ['a final newline alone is not a line change', 'a\nb', 'a\nb\n', 0, 0],
  ['a repeated line removed from the middle', 'x\ny\nx\ny\n', 'x\ny\ny\n', 0, 1],
  ['an edit far apart at both ends', 'a\nm\nm\nz\n', 'A\nm\nm\nZ\n', 2, 2],
  ['a large file with one line changed', lines(5000), lines(5000, 2500), 1, 1],
  ['a large file replaced whole', lines(300), lines(300).replace(/line/g, 'row'), 300, 300]
]

test.each(rows.map((row, i) => [i + 1, ...row] as const))(
  '%i. %s',
  (_n, _rule, before, after, added, removed) => {
    expect(countLineChanges(before, after)).toEqual({ added, removed })
  }
)
