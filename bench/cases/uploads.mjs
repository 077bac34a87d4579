// Case 3: uploading 2,000 changed 8 KB assets to an emulator that answers every request 50 ms late.
// "Changed": the app is deployed once, then every file gets new bytes before each measured deploy.
// The default upload concurrency is timed against `--upload-concurrency 4` (realm-cli's 4 workers),
// the two interleaved run by run; then the same under `--fault-rate 0.1`, where every run must end
// deployed with all 2,000 uploaded and a following plan must show no hosting change.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildApp, writeAssets } from '../lib/apps.mjs'
import { connection, readRequestLog, runCli, startEmulator, work } from '../lib/processes.mjs'
import { goal, round, summarize } from '../lib/stats.mjs'

const SPEC = { name: 'uploads', functions: 0, triggers: 0, assets: 2000, assetBytes: [8192, 8192] }
const APP_DIR = join(work, 'uploads')
const LATENCY = ['--latency-ms', '50']
let generation = 1

export async function uploadsCase({ cli, runs, faultRuns, log }) {
  buildApp(APP_DIR, SPEC)
  generation = 1
  writeAssets(APP_DIR, SPEC, generation)
  const hasFlag = (await runCli(cli, ['deploy', '--help'])).stdout.includes('--upload-concurrency')
  const timed = await timedRuns(cli, runs, hasFlag, log)
  const faulty = await faultRunsOf(cli, faultRuns, log)
  const [fast, baseline] = [summarize(timed.default), summarize(timed.baseline)]
  const clean = faulty.filter(r => r.ok).length
  const notes = hasFlag
    ? []
    : ['this CLI has no --upload-concurrency option: the 4-worker baseline was not run']
  const f = faultSummary(faulty)
  const kinds = Object.entries(f.faults)
    .sort()
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ')
  notes.push(
    `fault runs: ${f.requests} requests, ${f.uploadAttempts} upload attempts for ${f.runs * SPEC.assets} uploads; faults injected: ${kinds}`,
    ...faulty.filter(r => !r.ok).map(r => `fault run ${r.run} (emulator seed ${r.seed}): ${r.problem}`)
  )
  return {
    name: 'uploads',
    rows: [
      { label: 'upload 2,000 changed 8 KB assets, default concurrency', unit: 's', ...fast },
      { label: 'same, --upload-concurrency 4 (baseline)', unit: 's', ...baseline },
      {
        label: 'same under --fault-rate 0.1',
        unit: 's',
        ...summarize(faulty.map(r => r.seconds)),
        faults: f
      }
    ],
    goals: [
      goal(
        'uploads: default time / --upload-concurrency 4 time (medians)',
        fast.median / baseline.median,
        0.5
      ),
      {
        goal: 'uploads under --fault-rate 0.1: runs ending deployed, all uploaded, then no hosting change planned',
        measured: `${clean}/${faulty.length}`,
        limit: `${faulty.length}/${faulty.length}`,
        met: clean === faulty.length
      }
    ],
    notes,
    faultRuns: faulty
  }
}

async function timedRuns(cli, runs, hasFlag, log) {
  const requestLog = join(work, 'uploads.requests.jsonl')
  rmSync(requestLog, { force: true })
  const emulator = await startEmulator(cli, [...LATENCY, '--request-log', requestLog])
  const args = ['deploy', '--app-dir', APP_DIR, ...connection(emulator.url), '--include-hosting', '--json']
  const times = { default: [], baseline: [] }
  try {
    await deployChanged(cli, [...args, '--create-app'], 'setup')
    for (let i = 0; i < runs; i++) {
      for (const mode of hasFlag ? ['baseline', 'default'] : ['default']) {
        const run = await deployChanged(
          cli,
          mode === 'baseline' ? [...args, '--upload-concurrency', '4'] : args,
          mode
        )
        log(`case 3: ${mode} run ${i + 1}/${runs}: ${run.seconds.toFixed(2)}s`)
        times[mode].push(run.seconds)
      }
    }
  } finally {
    await emulator.stop()
  }
  return times
}

/** Rewrites every asset, deploys, and checks that all of them were uploaded. */
async function deployChanged(cli, args, what) {
  generation += 1
  writeAssets(APP_DIR, SPEC, generation)
  const run = await runCli(cli, args)
  const uploaded = run.json?.hosting?.uploaded
  if (run.json?.status !== 'deployed' || uploaded !== SPEC.assets) {
    throw new Error(
      `${what} deploy: ${run.json?.status ?? `exit ${run.code}`}, uploaded ${uploaded}: ${run.stderr.slice(-2000)}`
    )
  }
  return run
}

/** One emulator with faults (seed 1000): a setup deploy, then `count` measured deploys of changed assets. */
async function faultRunsOf(cli, count, log) {
  const seed = 1000
  const requestLog = join(work, 'uploads-faults.requests.jsonl')
  rmSync(requestLog, { force: true })
  const emulator = await startEmulator(cli, [
    ...LATENCY,
    '--fault-rate',
    '0.1',
    '--seed',
    String(seed),
    '--request-log',
    requestLog
  ])
  const args = ['--app-dir', APP_DIR, ...connection(emulator.url), '--include-hosting', '--json']
  const results = []
  try {
    const setup = await runCli(cli, ['deploy', ...args, '--create-app'])
    if (setup.json?.status !== 'deployed')
      throw new Error(
        `fault runs: the setup deploy ended ${setup.json?.status ?? setup.code}: ${setup.stderr.slice(-1000)}`
      )
    for (let i = 0; i < count; i++) {
      const result = await oneFaultRun(cli, args, requestLog)
      log(
        `case 3: fault run ${i + 1}/${count} (emulator seed ${seed}): ${result.seconds.toFixed(2)}s, ${result.ok ? 'ok' : result.problem}`
      )
      results.push({ run: i + 1, seed, ...result })
    }
  } finally {
    await emulator.stop()
  }
  return results
}

async function oneFaultRun(cli, args, requestLog) {
  generation += 1
  writeAssets(APP_DIR, SPEC, generation)
  const before = readRequestLog(requestLog).length
  const run = await runCli(cli, ['deploy', ...args])
  const records = readRequestLog(requestLog, before)
  const plan = await runCli(cli, ['plan', ...args])
  const hosting = plan.json?.plan?.hosting
  const pending = hosting
    ? hosting.added.length + hosting.bodyChanged.length + hosting.attrsChanged.length + hosting.removed.length
    : NaN
  const problem =
    run.json?.status !== 'deployed'
      ? `deploy ended ${run.json?.status ?? `exit ${run.code}`}: ${run.json?.error?.message ?? run.stderr.slice(-500)}`
      : run.json?.hosting?.uploaded !== SPEC.assets
        ? `uploaded ${run.json?.hosting?.uploaded} of ${SPEC.assets}`
        : pending !== 0
          ? `the plan after it has ${pending} hosting changes (plan ${plan.json?.status ?? `exit ${plan.code}`})`
          : undefined
  return { ok: problem === undefined, problem, seconds: round(run.seconds), ...tally(records) }
}

function tally(records) {
  const faults = {}
  for (const r of records)
    if (r.fault) faults[`${r.fault}/${r.fault_phase}`] = (faults[`${r.fault}/${r.fault_phase}`] ?? 0) + 1
  const uploads = records.filter(r => r.method === 'PUT' && r.path.endsWith('/hosting/assets/asset')).length
  return { requests: records.length, uploadAttempts: uploads, faults }
}

function faultSummary(runs) {
  const total = {}
  for (const run of runs)
    for (const [kind, n] of Object.entries(run.faults ?? {})) total[kind] = (total[kind] ?? 0) + n
  const requests = runs.reduce((sum, r) => sum + (r.requests ?? 0), 0)
  return {
    runs: runs.length,
    requests,
    uploadAttempts: runs.reduce((s, r) => s + (r.uploadAttempts ?? 0), 0),
    faults: total
  }
}
