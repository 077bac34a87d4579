// Case 1: the asset scan (`realm-deploy assets --json`) against `md5sum` over the same files, adapted
// from bench/assets.mjs (same inputs in bench/work/large and bench/work/small, so either script builds
// them once for both). Each tool gets one discarded warm-up run, so both hash from the page cache.
// Peak RSS: `/usr/bin/time -v` when present (GNU time reads the child's rusage); otherwise a
// `--require` preload makes the node child write its own `process.resourceUsage().maxRSS` at exit
// (worker threads included, as they share the process), and md5sum's RSS is not measured.
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { goal, round, summarize } from '../lib/stats.mjs'
import { timedEnv, work } from '../lib/processes.mjs'

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
// The small scenarios are the folders users have, where a fixed cost (start-up, a worker's spawn)
// is not spread thin; the large ones are where both cores must be used.
const SCENARIOS = [
  {
    name: 'site',
    label: 'a 30-file site (1-200 KB)',
    files: 30,
    minBytes: 1024,
    maxBytes: 200 << 10,
    perDir: 10,
    goal: 1.5
  },
  {
    name: 'small-5k',
    label: '5,000 files of 1-20 KB',
    files: 5000,
    minBytes: 1024,
    maxBytes: 20 << 10,
    perDir: 500,
    goal: 1.5
  },
  {
    name: 'large-256m',
    label: '256 MiB in 4 MiB files',
    files: 64,
    minBytes: 4 << 20,
    maxBytes: 4 << 20,
    perDir: 16,
    goal: 0.75
  },
  {
    name: 'large',
    label: '1 GiB in 4 MiB files',
    files: 256,
    minBytes: 4 << 20,
    maxBytes: 4 << 20,
    perDir: 64,
    goal: 0.75
  },
  {
    name: 'small',
    label: '20,000 files of 1-20 KB',
    files: 20000,
    minBytes: 1024,
    maxBytes: 20 << 10,
    perDir: 500,
    goal: 1.5
  }
]

export async function assetsCase({ cli, runs, log }) {
  const rows = []
  const goals = []
  for (const scenario of SCENARIOS) {
    const appDir = buildInput(scenario, log)
    const filesDir = join(appDir, 'hosting', 'files')
    const tools = {
      'realm-deploy assets': [process.execPath, cli, 'assets', '--json', '--app-dir', appDir],
      md5sum: ['sh', '-c', `find "${filesDir}" -type f -print0 | xargs -0 md5sum`]
    }
    checkSameHashes(tools['realm-deploy assets'], tools.md5sum, filesDir)
    log(`case 1 (${scenario.name}): 1 warm-up + ${runs} runs of each tool, alternating`)
    const samples = sampleAlternately(tools, runs)
    const measured = {}
    for (const [tool, list] of Object.entries(samples)) {
      measured[tool] = {
        time: summarize(list.map(s => s.seconds)),
        rssMb: Math.max(...list.map(s => s.rssMb))
      }
      rows.push({
        label: `assets ${scenario.name}: ${tool}`,
        unit: 's',
        ...measured[tool].time,
        peakRssMb: measured[tool].rssMb,
        // CPU time (user + system) is far less sensitive than wall time to other work on the machine.
        cpuSeconds: round(summarize(list.map(s => s.cpuSeconds)).median)
      })
    }
    const ratio = measured['realm-deploy assets'].time.median / measured.md5sum.time.median
    log(
      `case 1 (${scenario.name}): ratio ${round(ratio)} (ours ${round(measured['realm-deploy assets'].time.median)} s, md5sum ${round(measured.md5sum.time.median)} s)`
    )
    goals.push(goal(`assets ${scenario.label}: time / md5sum's (median)`, ratio, scenario.goal))
    goals.push(goal(`assets ${scenario.label}: peak RSS (MB)`, measured['realm-deploy assets'].rssMb, 200))
  }
  const rssMethod = TIME
    ? '/usr/bin/time -v (maximum resident set size)'
    : 'node preload: process.resourceUsage().maxRSS at exit'
  return { name: 'assets', rows, goals, notes: [`peak RSS measured with ${rssMethod}`] }
}

/** One discarded warm-up each, then the tools in turn, so other load on the machine hits both alike. */
function sampleAlternately(tools, runs) {
  const samples = Object.fromEntries(Object.keys(tools).map(tool => [tool, []]))
  for (const argv of Object.values(tools)) measure(argv)
  for (let i = 0; i < runs; i++) {
    for (const [tool, argv] of Object.entries(tools)) samples[tool].push(measure(argv))
  }
  return samples
}

function buildInput({ name, files, minBytes, maxBytes, perDir }, log) {
  const appDir = join(work, name)
  const stamp = join(appDir, '.built')
  const spec = JSON.stringify({ files, minBytes, maxBytes, perDir })
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === spec) return appDir
  log(`building bench/work/${name}: ${files} files...`)
  rmSync(appDir, { recursive: true, force: true })
  mkdirSync(join(appDir, 'hosting', 'files'), { recursive: true })
  writeFileSync(join(appDir, 'realm_config.json'), JSON.stringify({ config_version: 20210101, name }))
  for (let i = 0; i < files; i++) {
    const dir = join(appDir, 'hosting', 'files', `d${String(Math.floor(i / perDir)).padStart(3, '0')}`)
    if (i % perDir === 0) mkdirSync(dir, { recursive: true })
    const size = minBytes + Math.floor(Math.random() * (maxBytes - minBytes + 1))
    writeFileSync(join(dir, `f${i}.bin`), randomBytes(size))
  }
  writeFileSync(stamp, spec)
  return appDir
}

function measure(argv) {
  const rssFile = join(work, 'rss.txt')
  rmSync(rssFile, { force: true })
  const [command, ...rest] = TIME ? [TIME, '-v', ...argv] : withRssPreload(argv, rssFile)
  const started = performance.now()
  const run = spawnSync(command, rest, { maxBuffer: 1 << 30, encoding: 'utf8', env: timedEnv() })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`${argv.join(' ')} failed (${run.status}): ${run.stderr}`)
  if (!TIME) {
    const kb = Number(existsSync(rssFile) ? readFileSync(rssFile, 'utf8') : NaN)
    return { seconds, rssMb: kb / 1024, cpuSeconds: NaN }
  }
  const field = name => Number(new RegExp(`${name}: ([\\d.]+)`).exec(run.stderr)?.[1])
  const cpuSeconds = field('User time \\(seconds\\)') + field('System time \\(seconds\\)')
  return { seconds, rssMb: field('Maximum resident set size \\(kbytes\\)') / 1024, cpuSeconds }
}

function withRssPreload(argv, rssFile) {
  if (argv[0] !== process.execPath) return argv
  const preload = join(work, 'rss-preload.cjs')
  const code = `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))`
  writeFileSync(preload, code)
  return [argv[0], '--require', preload, ...argv.slice(1)]
}

/** Our hashes must be md5sum's, file for file, before any timing counts. */
function checkSameHashes(ours, theirs, filesDir) {
  const { assets: listed } = JSON.parse(
    execFileSync(ours[0], ours.slice(1), { maxBuffer: 1 << 30, encoding: 'utf8' })
  )
  const expected = new Map(
    execFileSync(theirs[0], theirs.slice(1), { maxBuffer: 1 << 30, encoding: 'utf8' })
      .trim()
      .split('\n')
      .map(line => [line.slice(34).slice(filesDir.length), line.slice(0, 32)])
  )
  const wrong = listed.filter(asset => expected.get(asset.path) !== asset.hash)
  if (wrong.length > 0 || listed.length !== expected.size) {
    throw new Error(
      `hashes differ from md5sum: ${wrong.length} of ${listed.length} (md5sum: ${expected.size})`
    )
  }
}
