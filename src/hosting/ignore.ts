// Ignore patterns for hosting files: glob patterns with the rules of .gitignore, matched against asset
// paths. Written here because Node 20 has no stable `path.matchesGlob`.
//
//   *.map          any file or directory named like this, at any depth
//   /drafts        anchored at hosting/files (a slash at the start or in the middle anchors)
//   build/         a trailing slash matches directories only
//   /a/**/b, **/x  `**` spans any number of directories
//   ? [a-z] [!0-9] one character (never `/`); `\` escapes the next character
import type { Problem } from '../errors.js'

export interface IgnoreMatcher {
  /** True when the asset path (or, with `isDirectory`, the directory at that path) is ignored. */
  isIgnored(assetPath: string, isDirectory: boolean): boolean
  /** True when the path or one of its parent directories is ignored. */
  isIgnoredWithParents(assetPath: string): boolean
}

interface CompiledPattern {
  readonly regex: RegExp
  readonly directoryOnly: boolean
}

/** Compiles the patterns; each invalid one is a Problem with `source` (e.g. `--ignore`). */
export function compileIgnore(
  patterns: readonly string[],
  source = 'ignore'
): { matcher: IgnoreMatcher; problems: Problem[] } {
  const compiled: CompiledPattern[] = []
  const problems: Problem[] = []
  for (const pattern of patterns) {
    const result = compilePattern(pattern)
    if (typeof result === 'string') {
      problems.push({ source, message: `ignore pattern '${pattern}': ${result}`, severity: 'error' })
    } else if (result) {
      compiled.push(result)
    }
  }
  return { matcher: matcherOf(compiled), problems }
}

function matcherOf(patterns: readonly CompiledPattern[]): IgnoreMatcher {
  const isIgnored = (path: string, isDirectory: boolean): boolean =>
    patterns.some(p => (isDirectory || !p.directoryOnly) && p.regex.test(path))
  return {
    isIgnored,
    isIgnoredWithParents(path) {
      if (patterns.length === 0) return false
      if (isIgnored(path, false)) return true
      for (let end = path.lastIndexOf('/'); end > 0; end = path.lastIndexOf('/', end - 1)) {
        if (isIgnored(path.slice(0, end), true)) return true
      }
      return false
    }
  }
}

/** A compiled pattern, undefined for a blank one, or the reason it is invalid. */
function compilePattern(pattern: string): CompiledPattern | undefined | string {
  let body = pattern.trim()
  if (body === '') return undefined
  if (body.startsWith('!')) return 'negation (!) is not supported; list only what to leave out'
  const directoryOnly = body.endsWith('/') && !body.endsWith('\\/')
  if (directoryOnly) body = body.replace(/\/+$/, '')
  const anchored = body.includes('/')
  body = body.replace(/^\/+/, '')
  if (body === '') return 'it names no file or directory'
  const source = globToRegexSource(body)
  if (source.startsWith('error:')) return source.slice('error:'.length)
  try {
    return { regex: new RegExp(`^/${anchored ? '' : '(?:.*/)?'}${source}$`, 'u'), directoryOnly }
  } catch {
    return 'it is not a valid glob (check the ranges inside [...])'
  }
}

/** Translates one glob (no leading or trailing slash) into a regular expression source. */
function globToRegexSource(glob: string): string {
  const segments = glob.split('/')
  const parts: string[] = []
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1
    if (segment === '**') parts.push(last ? '.*' : '(?:[^/]+/)*')
    else parts.push(segmentToRegexSource(segment) + (last ? '' : '/'))
  })
  const joined = parts.join('')
  const error = parts.find(p => p.startsWith('error:'))
  return error ?? joined
}

function segmentToRegexSource(segment: string): string {
  let out = ''
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]
    if (char === '*') {
      while (segment[i + 1] === '*') i++
      out += '[^/]*'
    } else if (char === '?') {
      out += '[^/]'
    } else if (char === '[') {
      const end = classEnd(segment, i)
      if (end < 0) return `error:'[' at position ${i + 1} is not closed (write \\[ for a literal bracket)`
      out += classToRegexSource(segment.slice(i + 1, end))
      i = end
    } else if (char === '\\' && i + 1 < segment.length) {
      out += escapeRegex(segment[++i])
    } else {
      out += escapeRegex(char)
    }
  }
  return out
}

/** Index of the `]` closing the class opened at `start`; a `]` right after `[` or `[!` is literal. */
function classEnd(segment: string, start: number): number {
  let i = start + 1
  if (segment[i] === '!' || segment[i] === '^') i++
  if (segment[i] === ']') i++
  for (; i < segment.length; i++) {
    if (segment[i] === '\\') i++
    else if (segment[i] === ']') return i
  }
  return -1
}

function classToRegexSource(inner: string): string {
  const negated = inner.startsWith('!') || inner.startsWith('^')
  const body = negated ? inner.slice(1) : inner
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const escaped = body[i] === '\\' && i + 1 < body.length
    const char = escaped ? body[++i] : body[i]
    const isRange = !escaped && char === '-' && out !== '' && i < body.length - 1
    out += isRange ? '-' : char.replace(/[\\\][^-]/g, '\\$&')
  }
  // A class never matches the separator, as in git.
  return negated ? `[^/${out}]` : `(?![/])[${out}]`
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
