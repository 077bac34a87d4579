// Runs the bundled action (dist/index.js) the way the runner does: a child `node` process with the
// INPUT_* variables (dashes kept, action.yml defaults filled in), an event payload file, and the
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files; then reads back what it wrote. Also: building the
// bundle when the sources are newer, an app workspace on disk, and Admin API calls for test setup.
// Every run's output and sensitive inputs go to the secret-leak check (../leak/capture.ts).
import { spawn, execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { API_PREFIX, startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { captureEmulatorTokens, captureSensitive, captureText, secretLineValues } from '../leak/capture.js'
import { startGitHubStandIn, type GitHubStandIn } from './github-stand-in.js'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const BUNDLE = path.join(ROOT, 'dist', 'index.js')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs)
  }
  return newest
}

const isFresh = (): boolean =>
  existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= newestMtime(path.join(ROOT, 'src'))

/** Runs `npm run bundle` when dist/index.js is missing or older than a source file (one builder at a time). */
export async function ensureBundle(): Promise<void> {
  if (isFresh()) return
  const lock = path.join(tmpdir(), 'realm-deploy-bundle.lock')
  const deadline = Date.now() + 170_000
  for (;;) {
    try {
      mkdirSync(lock)
      break
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true })
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}`)
      await new Promise(resolve => setTimeout(resolve, 500))
    }
  }
  try {
    if (!isFresh()) execFileSync('npm', ['run', '-s', 'bundle'], { cwd: ROOT, stdio: 'pipe' })
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}

/** action.yml's defaults, as the runner passes them for inputs the workflow leaves out. */
function inputDefaults(token: string): Record<string, string> {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>
  }
  const out: Record<string, string> = {}
  for (const [name, spec] of Object.entries(action.inputs)) {
    if (spec.default !== undefined) out[name] = String(spec.default).replace('${{ github.token }}', token)
  }
  return out
}

export interface ActionRunOptions {
  readonly workspace: string
  readonly inputs: Record<string, string>
  readonly eventName: string
  readonly payload: object
  readonly sha: string
  readonly ref: string
  readonly apiUrl: string
  readonly token: string
  readonly env?: Record<string, string>
}

export interface ActionRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
  readonly outputs: Record<string, string>
  readonly summary: string
  /** Every file written to RUNNER_TEMP, by name. */
  readonly tempFiles: Record<string, string>
}

function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(re)) out[m[1]] = m[3]
  return out
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'realm-deploy-run-'))
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    temp: path.join(dir, 'temp')
  }
  mkdirSync(files.temp)
  writeFileSync(files.event, JSON.stringify(options.payload))
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const inputs = { ...inputDefaults(options.token), ...options.inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: options.sha,
    GITHUB_REF: options.ref,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: files.temp,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])
    ),
    ...(options.env ?? {})
  }
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', chunk => (stdout += String(chunk)))
  child.stderr.on('data', chunk => (stderr += String(chunk)))
  const code = await new Promise<number | null>(resolve => child.on('close', resolve))
  const tempFiles = Object.fromEntries(
    readdirSync(files.temp).map(name => [name, readFileSync(path.join(files.temp, name), 'utf8')])
  )
  const outputText = readFileSync(files.output, 'utf8')
  const run: ActionRun = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(outputText),
    summary: readFileSync(files.summary, 'utf8'),
    tempFiles
  }
  rmSync(dir, { recursive: true, force: true })
  captureRun(options, inputs, run, outputText)
  return run
}

/** For the secret-leak check: what the run was given that is secret, and all it wrote. */
function captureRun(
  options: ActionRunOptions,
  inputs: Record<string, string>,
  run: ActionRun,
  outputText: string
): void {
  captureSensitive('API private key', [inputs['private-api-key']])
  captureSensitive('GitHub token', [options.token, inputs['github-token']])
  captureSensitive('secret value', secretLineValues(inputs.secrets ?? ''))
  // The runner reads both streams for workflow commands (::add-mask:: among them).
  captureText('action stdout', run.stdout, { runner: true })
  captureText('action stderr', run.stderr, { runner: true })
  captureText('job summary', run.summary)
  captureText('GITHUB_OUTPUT file', outputText)
  for (const text of Object.values(run.tempFiles)) captureText('RUNNER_TEMP file (plan file)', text)
}

/** A repository checkout with the app `name` under `apps/<dir>`; returns the workspace. */
export function makeWorkspace(name: string, dir = name, extra: Record<string, string | Buffer> = {}): string {
  const workspace = mkdtempSync(path.join(tmpdir(), 'realm-deploy-ws-'))
  const files: Record<string, string | Buffer> = {
    'realm_config.json': JSON.stringify({
      config_version: 20210101,
      name,
      location: 'US-VA',
      deployment_model: 'GLOBAL'
    }),
    'functions/config.json': JSON.stringify([{ name: 'hello', private: false }]),
    'functions/hello.js': 'exports = function () {\n  return "hello"\n}\n',
    'values/apiKey.json': JSON.stringify({ name: 'apiKey', value: 'API_KEY', from_secret: true }),
    ...extra
  }
  for (const [file, content] of Object.entries(files))
    writeIn(path.join(workspace, 'apps', dir), file, content)
  return workspace
}

export function writeIn(root: string, file: string, content: string | Buffer): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
  writeFileSync(path.join(root, file), content)
}

/** Admin API calls as the demo key, for test setup (creating apps, opening drafts). */
export async function adminAs(
  emulator: RunningEmulator
): Promise<(method: string, route: string, body?: unknown) => Promise<unknown>> {
  const api = `${emulator.url}${API_PREFIX}`
  const login = await fetch(`${api}/auth/providers/mongodb-cloud/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: DEMO_PUBLIC_KEY, apiKey: DEMO_PRIVATE_KEY })
  })
  const { access_token } = (await login.json()) as { access_token: string }
  return async (method, route, body) => {
    const res = await fetch(`${api}${route.replace('{group}', `/groups/${DEMO_PROJECT_ID}`)}`, {
      method,
      headers: {
        authorization: `Bearer ${access_token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' })
      },
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    if (!res.ok) throw new Error(`${method} ${route}: ${res.status} ${await res.text()}`)
    return res.status === 204 ? undefined : res.json()
  }
}

/** What an action e2e suite runs against: an emulator with the app `shop`, a GitHub stand-in, and a
 *  workspace holding the app's config. `stop()` tears it all down, after recording the emulator's
 *  tokens for the leak check. */
export interface ActionWorld {
  readonly emulator: RunningEmulator
  readonly github: GitHubStandIn
  readonly admin: Awaited<ReturnType<typeof adminAs>>
  readonly workspace: string
  /** Every workspace of the suite (add yours): removed by `stop()`. */
  readonly workspaces: string[]
  stop(): Promise<void>
}

export async function startActionWorld(
  standIn: Parameters<typeof startGitHubStandIn>[0]
): Promise<ActionWorld> {
  await ensureBundle()
  const emulator = await startEmulator({
    deploymentTimings: { createdMs: 0, pendingMs: 0 },
    maxBodyBytes: 256_000
  })
  const github = await startGitHubStandIn(standIn)
  const admin = await adminAs(emulator)
  await admin('POST', '{group}/apps', { name: 'shop' })
  const workspace = makeWorkspace('shop')
  const workspaces = [workspace]
  return {
    emulator,
    github,
    admin,
    workspace,
    workspaces,
    stop: async () => {
      await github.stop()
      captureEmulatorTokens(emulator)
      await emulator.stop()
      for (const dir of workspaces) rmSync(dir, { recursive: true, force: true })
    }
  }
}

/** A workspace for the app `site` whose hosting upload the emulator refuses (a file over its body
 *  limit), with the app created: its deploy fails after the deployment, in the hosting phase. */
export async function failingSiteWorkspace(world: ActionWorld): Promise<string> {
  const workspace = makeWorkspace('site', 'shop', {
    'hosting/config.json': '{"enabled": true}',
    'hosting/files/index.html': '<h1>site</h1>\n',
    'hosting/files/big.txt': 'x'.repeat(400_000)
  })
  world.workspaces.push(workspace)
  await world.admin('POST', '{group}/apps', { name: 'site' })
  return workspace
}
