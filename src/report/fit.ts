// Keeps a report under a size limit (GitHub refuses comment bodies over 65,536 characters) without
// cutting through markup: whole blocks are kept in order until the next one would not fit, the
// closing blocks (the footer) always stay, and a note says what was left out and where to find it.

/** GitHub's limit for an issue or pull request comment body. */
export const COMMENT_LIMIT = 65_536
/** The job summary allows 1 MiB per step; characters can take up to 3 bytes. */
export const SUMMARY_LIMIT = 340_000

export interface Blocks {
  /** Rendered in order; dropped from the first one that does not fit. */
  readonly body: readonly string[]
  /** Always kept, after the body (the footer). */
  readonly tail: readonly string[]
}

const SEPARATOR = '\n\n'

export function truncationNote(omitted: number, limit: number): string {
  return (
    `> [!NOTE]\n> This report was cut to fit GitHub's limit of ${limit.toLocaleString('en-US')} characters: ` +
    `${omitted} more section${omitted === 1 ? ' was' : 's were'} left out. ` +
    'The job summary of the run has the full report, and the `plan-file` output the whole plan as JSON.'
  )
}

export function fitBlocks({ body, tail }: Blocks, limit: number): string {
  const join = (parts: readonly string[]): string => parts.filter(p => p !== '').join(SEPARATOR)
  const whole = join([...body, ...tail])
  if (whole.length <= limit) return whole
  const kept: string[] = []
  let i = 0
  for (; i < body.length; i++) {
    const note = truncationNote(body.length - i - 1, limit)
    if (join([...kept, body[i], note, ...tail]).length > limit) break
    kept.push(body[i])
  }
  const text = join([...kept, truncationNote(body.length - i, limit), ...tail])
  // Only reachable when the first blocks alone are over the limit: cut hard, but within the limit.
  return text.length <= limit ? text : `${text.slice(0, limit - 40)}\n\n…(cut to fit ${limit} characters)`
}
