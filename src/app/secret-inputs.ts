// Secret values supplied to a deploy: `--secret NAME=VALUE` (repeatable), `--secrets-file FILE`, and
// the action's multi-line `secrets` input, all `NAME=value` lines. Every value is registered for
// masking the moment it is read. A problem names the line and, once the name is known to be a
// valid name, the name: never the value, and never a malformed line (it may be a pasted secret).
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, type Problem } from '../errors.js'
import { registerSecret } from '../secrets.js'
import { secretNameProblem } from './names.js'

export interface ParsedSecrets {
  readonly values: Map<string, string>
  readonly problems: Problem[]
}

/**
 * Parses `NAME=value` lines. Blank lines and lines starting with `#` are skipped. The value is
 * everything after the first `=`, taken literally (no quotes are removed, no spaces trimmed), with a
 * trailing CR dropped so files written on Windows work.
 */
export function parseSecretLines(text: string, source: string): ParsedSecrets {
  const values = new Map<string, string>()
  const problems: Problem[] = []
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '' || line.trimStart().startsWith('#')) return
    const parsed = parseAssignment(line)
    const message =
      'error' in parsed
        ? parsed.error
        : values.has(parsed.name)
          ? `secret '${parsed.name}' is given twice`
          : undefined
    if (message) problems.push({ source, line: i + 1, message, severity: 'error' })
    else if (!('error' in parsed)) values.set(parsed.name, parsed.value)
  })
  return { values, problems }
}

/** One `NAME=value`; the value (or the whole text, when there is no `=`) is registered as a secret first. */
export function parseAssignment(text: string): { name: string; value: string } | { error: string } {
  const equals = text.indexOf('=')
  if (equals < 0) {
    registerSecret(text.trim())
    return { error: 'expected NAME=value (the text is not shown: it may hold a secret)' }
  }
  const name = text.slice(0, equals).trim()
  const value = text.slice(equals + 1)
  registerSecret(value)
  if (secretNameProblem(name))
    return { error: 'the name before "=" may only contain ASCII letters, digits, "_" and "-"' }
  if (value === '')
    return { error: `secret '${name}' has an empty value (is the CI secret it comes from set?)` }
  return { name, value }
}

export interface SecretInputOptions {
  /** `--secret` values, each `NAME=VALUE`. */
  readonly secrets?: readonly string[]
  /** `--secrets-file`, relative to `cwd`. */
  readonly secretsFile?: string
  readonly cwd: string
}

/** Reads every secret input; `--secret` wins over the same name in the file. Throws ConfigError on any problem. */
export async function readSecretInputs({
  secrets = [],
  secretsFile,
  cwd
}: SecretInputOptions): Promise<Map<string, string>> {
  const values = new Map<string, string>()
  const problems: Problem[] = []
  if (secretsFile) {
    const text = await readFile(path.resolve(cwd, secretsFile), 'utf8').catch(
      (error: NodeJS.ErrnoException) => {
        problems.push({
          source: '--secrets-file',
          message: `cannot read '${secretsFile}': ${error.code ?? error.message}`,
          severity: 'error'
        })
        return ''
      }
    )
    const parsed = parseSecretLines(text, secretsFile)
    problems.push(...parsed.problems)
    parsed.values.forEach((value, name) => values.set(name, value))
  }
  // A flag is one assignment: its value may span lines (a PEM key), so it is not split like a file.
  secrets.forEach((assignment, i) => {
    const parsed = parseAssignment(assignment)
    if ('error' in parsed)
      problems.push({ source: '--secret', message: `flag ${i + 1}: ${parsed.error}`, severity: 'error' })
    else values.set(parsed.name, parsed.value)
  })
  if (problems.length) throw new ConfigError(problems)
  return values
}
