// What the end-to-end harnesses hand to the one secret-leak check: every text a user could see
// (stdout, stderr, job summary, step outputs, PR comments, plan files, pulled files, log lines) and
// every sensitive value the test knows (API private keys, the emulator's access and refresh tokens,
// GitHub tokens, secret values). Records go to the run's directory (set up by setup.ts); after the
// last test, teardown.ts scans every text for every value and fails the run on a find.
import { expect } from '@jest/globals'
import { appendFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PRIVATE_KEY } from '../../src/emulator/settings.js'
import { LEAK_DIR_ENV } from './setup.js'
import type { LeakRecord, SensitiveKind } from './teardown.js'

export type { SensitiveKind } from './teardown.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** The test file running now, relative to the repository (what a leak report names). */
function testFile(): string {
  const testPath = expect.getState().testPath
  return testPath ? path.relative(ROOT, testPath) : 'unknown test file'
}

function write(record: LeakRecord): void {
  const dir = process.env[LEAK_DIR_ENV]
  // Unset only when jest runs without this project's config (the global setup creates it).
  if (!dir) return
  appendFileSync(path.join(dir, `${process.pid}.jsonl`), `${JSON.stringify(record)}\n`, { mode: 0o600 })
}

export interface TextOptions {
  /** A process the runner reads: its workflow commands (`::add-mask::...`) are not shown in the log. */
  readonly runner?: boolean
}

/** A text a user could see: `kind` says what it is (e.g. "action stdout", "PR comment"). */
export function captureText(kind: string, text: string | undefined, options: TextOptions = {}): void {
  if (!text) return
  write({ type: 'text', test: testFile(), kind, text, ...(options.runner ? { runner: true } : {}) })
}

const recorded = new Set<string>()

/** Values that must appear in no captured text, of any test. Empty and undefined values are skipped. */
export function captureSensitive(kind: SensitiveKind, values: Iterable<string | undefined>): void {
  const test = testFile()
  for (const value of values) {
    const key = JSON.stringify([process.env[LEAK_DIR_ENV], test, kind, value])
    if (!value || recorded.has(key)) continue
    recorded.add(key)
    write({ type: 'value', test, kind, value })
  }
}

/** The values of `NAME=value` lines (the action's `secrets` input, a secrets file). */
export function secretLineValues(text: string): string[] {
  return text
    .split('\n')
    .map(line => line.replace(/\r$/, ''))
    .filter(line => !line.trimStart().startsWith('#') && line.includes('='))
    .map(line => line.slice(line.indexOf('=') + 1))
}

/** The emulator's access and refresh tokens so far: call before `stop()` (its state goes with it). */
export function captureEmulatorTokens(emulator: Pick<RunningEmulator, 'state'>): void {
  captureSensitive('emulator access token', Object.keys(emulator.state.access_tokens))
  captureSensitive('emulator refresh token', Object.keys(emulator.state.refresh_tokens))
}

/** The emulator, with its tokens captured when it stops (for harnesses whose tests call `stop()`). */
export function capturingTokensOnStop(emulator: RunningEmulator): RunningEmulator {
  return {
    ...emulator,
    state: emulator.state,
    stop: async () => {
      captureEmulatorTokens(emulator)
      await emulator.stop()
    }
  }
}

/** The demo key pair's private half: every harness uses it (the scan looks for it in any case). */
export const captureDemoKey = (): void => captureSensitive('API private key', [DEMO_PRIVATE_KEY])
