// Builds the RequestContext a handler gets: the caller, the app, the config they read and write
// (their open draft's copy, else live), and `touch`, which records a change in the draft or, with no
// draft open, applies it to live at once (one revision bump per request; the core then records the
// automatic deployment the real service makes for each write outside a draft).
import { HttpError, type ApiKeyUser, type AppConfig, type AppRecord, type EmulatorState } from './types.js'
import type { LogEntry, RequestContext, ResourceKey } from './types.js'
import { nextObjectId } from './ids.js'
import { appendLog } from './logs.js'
import { userDraft } from './drafts.js'

export interface RequestInfo {
  readonly method: string
  readonly path: string
  /** The full URL path, for log entries. */
  readonly fullPath: string
  readonly params: Record<string, string>
  readonly query: URLSearchParams
  readonly headers: Record<string, string | string[] | undefined>
  readonly rawBody: Buffer
  readonly coId: string
}

export interface ContextScope {
  readonly state: EmulatorState
  readonly now: () => number
  readonly user?: ApiKeyUser
  readonly appRecord?: AppRecord
}

export interface CoreContext {
  readonly ctx: RequestContext
  /** Keys this request changed in live (no draft open). */
  readonly liveTouched: ResourceKey[]
}

export function parseJsonBody(rawBody: Buffer): unknown {
  if (rawBody.length === 0) return undefined
  try {
    return JSON.parse(rawBody.toString('utf8'))
  } catch (error) {
    throw new HttpError(400, 'BadRequest', `invalid JSON in request body: ${(error as Error).message}`)
  }
}

export function createContext(info: RequestInfo, scope: ContextScope): CoreContext {
  const liveTouched: ResourceKey[] = []
  const requireUser = (): ApiKeyUser => {
    if (!scope.user) throw new HttpError(500, 'InternalServerError', 'route has no authenticated user')
    return scope.user
  }
  const requireApp = (): AppRecord => {
    if (!scope.appRecord) throw new HttpError(500, 'InternalServerError', 'route is not under an app')
    return scope.appRecord
  }
  const ctx: RequestContext = {
    method: info.method,
    path: info.path,
    params: info.params,
    query: info.query,
    headers: info.headers,
    rawBody: info.rawBody,
    state: scope.state,
    get user() {
      return requireUser()
    },
    get appRecord() {
      return requireApp()
    },
    json: () => parseJsonBody(info.rawBody),
    config: (): AppConfig => userDraft(requireApp(), requireUser().user_id)?.config ?? requireApp().live,
    touch: key => touchKey(requireApp(), requireUser(), key, liveTouched),
    newId: () => nextObjectId(scope.state),
    now: scope.now,
    log: entry => appendLog(scope.state, requireApp(), scope.now(), logDefaults(info, scope, entry))
  }
  return { ctx, liveTouched }
}

function touchKey(record: AppRecord, user: ApiKeyUser, key: ResourceKey, liveTouched: ResourceKey[]): void {
  const draft = userDraft(record, user.user_id)
  if (draft) {
    if (!draft.touched.includes(key)) draft.touched.push(key)
    return
  }
  if (liveTouched.length === 0) record.revision += 1
  record.changed_at[key] = record.revision
  if (!liveTouched.includes(key)) liveTouched.push(key)
}

function logDefaults(
  info: RequestInfo,
  scope: ContextScope,
  entry: Partial<LogEntry> & { type: string }
): Partial<LogEntry> & { type: string } {
  return {
    co_id: info.coId,
    request_url: info.fullPath,
    request_method: info.method,
    ...(scope.user ? { user_id: scope.user.user_id } : {}),
    ...entry
  }
}
