// Case 5: start-up of the bundles, `node dist/cli/index.js --help`, `validate` of the example app (each
// held to at most 1.5x node's own start-up) and `node dist/index.js` (the action
// without inputs fails fast: measured to its exit), against `node -e 0` (node's own start-up), plus
// the bundle sizes. hyperfine is used when installed; otherwise a node loop of spawns timed with
// performance.now() (both after warm-up spawns). The action runs in an empty temporary directory
// with no GITHUB_* or INPUT_* variables, so it writes nothing anywhere.
import { spawnSync, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { gzipSync } from 'node:zlib'
import { goal, summarize } from '../lib/stats.mjs'
import { root, timedEnv } from '../lib/processes.mjs'

const WARMUP = 3

export async function startupCase({ bundles, spawns, log }) {
  const cwd = mkdtempSync(join(tmpdir(), 'realm-deploy-startup-'))
  const env = timedEnv()
  const hyperfine = findHyperfine()
  const commands = [
    { label: 'node -e 0 (node start-up, reference)', argv: [process.execPath, '-e', '0'], exit: 0 },
    {
      label: 'node dist/cli/index.js --help',
      argv: [process.execPath, bundles.cli, '--help'],
      exit: 0,
      file: bundles.cli,
      goal: 1.5
    },
    {
      label: 'node dist/cli/index.js validate (the example app)',
      argv: [process.execPath, bundles.cli, 'validate', '--app-dir', join(root, 'examples', 'inventory-app')],
      exit: 0,
      file: bundles.cli,
      goal: 1.5
    },
    {
      label: 'node dist/index.js (no inputs: fails fast)',
      argv: [process.execPath, bundles.action],
      exit: 1,
      file: bundles.action
    }
  ]
  const rows = []
  const goals = []
  const notes = [
    hyperfine
      ? `timed with ${hyperfine}`
      : `hyperfine not installed: a node loop of ${spawns} spawns (after ${WARMUP} warm-ups), timed with performance.now()`
  ]
  try {
    for (const command of commands) {
      if (command.file && !existsSync(command.file)) {
        notes.push(`${command.file} does not exist: '${command.label}' not measured`)
        continue
      }
      log(`case 5: ${command.label} x ${spawns}`)
      const samples = hyperfine
        ? timeWithHyperfine(hyperfine, command, spawns, cwd, env)
        : timeWithLoop(command, spawns, cwd, env)
      rows.push({ label: `start-up: ${command.label}`, unit: 's', ...summarize(samples) })
      // Each command against node's own start-up, measured in the same run.
      if (command.goal) {
        const ratio = summarize(samples).median / rows[0].median
        log(`case 5: ${command.label}: ${ratio.toFixed(2)}x node -e 0`)
        goals.push(goal(`start-up: ${command.label} / node -e 0 (median)`, ratio, command.goal))
      }
    }
  } finally {
    rmSync(cwd, { recursive: true, force: true })
  }
  const sizes = Object.fromEntries(
    [
      ['dist/index.js', bundles.action],
      ['dist/cli/index.js', bundles.cli]
    ].map(([name, file]) => [name, existsSync(file) ? sizeOf(file) : null])
  )
  return { name: 'startup', rows, goals, notes, bundleSizes: sizes }
}

function sizeOf(file) {
  return { bytes: statSync(file).size, gzipBytes: gzipSync(readFileSync(file)).length }
}

function timeWithLoop(command, spawns, cwd, env) {
  const samples = []
  for (let i = 0; i < WARMUP + spawns; i++) {
    const started = performance.now()
    const run = spawnSync(command.argv[0], command.argv.slice(1), { cwd, env, stdio: 'ignore' })
    const seconds = (performance.now() - started) / 1000
    if (run.status !== command.exit)
      throw new Error(`${command.label}: exit ${run.status}, expected ${command.exit}`)
    if (i >= WARMUP) samples.push(seconds)
  }
  return samples
}

function findHyperfine() {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'hyperfine'))) return join(dir, 'hyperfine')
  }
  return undefined
}

function timeWithHyperfine(hyperfine, command, spawns, cwd, env) {
  const out = join(cwd, 'hyperfine.json')
  const shellWords = command.argv.map(word => `'${word.replace(/'/g, `'\\''`)}'`).join(' ')
  const ignore = command.exit === 0 ? [] : ['--ignore-failure']
  execFileSync(
    hyperfine,
    ['-N', '--warmup', String(WARMUP), '--runs', String(spawns), ...ignore, '--export-json', out, shellWords],
    { cwd, env, stdio: 'ignore' }
  )
  return JSON.parse(readFileSync(out, 'utf8')).results[0].times
}
