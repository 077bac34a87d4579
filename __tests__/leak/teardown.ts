// jest's global teardown: the one secret-leak check over every end-to-end test. It reads what the
// harnesses recorded (capture.ts): every captured text and every sensitive value, scans each text for
// each value (and for the demo private key, always), removes the records, and fails the run naming the
// test file, the kind of text and the kind of value, never the value. Self-contained: jest loads a
// global teardown module without the test transform's module mapping, so it may import built-ins only.
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

export type SensitiveKind =
  'API private key' | 'emulator access token' | 'emulator refresh token' | 'GitHub token' | 'secret value'

export type LeakRecord =
  | { type: 'text'; test: string; kind: string; text: string; runner?: boolean }
  | { type: 'value'; test: string; kind: SensitiveKind; value: string }

export interface Leak {
  /** The test file whose captured text holds the value. */
  readonly test: string
  /** What the text is, e.g. "action stdout". */
  readonly text: string
  readonly value: SensitiveKind
  /** The test file that recorded the value. */
  readonly valueFrom: string
}

/** Same as setup.ts's (this file cannot import it; leak.test.ts checks they agree). */
export const LEAK_DIR_ENV = 'REALM_DEPLOY_LEAK_DIR'

/** The emulator's demo private key (src/emulator/settings.ts; leak.test.ts checks they agree). */
export const DEMO_PRIVATE_KEY_VALUE = 'd3m0d3m0-0000-4000-8000-000000000000'

/** Shorter values are not masked by the project either (src/secrets.ts): they would garble text. */
const MIN_LENGTH = 4

/**
 * What a reader of the log sees of a text. A process the runner reads (`runner`) registers each
 * secret with a `::add-mask::VALUE` line: the runner consumes that line (it is never shown) and masks
 * the value as `***` from then on. So those lines are dropped here, and only those: the check does
 * not rely on the runner's masking, any other occurrence of a value counts, even in text the runner
 * would mask. Masked text (`***`) never holds a value; values made of `*` alone are not looked for.
 */
export function visibleText(record: Extract<LeakRecord, { type: 'text' }>): string {
  if (!record.runner) return record.text
  return record.text
    .split('\n')
    .filter(line => !line.replace(/\r$/, '').startsWith('::add-mask::'))
    .join('\n')
}

interface Pattern {
  readonly form: string
  readonly kind: SensitiveKind
  readonly test: string
}

/**
 * Each value as written raw, inside a JSON string (quotes, backslashes and newlines escaped),
 * URL-encoded and in base64: the forms a server or a tool most often hands a value back in.
 */
function formsOf(value: string): string[] {
  const base64 = Buffer.from(value, 'utf8').toString('base64')
  return [
    value,
    JSON.stringify(value).slice(1, -1),
    encodeURIComponent(value),
    ...(base64.length >= 8 ? [base64, base64.replace(/=+$/, '')] : [])
  ]
}

function patternsOf(values: Array<Extract<LeakRecord, { type: 'value' }>>): Pattern[] {
  const seen = new Map<string, Pattern>()
  for (const v of values) {
    if (v.value.length < MIN_LENGTH || /^\*+$/.test(v.value)) continue
    for (const form of new Set(formsOf(v.value))) {
      if (!seen.has(form)) seen.set(form, { form, kind: v.kind, test: v.test })
    }
  }
  return [...seen.values()]
}

/** Patterns by their first MIN_LENGTH characters: one pass over a text finds every pattern in it. */
function matcher(patterns: Pattern[]): (text: string) => Pattern[] {
  const byPrefix = new Map<string, Pattern[]>()
  for (const p of patterns) {
    const prefix = p.form.slice(0, MIN_LENGTH)
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), p])
  }
  return text => {
    const found = new Set<Pattern>()
    for (let i = 0; i + MIN_LENGTH <= text.length; i++) {
      for (const p of byPrefix.get(text.slice(i, i + MIN_LENGTH)) ?? []) {
        if (text.startsWith(p.form, i)) found.add(p)
      }
    }
    return [...found]
  }
}

/** Every (test file, kind of text, kind of value) where a recorded value shows in a recorded text. */
export function findLeaks(records: readonly LeakRecord[]): Leak[] {
  const values = records.filter((r): r is Extract<LeakRecord, { type: 'value' }> => r.type === 'value')
  const always = {
    type: 'value',
    test: 'always',
    kind: 'API private key',
    value: DEMO_PRIVATE_KEY_VALUE
  } as const
  const find = matcher(patternsOf([always, ...values]))
  const leaks = new Map<string, Leak>()
  for (const record of records) {
    if (record.type !== 'text') continue
    for (const p of find(visibleText(record))) {
      const leak = { test: record.test, text: record.kind, value: p.kind, valueFrom: p.test }
      leaks.set(JSON.stringify(leak), leak)
    }
  }
  return [...leaks.values()].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

export function leakReport(leaks: readonly Leak[]): string {
  const lines = leaks.map(
    l =>
      `  ${l.test}: the ${l.value}${l.valueFrom === l.test ? '' : ` (known to ${l.valueFrom})`} in its ${l.text}`
  )
  return `secret-leak check: ${leaks.length} leak(s) in captured output (values not shown):\n${lines.join('\n')}`
}

/** Every record of the run's directory (one JSON-lines file per test process). */
export function readLeakRecords(dir: string): LeakRecord[] {
  return readdirSync(dir)
    .filter(name => name.endsWith('.jsonl'))
    .flatMap(name => readFileSync(path.join(dir, name), 'utf8').split('\n'))
    .filter(line => line !== '')
    .map(line => JSON.parse(line) as LeakRecord)
}

/** Scans the run's records and removes them; throws on a leak, else returns a summary line ('' if none). */
export function checkRecords(dir: string): string {
  let records: LeakRecord[]
  try {
    records = readLeakRecords(dir)
  } finally {
    // The records hold the values themselves: they do not outlive the run.
    rmSync(dir, { recursive: true, force: true })
  }
  const leaks = findLeaks(records)
  if (leaks.length > 0) throw new Error(leakReport(leaks))
  const texts = records.filter(r => r.type === 'text').length
  const values = new Set(records.flatMap(r => (r.type === 'value' ? [r.value] : []))).size
  const tests = new Set(records.map(r => r.test)).size
  if (texts === 0) return ''
  return `secret-leak check: ${texts} captured text(s) of ${tests} test file(s), ${values} sensitive value(s), no leak\n`
}

// eslint-disable-next-line no-restricted-syntax -- jest calls a global teardown module's default export
export default function checkForLeaks(): void {
  const dir = process.env[LEAK_DIR_ENV]
  if (dir) process.stdout.write(checkRecords(dir))
}
