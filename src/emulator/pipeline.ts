// One API request from arrival to reply: route match, fault decision, body, authentication, project
// and app checks, deployment progress, the handler, the automatic deployment of writes made outside a
// draft, the trigger faults of the deployments it completed, and persistence (before the reply, so a
// reply means the change is on disk). Control routes (below `/__emulator`) take the same path without
// request faults.
import type { IncomingMessage } from 'node:http'
import {
  HttpError,
  type ApiKeyUser,
  type AppRecord,
  type EmulatorState,
  type Reply,
  type Route
} from './types.js'
import { faultReply, type Fault, type FaultPlan } from './faults.js'
import type { RouteTable } from './router.js'
import type { Settings } from './settings.js'
import type { StateStore } from './state.js'
import { authenticate } from './auth.js'
import { createContext, parseJsonBody, type RequestInfo } from './context.js'
import { advanceDeployments, recordLiveDeployment } from './deployments.js'
import { errorReply, readBody } from './http-io.js'
import { randomHex } from './ids.js'
import { allAppRecords } from './state.js'
import { CONTROL_PREFIX } from './control-routes.js'
import { newlySuccessful, successfulDeployments, type TriggerFaultPlan } from './trigger-faults.js'

export const API_PREFIX = '/api/admin/v3.0'

export interface Pipeline {
  readonly state: EmulatorState
  readonly store: StateStore
  readonly table: RouteTable
  readonly settings: Settings
  readonly faults?: FaultPlan
  /** The control routes, served below CONTROL_PREFIX. */
  readonly control: RouteTable
  readonly triggerFaults?: TriggerFaultPlan
}

export interface Outcome {
  /** Absent when the connection is to be dropped. */
  readonly reply?: Reply
  readonly fault?: Fault
  readonly userId?: string
}

const notFound = (message: string): Reply => errorReply(new HttpError(404, 'NotFound', message))

/** The route table and the path below its prefix; undefined outside both prefixes. */
function routing(
  p: Pipeline,
  pathname: string
): { table: RouteTable; path: string; control: boolean } | undefined {
  for (const [prefix, table, control] of [
    [API_PREFIX, p.table, false],
    [CONTROL_PREFIX, p.control, true]
  ] as const) {
    if (pathname === prefix || pathname.startsWith(`${prefix}/`))
      return { table, path: pathname.slice(prefix.length) || '/', control }
  }
  return undefined
}

export async function processRequest(p: Pipeline, req: IncomingMessage, url: URL): Promise<Outcome> {
  const method = (req.method ?? 'GET').toUpperCase()
  const target = routing(p, url.pathname)
  if (!target) return { reply: notFound(`no such endpoint: ${method} ${url.pathname}`) }
  const { path } = target
  const match = target.table.match(method, path)
  const isWrite = match.kind === 'found' && match.route.options.write === true
  const fault = target.control ? undefined : p.faults?.next(isWrite)
  let body: Buffer
  try {
    body = await readBody(req, p.settings.maxBodyBytes)
  } catch (error) {
    if (error instanceof HttpError) return { reply: errorReply(error) }
    throw error
  }
  if (fault?.phase === 'before') return faultOutcome(fault)
  if (match.kind === 'none') return { reply: notFound(`no such endpoint: ${method} ${path}`) }
  if (match.kind === 'wrong-method') {
    const error = new HttpError(405, 'MethodNotAllowed', `method ${method} is not allowed on ${path}`)
    return { reply: { ...errorReply(error), headers: { Allow: match.allowed.join(', ') } } }
  }
  const info: RequestInfo = {
    method,
    path,
    fullPath: url.pathname,
    params: match.params,
    query: url.searchParams,
    headers: req.headers,
    rawBody: body,
    coId: randomHex(12)
  }
  const before = p.triggerFaults ? successfulDeployments(p.state) : undefined
  const result = await runRoute(p, match.route, info)
  const deployed = before ? newlySuccessful(p.state, before) : []
  for (const { record } of deployed) p.triggerFaults?.afterDeployment(p.state, record, p.settings.now())
  if (match.route.options.write || result.changed || deployed.length > 0) p.store.save(p.state)
  if (fault) return faultOutcome(fault, result.userId)
  return { reply: result.reply, userId: result.userId }
}

function faultOutcome(fault: Fault, userId?: string): Outcome {
  return fault.kind === 'drop' ? { fault, userId } : { fault, userId, reply: faultReply(fault.kind) }
}

interface RouteResult {
  readonly reply: Reply
  readonly userId?: string
  /** State changed outside a write route (deployment progress). */
  readonly changed: boolean
}

async function runRoute(p: Pipeline, route: Route, info: RequestInfo): Promise<RouteResult> {
  const { state, settings } = p
  const changed = allAppRecords(state)
    .map(record => advanceDeployments(state, record, settings.now(), settings.deploymentTimings))
    .some(Boolean)
  let user: ApiKeyUser | undefined
  try {
    user = route.options.public ? undefined : authenticate(state, info.headers, settings.now())
    const appRecord = user ? resolveApp(state, user, info.params) : undefined
    if (info.rawBody.length > 0 && /json/i.test(String(info.headers['content-type'] ?? ''))) {
      parseJsonBody(info.rawBody)
    }
    const { ctx, liveTouched } = createContext(info, { state, now: settings.now, user, appRecord })
    const reply = await route.handler(ctx)
    if (appRecord && user && liveTouched.length > 0)
      recordLiveDeployment(state, appRecord, user, settings.now())
    return { reply, userId: user?.user_id, changed }
  } catch (error) {
    if (error instanceof HttpError) return { reply: errorReply(error), userId: user?.user_id, changed }
    settings.logger?.error(
      `emulator: ${info.method} ${info.path} failed: ${(error as Error).stack ?? String(error)}`
    )
    const internal = new HttpError(500, 'InternalServerError', `emulator error: ${(error as Error).message}`)
    return { reply: errorReply(internal), userId: user?.user_id, changed }
  }
}

/** The app of a `/groups/{groupId}/apps/{appId}` route, after checking the key may use the project. */
function resolveApp(
  state: EmulatorState,
  user: ApiKeyUser,
  params: Record<string, string>
): AppRecord | undefined {
  const groupId = params.groupId
  if (groupId === undefined) return undefined
  if (!user.projects.includes(groupId)) {
    throw new HttpError(
      404,
      'GroupNotFound',
      `group '${groupId}' not found, or this API key has no access to it`
    )
  }
  if (params.appId === undefined) return undefined
  const record = state.groups[groupId]?.apps[params.appId]
  if (!record) throw new HttpError(404, 'AppNotFound', `app not found: '${params.appId}'`)
  return record
}
