// Drift (deploy/drift.ts) as text lines (terminal, under the plan) and as a markdown block (job
// summary, PR comment). Keys, fields and files are data: quoted in text, escaped in markdown.
import type { DriftItem, DriftReport } from '../deploy/drift.js'
import { codeSpan, escapeText } from './escape.js'

const MAX_SHOWN = 50
const VERB = { changed: 'changed', added: 'added', removed: 'removed' } as const

function itemText(i: DriftItem): string {
  const fields = i.fields?.length ? ` (${i.fields.join(', ')})` : ''
  const file = i.file ? `; the repository's ${JSON.stringify(i.file)} overwrites it` : ''
  return `  ${i.kind} ${JSON.stringify(i.key)} ${VERB[i.action]} in the app outside git${fields}${file}`
}

export function driftLines(report: DriftReport): string[] {
  return [`Drift: ${report.summary}`, ...report.items.map(itemText)]
}

export function driftBlock(report: DriftReport | undefined): string | undefined {
  if (!report) return undefined
  if (report.items.length === 0) return `#### Drift\n\n${escapeText(report.summary, 500)}`
  const lines = report.items.slice(0, MAX_SHOWN).map(i => {
    const fields = i.fields?.length ? `: ${i.fields.map(f => codeSpan(f, 80)).join(', ')}` : ''
    const file = i.file ? ` (repository file ${codeSpan(i.file, 200)})` : ''
    return `- ${escapeText(i.kind, 40)} ${codeSpan(i.key, 200)} **${VERB[i.action]}** outside git${fields}${file}`
  })
  if (report.items.length > MAX_SHOWN) lines.push(`- … and ${report.items.length - MAX_SHOWN} more`)
  return ['#### ⚠️ Drift', '', escapeText(report.summary, 500), '', ...lines].join('\n')
}
