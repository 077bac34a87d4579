// "Did you mean": the closest known name to a mistyped command or flag, by edit distance. Only a
// close match is offered (a guess far from what was typed helps nobody).

/** Levenshtein distance, bounded by the short strings a CLI has (names of a few dozen characters). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
    }
    previous = current
  }
  return previous[b.length]
}

/** The known name nearest to `typed`, when it is within a third of its length (at least 1, at most 3). */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(typed.length / 3)))
  let best: { name: string; d: number } | undefined
  for (const name of known) {
    // A typed prefix of a longer name (`--incl` for `--include-hosting`) counts as one edit.
    const d = name.startsWith(typed) ? 1 : distance(typed, name)
    if (d <= limit && (!best || d < best.d)) best = { name, d }
  }
  return best?.name
}
