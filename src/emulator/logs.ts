// The app log: entries appended by the core and resource handlers, the `GET .../logs` query with the
// documented pagination, and synthetic seed entries (`--seed-logs`).
//
// Paging: entries are served newest first. A page that is not the last carries `nextEndDate`, the
// `started` of the first entry of the next page; `nextSkip` is added only when that entry shares its
// timestamp with this page's last entry, and then counts the entries at that timestamp already served
// (including those the incoming `skip` passed over). Following `end_date=nextEndDate&skip=nextSkip`
// therefore returns every entry exactly once, even through long runs of identical timestamps.
//
// `errors_only`: as the spec says, its presence (any value) selects entries with an `error`; its
// absence selects entries without one.
import { HttpError, type AppRecord, type EmulatorState, type LogEntry, type Route } from './types.js'
import type { RequestContext } from './types.js'
import { nextObjectId } from './ids.js'
import { LOG_TYPES } from '../vocabulary.js'

export { LOG_TYPES }

const MAX_LIMIT = 100

export function appendLog(
  state: EmulatorState,
  record: AppRecord,
  nowMs: number,
  entry: Partial<LogEntry> & { type: string }
): LogEntry {
  const time = new Date(nowMs).toISOString()
  const full: LogEntry = {
    _id: nextObjectId(state),
    co_id: entry.co_id ?? nextObjectId(state),
    domain_id: record.app.domain_id,
    app_id: record.app._id,
    group_id: record.app.group_id,
    started: time,
    completed: time,
    ...entry
  }
  record.logs.push(full)
  return full
}

interface LogQuery {
  readonly startMs?: number
  readonly endMs?: number
  readonly skip: number
  readonly limit: number
  readonly types?: ReadonlySet<string>
  readonly errorsOnly: boolean
  readonly userId?: string
  readonly coId?: string
}

function integerParam(
  query: URLSearchParams,
  name: string,
  fallback: number,
  min: number,
  max: number
): number {
  const raw = query.get(name)
  if (raw === null || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `at least ${min}` : `between ${min} and ${max}`
    throw new HttpError(
      400,
      'InvalidParameter',
      `invalid '${name}' parameter '${raw}': must be an integer ${range}`
    )
  }
  return value
}

function dateParam(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name)
  if (raw === null || raw === '') return undefined
  const ms = /^\d{4}-\d{2}-\d{2}/.test(raw) ? Date.parse(raw) : NaN
  if (Number.isNaN(ms)) {
    throw new HttpError(
      400,
      'InvalidParameter',
      `invalid '${name}' parameter '${raw}': expected an ISO 8601 date`
    )
  }
  return ms
}

function typesParam(query: URLSearchParams): ReadonlySet<string> | undefined {
  const raw = query
    .getAll('type')
    .flatMap(v => v.split(','))
    .map(v => v.trim())
    .filter(Boolean)
  if (raw.length === 0) return undefined
  const unknown = raw.filter(t => !LOG_TYPES.includes(t))
  if (unknown.length) throw new HttpError(400, 'InvalidParameter', `invalid log type '${unknown[0]}'`)
  return new Set(raw)
}

function parseLogQuery(query: URLSearchParams): LogQuery {
  return {
    startMs: dateParam(query, 'start_date'),
    endMs: dateParam(query, 'end_date'),
    skip: integerParam(query, 'skip', 0, 0, Number.MAX_SAFE_INTEGER),
    limit: integerParam(query, 'limit', MAX_LIMIT, 1, MAX_LIMIT),
    types: typesParam(query),
    errorsOnly: query.has('errors_only'),
    userId: query.get('user_id') || undefined,
    coId: query.get('co_id') || undefined
  }
}

interface Indexed {
  readonly entry: LogEntry
  readonly ms: number
  readonly index: number
}

/** Matching entries, newest first; ties keep a fixed order (latest appended first). */
function selectLogs(logs: readonly LogEntry[], q: LogQuery): Indexed[] {
  const out: Indexed[] = []
  logs.forEach((entry, index) => {
    const ms = Date.parse(entry.started)
    if (q.endMs !== undefined && ms > q.endMs) return
    if (q.startMs !== undefined && ms <= q.startMs) return
    if (q.types && !q.types.has(entry.type)) return
    if (Boolean(entry.error) !== q.errorsOnly) return
    if (q.userId !== undefined && entry.user_id !== q.userId) return
    if (q.coId !== undefined && entry.co_id !== q.coId) return
    out.push({ entry, ms, index })
  })
  return out.sort((a, b) => b.ms - a.ms || b.index - a.index)
}

export interface LogPage {
  logs: LogEntry[]
  nextEndDate?: string
  nextSkip?: number
}

export function logPage(logs: readonly LogEntry[], query: URLSearchParams): LogPage {
  const q = parseLogQuery(query)
  const matching = selectLogs(logs, q)
  const end = q.skip + q.limit
  const page: LogPage = { logs: matching.slice(q.skip, end).map(m => m.entry) }
  const next = matching[end]
  if (page.logs.length === 0 || !next) return page
  page.nextEndDate = next.entry.started
  if (next.ms === matching[end - 1].ms)
    page.nextSkip = matching.slice(0, end).filter(m => m.ms === next.ms).length
  return page
}

export function logRoutes(): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/groups/{groupId}/apps/{appId}/logs',
      options: {},
      handler: (ctx: RequestContext) => ({ status: 200, body: logPage(ctx.appRecord.logs, ctx.query) })
    }
  ]
}
