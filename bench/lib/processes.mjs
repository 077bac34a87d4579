// Child processes of the benchmarks: the CLI bundle (found or built), emulators (started, tracked and
// always stopped, also when the runner fails or is interrupted) and timed CLI runs.
import { Buffer } from 'node:buffer'
import { spawn, execFileSync } from 'node:child_process'
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers'

export const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..')
export const work = join(root, 'bench', 'work')

/**
 * The environment of a timed command: PATH and HOME only, as a CI step starts it. The shell's own
 * variables can cost more than what is measured: this machine sets NODE_EXTRA_CA_CERTS, which makes
 * every node start read and parse a certificate bundle (34 ms, more than node's own start-up).
 */
export function timedEnv() {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? root }
}

/** The emulator's fixed demo credentials (a public local demo key, not a secret). */
export const DEMO = {
  project: '5f00000000000000000000a1',
  publicKey: 'realmdemo',
  privateKey: 'd3m0d3m0-0000-4000-8000-000000000000'
}

const NCC = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

/**
 * The bundles to measure: a snapshot of dist/ when it has the CLI (copied to bench/work/<snapshotName>, so a
 * rebuild of dist/ during the run cannot pull the files away), else both entries built from the
 * working tree into bench/work/dist (dist/ itself is the committed build: left alone). `rebuild`
 * forces the build; `dist` names another directory laid out as dist/.
 */
export function locateBundles({ rebuild = false, dist, snapshotName = 'bundles', log = console.error } = {}) {
  const source = dist ? resolve(dist) : join(root, 'dist')
  if (dist || (!rebuild && existsSync(join(source, 'cli', 'index.js')))) {
    const snapshot = join(work, snapshotName)
    rmSync(snapshot, { recursive: true, force: true })
    cpSync(source, snapshot, { recursive: true })
    const builtAt = statSync(join(source, 'cli', 'index.js')).mtime.toISOString()
    return withPaths({
      dir: snapshot,
      builtBy: `${dist ? `--dist ${dist}` : 'dist/'} (bundled ${builtAt}), copied to bench/work/${snapshotName}`
    })
  }
  const own = { dir: join(work, 'dist'), builtBy: 'ncc build of the working tree into bench/work/dist' }
  for (const [entry, out] of [
    ['src/cli/index.ts', 'cli'],
    ['src/index.ts', '']
  ]) {
    if (!existsSync(join(root, entry))) continue
    log(`building ${entry} with ncc into bench/work/dist/${out} (about a minute)...`)
    execFileSync(process.execPath, [NCC, 'build', entry, '-o', join(own.dir, out), '--quiet'], {
      cwd: root,
      stdio: 'inherit'
    })
  }
  return withPaths(own)
}

function withPaths(bundles) {
  return { ...bundles, cli: join(bundles.dir, 'cli', 'index.js'), action: join(bundles.dir, 'index.js') }
}

const running = new Set()

function stopAll() {
  for (const child of running) child.kill('SIGKILL')
  running.clear()
}
process.on('exit', stopAll)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll()
    process.exit(130)
  })
}

/** Starts `realm-deploy emulator` with `args`; resolves with its URL and a stop() once it listens. */
export function startEmulator(cli, args = []) {
  const child = spawn(process.execPath, [cli, 'emulator', '--host', '127.0.0.1', '--port', '0', ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  running.add(child)
  let stderr = ''
  child.stderr.on('data', chunk => (stderr = (stderr + chunk).slice(-4000)))
  return new Promise((resolveStart, reject) => {
    let out = ''
    const onData = chunk => {
      out += chunk
      if (!out.includes('\n')) return
      child.stdout.off('data', onData)
      resolveStart({ url: out.split('\n')[0].trim(), pid: child.pid, stop: () => stopChild(child) })
    }
    child.stdout.on('data', onData)
    child.once('exit', code => reject(new Error(`emulator exited (${code}) before it was ready: ${stderr}`)))
  })
}

function stopChild(child) {
  running.delete(child)
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise(resolveStop => {
    child.once('exit', () => resolveStop())
    child.kill('SIGTERM')
  })
}

/** Common connection flags for deploy and plan against an emulator at `url`. */
export function connection(url) {
  return [
    '--base-url',
    url,
    '--project-id',
    DEMO.project,
    '--public-api-key',
    DEMO.publicKey,
    '--private-api-key',
    DEMO.privateKey
  ]
}

/**
 * Runs the CLI; resolves with { code, signal, seconds, json, stdout, stderr, signalSent(At), hung }.
 * `killWhen` (polled every 5 ms) sends `killSignal` once it returns true (the soak test's kills);
 * `hangAfterMs` SIGKILLs a run that has not ended by then and marks it `hung`. `json` is the parsed
 * stdout when it is JSON.
 */
export function runCli(cli, args, { killWhen, killSignal = 'SIGTERM', hangAfterMs, env = process.env } = {}) {
  const started = performance.now()
  const child = spawn(process.execPath, [cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env
  })
  running.add(child)
  const chunks = { stdout: [], stderr: [] }
  child.stdout.on('data', c => chunks.stdout.push(c))
  child.stderr.on('data', c => chunks.stderr.push(c))
  const sent = { signal: false, hung: false, at: undefined }
  const kill = () => {
    clearInterval(poll)
    sent.at = new Date().toISOString()
    sent.signal = child.kill(killSignal)
  }
  const poll = killWhen && setInterval(() => killWhen() && kill(), 5)
  const hang = hangAfterMs && setTimeout(() => (sent.hung = child.kill('SIGKILL')), hangAfterMs)
  return new Promise(resolveRun => {
    child.once('close', (code, signal) => {
      clearInterval(poll)
      clearTimeout(hang)
      running.delete(child)
      const stdout = Buffer.concat(chunks.stdout).toString('utf8')
      const stderr = Buffer.concat(chunks.stderr).toString('utf8')
      const seconds = (performance.now() - started) / 1000
      resolveRun({
        code,
        signal,
        seconds,
        json: parseJson(stdout),
        stdout,
        stderr,
        signalSent: sent.signal,
        signalSentAt: sent.at,
        hung: sent.hung
      })
    })
  })
}

function parseJson(text) {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The request log's records from line `from` on (JSON lines, written by the emulator). */
export function readRequestLog(file, from = 0) {
  if (!existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(from)
    .map(line => JSON.parse(line))
}

/** Writes `data` as JSON formatted as prettier would (the repository's format check covers bench/). */
export async function writeJsonFile(file, data) {
  let text = `${JSON.stringify(data, null, 2)}\n`
  try {
    const prettier = await import('prettier')
    const options = (await prettier.resolveConfig(file)) ?? {}
    text = await prettier.format(text, { ...options, filepath: file })
  } catch {
    // Without prettier installed the plain JSON is still valid; only the format check would differ.
  }
  writeFileSync(file, text)
}
