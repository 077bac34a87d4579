// The --json contract, checked wherever a test reads a --json result: stdout is exactly one line
// holding one JSON object, and that object validates against schema/cli-result.schema.json.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Ajv2020 } from 'ajv/dist/2020.js'

export const SCHEMA_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../schema/cli-result.schema.json'
)
export const resultSchema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(resultSchema)

/** Every --json result the suite saw, for a final count. */
export const seenResults: unknown[] = []

/** Parses a --json run's stdout; throws (failing the test) unless it is one schema-valid object. */
export function jsonResult<T = Record<string, unknown>>(stdout: string): T {
  const lines = stdout.split('\n').filter(l => l !== '')
  if (lines.length !== 1) throw new Error(`--json printed ${lines.length} lines, expected 1:\n${stdout}`)
  const value: unknown = JSON.parse(lines[0])
  if (!validate(value)) {
    throw new Error(
      `--json result does not match the schema: ${JSON.stringify(validate.errors, null, 2)}\n${lines[0]}`
    )
  }
  seenResults.push(value)
  return value as T
}
