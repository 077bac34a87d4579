// Lines added and removed between two texts (Myers' O(ND) shortest edit script), for the plan's
// "+12 -3" on function and webhook sources. Only the counts are needed, so no script is built.

export interface LineChanges {
  readonly added: number
  readonly removed: number
}

function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}

/** The length of the shortest edit script: D = added + removed, where added - removed = b - a. */
function editDistance(a: string[], b: string[]): number {
  const n = a.length
  const m = b.length
  const max = n + m
  const v = new Int32Array(2 * max + 2)
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[max + k - 1] < v[max + k + 1])
      let x = down ? v[max + k + 1] : v[max + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[max + k] = x
      if (x >= n && y >= m) return d
    }
  }
  return max
}

export function countLineChanges(before: string, after: string): LineChanges {
  if (before === after) return { added: 0, removed: 0 }
  let a = splitLines(before)
  let b = splitLines(after)
  // Trim the common head and tail: most edits are local, and it keeps D small and fast.
  let head = 0
  while (head < a.length && head < b.length && a[head] === b[head]) head++
  let tail = 0
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++
  a = a.slice(head, a.length - tail)
  b = b.slice(head, b.length - tail)
  const d = editDistance(a, b)
  const removed = (d - (b.length - a.length)) / 2
  return { added: d - removed, removed }
}
