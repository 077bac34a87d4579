// Times as a person types them on a command line: `90s`, `15m`, `1h`, `2d`, `1w` (ago, for --since),
// or an ISO 8601 date.

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }

/** Milliseconds of `90s`/`15m`/`1h`/`2d`/`1w`; undefined when `text` is not one. */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(text.trim())
  return m ? Number(m[1]) * UNIT_MS[m[2]] : undefined
}

/** An ISO date, or a duration before `now`; undefined when neither. */
export function parseTimePoint(text: string, now: number): string | undefined {
  const ago = parseDuration(text)
  if (ago !== undefined) return new Date(now - ago).toISOString()
  const ms = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString()
}
