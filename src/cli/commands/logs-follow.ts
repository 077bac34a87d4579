// `logs --follow`: after the listing, poll for new entries and print them oldest first, each once,
// until --follow-for runs out or the run is interrupted. Bounded in time; one poll every interval.
import type { AppClient } from '../../admin/app-client.js'
import type { LogEntry } from '../../admin/types.js'

export interface FollowOptions {
  /** Entries at or after this time are new (the newest the listing printed, else the start). */
  readonly since: string
  readonly seen: Set<string>
  readonly intervalMs: number
  readonly forMs: number
  readonly errorsOnly: boolean
  readonly signal: AbortSignal
  readonly print: (entry: LogEntry) => void
  readonly now?: () => number
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    const timer = setTimeout(done, ms)
    function done(): void {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done, { once: true })
  })
}

/** An entry's identity: its _id (every entry the API returns has one; the rest is a fallback). */
export function entryKey(entry: LogEntry): string {
  return entry._id ?? JSON.stringify(entry)
}

/** Polls until the time is up or the signal aborts; returns how many new entries were printed. */
export async function followLogs(app: AppClient, options: FollowOptions): Promise<number> {
  const now = options.now ?? Date.now
  const deadline = now() + options.forMs
  let since = options.since
  let printed = 0
  while (!options.signal.aborted && now() < deadline) {
    await sleep(Math.min(options.intervalMs, Math.max(0, deadline - now())), options.signal)
    if (options.signal.aborted) break
    const fresh: LogEntry[] = []
    const filter = { start: since, limit: 1000 }
    const entries = options.errorsOnly ? app.logs({ ...filter, errorsOnly: true }) : app.allLogs(filter)
    for await (const entry of entries) if (!options.seen.has(entryKey(entry))) fresh.push(entry)
    fresh.sort((a, b) => String(a.started).localeCompare(String(b.started)))
    for (const entry of fresh) {
      options.seen.add(entryKey(entry))
      options.print(entry)
      if (entry.started && entry.started > since) since = entry.started
    }
    printed += fresh.length
  }
  return printed
}
