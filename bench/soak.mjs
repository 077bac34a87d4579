// `npm run soak`: seeded deploys of a small app (examples/inventory-app, changed every run) against an
// emulator that fails 20% of requests, expires tokens every 5 s and answers 20 ms late (so a kill
// lands with a request in flight); every 2nd run is killed at a seeded moment (SIGTERM and SIGKILL in
// turn) and run again. After every run: the plan shows no change, no resource name is doubled, no
// draft is left, and no deployment was made twice.
//
//   node bench/soak.mjs [--runs 60] [--seed 1] [--kill-every 2] [--kill-within 24] [--fault-rate 0.2]
//                       [--token-ttl-s 5] [--latency-ms 20] [--hang-s 120] [--keep] [--dist DIR]
//
// Run N uses seed `--seed + N`; everything in a run (faults, kill, moment, change) comes from its seed
// and a copy of the same template state, so `--seed S --runs 1` replays run S alone (the kill moment
// is a request count, so a replay lands near, not always at, the same point). Exits 1 on any
// violation, naming the seed and the run's files (kept under bench/work/soak/run-S/).
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { adminReader } from './lib/admin.mjs'
import {
  connection,
  DEMO,
  locateBundles,
  root,
  runCli,
  startEmulator,
  work,
  writeJsonFile
} from './lib/processes.mjs'
import { EXAMPLE, SECRET, soakRun } from './lib/soak-run.mjs'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '60' },
    seed: { type: 'string', default: '1' },
    'kill-every': { type: 'string', default: '2' },
    'kill-within': { type: 'string', default: '24' },
    'fault-rate': { type: 'string', default: '0.2' },
    'token-ttl-s': { type: 'string', default: '5' },
    'latency-ms': { type: 'string', default: '20' },
    'hang-s': { type: 'string', default: '120' },
    keep: { type: 'boolean', default: false },
    dist: { type: 'string' }
  }
})
const log = line => console.error(`[soak] ${line}`)
const started = performance.now()
const soakDir = join(work, 'soak')
const bundles = locateBundles({ dist: args.dist, snapshotName: 'bundles-soak', log })
const ctx = {
  cli: bundles.cli,
  work: soakDir,
  faultRate: Number(args['fault-rate']),
  tokenTtlS: Number(args['token-ttl-s']),
  latencyMs: Number(args['latency-ms']),
  killEvery: Number(args['kill-every']),
  killWithin: Number(args['kill-within']),
  hangMs: Number(args['hang-s']) * 1000,
  ...(await makeTemplate())
}
const first = Number(args.seed)
const runs = []
for (let seed = first; seed < first + Number(args.runs); seed++) {
  const run = await soakRun(ctx, seed)
  runs.push(run)
  console.log(runLine(run))
  if (run.violations.length > 0) reportViolation(run)
  else if (!args.keep) rmSync(run.dir, { recursive: true, force: true })
}
const summary = summarize(runs)
printSummary(summary)
await writeJsonFile(join(root, 'bench', 'soak-results.json'), summary)
process.exit(summary.violations.length > 0 ? 1 : 0)

/** The example deployed once, fault-free: every run starts from a copy of this state. */
async function makeTemplate() {
  const dir = join(soakDir, 'template')
  rmSync(dir, { recursive: true, force: true })
  const emulator = await startEmulator(bundles.cli, ['--data-dir', join(dir, 'data')])
  try {
    const deploy = await runCli(bundles.cli, [
      'deploy',
      '--app-dir',
      EXAMPLE,
      ...connection(emulator.url),
      ...SECRET,
      '--create-app',
      '--json',
      '--deployment-name',
      'template'
    ])
    if (deploy.json?.status !== 'deployed')
      throw new Error(`template deploy: ${deploy.json?.status ?? deploy.code}: ${deploy.stderr.slice(-1500)}`)
    const appId = deploy.json.app.id
    const admin = await adminReader(emulator.url, DEMO)
    const deployments = await admin.get(`/groups/${DEMO.project}/apps/${appId}/deployments`)
    return {
      appId,
      templateState: join(dir, 'data', 'state.json'),
      templateDeployments: deployments.filter(d => d.status === 'successful').length
    }
  } finally {
    await emulator.stop()
  }
}

function runLine(run) {
  const kill = run.kill
    ? `${run.kill.signal} at req ${run.kill.afterRequests}+${run.kill.extraMs}ms${run.kill.missed ? ' (after the end)' : ''}`
    : 'no kill'
  const attempts = run.attempts
    .map(
      a =>
        `${a.label.includes('discard') ? '[discard] ' : ''}${a.code ?? a.signal}${a.status ? `/${a.status}` : ''} ${a.seconds.toFixed(1)}s`
    )
    .join(', then ')
  const retries = run.attempts.reduce((n, a) => n + a.retries, 0)
  const orphan = run.log.draftsDiscardedByRerun > 0 ? '  (orphan draft discarded)' : ''
  const verdict = run.violations.length > 0 ? `VIOLATION x${run.violations.length}` : 'ok'
  const counts = `faults ${String(run.log.faultCount).padStart(2)}  retries ${String(retries).padStart(2)}  refreshes ${run.log.refreshes}`
  return `seed ${String(run.seed).padStart(3)}  ${kill.padEnd(36)} ${attempts.padEnd(54)} ${counts}  ${verdict}${orphan}`
}

function reportViolation(run) {
  console.log(`  VIOLATION in the run of seed ${run.seed}:`)
  for (const v of run.violations) console.log(`   - ${v}`)
  console.log(`   deployment POSTs in the request log:\n     ${run.log.excerpt.join('\n     ') || '(none)'}`)
  console.log(`   files: ${run.dir} (requests.jsonl, data/state.json, app/)`)
  console.log(
    `   reproduce: node bench/soak.mjs --seed ${run.seed} --runs 1 --keep` +
      (args.dist ? ` --dist ${args.dist}` : '')
  )
  for (const a of run.attempts)
    console.log(
      `   ${a.label} stderr (last lines):\n     ${a.stderr.trim().split('\n').slice(-8).join('\n     ')}`
    )
}

function summarize(all) {
  const sum = f => all.reduce((n, r) => n + f(r), 0)
  const faults = {}
  for (const r of all) for (const [k, n] of Object.entries(r.log.faults)) faults[k] = (faults[k] ?? 0) + n
  const kills = all.filter(r => r.kill)
  return {
    date: new Date().toISOString(),
    settings: {
      runs: all.length,
      firstSeed: first,
      faultRate: ctx.faultRate,
      tokenTtlS: ctx.tokenTtlS,
      latencyMs: ctx.latencyMs,
      killEvery: ctx.killEvery,
      killWithin: ctx.killWithin
    },
    seconds: Math.round((performance.now() - started) / 100) / 10,
    kills: {
      total: kills.length,
      SIGTERM: kills.filter(r => r.kill.signal === 'SIGTERM' && !r.kill.missed).length,
      SIGKILL: kills.filter(r => r.kill.signal === 'SIGKILL' && !r.kill.missed).length,
      afterTheEnd: kills.filter(r => r.kill.missed).length,
      deployedBeforeTheKill: kills.filter(r => !r.kill.missed && r.attempts.at(-1)?.status === 'no-changes')
        .length,
      orphanDraftsDiscardedByRerun: sum(r => r.log.draftsDiscardedByRerun)
    },
    requests: sum(r => r.log.requests),
    faults,
    faultsTotal: sum(r => r.log.faultCount),
    retries: sum(r => r.attempts.reduce((n, a) => n + a.retries, 0)),
    tokenRefreshes: sum(r => r.log.refreshes),
    unauthorized: sum(r => r.log.unauthorized),
    deploymentPosts: sum(r => r.log.deploymentPosts),
    deploymentsTookEffect: sum(r => r.log.deploymentsTookEffect),
    violations: all
      .filter(r => r.violations.length > 0)
      .map(r => ({ seed: r.seed, violations: r.violations, dir: r.dir })),
    runs: all.map(runRecord)
  }
}

/** A run in the results file: what was done and seen, without the CLI output. */
function runRecord(run) {
  const { excerpt: _excerpt, ...log } = run.log
  return {
    seed: run.seed,
    kill: run.kill,
    attempts: run.attempts.map(({ stderr: _stderr, logLines: _lines, ...attempt }) => ({
      ...attempt,
      seconds: Math.round(attempt.seconds * 1000) / 1000
    })),
    log,
    deployments: run.deployments,
    violations: run.violations
  }
}

function printSummary(s) {
  console.log(
    `\nsoak: ${s.settings.runs} runs (seeds ${s.settings.firstSeed}..${s.settings.firstSeed + s.settings.runs - 1}) in ${s.seconds}s`
  )
  console.log(
    `  kills: ${s.kills.total} planned; ${s.kills.SIGTERM} SIGTERM and ${s.kills.SIGKILL} SIGKILL landed, ${s.kills.afterTheEnd} came after the deploy had ended; in ${s.kills.deployedBeforeTheKill} the killed run had already deployed; ${s.kills.orphanDraftsDiscardedByRerun} orphan drafts discarded by a rerun`
  )
  console.log(
    `  requests: ${s.requests}; faults injected: ${s.faultsTotal} (${Object.entries(s.faults)
      .sort()
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`
  )
  console.log(
    `  retries logged by the CLI: ${s.retries}; token refreshes: ${s.tokenRefreshes}; 401 replies: ${s.unauthorized}`
  )
  console.log(`  deployment POSTs: ${s.deploymentPosts}, of which took effect: ${s.deploymentsTookEffect}`)
  if (s.violations.length === 0) console.log('  violations: none')
  else
    console.log(
      `  VIOLATIONS in ${s.violations.length} run(s): seeds ${s.violations.map(v => v.seed).join(', ')}`
    )
}
