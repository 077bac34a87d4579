// The emulator's options, their defaults (a fixed demo key pair and project, so `realm-deploy
// emulator` works with no flags) and their validation.
import type { Logger } from '../log.js'
import type { Route } from './types.js'
import type { UserSpec } from './state.js'
import { DEFAULT_DEPLOYMENT_TIMINGS, type DeploymentTimings } from './deployments.js'
import { MAX_BODY_BYTES } from './http-io.js'
import { OBJECT_ID } from './ids.js'

/** A local demo credential, printed at start: never a real key. */
export const DEMO_PUBLIC_KEY = 'realmdemo'
export const DEMO_PRIVATE_KEY = 'd3m0d3m0-0000-4000-8000-000000000000'
export const DEMO_PROJECT_ID = '5f00000000000000000000a1'

export interface EmulatorOptions {
  readonly host?: string
  /** 0 (default) picks a free port. */
  readonly port?: number
  /** API key users; default: the demo key with the demo project. */
  readonly users?: readonly UserSpec[]
  /** Persist the state here (JSON, atomic write after every write request); default: in memory. */
  readonly dataDir?: string
  readonly latencyMs?: number
  /** Share of API requests (0..1) that fail with 500, 503, 429 or a dropped connection. */
  readonly faultRate?: number
  /** Share (0..1) of enabled database triggers suspended after each successful deployment. */
  readonly suspendTriggerRate?: number
  /** Share (0..1) of enabled triggers whose latest run fails after each successful deployment. */
  readonly failTriggerRate?: number
  /** Seed of the fault sequences (requests, triggers) and of seeded logs. */
  readonly seed?: number
  /** Access token lifetime; default 1800 s as on the real service. */
  readonly tokenTtlS?: number
  /** Synthetic log entries seeded into each app at creation. */
  readonly seedLogs?: number
  /** Append one JSON line per request to this file. */
  readonly requestLogFile?: string
  readonly deploymentTimings?: DeploymentTimings
  readonly maxBodyBytes?: number
  /** The emulator clock (ms); default `Date.now`. */
  readonly now?: () => number
  /** Routes served in addition to the core and resource routes (tests, experiments). */
  readonly extraRoutes?: readonly Route[]
  /** Where unexpected handler errors are reported. */
  readonly logger?: Logger
}

export interface Settings {
  readonly host: string
  readonly port: number
  readonly users: readonly UserSpec[]
  readonly dataDir?: string
  readonly latencyMs: number
  readonly faultRate: number
  readonly suspendTriggerRate: number
  readonly failTriggerRate: number
  readonly seed: number
  readonly tokenTtlS: number
  readonly seedLogs: number
  readonly requestLogFile?: string
  readonly deploymentTimings: DeploymentTimings
  readonly maxBodyBytes: number
  readonly now: () => number
  readonly extraRoutes: readonly Route[]
  readonly logger?: Logger
}

export const DEMO_USER: UserSpec = {
  publicKey: DEMO_PUBLIC_KEY,
  privateKey: DEMO_PRIVATE_KEY,
  projects: [DEMO_PROJECT_ID]
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`invalid emulator option: ${message}`)
}

export function resolveSettings(options: EmulatorOptions): Settings {
  const s: Settings = {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    users: options.users?.length ? options.users : [DEMO_USER],
    dataDir: options.dataDir,
    latencyMs: options.latencyMs ?? 0,
    faultRate: options.faultRate ?? 0,
    suspendTriggerRate: options.suspendTriggerRate ?? 0,
    failTriggerRate: options.failTriggerRate ?? 0,
    seed: options.seed ?? 1,
    tokenTtlS: options.tokenTtlS ?? 1800,
    seedLogs: options.seedLogs ?? 0,
    requestLogFile: options.requestLogFile,
    deploymentTimings: options.deploymentTimings ?? DEFAULT_DEPLOYMENT_TIMINGS,
    maxBodyBytes: options.maxBodyBytes ?? MAX_BODY_BYTES,
    now: options.now ?? Date.now,
    extraRoutes: options.extraRoutes ?? [],
    logger: options.logger
  }
  check(Number.isInteger(s.port) && s.port >= 0 && s.port < 65536, `port ${s.port}`)
  check(s.latencyMs >= 0, `latency ${s.latencyMs} ms`)
  for (const [name, rate] of [
    ['fault rate', s.faultRate],
    ['suspend trigger rate', s.suspendTriggerRate],
    ['fail trigger rate', s.failTriggerRate]
  ] as const)
    check(rate >= 0 && rate <= 1, `${name} ${rate} (expected 0 to 1)`)
  check(s.tokenTtlS > 0, `token TTL ${s.tokenTtlS} s`)
  check(Number.isInteger(s.seedLogs) && s.seedLogs >= 0, `seed logs ${s.seedLogs}`)
  for (const user of s.users) {
    check(
      user.publicKey.length > 0 && user.privateKey.length > 0,
      'an API key needs a public and a private part'
    )
    for (const project of user.projects)
      check(OBJECT_ID.test(project), `project id '${project}' (expected 24 hex digits)`)
  }
  return s
}
