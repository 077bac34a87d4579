// The Admin API session: log in with the API key pair, keep the access token fresh (before it
// expires, and again when the server says it is no longer valid), fall back to a new login when a
// refresh is refused. Concurrent callers share one login or refresh in flight.
import { CancelledError } from '../errors.js'
import { registerSecret } from '../secrets.js'
import type { Logger } from '../log.js'
import type { Clock } from './retry.js'

export interface LoginResult {
  readonly accessToken: string
  readonly refreshToken: string
  readonly userId: string
}

export interface SessionDeps {
  login(signal: AbortSignal | undefined): Promise<LoginResult>
  /** A new access token, or undefined when the refresh token itself was refused (401). */
  refresh(refreshToken: string, signal: AbortSignal | undefined): Promise<string | undefined>
  readonly clock: Clock
  readonly logger: Logger
}

export interface Session {
  /** A token valid for at least the safety margin, logging in or refreshing first when needed. */
  accessToken(signal?: AbortSignal): Promise<string>
  /** Called after a 401 with `stale`: a fresh token (refreshed once, shared by concurrent callers). */
  renew(stale: string, signal?: AbortSignal): Promise<string>
  /** The Admin API user id of this session (drafts belong to a user). */
  userId(signal?: AbortSignal): Promise<string>
}

// Access tokens last 30 minutes (Admin API overview); opaque tokens are assumed to live that long.
const defaultLifetimeMs = 30 * 60_000
const maxMarginMs = 60_000

interface Token {
  readonly value: string
  readonly expiresAt: number
  readonly refreshAt: number
}

export function createSession(deps: SessionDeps): Session {
  let current: { token: Token; refreshToken: string; userId: string } | undefined
  let inFlight: Promise<Token> | undefined

  const single = (work: () => Promise<Token>): Promise<Token> => {
    inFlight ??= work().finally(() => {
      inFlight = undefined
    })
    return inFlight
  }

  const login = async (signal: AbortSignal | undefined): Promise<Token> => {
    deps.logger.debug('logging in to the Admin API with the API key')
    const result = await deps.login(signal)
    registerSecret(result.accessToken)
    registerSecret(result.refreshToken)
    const token = describeToken(result.accessToken, deps.clock.now())
    current = { token, refreshToken: result.refreshToken, userId: result.userId }
    return token
  }

  const refresh = async (signal: AbortSignal | undefined): Promise<Token> => {
    if (!current) return login(signal)
    deps.logger.debug('refreshing the Admin API access token')
    const value = await deps.refresh(current.refreshToken, signal)
    if (value === undefined) {
      deps.logger.debug('the refresh token was refused: logging in again')
      return login(signal)
    }
    registerSecret(value)
    const token = describeToken(value, deps.clock.now())
    current = { ...current, token }
    return token
  }

  // A login or refresh in flight is shared. When another caller's signal cancelled it, a caller whose
  // own signal is live (a cleanup after Ctrl-C) starts its own instead of failing with it.
  const join = async (
    signal: AbortSignal | undefined,
    next: () => Token | (() => Promise<Token>)
  ): Promise<Token> => {
    for (let tries = 0; ; tries++) {
      try {
        if (inFlight) return await inFlight
        const step = next()
        return typeof step === 'function' ? await single(step) : step
      } catch (error) {
        if (error instanceof CancelledError && !signal?.aborted && tries === 0) continue
        throw error
      }
    }
  }

  return {
    async accessToken(signal) {
      const token = await join(signal, () => {
        if (!current) return () => login(signal)
        return deps.clock.now() >= current.token.refreshAt ? () => refresh(signal) : current.token
      })
      return token.value
    },
    async renew(stale, signal) {
      const token = await join(signal, () =>
        current && current.token.value !== stale ? current.token : () => refresh(signal)
      )
      return token.value
    },
    async userId(signal) {
      await join(signal, () => current?.token ?? (() => login(signal)))
      return current?.userId ?? ''
    }
  }
}

/** When the token expires: its JWT `exp` when it is a JWT, else issue time + 30 minutes. */
function describeToken(value: string, now: number): Token {
  const exp = jwtExpiry(value)
  const expiresAt = exp ?? now + defaultLifetimeMs
  const lifetime = Math.max(0, expiresAt - now)
  return { value, expiresAt, refreshAt: expiresAt - Math.min(maxMarginMs, lifetime / 5) }
}

export function jwtExpiry(token: string): number | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown
    if (payload && typeof payload === 'object' && 'exp' in payload && typeof payload.exp === 'number') {
      return payload.exp * 1000
    }
  } catch {
    return undefined
  }
  return undefined
}
