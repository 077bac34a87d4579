// Summaries of repeated measurements and the plain-text table the runner prints.

/** { median, min, max, n } of numbers (the median of an even count is the mean of the middle two). */
export function summarize(values) {
  const sorted = values.filter(v => Number.isFinite(v)).sort((a, b) => a - b)
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 }
  const mid = Math.floor(sorted.length / 2)
  const median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length }
}

export const round = (value, digits = 3) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null)

/** A verdict for a goal: `ratio` measured against `limit` (lower is better). */
export function goal(description, measured, limit) {
  const met = Number.isFinite(measured) && measured <= limit
  return { goal: description, measured: round(measured), limit, met }
}

/** Prints rows (arrays of cells) as an aligned table. */
export function printTable(header, rows, write = line => console.log(line)) {
  const cells = [header, ...rows].map(row => row.map(cell => String(cell ?? '')))
  const widths = header.map((_, i) => Math.max(...cells.map(row => row[i].length)))
  const line = row =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')
  write(line(cells[0]))
  write(widths.map(w => '-'.repeat(w)).join('  '))
  for (const row of cells.slice(1)) write(line(row))
}

export const seconds = value => (Number.isFinite(value) ? `${value.toFixed(3)}s` : 'n/a')
