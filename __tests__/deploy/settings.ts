// The one builder of DeploySettings for tests: runPipeline against a local emulator, with the demo
// project and keys, no secrets, a silent logger and short polls. Harnesses and tests override what
// their case is about (mode, app, secrets, logger, ...); nothing else builds a DeploySettings.
import type { DeploySettings } from '../../src/deploy/types.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { silentLogger } from '../../src/log.js'

export function pipelineSettings(
  emulator: { readonly url: string },
  appDir: string,
  overrides: Partial<DeploySettings> = {}
): DeploySettings {
  return {
    appDir,
    projectId: DEMO_PROJECT_ID,
    baseUrl: emulator.url,
    publicKey: DEMO_PUBLIC_KEY,
    privateKey: DEMO_PRIVATE_KEY,
    mode: 'deploy',
    secretValues: new Map(),
    logger: silentLogger,
    pollMs: { min: 1, max: 10 },
    timeoutMs: 20_000,
    ...overrides
  }
}
