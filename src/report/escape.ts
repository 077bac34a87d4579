// Escaping for text that comes from files or from the server before it goes into GitHub markdown:
// inline text (markdown and HTML special characters, @mentions), code spans (any run of backticks),
// fenced blocks, and HTML attribute/element text. Everything is also bounded in length.

/** At most `max` characters (code points), with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}

const oneLine = (text: string): string => text.replace(/\r?\n|\r/g, ' ')

/** HTML element text (`<summary>`): no tags, no entities. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

/**
 * Inline markdown text: HTML is neutralised, markdown punctuation is backslash-escaped, and `@name`
 * cannot notify anyone (a zero-width space follows the `@`). One line, at most `max` characters.
 */
export function escapeText(text: string, max = 1000): string {
  const markdown = clip(oneLine(text), max)
    .replace(/[\\`*_[\]|~#!]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
  // HTML after markdown: the entities it writes must not get backslashes.
  return escapeHtml(markdown).replace(/@/g, '@&#8203;')
}

/** A code span that holds any text: the delimiter is one backtick longer than the longest run inside. */
export function codeSpan(text: string, max = 200): string {
  const body = clip(oneLine(text), max)
  if (body.trim() === '') return '`(empty)`'
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${body}${pad}${fence}`
}

/** A fenced block that holds any text (multi-line), at most `max` characters. */
export function fencedBlock(text: string, max = 4000): string {
  const body = clip(text.replace(/\r\n?/g, '\n'), max)
  const longest = Math.max(0, ...(body.match(/`{3,}/g) ?? []).map(run => run.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}text\n${body}\n${fence}`
}

/** Text for an HTML comment (the sticky marker): it must not end the comment early. */
export function commentSafe(text: string): string {
  return text
    .replace(/[^A-Za-z0-9._/@+=-]/g, ch => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    .replace(/--/g, '-%2D')
}
