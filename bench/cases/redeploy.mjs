// Case 2: a redeploy with nothing to change, of an app with 300 functions, 100 triggers and 5,000
// hosting assets, and of the same app doubled. Measured: the Admin API requests of each no-change
// deploy (lines the emulator appends to its request log during that run) and its time.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { buildApp } from '../lib/apps.mjs'
import { connection, readRequestLog, runCli, startEmulator, work } from '../lib/processes.mjs'
import { goal, summarize } from '../lib/stats.mjs'

const SIZES = [
  { label: '300 functions, 100 triggers, 5,000 assets', functions: 300, triggers: 100, assets: 5000 },
  { label: '600 functions, 200 triggers, 10,000 assets', functions: 600, triggers: 200, assets: 10000 }
]

export async function redeployCase({ cli, runs, log }) {
  const rows = []
  const counts = []
  for (const size of SIZES) {
    const spec = {
      name: 'bench',
      functions: size.functions,
      triggers: size.triggers,
      assets: size.assets,
      assetBytes: [512, 4096]
    }
    const appDir = join(work, `redeploy-${size.functions}`)
    log(`case 2: writing ${size.label}`)
    buildApp(appDir, spec)
    const measured = await measureSize(cli, appDir, runs, log, size.label)
    rows.push({
      label: `first deploy, ${size.label}`,
      unit: 's',
      ...summarize([measured.first.seconds]),
      requests: measured.first.requests
    })
    rows.push({
      label: `no-change redeploy, ${size.label}`,
      unit: 's',
      ...summarize(measured.seconds),
      requests: Math.max(...measured.requests)
    })
    counts.push(Math.max(...measured.requests))
  }
  return {
    name: 'redeploy',
    rows,
    goals: [
      goal(`no-change redeploy (${SIZES[0].label}): API requests`, counts[0], 20),
      goal('no-change redeploy, app doubled: API requests / those of the base app', counts[1] / counts[0], 1)
    ],
    notes: ['requests = lines the emulator appended to its --request-log during that deploy (login included)']
  }
}

async function measureSize(cli, appDir, runs, log, label) {
  const requestLog = join(work, `redeploy-${label.slice(0, 3)}.requests.jsonl`)
  rmSync(requestLog, { force: true })
  const emulator = await startEmulator(cli, ['--request-log', requestLog])
  try {
    const args = ['deploy', '--app-dir', appDir, ...connection(emulator.url), '--include-hosting', '--json']
    log(`case 2: first deploy (creates the app), ${label}`)
    const first = await countedRun(cli, [...args, '--create-app'], requestLog, 'deployed')
    const seconds = []
    const requests = []
    for (let i = 0; i < runs; i++) {
      const run = await countedRun(cli, args, requestLog, 'no-changes')
      log(`case 2: no-change redeploy ${i + 1}/${runs}: ${run.seconds.toFixed(2)}s, ${run.requests} requests`)
      seconds.push(run.seconds)
      requests.push(run.requests)
    }
    return { first, seconds, requests }
  } finally {
    await emulator.stop()
  }
}

async function countedRun(cli, args, requestLog, expected) {
  const before = readRequestLog(requestLog).length
  const run = await runCli(cli, args)
  if (run.json?.status !== expected) {
    throw new Error(
      `expected a '${expected}' deploy, got ${run.json?.status ?? `exit ${run.code}`}: ${run.stderr.slice(-2000)}`
    )
  }
  return { seconds: run.seconds, requests: readRequestLog(requestLog).length - before }
}
