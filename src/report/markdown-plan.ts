// The plan in GitHub markdown: one collapsible `<details>` block per resource kind (apply order),
// function sources as `+N -M`, secrets by name only, hosting as file counts plus the paths.
import path from 'node:path'
import { APPLY_ORDER, KINDS } from '../plan/kinds.js'
import { planSize, type Change, type Plan } from '../plan/types.js'
import { codeSpan, escapeHtml, escapeText } from './escape.js'

/** Items listed per block; the rest are counted. */
export const MAX_ITEMS = 100

const SYMBOL = { create: '➕', update: '✏️', delete: '➖' } as const
const VERB = { create: 'create', update: 'update', delete: 'delete' } as const

function listed(lines: readonly string[]): string[] {
  const shown = lines.slice(0, MAX_ITEMS)
  if (lines.length > shown.length) shown.push(`- … and ${lines.length - shown.length} more`)
  return shown
}

function details(summary: string, lines: readonly string[], open = false): string {
  return [
    `<details${open ? ' open' : ''}><summary>${summary}</summary>`,
    '',
    ...listed(lines),
    '',
    '</details>'
  ].join('\n')
}

function changeLine(c: Change, fileBase: string): string {
  const parts = [`- ${SYMBOL[c.action]} ${VERB[c.action]} ${codeSpan(c.key)}`]
  if (c.action === 'update' && c.fields?.length)
    parts.push(
      `: ${c.fields
        .slice(0, 10)
        .map(f => codeSpan(f, 60))
        .join(', ')}${c.fields.length > 10 ? ', …' : ''}`
    )
  if (c.lines && (c.lines.added || c.lines.removed))
    parts.push(` (source **+${c.lines.added} −${c.lines.removed}**)`)
  if (c.file) parts.push(` · ${codeSpan(repositoryFile(fileBase, c.file), 160)}`)
  return parts.join('')
}

function counts(changes: readonly Change[]): string {
  const by = (action: Change['action']) => changes.filter(c => c.action === action).length
  return (['create', 'update', 'delete'] as const)
    .filter(a => by(a) > 0)
    .map(a => `${by(a)} to ${VERB[a]}`)
    .join(', ')
}

function secretsBlock(plan: Plan): string | undefined {
  const { create, update } = plan.secrets
  if (create.length + update.length === 0) return undefined
  const lines = [
    ...create.map(n => `- ${SYMBOL.create} create ${codeSpan(n)}`),
    ...update.map(n => `- ✏️ replace the value of ${codeSpan(n)}`)
  ]
  return details(`Secrets: ${create.length + update.length} (values are never shown)`, lines)
}

function hostingBlock(plan: Plan): string | undefined {
  const h = plan.hosting
  if (!h) return undefined
  const total = h.added.length + h.bodyChanged.length + h.attrsChanged.length + h.removed.length
  const table = [
    '| Added | Changed | Attributes changed | Removed | Unchanged |',
    '|---:|---:|---:|---:|---:|',
    `| ${h.added.length} | ${h.bodyChanged.length} | ${h.attrsChanged.length} | ${h.removed.length} | ${h.unchanged} |`
  ].join('\n')
  if (total === 0) return `**Hosting files**: no changes (${h.unchanged} unchanged)`
  const lines = [
    ...h.added.map(a => `- ${SYMBOL.create} ${codeSpan(a.path)}`),
    ...h.bodyChanged.map(a => `- ${SYMBOL.update} ${codeSpan(a.path)}`),
    ...h.attrsChanged.map(a => `- ${SYMBOL.update} ${codeSpan(a.path)} (attributes)`),
    ...h.removed.map(p => `- ${SYMBOL.delete} ${codeSpan(p)}`)
  ]
  return `**Hosting files**\n\n${table}\n\n${details(`Hosting files: ${total} to upload, update or remove`, lines)}`
}

/** A file of the app as the repository names it (the app directory plus the file), with `/`. */
export function repositoryFile(appDir: string, file: string): string {
  return path.posix.join(appDir.replace(/\\/g, '/'), file)
}

/** The plan as markdown blocks (heading first), for `fitBlocks`; files are shown below `fileBase`. */
export function planBlocks(plan: Plan, heading: string, fileBase = '.'): string[] {
  const size = planSize(plan)
  if (size === 0) return [`#### ${heading}\n\nNo changes: the app matches the repository.`]
  const blocks = [`#### ${heading}: ${size} change${size === 1 ? '' : 's'}`]
  const secrets = secretsBlock(plan)
  if (secrets) blocks.push(secrets)
  for (const kind of APPLY_ORDER) {
    const changes = plan.changes
      .filter(c => c.kind === kind)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    if (changes.length > 0)
      blocks.push(
        details(
          `${escapeHtml(KINDS[kind].title)}: ${changes.length} (${counts(changes)})`,
          changes.map(c => changeLine(c, fileBase))
        )
      )
  }
  const hosting = hostingBlock(plan)
  if (hosting) blocks.push(hosting)
  if (plan.dependencies)
    blocks.push(
      `**Dependencies**: install ${codeSpan(plan.dependencies.file)} (${escapeText(plan.dependencies.reason, 300)})`
    )
  return blocks
}
