// `realm-deploy logs`: an app's logs from the Admin API, every page followed, newest first, as one
// line per entry or one JSON object per line.
import { resolveApp } from '../../admin/apps.js'
import { logTypes } from '../../admin/logs.js'
import type { LogEntry } from '../../admin/types.js'
import { ConfigError, type Problem } from '../../errors.js'
import { redact } from '../../secrets.js'
import { stringList, stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'
import { adminClientFor, connectionFromOptions, connectionOptions, type Connection } from '../credentials.js'

export const logsCommand: Command = {
  name: 'logs',
  summary: "Print an app's logs (every page), newest first.",
  description:
    "Print an app's logs from the Admin API, newest first, following every page. Without\n" +
    '--errors-only both error and non-error entries are shown (the API serves them in two queries).',
  options: {
    ...connectionOptions,
    app: { type: 'string', value: 'APP', description: 'The app: client app id, name or _id (any product).' },
    since: { type: 'string', value: 'DATE', description: 'Only entries after this ISO 8601 date.' },
    until: {
      type: 'string',
      value: 'DATE',
      description: 'Only entries up to this ISO 8601 date (inclusive).'
    },
    'errors-only': { type: 'boolean', description: 'Only entries with an error.' },
    type: {
      type: 'string',
      multiple: true,
      value: 'TYPE',
      description: 'Only entries of this type (FUNCTION, DB_TRIGGER, ...; a comma list works too).'
    },
    'user-id': { type: 'string', value: 'ID', description: 'Only entries of this app user.' },
    'co-id': { type: 'string', value: 'ID', description: 'Only entries of this request correlation id.' },
    limit: { type: 'string', value: 'N', description: 'Stop after N entries (default: all).' },
    json: { type: 'boolean', description: 'One JSON object per line.' }
  },
  run: runLogs
}

interface LogsRequest {
  readonly app: string
  readonly start?: string
  readonly end?: string
  readonly types: string[]
  readonly limit?: number
}

async function runLogs(values: OptionValues, _positionals: string[], io: CommandIO): Promise<number> {
  const { request, problems } = logsRequest(values)
  let connection: Connection | undefined
  try {
    connection = connectionFromOptions(values, io.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    problems.push(...error.problems)
  }
  if (problems.length > 0 || !connection) throw new ConfigError(problems)
  const client = adminClientFor(connection, io)
  const app = await resolveApp(client.apps, connection.projectId, request.app)
  io.logger.debug(`reading the logs of ${app.client_app_id} (${app._id})`)
  const filter = {
    start: request.start,
    end: request.end,
    types: request.types,
    userId: stringOption(values, 'user-id'),
    correlationId: stringOption(values, 'co-id'),
    limit: request.limit
  }
  const appClient = client.app(connection.projectId, app._id)
  const entries =
    values['errors-only'] === true
      ? appClient.logs({ ...filter, errorsOnly: true })
      : appClient.allLogs(filter)
  let count = 0
  for await (const entry of entries) {
    io.stdout(`${redact(values.json === true ? JSON.stringify(entry) : logLine(entry))}\n`)
    count++
  }
  if (count === 0) io.logger.info(`no log entries of ${app.client_app_id} match`)
  return 0
}

/** Reads the flags of the request, with every problem found in them. */
function logsRequest(values: OptionValues): { request: LogsRequest; problems: Problem[] } {
  const problems: Problem[] = []
  const problem = (source: string, message: string): void =>
    void problems.push({ source, message, severity: 'error' })
  const app = stringOption(values, 'app')
  if (!app) problem('--app', 'the app is required: its client app id, name or _id')
  const start = isoDate(values, 'since', problem)
  const end = isoDate(values, 'until', problem)
  if (start && end && Date.parse(start) >= Date.parse(end)) problem('--since', 'must be before --until')
  const types = stringList(values, 'type')
    .flatMap(t => t.split(','))
    .map(t => t.trim().toUpperCase())
    .filter(Boolean)
  for (const type of types.filter(t => !logTypes.includes(t))) {
    problem('--type', `unknown log type '${type}': expected one of ${logTypes.join(', ')}`)
  }
  const limitText = stringOption(values, 'limit')
  const limit = limitText === undefined ? undefined : Number(limitText)
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) {
    problem('--limit', `'${limitText}' is not a positive whole number`)
  }
  return { request: { app: app ?? '', start, end, types: [...new Set(types)], limit }, problems }
}

function isoDate(values: OptionValues, flag: string, problem: (source: string, message: string) => void) {
  const text = stringOption(values, flag)
  if (text === undefined) return undefined
  const ms = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN
  if (Number.isNaN(ms)) {
    problem(`--${flag}`, `'${text}' is not an ISO 8601 date (e.g. 2025-01-31 or 2025-01-31T12:00:00Z)`)
    return undefined
  }
  return new Date(ms).toISOString()
}

/** time, type, status or error, function, first message. */
export function logLine(entry: LogEntry): string {
  const outcome = entry.error
    ? `error: ${entry.error_code ? `${entry.error_code}: ` : ''}${entry.error}`
    : entry.status !== undefined
      ? `status ${entry.status}`
      : 'ok'
  const name = [entry.function_name, entry.event_subscription_name, entry.incoming_webhook_name].find(
    n => typeof n === 'string' && n
  )
  const message = entry.messages?.find(m => m !== undefined && m !== null)
  const parts = [entry.started ?? '-', entry.type || '-', outcome, (name as string | undefined) ?? '-']
  if (message !== undefined) parts.push(typeof message === 'string' ? message : JSON.stringify(message))
  return parts.join('  ').replace(/\s*[\r\n]+\s*/g, ' ')
}
