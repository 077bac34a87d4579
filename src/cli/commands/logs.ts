// `realm-deploy logs`: an app's logs from the Admin API, every page followed, newest first: one line
// per entry, one JSON object per entry (--json-lines, which --follow streams), or the entries inside
// the one --json result object (json-result.ts).
import { logTypes } from '../../admin/logs.js'
import type { AppInstance, LogEntry } from '../../admin/types.js'
import { ConfigError, type Problem } from '../../errors.js'
import { redact } from '../../secrets.js'
import { stringList, stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'
import { appOptions, appReference, collectProblems, findApp } from '../app-reference.js'
import { adminClientFor, connectionFromOptions, connectionOptions } from '../credentials.js'
import { parseDuration, parseTimePoint } from '../duration.js'
import { jsonLine, jsonOption } from '../json-result.js'
import { entryKey, followLogs } from './logs-follow.js'

export const logsCommand: Command = {
  name: 'logs',
  summary: "Print an app's logs (every page), newest first.",
  description:
    "Print an app's logs from the Admin API, newest first, following every page. Without\n" +
    '--errors-only both error and non-error entries are shown (the API serves them in two queries).',
  options: {
    ...connectionOptions,
    ...appOptions(),
    since: {
      type: 'string',
      value: 'WHEN',
      description: 'Only entries after this: an ISO 8601 date, or a time ago (90s, 15m, 1h, 2d, 1w).'
    },
    until: {
      type: 'string',
      value: 'WHEN',
      description: 'Only entries up to this (inclusive): an ISO 8601 date, or a time ago.'
    },
    follow: {
      type: 'boolean',
      short: 'f',
      description:
        'After the listing, keep printing new entries (oldest first) until --follow-for ends or Ctrl-C.'
    },
    'follow-for': {
      type: 'string',
      value: 'DURATION',
      description: 'How long --follow runs at most (at most 24h).',
      default: '10m'
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
    json: jsonOption('the entries in its logs[]', 'Not with --follow.'),
    'json-lines': {
      type: 'boolean',
      description:
        'One JSON object per entry and line (JSON Lines), as they arrive: the way to --follow in JSON.'
    }
  },
  jsonResult: true,
  exitCodes: [0, 1, 2, 130],
  examples: [
    'realm-deploy logs --app myapp-abcde --since 1h --errors-only',
    'realm-deploy logs --app-dir ./backend --since 2026-11-01 --until 2026-11-02T12:00:00Z --json',
    'realm-deploy logs --app-dir ./backend --follow --follow-for 10m --json-lines | jq .function_name'
  ],
  run: runLogs
}

interface LogsRequest {
  readonly start?: string
  readonly end?: string
  readonly types: string[]
  readonly limit?: number
  readonly followMs?: number
}

async function runLogs(values: OptionValues, _positionals: string[], io: CommandIO): Promise<number> {
  const { request, problems } = logsRequest(values)
  const connection = await collectProblems(problems, () => connectionFromOptions(values, io.env))
  const ref = await collectProblems(problems, () => appReference(values, io.cwd))
  if (problems.length > 0 || !connection || !ref) throw new ConfigError(problems)
  const client = adminClientFor(connection, io)
  const app = await findApp(client, connection.projectId, ref)
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
  const listed: LogEntry[] = []
  const print = (entry: LogEntry): void =>
    values.json === true
      ? void listed.push(entry)
      : io.stdout(`${redact(values['json-lines'] === true ? JSON.stringify(entry) : logLine(entry))}\n`)
  const seen = new Set<string>()
  let newest = request.start ?? new Date().toISOString()
  for await (const entry of entries) {
    print(entry)
    seen.add(entryKey(entry))
    if (entry.started && entry.started > newest) newest = entry.started
  }
  if (seen.size === 0) io.logger.info(`no log entries of ${app.client_app_id} match`)
  if (values.json === true) {
    io.stdout(logsResult(app, connection.projectId, listed, io.warnings))
    return 0
  }
  if (request.followMs === undefined) return 0
  io.logger.info(
    `following ${app.client_app_id}'s logs for at most ${stringOption(values, 'follow-for') ?? '10m'} (Ctrl-C stops)`
  )
  await followLogs(appClient, {
    since: newest,
    seen,
    intervalMs: Number(io.env.REALM_DEPLOY_FOLLOW_INTERVAL_MS) || 5000,
    forMs: request.followMs,
    errorsOnly: values['errors-only'] === true,
    signal: io.signal,
    print
  })
  return 0
}

/** The --json result: the entries listed, newest first, in `logs`. */
function logsResult(
  app: AppInstance,
  projectId: string,
  logs: LogEntry[],
  warnings: readonly string[]
): string {
  return jsonLine({
    command: 'logs',
    status: 'listed',
    exitCode: 0,
    error: null,
    warnings: [...warnings],
    app: { id: app._id, clientAppId: app.client_app_id, name: app.name, groupId: projectId, created: false },
    logs
  })
}

/** Reads the flags of the request, with every problem found in them. */
function logsRequest(values: OptionValues): { request: LogsRequest; problems: Problem[] } {
  const problems: Problem[] = []
  const problem = (source: string, message: string): void =>
    void problems.push({ source, message, severity: 'error' })
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
  const followMs = values.follow === true ? followDuration(values, problem) : undefined
  if (followMs !== undefined && end) problem('--follow', 'cannot be combined with --until')
  // --json is one object once the run ends; --follow has no end the listing could wait for.
  if (followMs !== undefined && values.json === true)
    problem('--json', 'prints one object at the end and --follow streams: use --json-lines with --follow')
  if (values.json === true && values['json-lines'] === true)
    problem('--json-lines', 'cannot be combined with --json: pick one object (--json) or one per entry')
  return { request: { start, end, types: [...new Set(types)], limit, followMs }, problems }
}

const MAX_FOLLOW_MS = 24 * 3_600_000

function followDuration(values: OptionValues, problem: (source: string, message: string) => void): number {
  const text = stringOption(values, 'follow-for') ?? '10m'
  const ms = parseDuration(text)
  if (ms === undefined || ms <= 0 || ms > MAX_FOLLOW_MS) {
    problem('--follow-for', `'${text}' is not a duration from 1s to 24h (e.g. 30s, 10m, 2h)`)
    return 0
  }
  return ms
}

function isoDate(values: OptionValues, flag: string, problem: (source: string, message: string) => void) {
  const text = stringOption(values, flag)
  if (text === undefined) return undefined
  const point = parseTimePoint(text, Date.now())
  if (point === undefined) {
    problem(
      `--${flag}`,
      `'${text}' is not an ISO 8601 date (2025-01-31, 2025-01-31T12:00:00Z) nor a time ago (90s, 15m, 1h, 2d, 1w)`
    )
  }
  return point
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
