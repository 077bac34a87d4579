// What a CLI command is: its flags (declared once, used for parsing and for --help) and its run function.
import { parseArgs } from 'node:util'
import { ConfigError } from '../errors.js'
import type { Logger } from '../log.js'
import { exitCodesText } from './exit-codes.js'
import { closest } from './suggest.js'

export interface OptionSpec {
  readonly type: 'string' | 'boolean'
  readonly multiple?: boolean
  readonly short?: string
  /** Shown in --help after the flag, e.g. `DIR`. */
  readonly value?: string
  readonly description: string
  readonly default?: string | boolean
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>

export interface CommandIO {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly logger: Logger
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
  /** Aborted on SIGINT/SIGTERM. */
  readonly signal: AbortSignal
  /** Every warning the logger wrote so far (a `--json` result carries them). */
  readonly warnings: readonly string[]
  /** Asks a person and resolves the answer; absent when no terminal can answer (CI). */
  readonly prompt?: (question: string) => Promise<string>
}

export interface Command {
  readonly name: string
  readonly summary: string
  readonly description?: string
  readonly options: Record<string, OptionSpec>
  readonly positionals?: string
  /** Command lines shown under "Examples:" in --help (each a whole `realm-deploy ...` line). */
  readonly examples?: readonly string[]
  /** The exit codes this command can end with (see exit-codes.ts); default: all of them. */
  readonly exitCodes?: readonly number[]
  /** `--json` prints one result object (json-result.ts) for every outcome, errors included. */
  readonly jsonResult?: boolean
  /** Flags other tools have that this command answers with a pointer instead (`--dry-run` -> plan). */
  readonly redirects?: Readonly<Record<string, string>>
  /** Returns the process exit code. Throws typed errors (see errors.ts) for failures. */
  run(values: OptionValues, positionals: string[], io: CommandIO): Promise<number>
}

export function commandHelp(command: Command): string {
  const lines = [
    `Usage: realm-deploy ${command.name} [options]${command.positionals ? ` ${command.positionals}` : ''}`,
    '',
    command.description ?? command.summary,
    '',
    'Options:'
  ]
  const entries = Object.entries({ ...command.options, help: helpOption })
  const flags = entries.map(([name, spec]) => {
    const short = spec.short ? `-${spec.short}, ` : '    '
    return `${short}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`
  })
  const width = Math.max(...flags.map(f => f.length)) + 2
  entries.forEach(([, spec], i) => {
    const extra = [
      spec.multiple ? 'repeatable' : '',
      spec.default !== undefined && spec.default !== false ? `default: ${String(spec.default)}` : ''
    ].filter(Boolean)
    lines.push(
      `  ${flags[i].padEnd(width)}${spec.description}${extra.length ? ` (${extra.join('; ')})` : ''}`
    )
  })
  if (command.examples?.length) lines.push('', 'Examples:', ...command.examples.map(e => `  ${e}`))
  lines.push('', exitCodesText(command.exitCodes))
  return `${lines.join('\n')}\n`
}

const helpOption: OptionSpec = { type: 'boolean', short: 'h', description: 'Show this help and exit.' }

export function parseCommandArgs(
  command: Command,
  argv: string[]
): { values: OptionValues; positionals: string[]; help: boolean } {
  const options = Object.fromEntries(
    Object.entries({ ...command.options, help: helpOption }).map(([name, spec]) => [
      name,
      {
        type: spec.type,
        ...(spec.multiple ? { multiple: true } : {}),
        ...(spec.short ? { short: spec.short } : {}),
        ...(spec.default !== undefined && !spec.multiple ? { default: spec.default } : {})
      }
    ])
  )
  try {
    const parsed = parseArgs({
      args: argv,
      options,
      allowPositionals: Boolean(command.positionals),
      strict: true
    })
    const { help, ...values } = parsed.values as OptionValues
    return { values, positionals: parsed.positionals, help: help === true }
  } catch (error) {
    throw new ConfigError([
      {
        source: `realm-deploy ${command.name}`,
        message: `${parseErrorMessage(command, argv, error)} Run 'realm-deploy ${command.name} --help' for the options.`,
        severity: 'error'
      }
    ])
  }
}

/** node:util's message, shortened for an unknown flag, with a pointer or the nearest known flag. */
function parseErrorMessage(command: Command, argv: string[], error: unknown): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  if (code !== 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `${message.replace(/\.$/, '')}.`
  const flag = /'([^']+)'/.exec(message)?.[1] ?? argv.find(a => a.startsWith('-')) ?? ''
  const name = flag.replace(/^-+/, '').split('=')[0]
  const redirect = command.redirects?.[name]
  if (redirect) return `unknown option '--${name}': ${redirect}.`
  const known = Object.keys({ ...command.options, help: helpOption })
  const guess = closest(name, known)
  return `unknown option '${flag}'${guess ? `: did you mean '--${guess}'?` : '.'}`
}

/** Reads a string flag, or undefined. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name]
  return typeof v === 'string' ? v : undefined
}

export function stringList(values: OptionValues, name: string): string[] {
  const v = values[name]
  return Array.isArray(v) ? v.map(String) : typeof v === 'string' ? [v] : []
}
