// Every real app App Services deploys, deployed through a fault rate of 0.2 (500, 503, 429, dropped
// connections, before and after the write): the run ends deployed, a plan then shows no changes, and
// the emulator's request log shows one effective create per resource the plan created (a create is
// never blindly repeated after an unknown outcome).
import { loadApp } from '../../src/app/index.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import type { DeployResult } from '../../src/deploy/types.js'
import type { RequestRecord } from '../../src/emulator/request-log.js'
import { startEmulator } from '../../src/emulator/server.js'
import type { KindName } from '../../src/plan/kinds.js'
import { capturingTokensOnStop } from '../leak/capture.js'
import { pipelineSettings } from '../deploy/settings.js'
import { secretValueFor } from '../pull/emulator-app.js'
import { emulatorName, realApps } from './real-apps.js'

const deployable = realApps().filter(a => !a.refuse)

/** Kinds whose create is a POST to a collection (the others are PUT/PATCH of a singleton). */
const POSTED: ReadonlySet<KindName> = new Set([
  'value',
  'environment_value',
  'function',
  'data_source',
  'schema',
  'default_rule',
  'rule',
  'service',
  'service_rule',
  'webhook',
  'auth_provider',
  'trigger',
  'endpoint',
  'data_api_config',
  'custom_resolver',
  'log_forwarder'
])

/** Requests that took effect: answered 2xx, or faulted after the write was done. */
const tookEffect = (e: RequestRecord): boolean =>
  (e.status !== null && e.status < 300) || e.fault_phase === 'after'

/** Effective POSTs that create a resource of the app (not the app, draft, deployment or a query). */
function resourceCreates(entries: readonly RequestRecord[]): RequestRecord[] {
  return entries.filter(
    e =>
      e.method === 'POST' &&
      tookEffect(e) &&
      /\/apps\/[0-9a-f]{24}\//.test(e.path) &&
      !/\/(drafts|deployment|diff|allowed_request_origins|login|session)(\/|$)/.test(e.path)
  )
}

function plannedCreates(result: DeployResult): number {
  const plan = result.plan
  if (!plan) return 0
  const collection = plan.changes.filter(c => c.action === 'create' && POSTED.has(c.kind)).length
  return collection + plan.secrets.create.length
}

interface Outcome {
  readonly deploy: readonly [string, string | undefined]
  readonly appCreates: number
  readonly draftCreates: number
  readonly resourceCreates: number
  readonly plannedCreates: number
  readonly check: readonly [string, readonly unknown[]]
}

async function deployThroughFaults(app: (typeof deployable)[number], seed: number): Promise<Outcome> {
  const emulator = capturingTokensOnStop(
    await startEmulator({ faultRate: 0.2, seed, deploymentTimings: { createdMs: 0, pendingMs: 0 } })
  )
  try {
    const model = await loadApp({ appDir: app.dir })
    const secretValues = new Map(model.secretsNeeded.map(name => [name, secretValueFor(name)]))
    const name = emulatorName(app, 'f')
    const settings = pipelineSettings(emulator, app.dir, {
      secretValues,
      app: name,
      client: { retry: { baseDelayMs: 1, maxDelayMs: 20, attempts: 10 } }
    })
    const result = await runPipeline({ ...settings, createApp: true, createName: name })
    const effective = emulator.requestLog.entries.filter(tookEffect)
    const check = await runPipeline({ ...settings, mode: 'plan' })
    return {
      deploy: [result.status, result.error],
      appCreates: effective.filter(e => e.method === 'POST' && /\/apps$/.test(e.path)).length,
      draftCreates: effective.filter(e => e.method === 'POST' && /\/drafts$/.test(e.path)).length,
      resourceCreates: resourceCreates(effective).length,
      plannedCreates: plannedCreates(result),
      check: [check.status, check.plan?.changes ?? []]
    }
  } finally {
    await emulator.stop()
  }
}

// Each app has its own emulator, so they run side by side (the runs mostly wait: Retry-After of
// 429s), all in one hook rather than as test.concurrent tests: jest refuses an `import()` made while
// no test function or hook is running, which for concurrent tests is the case from the moment the
// first of them ends, and reading an app with hosting imports the hosting scan.
const outcomes = new Map<string, Outcome | Error>()
beforeAll(async () => {
  await Promise.all(
    deployable.map(async (app, i) => {
      const outcome = await deployThroughFaults(app, i + 1).catch((error: unknown) =>
        error instanceof Error ? error : new Error(String(error))
      )
      outcomes.set(app.id, outcome)
    })
  )
}, 300_000)

test.each(deployable.map((a, i) => [a.id, i + 1] as const))(
  '%s: fault rate 0.2 (seed %i): deployed, no changes after, one effective create per resource',
  id => {
    const outcome = outcomes.get(id)
    if (outcome instanceof Error || outcome === undefined) throw outcome ?? new Error('not run')
    expect(outcome.deploy).toEqual(['deployed', undefined])
    expect([outcome.appCreates, outcome.draftCreates]).toEqual([1, 1])
    expect(outcome.resourceCreates).toBe(outcome.plannedCreates)
    expect(outcome.check).toEqual(['no-changes', []])
  }
)
