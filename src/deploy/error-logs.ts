// The app's error logs since a run began, read after its deployment for the report. Bounded because
// the server decides how many pages there are: at most 20 pages of at most 1000 entries, and never
// past the run's deadline, a page that never arrives included. A failure is a warning, not a failed run.
import type { AdminClient } from '../admin/client.js'
import type { LogEntry } from '../admin/types.js'

export interface ErrorLogsRequest {
  readonly client: AdminClient
  readonly projectId: string
  readonly appId: string
  /** ISO 8601: entries after it. */
  readonly since: string
  readonly deadlineMs: number
  /** The caller's cancellation. */
  readonly signal?: AbortSignal
}

export async function readErrorLogs(request: ErrorLogsRequest, warnings: string[]): Promise<LogEntry[]> {
  const entries: LogEntry[] = []
  const { deadlineMs } = request
  const timeUp = AbortSignal.timeout(Math.max(1, deadlineMs - Date.now()))
  const signal = request.signal ? AbortSignal.any([request.signal, timeUp]) : timeUp
  const app = request.client.withSignal(signal).app(request.projectId, request.appId)
  try {
    const logs = app.logs({ start: request.since, errorsOnly: true, limit: 1000, maxPages: 20, deadlineMs })
    for await (const entry of logs) entries.push(entry)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    warnings.push(
      `could not read the app's error logs${timeUp.aborted ? " within the run's time" : ''}: ${why}`
    )
  }
  return entries
}
