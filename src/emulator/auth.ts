// Admin API authentication: API key login, access tokens that expire after the configured TTL,
// refresh tokens used only on `/auth/session`, and the profile with the key's projects as roles.
import { HttpError, type ApiKeyUser, type EmulatorState, type RequestContext, type Route } from './types.js'
import { newToken } from './ids.js'

export interface AuthSettings {
  readonly tokenTtlS: number
}

/** Refresh tokens live as long as the real default (60 days); only logout ends them sooner. */
const REFRESH_TTL_S = 60 * 24 * 3600

function bearerToken(headers: RequestContext['headers']): string | undefined {
  const header = headers.authorization
  const value = Array.isArray(header) ? header[0] : header
  const match = value ? /^Bearer\s+(\S+)\s*$/i.exec(value) : null
  return match ? match[1] : undefined
}

function invalidSession(detail: string): HttpError {
  return new HttpError(401, 'InvalidSession', `invalid session: ${detail}`)
}

/** The user behind a valid access token; 401 InvalidSession otherwise. */
export function authenticate(
  state: EmulatorState,
  headers: RequestContext['headers'],
  nowMs: number
): ApiKeyUser {
  const token = bearerToken(headers)
  if (!token) throw invalidSession('missing bearer access token in Authorization header')
  const session = state.access_tokens[token]
  if (!session) {
    if (state.refresh_tokens[token]) throw invalidSession('a refresh token cannot be used as an access token')
    throw invalidSession('failed to find access token')
  }
  if (session.expires_at <= nowMs) throw invalidSession('access token expired')
  const user = state.users.find(u => u.user_id === session.user_id)
  if (!user) throw invalidSession('the user of this token no longer exists')
  return user
}

function pruneExpired(state: EmulatorState, nowMs: number): void {
  for (const [token, session] of Object.entries(state.access_tokens)) {
    if (session.expires_at <= nowMs) delete state.access_tokens[token]
  }
}

function issueAccessToken(
  state: EmulatorState,
  userId: string,
  nowMs: number,
  settings: AuthSettings
): string {
  pruneExpired(state, nowMs)
  const token = newToken('access', userId, nowMs, settings.tokenTtlS)
  state.access_tokens[token] = { user_id: userId, expires_at: nowMs + settings.tokenTtlS * 1000 }
  return token
}

function login(ctx: RequestContext, settings: AuthSettings): { status: number; body: unknown } {
  const body = ctx.json() as { username?: unknown; apiKey?: unknown } | undefined
  if (
    !body ||
    typeof body !== 'object' ||
    typeof body.username !== 'string' ||
    typeof body.apiKey !== 'string'
  ) {
    throw new HttpError(
      400,
      'BadRequest',
      'expected a JSON body {"username": <public key>, "apiKey": <private key>}'
    )
  }
  const user = ctx.state.users.find(u => u.public_key === body.username && u.private_key === body.apiKey)
  if (!user) throw new HttpError(401, 'InvalidPassword', 'invalid username/password')
  const now = ctx.now()
  const refresh = newToken('refresh', user.user_id, now, REFRESH_TTL_S)
  ctx.state.refresh_tokens[refresh] = { user_id: user.user_id }
  return {
    status: 200,
    body: {
      access_token: issueAccessToken(ctx.state, user.user_id, now, settings),
      refresh_token: refresh,
      user_id: user.user_id,
      device_id: '000000000000000000000000'
    }
  }
}

/** The refresh token of `/auth/session` calls; an access token there is the documented 401. */
function refreshSession(ctx: RequestContext): { token: string; userId: string } {
  const token = bearerToken(ctx.headers)
  const session = token ? ctx.state.refresh_tokens[token] : undefined
  if (token && session) return { token, userId: session.user_id }
  if (token && ctx.state.access_tokens[token]) {
    throw new HttpError(401, 'InvalidSession', 'invalid refresh token: incorrect token type')
  }
  throw invalidSession('failed to find refresh token')
}

function profile(ctx: RequestContext): { status: number; body: unknown } {
  const user = ctx.user
  return {
    status: 200,
    body: {
      user_id: user.user_id,
      domain_id: '000000000000000000000000',
      identities: [{ id: user.public_key, provider_id: '000000000000000000000000' }],
      data: { name: user.public_key },
      type: 'normal',
      roles: user.projects.map(group_id => ({ role_name: 'GROUP_OWNER', group_id }))
    }
  }
}

export function authRoutes(settings: AuthSettings): Route[] {
  return [
    {
      method: 'POST',
      pattern: '/auth/providers/mongodb-cloud/login',
      options: { public: true, write: true },
      handler: ctx => login(ctx, settings)
    },
    {
      method: 'POST',
      pattern: '/auth/session',
      options: { public: true, write: true },
      handler: ctx => {
        const { userId } = refreshSession(ctx)
        return {
          status: 201,
          body: { access_token: issueAccessToken(ctx.state, userId, ctx.now(), settings) }
        }
      }
    },
    {
      method: 'DELETE',
      pattern: '/auth/session',
      options: { public: true, write: true },
      handler: ctx => {
        delete ctx.state.refresh_tokens[refreshSession(ctx).token]
        return { status: 204 }
      }
    },
    { method: 'GET', pattern: '/auth/profile', options: {}, handler: profile }
  ]
}
