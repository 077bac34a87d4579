// The app log pager. It follows the Admin API's own cursor exactly as the API overview describes
// ("Pagination with the Logging API"): `nextEndDate` becomes `end_date`, `nextSkip` becomes `skip`
// (present when the next page starts inside a run of equal timestamps), and a page without
// `nextEndDate` is the last one. A server is not trusted to end the walk: it also ends on an empty
// page, on a cursor already followed, after `maxPages` pages and at the caller's deadline.
import { expectList, expectObject, optionalNumber, optionalString, shapeError } from './shapes.js'
import type { Query, Transport } from './transport.js'
import type { LogEntry, LogPage } from './types.js'
import { LOG_TYPES } from '../vocabulary.js'

export interface LogFilter {
  /** ISO 8601; entries after it (exclusive). */
  readonly start?: string
  /** ISO 8601; entries up to it (inclusive). */
  readonly end?: string
  /** Log types (FUNCTION, DB_TRIGGER, ...); sent as one comma list. */
  readonly types?: readonly string[]
  /** Only error entries. (Without it the API sends only non-error entries.) */
  readonly errorsOnly?: boolean
  readonly userId?: string
  readonly correlationId?: string
  /** Stop after this many entries in total. */
  readonly limit?: number
  /** No page is requested after this time (ms since the epoch): an error says where it stopped. */
  readonly deadlineMs?: number
  /** At most this many pages (default 10,000: a million entries). */
  readonly maxPages?: number
}

const pageSize = 100
const defaultMaxPages = 10_000

/** The `type` values the API accepts (spec, `adminGetLogs`). */
export const logTypes = LOG_TYPES

/** Every page of the filtered logs, newest first as the server orders them. */
export async function* logPages(
  transport: Transport,
  appPath: string,
  filter: LogFilter = {}
): AsyncGenerator<LogPage> {
  const path = `${appPath}/logs`
  let endDate = filter.end
  let skip: number | undefined
  let remaining = filter.limit ?? Number.POSITIVE_INFINITY
  const followed = new Set<string>()
  const maxPages = filter.maxPages ?? defaultMaxPages
  for (let pages = 0; remaining > 0; pages++) {
    if (pages >= maxPages) throw pagingStopped(path, `after ${maxPages} pages (the page limit)`)
    if (filter.deadlineMs !== undefined && Date.now() >= filter.deadlineMs)
      throw pagingStopped(path, `after ${pages} page(s): the run's time is up`)
    followed.add(`${endDate}|${skip ?? 0}`)
    const query: Query = {
      ...baseQuery(filter),
      end_date: endDate,
      skip,
      limit: Math.min(pageSize, remaining)
    }
    const response = await transport.call({ method: 'GET', path, query })
    const page = checkPage(response.body, `GET ${path}`)
    remaining -= page.logs.length
    yield page
    // An empty page ends the walk even when it names a next one: a cursor that keeps moving over
    // nothing would otherwise be followed for ever.
    if (page.nextEndDate === undefined || page.logs.length === 0) return
    if (followed.has(`${page.nextEndDate}|${page.nextSkip ?? 0}`)) {
      throw shapeError(
        `GET ${path}`,
        'nextEndDate',
        'the next page is a page already read (the cursor did not move)'
      )
    }
    endDate = page.nextEndDate
    skip = page.nextSkip
  }
}

function pagingStopped(path: string, why: string): Error {
  return new Error(`GET ${path}: stopped reading logs ${why}`)
}

/** Every entry of the filtered logs, following every page. */
export async function* logEntries(
  transport: Transport,
  appPath: string,
  filter: LogFilter = {}
): AsyncGenerator<LogEntry> {
  let remaining = filter.limit ?? Number.POSITIVE_INFINITY
  for await (const page of logPages(transport, appPath, filter)) {
    for (const entry of page.logs) {
      if (remaining-- <= 0) return
      yield entry
    }
  }
}

function baseQuery(filter: LogFilter): Query {
  return {
    co_id: filter.correlationId,
    // The API reads the presence of errors_only, whatever its value.
    errors_only: filter.errorsOnly ? true : undefined,
    user_id: filter.userId,
    start_date: filter.start,
    type: filter.types && filter.types.length > 0 ? filter.types.join(',') : undefined
  }
}

function checkPage(body: unknown, what: string): LogPage {
  const page = expectObject(body, what)
  const logs =
    page.logs === undefined || page.logs === null
      ? []
      : expectList(page.logs, what, (item, field) => {
          const entry = expectObject(item, what, `logs${field}`)
          return { ...entry, type: optionalString(entry, 'type', what, `logs${field}.`) ?? '' } as LogEntry
        })
  return {
    logs,
    nextEndDate: optionalString(page, 'nextEndDate', what) || undefined,
    nextSkip: optionalNumber(page, 'nextSkip', what)
  }
}

/**
 * Error and non-error entries together, newest first. The API sends one or the other
 * (`errors_only` present or absent), so this merges both queries by `started`. An entry that both
 * answers contain (a server that ignores `errors_only`) is yielded once.
 */
export async function* allLogEntries(
  transport: Transport,
  appPath: string,
  filter: Omit<LogFilter, 'errorsOnly'> = {}
): AsyncGenerator<LogEntry> {
  const unbounded = { ...filter, limit: undefined }
  const streams = [
    logEntries(transport, appPath, { ...unbounded, errorsOnly: false }),
    logEntries(transport, appPath, { ...unbounded, errorsOnly: true })
  ]
  let remaining = filter.limit ?? Number.POSITIVE_INFINITY
  try {
    for await (const entry of dedupeRuns(mergeNewestFirst(streams))) {
      if (remaining-- <= 0) return
      yield entry
    }
  } finally {
    await Promise.all(streams.map(s => s.return(undefined)))
  }
}

async function* mergeNewestFirst(streams: AsyncGenerator<LogEntry>[]): AsyncGenerator<LogEntry> {
  const heads = await Promise.all(streams.map(s => s.next()))
  for (;;) {
    let pick = -1
    heads.forEach((head, i) => {
      if (head.done) return
      if (pick < 0 || startedMs(head.value) > startedMs(heads[pick].value as LogEntry)) pick = i
    })
    if (pick < 0) return
    yield heads[pick].value as LogEntry
    heads[pick] = await streams[pick].next()
  }
}

// Duplicates share their timestamp, so remembering the ids of the current run of equal times suffices.
async function* dedupeRuns(entries: AsyncGenerator<LogEntry>): AsyncGenerator<LogEntry> {
  let runTime = Number.NaN
  let seen = new Set<string>()
  for await (const entry of entries) {
    const time = startedMs(entry)
    if (time !== runTime) {
      runTime = time
      seen = new Set()
    }
    if (entry._id !== undefined && seen.has(entry._id)) continue
    if (entry._id !== undefined) seen.add(entry._id)
    yield entry
  }
}

function startedMs(entry: LogEntry): number {
  const ms = entry.started ? Date.parse(entry.started) : Number.NaN
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms
}
