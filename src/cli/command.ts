// What a CLI command is: its flags (declared once, used for parsing and for --help) and its run function.
import { parseArgs } from 'node:util'
import { ConfigError } from '../errors.js'
import type { Logger } from '../log.js'

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
}

export interface Command {
  readonly name: string
  readonly summary: string
  readonly description?: string
  readonly options: Record<string, OptionSpec>
  readonly positionals?: string
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
    const message = error instanceof Error ? error.message : String(error)
    throw new ConfigError([
      {
        source: `realm-deploy ${command.name}`,
        message: `${message}. Run 'realm-deploy ${command.name} --help' for the options.`,
        severity: 'error'
      }
    ])
  }
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
