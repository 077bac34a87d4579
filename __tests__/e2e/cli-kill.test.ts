// A deploy process killed in the middle of applying, then run again, with the bundled CLI as a user
// runs it. SIGTERM (a cancelled CI job): the CLI discards its draft, nothing goes live, and a rerun
// converges. SIGKILL: nothing can clean up, so the rerun reports the orphan draft (exit 3) and a
// rerun with --on-draft-conflict discard converges. The emulator's request log is the evidence.
// Every deploy's output, the keys, the secret value and the emulator's tokens (from its data dir)
// go to the secret-leak check (../leak/capture.ts).
import { spawn, type ChildProcess } from 'node:child_process'
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { captureEmulatorTokens, captureSensitive, captureText } from '../leak/capture.js'
import { jsonResult } from '../cli/json-contract.js'
import { ensureBundle, ROOT } from './action-harness.js'

const CLI = path.join(ROOT, 'dist', 'cli', 'index.js')
/** A second user: reads the live app, not the deploy key's draft. */
const OBSERVER = { publicKey: 'observer', privateKey: 'observer-private-key-0001' }
const SECRET = 'slackWebhookUrl=https://hooks.invalid/x'

interface Emulator {
  url: string
  logFile: string
  /** Where it keeps its state (tokens included). */
  dataDir: string
  process: ChildProcess
}

async function startEmulatorProcess(dir: string): Promise<Emulator> {
  const logFile = path.join(dir, 'requests.jsonl')
  const dataDir = path.join(dir, 'emulator-state')
  // Latency keeps the apply phase long enough to be interrupted in the middle.
  const keys = [
    '--api-key',
    `${DEMO_PUBLIC_KEY}:${DEMO_PRIVATE_KEY}`,
    '--api-key',
    `${OBSERVER.publicKey}:${OBSERVER.privateKey}`,
    '--project',
    DEMO_PROJECT_ID,
    '--data-dir',
    dataDir
  ]
  const child = spawn(
    process.execPath,
    [CLI, 'emulator', '--port', '0', '--latency-ms', '40', '--request-log', logFile, ...keys],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  )
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()))
    child.once('exit', code => reject(new Error(`emulator exited with ${code}`)))
  })
  return { url, logFile, dataDir, process: child }
}

function deploy(emulator: Emulator, appDir: string, extra: string[] = []): ChildProcess {
  const args = [
    CLI,
    'deploy',
    '--app-dir',
    appDir,
    '--base-url',
    emulator.url,
    '--project-id',
    DEMO_PROJECT_ID,
    '--app',
    'inventory',
    '--create-app',
    '--secret',
    SECRET,
    '--json',
    ...extra
  ]
  return spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      MONGODB_ATLAS_PUBLIC_API_KEY: DEMO_PUBLIC_KEY,
      MONGODB_ATLAS_PRIVATE_API_KEY: DEMO_PRIVATE_KEY
    }
  })
}

function finished(
  child: ChildProcess
): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
  return new Promise(resolve =>
    child.once('exit', (code, signal) => {
      captureText('CLI stdout', stdout)
      captureText('CLI stderr', stderr)
      resolve({ code, signal, stdout, stderr })
    })
  )
}

/** Kills the deploy once it has applied its second function inside the draft. */
function killMidApply(child: ChildProcess, signal: NodeJS.Signals): void {
  let seen = ''
  child.stderr?.on('data', (c: Buffer) => {
    seen += c.toString()
    if ((seen.match(/ \+ function /g) ?? []).length >= 2 && !child.killed) child.kill(signal)
  })
}

async function requestLog(emulator: Emulator) {
  const text = await readFile(emulator.logFile, 'utf8')
  return text
    .trim()
    .split('\n')
    .map(l => JSON.parse(l) as { method: string; path: string; status: number | null })
}

const tookEffect = (log: Awaited<ReturnType<typeof requestLog>>, method: string, pattern: RegExp) =>
  log.filter(e => e.method === method && pattern.test(e.path) && e.status !== null && e.status < 300).length

let work: string
let emulator: Emulator
let appDir: string
beforeAll(async () => ensureBundle(), 180_000)
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'realm-deploy-kill-'))
  appDir = path.join(work, 'app')
  await cp(path.join(ROOT, 'examples/inventory-app'), appDir, { recursive: true })
  emulator = await startEmulatorProcess(work)
})
afterEach(async () => {
  captureSensitive('API private key', [DEMO_PRIVATE_KEY, OBSERVER.privateKey])
  captureSensitive('secret value', [SECRET.slice(SECRET.indexOf('=') + 1)])
  captureEmulatorTokens({
    state: JSON.parse(await readFile(path.join(emulator.dataDir, 'state.json'), 'utf8'))
  })
  emulator.process.kill('SIGTERM')
  await rm(work, { recursive: true, force: true })
})

/** The deploy key's drafts, and the live app's functions as another user sees them. */
async function appState() {
  const client = (key: { publicKey: string; privateKey: string }) =>
    createAdminClient({ baseUrl: emulator.url, ...key })
  const deployer = client({ publicKey: DEMO_PUBLIC_KEY, privateKey: DEMO_PRIVATE_KEY })
  const [app] = (await deployer.apps.listAll(DEMO_PROJECT_ID)).filter(a => a.name === 'inventory')
  const live = client(OBSERVER).app(DEMO_PROJECT_ID, app._id)
  return {
    drafts: await deployer.app(DEMO_PROJECT_ID, app._id).drafts.list(),
    functions: (await live.functions.list()).map(f => String(f.name)).sort()
  }
}

test('SIGTERM mid-apply: the draft is discarded, nothing is live, and a rerun converges', async () => {
  const first = deploy(emulator, appDir)
  killMidApply(first, 'SIGTERM')
  const killed = await finished(first)
  expect(killed.code).toBe(130)
  expect(killed.stderr).toMatch(/draft [0-9a-f]{24} discarded: nothing of this run went live/)
  expect(await appState()).toMatchObject({ drafts: [], functions: [] })

  const rerun = await finished(deploy(emulator, appDir))
  expect([rerun.code, jsonResult(rerun.stdout).status]).toEqual([0, 'deployed'])
  const state = await appState()
  expect(state.drafts).toEqual([])
  expect(state.functions).toEqual(['nightlyReport', 'orders/summarize', 'restockAlert'])
  const log = await requestLog(emulator)
  expect(tookEffect(log, 'POST', /\/apps$/)).toBe(1)
  expect(tookEffect(log, 'POST', /\/drafts$/)).toBe(2)
  expect(tookEffect(log, 'DELETE', /\/drafts\/[0-9a-f]{24}$/)).toBe(1)
  expect(tookEffect(log, 'POST', /\/deployment$/)).toBe(1)

  const again = await finished(deploy(emulator, appDir))
  expect(jsonResult(again.stdout).status).toBe('no-changes')
}, 60_000)

test('SIGKILL mid-apply: the rerun reports the orphan draft; discard converges', async () => {
  const first = deploy(emulator, appDir)
  killMidApply(first, 'SIGKILL')
  expect((await finished(first)).signal).toBe('SIGKILL')
  const orphan = (await appState()).drafts
  expect(orphan).toHaveLength(1)
  expect((await appState()).functions).toEqual([])

  const blocked = await finished(deploy(emulator, appDir))
  expect(blocked.code).toBe(3)
  expect(jsonResult(blocked.stdout)).toMatchObject({
    status: 'conflict',
    conflict: { cause: 'open-draft', draftId: orphan[0]._id }
  })

  const converged = await finished(deploy(emulator, appDir, ['--on-draft-conflict', 'discard']))
  expect([converged.code, jsonResult(converged.stdout).status]).toEqual([0, 'deployed'])
  const state = await appState()
  expect(state.drafts).toEqual([])
  expect(state.functions).toEqual(['nightlyReport', 'orders/summarize', 'restockAlert'])
  expect(tookEffect(await requestLog(emulator), 'POST', /\/deployment$/)).toBe(1)
}, 60_000)
