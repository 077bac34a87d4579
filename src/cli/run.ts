// Dispatches argv to a command, turns typed errors into messages and exit codes. With `--json`, every
// outcome of a result command (errors included) is one JSON object on stdout (json-result.ts).
import { readFileSync } from 'node:fs'
import { commandHelp, parseCommandArgs, type Command, type CommandIO } from './command.js'
import { commands } from './commands/index.js'
import { publicKeyEnv, privateKeyEnv, projectIdEnv } from './credential-names.js'
import { accessProblem, withConnectionHint } from '../deploy/access.js'
import { ConfigError, exitCodeOf, formatProblem } from '../errors.js'
import { exitCodesText } from './exit-codes.js'
import { errorResult, jsonLine } from './json-result.js'
import { createStreamLogger, logSafe, type Logger } from '../log.js'
import { redact } from '../secrets.js'
import { closest } from './suggest.js'

export interface CliHost {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
  /** Defaults to one that aborts on SIGINT/SIGTERM. */
  readonly signal?: AbortSignal
  /** Present only when a person can answer (stdin and stderr are a terminal): asks and resolves the answer. */
  readonly prompt?: (question: string) => Promise<string>
}

function mainHelp(): string {
  const width = Math.max(...commands.map(c => c.name.length)) + 2
  return [
    'Usage: realm-deploy <command> [options]',
    '',
    'Deploy MongoDB Atlas App Services apps from a config directory.',
    '',
    'Commands:',
    ...commands.map(c => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Examples:',
    '  realm-deploy validate --app-dir ./backend',
    '  realm-deploy plan --app-dir ./backend --project-id 5f1b2c3d4e5f60718293a4b5 --app myapp-abcde',
    '  realm-deploy deploy --app-dir ./backend --yes --json',
    '',
    `Credentials: --public-api-key/--private-api-key, or env ${publicKeyEnv}/${privateKeyEnv}; project: --project-id or env ${projectIdEnv}.`,
    "Run 'realm-deploy <command> --help' for a command's options and examples.",
    '',
    exitCodesText(),
    ''
  ].join('\n')
}

/** The installed package's version: package.json two levels up from src/cli/ and from dist/cli/. */
function packageVersion(): string {
  // Built at run time on purpose: a literal path would make the bundler copy package.json into
  // dist/cli/ (over its own {"type":"module"}) instead of reading the installed one.
  const up = (levels: number): string => '../'.repeat(levels)
  try {
    const text = readFileSync(new URL(`${up(2)}package.json`, import.meta.url), 'utf8')
    return String((JSON.parse(text) as { version?: unknown }).version ?? 'unknown')
  } catch {
    return 'unknown'
  }
}

function signalFromProcess(): AbortSignal {
  const controller = new AbortController()
  const abort = (signal: NodeJS.Signals): void => {
    if (controller.signal.aborted) process.exit(130)
    process.stderr.write(`\nreceived ${signal}: stopping (press again to exit at once)\n`)
    controller.abort(new Error(`received ${signal}`))
  }
  process.once('SIGINT', abort)
  process.once('SIGTERM', abort)
  return controller.signal
}

/** `--json` anywhere before a `--`: known before parsing, so flag errors get their JSON result too. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--')
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json')
}

/** A logger that also keeps every warning it wrote, for the `--json` result. */
function collectingLogger(host: CliHost, warnings: string[]): Logger {
  const debug = host.env.RUNNER_DEBUG === '1' || host.env.REALM_DEPLOY_DEBUG === '1'
  const logger = createStreamLogger({ write: host.stderr, debug })
  return {
    ...logger,
    warning: message => {
      warnings.push(redact(message))
      logger.warning(message)
    }
  }
}

function unknownCommand(name: string, json: boolean, host: CliHost): number {
  const guess = closest(
    name,
    commands.map(c => c.name)
  )
  const message = `unknown command '${name}'${guess ? `: did you mean '${guess}'?` : '.'}`
  host.stderr(`realm-deploy: ${redact(message)}\n\n${mainHelp()}`)
  if (json) host.stdout(jsonLine(errorResult(null, 2, message, [])))
  return 2
}

export async function runCli(argv: string[], raw: CliHost): Promise<number> {
  // The CLI's one choke point: whatever a command prints is redacted and made inert (a workflow
  // step reads the CLI's output for runner commands just as it reads the action's).
  const host: CliHost = {
    ...raw,
    stdout: text => raw.stdout(logSafe(text)),
    stderr: text => raw.stderr(logSafe(text))
  }
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    host.stdout(mainHelp())
    return name ? 0 : 2
  }
  if (name === '--version' || name === '-v') {
    host.stdout(`realm-deploy ${packageVersion()}\n`)
    return 0
  }
  const json = wantsJson(rest)
  const entry = commands.find(c => c.name === name)
  if (!entry) return unknownCommand(name, json, host)
  const command: Command = await entry.load()
  const warnings: string[] = []
  const io: Omit<CommandIO, 'signal'> = {
    stdout: host.stdout,
    stderr: host.stderr,
    // The logger makes its own lines safe (src/log.ts), so it writes past the wrapper.
    logger: collectingLogger({ ...host, stderr: raw.stderr }, warnings),
    env: host.env,
    cwd: host.cwd,
    warnings,
    ...(host.prompt ? { prompt: host.prompt } : {})
  }
  try {
    const { values, positionals, help } = parseCommandArgs(command, rest)
    if (help) {
      host.stdout(commandHelp(command))
      return 0
    }
    return await command.run(values, positionals, { ...io, signal: host.signal ?? signalFromProcess() })
  } catch (thrown) {
    const error =
      accessProblem(thrown, accessNames(rest, host.env)) ?? withConnectionHint(thrown, '--base-url')
    const message = error instanceof Error ? error.message : String(error)
    if (error instanceof ConfigError) {
      for (const problem of error.problems) host.stderr(`${redact(formatProblem(problem))}\n`)
    } else {
      host.stderr(`realm-deploy ${name}: ${redact(message)}\n`)
    }
    const code = exitCodeOf(error)
    if (json && command.jsonResult) {
      const problems = error instanceof ConfigError ? error.problems : undefined
      host.stdout(jsonLine(errorResult(command.name, code, message, warnings, problems)))
    }
    return code
  }
}

/** The project id as the user gave it (flag or env), for the hint of an access error. */
function accessNames(argv: readonly string[], env: NodeJS.ProcessEnv): Parameters<typeof accessProblem>[1] {
  const i = argv.findIndex(a => a === '--project-id' || a.startsWith('--project-id='))
  const fromFlag = i < 0 ? undefined : argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1]
  return {
    projectId: fromFlag ?? env[projectIdEnv] ?? '(none given)',
    keySource: '--public-api-key/--private-api-key',
    projectSource: '--project-id'
  }
}
