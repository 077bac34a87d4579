// Shared by the pipeline tests: an in-process emulator, a copy of an app directory to edit, and
// settings for runPipeline against them.
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY, type EmulatorOptions } from '../../src/emulator/settings.js'
import type { DeploySettings } from '../../src/deploy/types.js'
import { createStreamLogger, type Logger } from '../../src/log.js'

export const EXAMPLE_APP = path.resolve('examples/inventory-app')

export interface Harness {
  readonly emulator: RunningEmulator
  readonly appDir: string
  readonly log: string[]
  readonly logger: Logger
  settings(overrides?: Partial<DeploySettings>): DeploySettings
  close(): Promise<void>
}

export async function startHarness(source = EXAMPLE_APP, options: EmulatorOptions = {}): Promise<Harness> {
  const emulator = await startEmulator({ deploymentTimings: { createdMs: 20, pendingMs: 40 }, ...options })
  const work = await mkdtemp(path.join(tmpdir(), 'realm-deploy-'))
  const appDir = path.join(work, 'app')
  await cp(source, appDir, { recursive: true })
  const log: string[] = []
  const logger = createStreamLogger({ write: line => log.push(line), debug: true })
  return {
    emulator,
    appDir,
    log,
    logger,
    settings: overrides => ({
      appDir,
      projectId: DEMO_PROJECT_ID,
      baseUrl: emulator.url,
      publicKey: DEMO_PUBLIC_KEY,
      privateKey: DEMO_PRIVATE_KEY,
      mode: 'deploy',
      createApp: true,
      secretValues: new Map([['slackWebhookUrl', 'https://hooks.example.invalid/T000/B000/s3cr3t-value']]),
      deploymentName: 'test',
      timeoutMs: 20_000,
      pollMs: { min: 10, max: 50 },
      logger,
      client: { retry: { baseDelayMs: 5, maxDelayMs: 50 } },
      ...overrides
    }),
    close: async () => {
      await emulator.stop()
      await rm(work, { recursive: true, force: true })
    }
  }
}

/** Requests the emulator answered, of one method, whose path matches. */
export function requests(h: Harness, method: string, pattern: RegExp) {
  return h.emulator.requestLog.find(method, pattern)
}

/** Every write request (not GET) the emulator received. */
export function writes(h: Harness) {
  return h.emulator.requestLog.entries.filter(e => e.method !== 'GET')
}
