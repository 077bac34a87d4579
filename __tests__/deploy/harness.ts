// Shared by the pipeline tests: an in-process emulator, a copy of an app directory to edit, and
// settings for runPipeline against them. The logger lines, the keys, the secret values and the
// emulator's tokens go to the secret-leak check (../leak/capture.ts) when the harness closes.
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PRIVATE_KEY, type EmulatorOptions } from '../../src/emulator/settings.js'
import type { DeploySettings } from '../../src/deploy/types.js'
import { createStreamLogger, type Logger } from '../../src/log.js'
import { captureEmulatorTokens, captureSensitive, captureText } from '../leak/capture.js'
import { pipelineSettings } from './settings.js'

const SECRET_VALUE = 'https://hooks.example.invalid/T000/B000/s3cr3t-value'

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
    settings: overrides => {
      captureSensitive('API private key', [DEMO_PRIVATE_KEY, overrides?.privateKey])
      captureSensitive('secret value', [SECRET_VALUE, ...(overrides?.secretValues?.values() ?? [])])
      return pipelineSettings(emulator, appDir, {
        createApp: true,
        secretValues: new Map([['slackWebhookUrl', SECRET_VALUE]]),
        deploymentName: 'test',
        timeoutMs: 20_000,
        pollMs: { min: 10, max: 50 },
        logger,
        client: { retry: { baseDelayMs: 5, maxDelayMs: 50 } },
        ...overrides
      })
    },
    close: async () => {
      captureText('logger lines', log.join(''))
      captureEmulatorTokens(emulator)
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
