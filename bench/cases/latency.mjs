// Case 6: a one-function change deployed at 100 ms of latency per request (`emulator --latency-ms
// 100`, the example app), the deploy a user waits for most often. Measured: wall time, requests, and
// the sequential depth, read from the emulator's request log: the longest chain of requests each of
// which started after the one before it ended (requests that overlap were in flight together). The
// goal: at most 1.25 x (the depth the data dependencies force x 100 ms + the emulator's deploy time +
// start-up, measured here as `validate` of the same app: reading the repository with no request).
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { connection, readRequestLog, root, runCli, startEmulator, work } from '../lib/processes.mjs'
import { goal, round, summarize } from '../lib/stats.mjs'

const LATENCY_MS = 100
/** The emulator's default deployment timings: created 100 ms, then pending 200 ms, then successful. */
const EMULATOR_DEPLOY_MS = 300
/**
 * The fewest round trips a one-function deploy can take, as the data force them: 1 login; 2 the app
 * lists (one per product, together); 3 the draft list, the deployment list and the snapshot reads
 * (together; the drift check reads the same deployment list); 4 open a draft; 5 the function update
 * in it, with the check that no deployment came since the plan (it must follow the draft); 6 deploy
 * the draft; 7 the first read of the deployment; 8 the verification read, the error logs and the
 * trigger subscriptions (together, once the deployment ended); 9 the latest execution of the trigger
 * whose function changed (its id and state come from the subscription list). Further reads while the
 * deployment runs are the emulator's deploy time, counted apart. (The trigger health check came after
 * this bound was first set at 8: its execution read is the ninth.)
 */
const MIN_DEPTH = 9

export async function latencyCase({ cli, runs, log }) {
  const appDir = join(work, 'latency-app')
  rmSync(appDir, { recursive: true, force: true })
  cpSync(join(root, 'examples', 'inventory-app'), appDir, { recursive: true })
  const requestLog = join(work, 'latency.requests.jsonl')
  rmSync(requestLog, { force: true })
  const emulator = await startEmulator(cli, ['--latency-ms', String(LATENCY_MS), '--request-log', requestLog])
  try {
    const args = [
      '--app-dir',
      appDir,
      ...connection(emulator.url),
      '--secret',
      'slackWebhookUrl=https://example.test/x',
      '--json',
      '--yes'
    ]
    const first = await runCli(cli, ['deploy', ...args, '--create-app'])
    if (first.json?.status !== 'deployed')
      throw new Error(`setup deploy: ${first.json?.status ?? first.code}: ${first.stderr.slice(-2000)}`)
    const startup = []
    for (let i = 0; i < runs; i++)
      startup.push((await runCli(cli, ['validate', '--app-dir', appDir])).seconds)
    const samples = []
    for (let i = 0; i < runs; i++) {
      changeOneFunction(appDir, i)
      const before = readRequestLog(requestLog).length
      const run = await runCli(cli, ['deploy', ...args])
      if (run.json?.status !== 'deployed')
        throw new Error(`deploy ${i + 1}: ${run.json?.status ?? run.code}: ${run.stderr.slice(-2000)}`)
      const records = readRequestLog(requestLog, before)
      samples.push({ seconds: run.seconds, requests: records.length, depth: sequentialDepth(records) })
      log(
        `case 6: deploy ${i + 1}/${runs}: ${run.seconds.toFixed(2)} s, ${records.length} requests, sequential depth ${samples.at(-1).depth}`
      )
    }
    const time = summarize(samples.map(s => s.seconds))
    const start = summarize(startup).median
    const depth = Math.max(...samples.map(s => s.depth))
    const bound = (MIN_DEPTH * LATENCY_MS + EMULATOR_DEPLOY_MS) / 1000 + start
    return {
      name: 'latency',
      rows: [
        {
          label: `one-function deploy at ${LATENCY_MS} ms latency`,
          unit: 's',
          ...time,
          requests: Math.max(...samples.map(s => s.requests)),
          sequentialDepth: depth
        },
        { label: 'start-up: validate of the same app (no request)', unit: 's', ...summarize(startup) }
      ],
      goals: [
        goal(
          `one-function deploy at ${LATENCY_MS} ms: time / (${MIN_DEPTH} x ${LATENCY_MS} ms + ${EMULATOR_DEPLOY_MS} ms deploy + start-up ${round(start)} s)`,
          time.median / bound,
          1.25
        )
      ],
      notes: [`sequential depth measured from the request log: ${depth} (the data force ${MIN_DEPTH})`]
    }
  } finally {
    await emulator.stop()
  }
}

function changeOneFunction(appDir, i) {
  const dir = join(appDir, 'functions')
  const config = JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8'))
  const source = join(dir, config[0].source ?? `${config[0].name}.js`)
  writeFileSync(source, `${readFileSync(source, 'utf8')}\n// bench change ${i} ${Date.now()}\n`)
}

/** The longest chain of requests in which each started after the previous one ended. */
export function sequentialDepth(records) {
  const spans = records
    .map(r => ({ start: Date.parse(r.time), end: Date.parse(r.time) + r.duration_ms }))
    .sort((a, b) => a.end - b.end)
  const depth = []
  spans.forEach((span, i) => {
    let best = 0
    for (let j = 0; j < i; j++) if (spans[j].end <= span.start) best = Math.max(best, depth[j])
    depth.push(best + 1)
  })
  return Math.max(0, ...depth)
}
