// The Admin API emulator: a stateful node:http server built to the official spec, for tests and for
// `realm-deploy emulator`. It serves the core routes (auth, apps, drafts, deployments, logs) and the
// resource routes and the emulator's control routes (below `/__emulator`, control-routes.ts), records
// every request, and can add latency and reproducible faults (requests, and triggers at deployment).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import type { EmulatorState, Route } from './types.js'
import { appRoutes } from './apps.js'
import { authRoutes } from './auth.js'
import { deploymentRoutes } from './deployments.js'
import { draftRoutes } from './drafts.js'
import { createFaultPlan } from './faults.js'
import { suspendTrigger } from './trigger-suspension.js'
import { controlRoutes } from './control-routes.js'
import { createTriggerFaultPlan } from './trigger-faults.js'
import { errorReply, sendReply } from './http-io.js'
import { logRoutes } from './logs.js'
import { processRequest, type Outcome, type Pipeline } from './pipeline.js'
import { RequestLog, type RequestRecord } from './request-log.js'
import { resourceRoutes } from './resources/index.js'
import { RouteTable } from './router.js'
import { resolveSettings, type EmulatorOptions, type Settings } from './settings.js'
import { applyUsers, createState, createStateStore } from './state.js'
import { HttpError } from './types.js'

export { API_PREFIX } from './pipeline.js'
export type { EmulatorOptions } from './settings.js'

export interface RunningEmulator {
  /** Base URL, e.g. `http://127.0.0.1:41234` (the API is under `/api/admin/v3.0`). */
  readonly url: string
  readonly state: EmulatorState
  readonly requestLog: RequestLog
  /** Every Admin API route served, core and resource (not the control routes). */
  readonly routes: readonly Route[]
  readonly settings: Settings
  /** Changes no client can make through the API (see trigger-suspension.ts; over HTTP: control-routes.ts). */
  readonly control: { suspendTrigger(appId: string, triggerName: string, error?: string): string }
  stop(): Promise<void>
}

/** The core routes (auth, apps, drafts, deployments, logs). */
export function coreRoutes(settings: Settings): Route[] {
  return [
    ...authRoutes({ tokenTtlS: settings.tokenTtlS }),
    ...appRoutes({ seedLogs: settings.seedLogs, seed: settings.seed }),
    ...draftRoutes(),
    ...deploymentRoutes(),
    ...logRoutes()
  ]
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const settings = resolveSettings(options)
  const store = createStateStore(settings.dataDir)
  const state = store.load() ?? createState()
  applyUsers(state, settings.users)
  store.save(state)
  const table = new RouteTable([...coreRoutes(settings), ...resourceRoutes(), ...settings.extraRoutes])
  const pipeline: Pipeline = {
    state,
    store,
    table,
    settings,
    faults: settings.faultRate > 0 ? createFaultPlan(settings.faultRate, settings.seed) : undefined,
    control: new RouteTable(controlRoutes()),
    triggerFaults:
      settings.suspendTriggerRate > 0 || settings.failTriggerRate > 0
        ? createTriggerFaultPlan(settings.suspendTriggerRate, settings.failTriggerRate, settings.seed)
        : undefined
  }
  const requestLog = new RequestLog(settings.requestLogFile)
  const server = createServer((req, res) => void serve(pipeline, requestLog, req, res))
  const port = await listen(server, settings.host, settings.port)
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host
  return {
    url: `http://${host}:${port}`,
    state,
    requestLog,
    routes: table.routes,
    settings,
    control: {
      suspendTrigger: (appId, name, error) => {
        const id = suspendTrigger(state, appId, name, error, settings.now())
        store.save(state)
        return id
      }
    },
    stop: () => close(server)
  }
}

async function serve(p: Pipeline, log: RequestLog, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = Date.now()
  const url = new URL(req.url ?? '/', 'http://emulator')
  let outcome: Outcome
  try {
    outcome = await processRequest(p, req, url)
  } catch (error) {
    p.settings.logger?.error(`emulator: ${req.method} ${url.pathname} failed: ${String(error)}`)
    outcome = { reply: errorReply(new HttpError(500, 'InternalServerError', 'emulator error')) }
  }
  if (p.settings.latencyMs > 0) await sleep(p.settings.latencyMs)
  if (outcome.reply) sendReply(res, outcome.reply)
  else req.socket.destroy()
  recordRequest(p, log, {
    time: new Date(started).toISOString(),
    method: (req.method ?? 'GET').toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    status: outcome.reply?.status ?? null,
    ...(outcome.userId ? { user_id: outcome.userId } : {}),
    duration_ms: Date.now() - started,
    ...(outcome.fault ? { fault: outcome.fault.kind, fault_phase: outcome.fault.phase } : {})
  })
}

function recordRequest(p: Pipeline, log: RequestLog, entry: RequestRecord): void {
  try {
    log.record(entry)
  } catch (error) {
    p.settings.logger?.error(`emulator: cannot write the request log: ${(error as Error).message}`)
  }
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

function close(server: Server): Promise<void> {
  return new Promise(resolve => {
    server.close(() => resolve())
    server.closeAllConnections()
  })
}
