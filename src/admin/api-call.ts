// The shape of one Admin API call and its answer, shared by the transport (which sends calls) and the
// attempt loop (which retries them); kept apart from both so neither has to import the other.
import type { BodySource } from './http.js'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
export type Query = Readonly<Record<string, string | number | boolean | undefined>>

export interface ApiCall {
  readonly method: HttpMethod
  /** Below `/api/admin/v3.0`, e.g. `/groups/g/apps/a/functions`. */
  readonly path: string
  readonly query?: Query
  readonly json?: unknown
  readonly body?: BodySource
  readonly accept?: string
  readonly responseType?: 'json' | 'bytes'
  readonly timeoutMs?: number
  /** Whether repeating the call is harmless. Default: every method but POST. */
  readonly idempotent?: boolean
  /**
   * For a write that must not be repeated blindly: reads the server's state and returns what the
   * write would have returned when it did take effect, else undefined.
   */
  readonly recover?: () => Promise<unknown>
}

export interface ApiResponse {
  readonly status: number
  readonly body: unknown
  /** True when the result was learned by reading the state back after an uncertain attempt. */
  readonly recovered: boolean
}
