// Dispatches argv to a command, turns typed errors into messages and exit codes.
import { commandHelp, parseCommandArgs, type Command } from './command.js'
import { commands } from './commands/index.js'
import { ConfigError, exitCodeOf, formatProblem } from '../errors.js'
import { createStreamLogger, logSafe } from '../log.js'
import { redact } from '../secrets.js'

export interface CliHost {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  readonly env: NodeJS.ProcessEnv
  readonly cwd: string
  /** Defaults to one that aborts on SIGINT/SIGTERM. */
  readonly signal?: AbortSignal
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
    "Run 'realm-deploy <command> --help' for a command's options.",
    ''
  ].join('\n')
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
    host.stdout(`realm-deploy ${process.env.npm_package_version ?? '0.1.0'}\n`)
    return 0
  }
  const command: Command | undefined = commands.find(c => c.name === name)
  if (!command) {
    host.stderr(`realm-deploy: unknown command '${name}'.\n\n${mainHelp()}`)
    return 2
  }
  const debug = host.env.RUNNER_DEBUG === '1' || host.env.REALM_DEPLOY_DEBUG === '1'
  const logger = createStreamLogger({ write: raw.stderr, debug })
  try {
    const { values, positionals, help } = parseCommandArgs(command, rest)
    if (help) {
      host.stdout(commandHelp(command))
      return 0
    }
    const signal = host.signal ?? signalFromProcess()
    return await command.run(values, positionals, {
      stdout: host.stdout,
      stderr: host.stderr,
      logger,
      env: host.env,
      cwd: host.cwd,
      signal
    })
  } catch (error) {
    if (error instanceof ConfigError) {
      for (const problem of error.problems) host.stderr(`${redact(formatProblem(problem))}\n`)
    } else {
      const message = error instanceof Error ? error.message : String(error)
      host.stderr(`realm-deploy ${name}: ${redact(message)}\n`)
    }
    return exitCodeOf(error)
  }
}
