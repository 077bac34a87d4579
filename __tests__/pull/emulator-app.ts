// The pull tests' remote side: an in-process emulator, apps deployed into it from config
// directories through the real pipeline, and `realm-deploy ...` run in-process against it. Its
// output, the files a pull writes, the keys, secret values and the emulator's tokens go to the
// secret-leak check (../leak/capture.ts).
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { loadApp } from '../../src/app/index.js'
import { runCli } from '../../src/cli/run.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import type { DeployResult } from '../../src/deploy/types.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { captureSensitive, captureText, capturingTokensOnStop } from '../leak/capture.js'
import { pipelineSettings } from '../deploy/settings.js'

export const PROJECT_ID = DEMO_PROJECT_ID
export const KEYS = { publicKey: DEMO_PUBLIC_KEY, privateKey: DEMO_PRIVATE_KEY }

export async function startTestEmulator(): Promise<RunningEmulator> {
  captureSensitive('API private key', [KEYS.privateKey])
  return capturingTokensOnStop(await startEmulator({ deploymentTimings: { createdMs: 0, pendingMs: 0 } }))
}

/** A recognisable value for every secret the app references (tests check none of them leaks). */
export function secretValueFor(name: string): string {
  const value = `s3cret-value-of-${name}`
  captureSensitive('secret value', [value])
  return value
}

/** Creates an app named `name` from `appDir` and deploys it; fails the test when the deploy fails. */
export async function deployNewApp(
  emulator: RunningEmulator,
  appDir: string,
  name: string,
  includeHosting = false
): Promise<DeployResult> {
  const model = await loadApp({ appDir })
  const secretValues = new Map(model.secretsNeeded.map(s => [s, secretValueFor(s)]))
  const result = await runPipeline(
    pipelineSettings(emulator, appDir, {
      app: name,
      createApp: true,
      createName: name,
      secretValues,
      includeHosting
    })
  )
  if (result.status !== 'deployed')
    throw new Error(`deploying ${appDir} failed: ${result.status}: ${result.error ?? ''}`)
  return result
}

export interface CliRun {
  readonly code: number
  readonly stdout: string
  readonly stderr: string
}

/** `realm-deploy <args>` with the emulator's connection flags. */
export async function runCommand(emulator: RunningEmulator, args: string[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const connection = [
    '--base-url',
    emulator.url,
    '--project-id',
    PROJECT_ID,
    '--public-api-key',
    KEYS.publicKey
  ]
  const code = await runCli([...args, ...connection], {
    stdout: text => void (stdout += text),
    stderr: text => void (stderr += text),
    env: { MONGODB_ATLAS_PRIVATE_API_KEY: KEYS.privateKey },
    cwd: process.cwd(),
    signal: new AbortController().signal
  })
  captureText(`realm-deploy ${args[0]} stdout`, stdout)
  captureText(`realm-deploy ${args[0]} stderr`, stderr)
  const out = args[0] === 'pull' ? args[args.indexOf('--out') + 1] : undefined
  if (out && args.includes('--out') && code === 0) await capturePulledFiles(out)
  return { code, stdout, stderr }
}

/** Every file a pull wrote (they go into a repository). */
async function capturePulledFiles(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile())
      captureText('pulled file', await readFile(path.join(entry.parentPath, entry.name), 'utf8'))
  }
}
