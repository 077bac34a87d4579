// `realm-deploy exec <function> [args]`: run one function of the app locally (realm-deploy/testing),
// in memory unless a MongoDB connection string is given, and print its log lines and its result as
// Extended JSON. The runtime (bson, mingo, the driver) is imported only when this command runs.
import path from 'node:path'
import { readSecretInputs } from '../../app/secret-inputs.js'
import { ConfigError } from '../../errors.js'
import { redact, registerSecret } from '../../secrets.js'
import { stringList, stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'

export const execCommand: Command = {
  name: 'exec',
  summary: 'Run one function of the app locally and print its result as EJSON.',
  description:
    'Run a function of the app directory in a local App Services runtime (node:vm, the documented\n' +
    'context, BSON/EJSON/utils globals), against an in-memory database or, with --mongodb-uri\n' +
    '(or MONGODB_URI), a real MongoDB. ARGS is a JSON (Extended JSON) array of arguments, or one\n' +
    'argument. Private functions are refused, as App Services refuses them to clients. Secrets come\n' +
    'from --secret/--secrets-file or REALM_SECRET_<NAME>. Exit 0 on success, 2 on bad input (unknown\n' +
    'function, missing value or secret, syntax error), 1 when the function throws or times out.',
  positionals: '<function> [ARGS]',
  options: {
    'app-dir': {
      type: 'string',
      value: 'DIR',
      description: 'The app directory (default: the current directory).'
    },
    environment: {
      type: 'string',
      value: 'NAME',
      description: "The environment whose values apply (default: the app's)."
    },
    secret: { type: 'string', multiple: true, value: 'NAME=VALUE', description: 'A secret value.' },
    'secrets-file': { type: 'string', value: 'FILE', description: 'Secret values, one NAME=VALUE per line.' },
    'mongodb-uri': {
      type: 'string',
      value: 'URI',
      description: 'Run against this MongoDB (default: MONGODB_URI, else in memory).'
    },
    'allow-network': {
      type: 'boolean',
      description: 'Let context.http reach the network (default: refused).'
    },
    'timeout-ms': {
      type: 'string',
      value: 'MS',
      description: "The time limit (default: App Services' 300000)."
    }
  },
  exitCodes: [0, 1, 2],
  examples: [
    'realm-deploy exec orders/summarize --app-dir ./backend',
    'realm-deploy exec restock \'[{"sku": "sku-1", "quantity": 5}]\' --app-dir ./backend --environment production',
    'realm-deploy exec nightlyReport --app-dir ./backend --mongodb-uri mongodb://localhost:27017'
  ],
  run: runExec
}

async function runExec(values: OptionValues, positionals: string[], io: CommandIO): Promise<number> {
  const [name, argsText, ...extra] = positionals
  if (!name || extra.length) throw usage('give one function name and at most one ARGS (a JSON array)')
  const secrets = await readSecretInputs({
    secrets: stringList(values, 'secret'),
    secretsFile: stringOption(values, 'secrets-file'),
    cwd: io.cwd
  })
  secrets.forEach(value => registerSecret(value))
  for (const [key, value] of Object.entries(io.env))
    if (key.startsWith('REALM_SECRET_')) registerSecret(value)
  const uri = stringOption(values, 'mongodb-uri') ?? io.env.MONGODB_URI
  registerSecret(uri)
  const testing = await import('../../testing/index.js')
  const args = parseArgs(testing.parseArguments, argsText)
  const app = await testing.loadTestApp({
    appDir: path.resolve(io.cwd, stringOption(values, 'app-dir') ?? '.'),
    environment: stringOption(values, 'environment'),
    secrets,
    env: io.env,
    mongodbUri: uri ?? null,
    allowNetwork: values['allow-network'] === true,
    timeLimitMs: timeLimit(stringOption(values, 'timeout-ms'))
  })
  try {
    const run = await app.call(name, args)
    for (const line of run.logs) io.stderr(`log: ${redact(line)}\n`)
    io.stdout(`${redact(testing.formatResult(run.result))}\n`)
    return 0
  } catch (error) {
    if (!(error instanceof testing.FunctionRuntimeError)) throw error
    for (const line of error.logs) io.stderr(`log: ${redact(line)}\n`)
    io.stderr(
      `realm-deploy exec: ${redact(error.stack && error instanceof testing.FunctionThrewError ? error.stack : error.message)}\n`
    )
    return error.exitCode
  } finally {
    await app.close()
  }
}

function parseArgs(parse: (text: string | undefined) => unknown[], text: string | undefined): unknown[] {
  try {
    return parse(text)
  } catch (error) {
    throw usage(`ARGS is not JSON: ${error instanceof Error ? error.message : String(error)}`)
  }
}

function timeLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined
  const ms = Number(text)
  if (!Number.isInteger(ms) || ms < 1)
    throw new ConfigError([
      {
        source: '--timeout-ms',
        message: 'must be a positive whole number of milliseconds',
        severity: 'error'
      }
    ])
  return ms
}

function usage(message: string): ConfigError {
  return new ConfigError([{ source: 'realm-deploy exec', message, severity: 'error' }])
}
