// The bundled CLI (dist/cli/index.js) run as a user runs it, against an emulator at `baseUrl` with the
// demo key pair in the Atlas CLI's environment variables. Its output goes to the secret-leak check.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { captureSensitive, captureText } from '../leak/capture.js'
import { ROOT } from './action-harness.js'

export const CLI = path.join(ROOT, 'dist', 'cli', 'index.js')

export interface BundledCliRun {
  code: number | null
  stdout: string
  stderr: string
}

export interface BundledCliOptions {
  /** More environment variables (besides PATH and the demo key pair). */
  readonly env?: NodeJS.ProcessEnv
  /** Sees stdout, whole so far, each time it grows. */
  readonly onStdout?: (all: string) => void
  /** More values the output must not show. */
  readonly sensitive?: readonly string[]
}

/** `realm-deploy <args>`, with no stdin (no terminal, so it never asks). */
export function spawnBundledCli(args: string[], options: BundledCliOptions = {}): Promise<BundledCliRun> {
  const child = spawn(process.execPath, [CLI, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH,
      MONGODB_ATLAS_PUBLIC_API_KEY: DEMO_PUBLIC_KEY,
      MONGODB_ATLAS_PRIVATE_API_KEY: DEMO_PRIVATE_KEY,
      MONGODB_ATLAS_PROJECT_ID: DEMO_PROJECT_ID,
      ...options.env
    }
  })
  const run: BundledCliRun = { code: null, stdout: '', stderr: '' }
  child.stdout.on('data', chunk => {
    run.stdout += String(chunk)
    options.onStdout?.(run.stdout)
  })
  child.stderr.on('data', chunk => (run.stderr += String(chunk)))
  captureSensitive('API private key', [DEMO_PRIVATE_KEY, ...(options.sensitive ?? [])])
  return new Promise(resolve =>
    child.on('close', code => {
      run.code = code
      captureText('bundled CLI stdout', run.stdout)
      captureText('bundled CLI stderr', run.stderr)
      resolve(run)
    })
  )
}

/** `realm-deploy <args> --base-url <baseUrl>`; `sensitive` are more values the output must not show. */
export function runBundledCli(
  args: string[],
  baseUrl: string,
  sensitive: readonly string[] = []
): Promise<BundledCliRun> {
  return spawnBundledCli([...args, '--base-url', baseUrl], { sensitive })
}
