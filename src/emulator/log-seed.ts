// Synthetic log entries for `--seed-logs N`: realistic enough to exercise a log reader, including runs
// of identical timestamps (1 to 250 entries) that force `nextSkip` paging, errors, and several types.
// Reproducible: the same seed and app give the same entries.
import type { AppRecord, EmulatorState, LogEntry } from './types.js'
import { appendLog } from './logs.js'
import { pick, seededRandom } from './random.js'

const SEED_TYPES = [
  'FUNCTION',
  'SCHEDULED_TRIGGER',
  'DB_TRIGGER',
  'API',
  'AUTH',
  'ENDPOINT',
  'TRIGGER_FAILURE'
]
const FUNCTION_NAMES = ['hello', 'expireGames', 'onNewUser', 'checkWinner', 'sendReport']
const ERRORS = [
  { error: "TypeError: Cannot access member 'name' of undefined", error_code: 'FunctionExecutionError' },
  { error: 'execution time limit exceeded', error_code: 'ExecutionTimeLimitExceeded' },
  { error: 'no matching rule found', error_code: 'NoMatchingRuleFound' }
]

/** Appends `count` entries to the app's log, older than `nowMs`, newest group first. */
export function seedLogs(
  state: EmulatorState,
  record: AppRecord,
  count: number,
  seed: number,
  nowMs: number
): void {
  const random = seededRandom(seed ^ hashString(record.app._id))
  let time = nowMs - 1000
  let made = 0
  while (made < count) {
    const longRun = random() < 0.1
    const size = Math.min(count - made, 1 + Math.floor(random() * (longRun ? 250 : 3)))
    for (let i = 0; i < size; i++) appendLog(state, record, time, seedEntry(random, made + i))
    made += size
    time -= 1 + Math.floor(random() * 5000)
  }
}

function seedEntry(random: () => number, n: number): Partial<LogEntry> & { type: string } {
  const type = pick(random, SEED_TYPES)
  const failed = type === 'TRIGGER_FAILURE' || random() < 0.1
  const fn = pick(random, FUNCTION_NAMES)
  const entry: Partial<LogEntry> & { type: string } = { type, messages: [`seeded entry ${n}`] }
  if (type === 'FUNCTION' || type.endsWith('TRIGGER')) entry.function_name = fn
  if (type.endsWith('TRIGGER') || type === 'TRIGGER_FAILURE') entry.event_subscription_name = `${fn}Trigger`
  if (type === 'FUNCTION' || type === 'AUTH' || type === 'ENDPOINT') {
    entry.user_id = `seeduser${Math.floor(random() * 3)}`
    entry.status = failed ? 400 : 200
  }
  if (failed) Object.assign(entry, pick(random, ERRORS))
  return entry
}

function hashString(text: string): number {
  let hash = 2166136261
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  return hash >>> 0
}
