// `npm run bench`: every benchmark case in one run, each compared in that run against its baseline.
//
//   node bench/run.mjs [--only assets,redeploy,uploads,plan,startup,latency,walk] [--runs 3] [--assets-runs 5]
//                      [--fault-runs 3] [--spawns 20] [--rebuild | --dist DIR]
//
// Inputs are generated under bench/work/ (gitignored) and reused while their spec is unchanged. The
// bundles measured are a snapshot of dist/ when it has the CLI, else (or with --rebuild) an ncc build
// of the working tree into bench/work/dist; --dist DIR measures DIR/index.js and DIR/cli/index.js.
// Prints a table (median, min, max) and the goals, writes bench/results.json, and exits 1 when a goal
// is not met. Every emulator started is stopped, also on errors and on Ctrl+C.
import { execFileSync } from 'node:child_process'
import { cpus, loadavg, totalmem, release } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { assetsCase } from './cases/assets.mjs'
import { latencyCase } from './cases/latency.mjs'
import { planCase } from './cases/plan.mjs'
import { redeployCase } from './cases/redeploy.mjs'
import { startupCase } from './cases/startup.mjs'
import { uploadsCase } from './cases/uploads.mjs'
import { walkCase } from './cases/walk.mjs'
import { locateBundles, root, writeJsonFile } from './lib/processes.mjs'
import { printTable, round, seconds } from './lib/stats.mjs'

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'assets-runs': { type: 'string', default: '5' },
    'fault-runs': { type: 'string', default: '3' },
    spawns: { type: 'string', default: '20' },
    rebuild: { type: 'boolean', default: false },
    dist: { type: 'string' }
  }
})
const log = line => console.error(`[bench] ${line}`)
const CASES = {
  assets: ctx => assetsCase({ ...ctx, runs: Number(args['assets-runs']) }),
  redeploy: ctx => redeployCase(ctx),
  uploads: ctx => uploadsCase({ ...ctx, faultRuns: Number(args['fault-runs']) }),
  plan: ctx => planCase(ctx),
  startup: ctx => startupCase({ ...ctx, spawns: Number(args.spawns) }),
  latency: ctx => latencyCase(ctx),
  walk: ctx => walkCase(ctx)
}
const selected = args.only ? args.only.split(',') : Object.keys(CASES)
const unknown = selected.filter(name => !CASES[name])
if (unknown.length > 0) {
  console.error(`unknown case(s): ${unknown.join(', ')}; the cases are ${Object.keys(CASES).join(', ')}`)
  process.exit(2)
}

const started = performance.now()
const loadAtStart = loadavg().map(n => round(n, 2))
const bundles = locateBundles({ rebuild: args.rebuild, dist: args.dist, log })
const ctx = { cli: bundles.cli, bundles, runs: Number(args.runs), log }
const results = []
for (const name of selected) {
  const caseStarted = performance.now()
  const load = round(loadavg()[0], 2)
  log(`case ${name} (1-minute load average ${load} on ${cpus().length} cores)...`)
  if (load > 0.5) log('other work is running on this machine: the timings of this case will be noisier')
  const result = await CASES[name](ctx)
  results.push({
    ...result,
    seconds: round((performance.now() - caseStarted) / 1000, 1),
    loadAverageAtStart: load
  })
}
report(results)
const output = {
  date: new Date().toISOString(),
  machine: machine(),
  bundles: { builtBy: bundles.builtBy, cli: bundles.cli, action: bundles.action, gitHead: gitHead() },
  settings: {
    runs: Number(args.runs),
    assetsRuns: Number(args['assets-runs']),
    faultRuns: Number(args['fault-runs']),
    spawns: Number(args.spawns)
  },
  seconds: round((performance.now() - started) / 1000, 1),
  cases: results.map(({ name, rows, notes, goals: _goals, seconds: s, ...extra }) => ({
    name,
    seconds: s,
    rows: rows.map(roundRow),
    notes,
    ...extra
  })),
  goals: results.flatMap(r => r.goals)
}
await writeJsonFile(join(root, 'bench', 'results.json'), output)
log(`wrote bench/results.json (${output.seconds}s in all)`)
process.exit(output.goals.every(g => g.met) ? 0 : 1)

function report(cases) {
  const rows = cases.flatMap(c =>
    c.rows.map(r => [
      r.label,
      seconds(r.median),
      seconds(r.min),
      seconds(r.max),
      r.n,
      r.requests ?? '',
      r.peakRssMb ? `${r.peakRssMb.toFixed(0)} MB` : '',
      Number.isFinite(r.cpuSeconds) ? seconds(r.cpuSeconds) : ''
    ])
  )
  console.log()
  printTable(['measurement', 'median', 'min', 'max', 'n', 'requests', 'peak RSS', 'CPU (median)'], rows)
  console.log()
  printTable(
    ['goal', 'measured', 'limit', 'met'],
    cases.flatMap(c => c.goals).map(g => [g.goal, g.measured ?? 'n/a', g.limit, g.met ? 'yes' : 'NO'])
  )
  for (const c of cases) {
    for (const note of c.notes ?? []) console.log(`note (${c.name}): ${note}`)
    if (c.bundleSizes) {
      for (const [name, size] of Object.entries(c.bundleSizes)) {
        console.log(`bundle ${name}: ${size ? `${size.bytes} bytes (${size.gzipBytes} gzipped)` : 'missing'}`)
      }
    }
  }
}

function roundRow(row) {
  return {
    ...row,
    median: round(row.median),
    min: round(row.min),
    max: round(row.max),
    ...(row.peakRssMb ? { peakRssMb: round(row.peakRssMb, 1) } : {})
  }
}

function machine() {
  const cpuList = cpus()
  return {
    cores: cpuList.length,
    cpu: cpuList[0]?.model ?? 'unknown',
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform} ${release()}`,
    // Other work on the machine (the 1, 5 and 15 minute load averages) makes timings noisier.
    loadAverageAtStart: loadAtStart,
    loadAverageAtEnd: loadavg().map(n => round(n, 2))
  }
}

function gitHead() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
}
