// Benchmark: `realm-deploy assets --json` against `md5sum` over the same files.
//
//   node bench/assets.mjs [--runs 5] [--cli dist/cli/index.js] [--only large|small] [--workers N]
//
// Inputs are built once in bench/work/ (gitignored): `assets-large` = 1 GiB in 4 MiB files,
// `assets-small` = 20,000 files of 1-20 KB. The CLI is the ncc bundle (`npm run bundle` writes
// dist/cli/index.js); pass --cli for another build. Both tools read from the page cache (a warm-up run
// of each is discarded), so this measures hashing and file system calls, not the disk. Runs alternate
// between the tools and the ratio is taken per pair, so background load hits both alike; on a busy
// machine the two hashing threads still lose their second core, so read the load average it prints.
// Peak RSS comes from /usr/bin/time -v when present, else from a preload that reports the child's own
// maxRSS. Before timing, the script checks every hash against md5sum.
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    cli: { type: 'string', default: 'dist/cli/index.js' },
    only: { type: 'string' },
    workers: { type: 'string' }
  }
})
const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..')
const work = join(root, 'bench', 'work')
const cli = resolve(root, args.cli)
const runs = Number(args.runs)
const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

const scenarios = [
  { name: 'large', files: 256, minBytes: 4 * 1024 * 1024, maxBytes: 4 * 1024 * 1024, perDir: 64, goal: 0.75 },
  { name: 'small', files: 20000, minBytes: 1024, maxBytes: 20 * 1024, perDir: 500, goal: 1.5 }
].filter(s => !args.only || s.name === args.only)

if (!existsSync(cli)) {
  console.error(`No CLI bundle at ${cli}. Build it with 'npm run bundle', or pass --cli <path to a build>.`)
  process.exit(2)
}

const results = []
for (const scenario of scenarios) {
  const appDir = buildInput(scenario)
  const filesDir = join(appDir, 'hosting', 'files')
  const ours = [
    'node',
    cli,
    'assets',
    '--json',
    '--app-dir',
    appDir,
    ...(args.workers ? ['--workers', args.workers] : [])
  ]
  const theirs = ['sh', '-c', `find "${filesDir}" -type f -print0 | xargs -0 md5sum`]
  checkSameHashes(ours, theirs, filesDir)
  // Interleaved, so both tools see the same background load; the ratio is also taken per pair.
  measure(ours) // warm-ups, discarded
  measure(theirs)
  const pairs = Array.from({ length: runs }, () => [measure(ours), measure(theirs)])
  results.push({ scenario, tool: 'realm-deploy', samples: pairs.map(p => p[0]) })
  results.push({ scenario, tool: 'md5sum', samples: pairs.map(p => p[1]) })
  results.push({
    scenario,
    tool: 'ratio',
    samples: pairs.map(([a, b]) => ({ seconds: a.seconds / b.seconds }))
  })
}
report(results)

function buildInput({ name, files, minBytes, maxBytes, perDir }) {
  const appDir = join(work, `assets-${name}`)
  const stamp = join(appDir, '.built')
  const spec = JSON.stringify({ files, minBytes, maxBytes, perDir })
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === spec) return appDir
  console.error(`building bench/work/assets-${name}: ${files} files...`)
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
  const rssFile = join(work, 'assets-rss.txt')
  rmSync(rssFile, { force: true })
  const [command, ...rest] = timeBinary ? [timeBinary, '-v', ...argv] : withRssPreload(argv, rssFile)
  const started = performance.now()
  const run = spawnSync(command, rest, { maxBuffer: 1 << 30, encoding: 'utf8' })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`${argv.join(' ')} failed (${run.status}): ${run.stderr}`)
  const kb = timeBinary
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1])
    : Number(existsSync(rssFile) ? readFileSync(rssFile, 'utf8') : NaN)
  return { seconds, rssMb: kb / 1024 }
}

/** Without /usr/bin/time only node children report RSS (their own maxRSS, written at exit). */
function withRssPreload(argv, rssFile) {
  if (argv[0] !== 'node') return argv
  const preload = join(work, 'assets-rss-preload.cjs')
  const code = `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)))`
  writeFileSync(preload, code)
  return ['node', '--require', preload, ...argv.slice(1)]
}

function checkSameHashes(ours, theirs, filesDir) {
  const listed = JSON.parse(execFileSync(ours[0], ours.slice(1), { maxBuffer: 1 << 30, encoding: 'utf8' }))
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

function report(rows) {
  const stats = samples => {
    const sorted = samples.map(s => s.seconds).sort((a, b) => a - b)
    return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted[sorted.length - 1] }
  }
  console.log('scenario  tool          median    min     max    peak RSS')
  for (const { scenario, tool, samples } of rows.filter(r => r.tool !== 'ratio')) {
    const { median, min, max } = stats(samples)
    const rss = Math.max(...samples.map(s => s.rssMb))
    const rssText = Number.isFinite(rss) ? `${rss.toFixed(0)} MB` : 'n/a'
    console.log(
      `${scenario.name.padEnd(9)} ${tool.padEnd(13)} ${median.toFixed(3)}s  ${min.toFixed(3)}s  ${max.toFixed(3)}s  ${rssText}`
    )
  }
  for (const { scenario, samples } of rows.filter(r => r.tool === 'ratio')) {
    const { median, min, max } = stats(samples)
    console.log(
      `${scenario.name}: realm-deploy / md5sum per run: median ${median.toFixed(2)}, min ${min.toFixed(2)}, ` +
        `max ${max.toFixed(2)} (goal <= ${scenario.goal}); load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`
    )
  }
}
