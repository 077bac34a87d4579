// The `--json` contract: exactly one object on stdout for every outcome of every command with --json
// (validate, assets, plan, deploy, status, rollback, logs), errors included. Its shape is schema/cli-result.schema.json (versioned by `schemaVersion`; a field
// is only ever added within a version). `warnings` holds everything stderr warned about.
import { formatProblem, type Problem } from '../errors.js'
import { redact } from '../secrets.js'
import type { OptionSpec } from './command.js'

export const JSON_SCHEMA_VERSION = 1

/** The `--json` flag; `carries` names what the result holds beyond the common fields, `note` a limit. */
export function jsonOption(carries?: string, note?: string): OptionSpec {
  const what = carries ? `, ${carries}` : ''
  return {
    type: 'boolean',
    description: `Print exactly one JSON result object on stdout (schema/cli-result.schema.json)${what}, errors included.${note ? ` ${note}` : ''}`
  }
}

export interface JsonResult {
  readonly command: string | null
  readonly status: string
  readonly exitCode: number
  readonly error: string | null
  readonly warnings: readonly string[]
  readonly [field: string]: unknown
}

/** The one line a `--json` run prints: the result with its version first, redacted as a whole. */
export function jsonLine(result: JsonResult): string {
  const { command, status, exitCode, error, warnings, ...rest } = result
  const ordered = {
    schemaVersion: JSON_SCHEMA_VERSION,
    command,
    status,
    exitCode,
    error,
    warnings: [...new Set(warnings)],
    ...rest
  }
  return `${redact(JSON.stringify(ordered))}\n`
}

const STATUS_OF_CODE: Record<number, string> = { 2: 'invalid', 3: 'conflict', 4: 'aborted', 130: 'cancelled' }

/** The result of a run that ended with an error before the command could report one. */
export function errorResult(
  command: string | null,
  exitCode: number,
  error: string,
  warnings: readonly string[],
  problems?: readonly Problem[]
): JsonResult {
  return {
    command,
    status: STATUS_OF_CODE[exitCode] ?? 'failed',
    exitCode,
    error,
    warnings: [
      ...warnings,
      ...(problems ?? []).filter(p => p.severity === 'warning').map(p => formatProblem(p))
    ],
    ...(problems ? { problems } : {})
  }
}
