// `realm-deploy emulator`: runs the local Admin API emulator until SIGINT/SIGTERM. Prints exactly one
// line on stdout when ready (the base URL), everything else on stderr; `--divergences` prints the
// emulator's divergences from the spec instead and exits. A user-supplied private key is
// never printed; the built-in demo key is a local credential and is shown so it can be used.
import { resolve } from 'node:path'
import { stringList, stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'
import { ConfigError, type Problem } from '../../errors.js'
import { registerSecret } from '../../secrets.js'
import { DEMO_PROJECT_ID, DEMO_USER, type EmulatorOptions } from '../../emulator/settings.js'
import { startEmulator } from '../../emulator/server.js'
import { divergences } from '../../emulator/divergences.js'
import { renderDivergences } from '../../emulator/divergence-report.js'
import type { UserSpec } from '../../emulator/state.js'

const PROJECT_ID = /^[0-9a-f]{24}$/

export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'Run a local emulator of the App Services Admin API (for tests and demos).',
  description: [
    'Run a local, stateful emulator of the Atlas App Services Admin API v3.0 until SIGINT/SIGTERM.',
    'When ready it prints its base URL on stdout (the API is under /api/admin/v3.0).',
    'Without --api-key and --project it accepts a fixed demo key pair for a demo project (printed on stderr).',
    'With --divergences it prints where it knowingly differs from the spec (and what it does not emulate) and exits.',
    '',
    'Control routes simulate what the service does by itself, with the same bearer token as the API',
    '(POST /api/admin/v3.0/auth/providers/mongodb-cloud/login) for a key with access to the project:',
    '  POST /__emulator/groups/GROUP/apps/APP/triggers/NAME/suspend    {"error": "..."}  suspend a database trigger',
    '  POST /__emulator/groups/GROUP/apps/APP/triggers/NAME/execution  {"error": "..."}  record a failed run',
    '                                                                  (no error: a successful run)',
    "APP is the app's _id, client app id or name; NAME the trigger's name. PUT .../triggers/{id}/resume",
    'ends a suspension. --suspend-trigger-rate and --fail-trigger-rate make the same changes at random',
    '(reproducible with --seed) after each successful deployment.'
  ].join('\n'),
  options: {
    divergences: {
      type: 'boolean',
      description: 'Print where the emulator differs from the official spec, with the evidence, and exit.'
    },
    host: { type: 'string', value: 'HOST', description: 'Interface to listen on.', default: '127.0.0.1' },
    port: {
      type: 'string',
      value: 'PORT',
      description: 'Port to listen on; 0 picks a free port.',
      default: '0'
    },
    'api-key': {
      type: 'string',
      multiple: true,
      value: 'PUBLIC:PRIVATE',
      description: 'An API key pair; each pair is its own user.'
    },
    project: {
      type: 'string',
      multiple: true,
      value: 'ID',
      description: 'An Atlas project (group) id the keys can use (24 hex digits).'
    },
    'data-dir': {
      type: 'string',
      value: 'DIR',
      description: 'Keep the state in DIR (reloaded at start); default: in memory.'
    },
    'latency-ms': {
      type: 'string',
      value: 'N',
      description: 'Delay every response by N milliseconds.',
      default: '0'
    },
    'fault-rate': {
      type: 'string',
      value: 'F',
      description: 'Share (0 to 1) of API requests that fail (500, 503, 429, dropped).',
      default: '0'
    },
    'suspend-trigger-rate': {
      type: 'string',
      value: 'F',
      description: 'Share (0 to 1) of enabled database triggers suspended after each successful deployment.',
      default: '0'
    },
    'fail-trigger-rate': {
      type: 'string',
      value: 'F',
      description:
        'Share (0 to 1) of enabled triggers whose latest run fails after each successful deployment.',
      default: '0'
    },
    seed: {
      type: 'string',
      value: 'N',
      description: 'Seed of the fault sequences (requests, triggers) and of seeded logs.',
      default: '1'
    },
    'token-ttl-s': {
      type: 'string',
      value: 'N',
      description: 'Access token lifetime in seconds.',
      default: '1800'
    },
    'seed-logs': {
      type: 'string',
      value: 'N',
      description: 'Synthetic log entries seeded into each new app.',
      default: '0'
    },
    'request-log': {
      type: 'string',
      value: 'FILE',
      description: 'Append one JSON line per request to FILE (no bodies, no auth headers).'
    }
  },
  exitCodes: [0, 2, 130],
  examples: [
    'realm-deploy emulator --port 8080',
    'realm-deploy emulator --port 0 --data-dir .emulator --request-log requests.jsonl',
    'realm-deploy emulator --port 8080 --suspend-trigger-rate 0.5 --seed 7'
  ],
  run: runEmulatorCommand
}

function numberFlag(
  values: OptionValues,
  name: string,
  problems: Problem[],
  test: (n: number) => boolean
): number {
  const raw = stringOption(values, name) ?? ''
  const value = Number(raw)
  if (raw.trim() === '' || !Number.isFinite(value) || !test(value)) {
    problems.push({ source: `--${name}`, message: `invalid value '${raw}'`, severity: 'error' })
  }
  return value
}

function usersFrom(values: OptionValues, problems: Problem[]): UserSpec[] {
  const projects = stringList(values, 'project')
  for (const p of projects.filter(p => !PROJECT_ID.test(p))) {
    problems.push({
      source: '--project',
      message: `'${p}' is not a project id (24 hex digits)`,
      severity: 'error'
    })
  }
  const keys = stringList(values, 'api-key')
  if (keys.length === 0) return [{ ...DEMO_USER, projects: projects.length ? projects : [DEMO_PROJECT_ID] }]
  return keys.flatMap((pair, i) => {
    const colon = pair.indexOf(':')
    if (colon <= 0 || colon === pair.length - 1) {
      problems.push({
        source: '--api-key',
        message: `API key #${i + 1} is not PUBLIC:PRIVATE`,
        severity: 'error'
      })
      return []
    }
    registerSecret(pair.slice(colon + 1))
    return [
      {
        publicKey: pair.slice(0, colon),
        privateKey: pair.slice(colon + 1),
        projects: projects.length ? projects : [DEMO_PROJECT_ID]
      }
    ]
  })
}

const isRate = (n: number): boolean => n >= 0 && n <= 1

/** Reads the flags into emulator options; all problems at once. */
export function emulatorOptionsFrom(values: OptionValues, cwd: string): EmulatorOptions {
  const problems: Problem[] = []
  const users = usersFrom(values, problems)
  const options: EmulatorOptions = {
    host: stringOption(values, 'host'),
    port: numberFlag(values, 'port', problems, n => Number.isInteger(n) && n >= 0 && n < 65536),
    users,
    latencyMs: numberFlag(values, 'latency-ms', problems, n => n >= 0),
    faultRate: numberFlag(values, 'fault-rate', problems, isRate),
    suspendTriggerRate: numberFlag(values, 'suspend-trigger-rate', problems, isRate),
    failTriggerRate: numberFlag(values, 'fail-trigger-rate', problems, isRate),
    seed: numberFlag(values, 'seed', problems, Number.isInteger),
    tokenTtlS: numberFlag(values, 'token-ttl-s', problems, n => n > 0),
    seedLogs: numberFlag(values, 'seed-logs', problems, n => Number.isInteger(n) && n >= 0),
    dataDir: optionalPath(values, 'data-dir', cwd),
    requestLogFile: optionalPath(values, 'request-log', cwd)
  }
  if (problems.length) throw new ConfigError(problems)
  return options
}

function optionalPath(values: OptionValues, name: string, cwd: string): string | undefined {
  const value = stringOption(values, name)
  return value ? resolve(cwd, value) : undefined
}

function describeUsers(users: readonly UserSpec[]): string[] {
  return users.map(u => {
    const isDemo = u.publicKey === DEMO_USER.publicKey && u.privateKey === DEMO_USER.privateKey
    const key = isDemo
      ? `${u.publicKey}:${u.privateKey} (demo key)`
      : `${u.publicKey} (private key not shown)`
    return `  api key ${key}, projects: ${u.projects.join(', ')}`
  })
}

export async function runEmulatorCommand(
  values: OptionValues,
  _positionals: string[],
  io: CommandIO
): Promise<number> {
  if (values.divergences === true) {
    io.stdout(renderDivergences(divergences))
    return 0
  }
  const options = emulatorOptionsFrom(values, io.cwd)
  const emulator = await startEmulator({ ...options, logger: io.logger })
  const lines = [
    `realm-deploy emulator: Admin API at ${emulator.url}/api/admin/v3.0`,
    ...describeUsers(emulator.settings.users),
    `  state: ${options.dataDir ?? 'in memory'}`,
    'Press Ctrl+C to stop.'
  ]
  io.stderr(`${lines.join('\n')}\n`)
  io.stdout(`${emulator.url}\n`)
  await new Promise<void>(done => {
    if (io.signal.aborted) done()
    else io.signal.addEventListener('abort', () => done(), { once: true })
  })
  await emulator.stop()
  io.stderr('realm-deploy emulator: stopped\n')
  return 0
}
