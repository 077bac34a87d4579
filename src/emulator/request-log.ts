// What clients sent: one record per request (method, path, query, status, user, fault), in memory
// and optionally appended to a JSON-lines file. Bodies and headers (Authorization above all) are
// never recorded, so the log can be shared and asserted on without leaking credentials.
import { appendFileSync } from 'node:fs'
import type { FaultKind, FaultPhase } from './faults.js'

export interface RequestRecord {
  readonly time: string
  readonly method: string
  /** The URL path as received, e.g. `/api/admin/v3.0/groups/g1/apps`. */
  readonly path: string
  readonly query: Record<string, string>
  /** The status sent; `null` when the connection was dropped without a response. */
  readonly status: number | null
  readonly user_id?: string
  readonly duration_ms: number
  readonly fault?: FaultKind
  readonly fault_phase?: FaultPhase
}

export class RequestLog {
  readonly entries: RequestRecord[] = []

  /** Creates (or appends to) `file` at once, so a bad path fails at start, not on the first request. */
  constructor(private readonly file?: string) {
    if (file) appendFileSync(file, '')
  }

  record(entry: RequestRecord): void {
    this.entries.push(entry)
    if (this.file) appendFileSync(this.file, `${JSON.stringify(entry)}\n`)
  }

  /** Records of requests whose path (below the API prefix) and method match. */
  find(method: string, pathPattern: RegExp): RequestRecord[] {
    return this.entries.filter(e => e.method === method && pathPattern.test(e.path))
  }

  clear(): void {
    this.entries.length = 0
  }
}
