// `realm-deploy emulator --divergences`: the divergence list as plain text, grouped into what the
// emulator does not emulate and what it does differently from (or beyond) the spec, each entry with
// the operations it concerns and the evidence it rests on. Deterministic: the list's own order.
import type { Divergence } from './divergences.js'

function isNotEmulated(d: Divergence): boolean {
  return d.divergence.startsWith('Not emulated')
}

/** Wraps text at `width` columns; `first` starts the first line, `indent` the others. */
function wrap(text: string, first: string, indent = first, width = 100): string[] {
  const lines: string[] = []
  let line = ''
  const lead = (): string => (lines.length === 0 ? first : indent)
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && lead().length + line.length + 1 + word.length > width) {
      lines.push(`${lead()}${line}`)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(`${lead()}${line}`)
  return lines
}

function entry(d: Divergence): string[] {
  return [
    ...wrap(d.operation, '- ', '  '),
    ...wrap(d.divergence, '    '),
    ...wrap(`Why: ${d.reason}`, '    ')
  ]
}

export function renderDivergences(list: readonly Divergence[]): string {
  const missing = list.filter(isNotEmulated)
  const differing = list.filter(d => !isNotEmulated(d))
  return [
    `The Admin API emulator against the official OpenAPI spec: ${list.length} entries.`,
    '',
    ...wrap(
      `Not emulated (${missing.length}): these operations answer 501 {"error", "error_code": "NotEmulated"} naming the operation.`,
      ''
    ),
    ...missing.flatMap(entry),
    '',
    `Different from, or beyond, the spec (${differing.length}):`,
    ...differing.flatMap(entry),
    ''
  ].join('\n')
}
