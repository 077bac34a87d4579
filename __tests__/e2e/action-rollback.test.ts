// `mode: rollback` with the bundled action (dist/index.js) against the emulator and a GitHub stand-in,
// as a workflow_dispatch runs it: two deploys (v1, v2), then a rollback to v1 through
// POST .../deployments/{id}/redeploy, reported in the outputs and the job summary; a plan of v1's
// config then shows no changes. An unknown `rollback-to` fails the step before any write.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import {
  runAction,
  startActionWorld,
  type ActionRun,
  type ActionRunOptions,
  type ActionWorld
} from './action-harness.js'
import type { GitHubStandIn } from './github-stand-in.js'

const TOKEN = 'ghs_standInToken0123456789abcdef'
const SHA = 'c1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
let world: ActionWorld
let emulator: RunningEmulator
let github: GitHubStandIn

function act(
  options: { inputs?: Record<string, string> } & Partial<ActionRunOptions> = {}
): Promise<ActionRun> {
  return runAction({
    workspace: world.workspace,
    sha: SHA,
    ref: 'refs/heads/main',
    apiUrl: github.url,
    token: TOKEN,
    eventName: 'workflow_dispatch',
    payload: { ref: 'refs/heads/main' },
    ...options,
    inputs: {
      'app-dir': 'apps/shop',
      'base-url': emulator.url,
      'public-api-key': DEMO_PUBLIC_KEY,
      'private-api-key': DEMO_PRIVATE_KEY,
      'project-id': DEMO_PROJECT_ID,
      secrets: 'API_KEY=s3cr3t-Value-for-rollback\n',
      ...options.inputs
    }
  })
}

const writes = (from: number): string[] =>
  emulator.requestLog.entries
    .slice(from)
    .filter(e => e.method !== 'GET' && !e.path.endsWith('/login'))
    .map(e => `${e.method} ${e.path}`)

beforeAll(async () => {
  world = await startActionWorld({ owner: 'acme', repo: 'shop', token: TOKEN, prefix: '/api/v3' })
  ;({ emulator, github } = world)
  expect((await act({ inputs: { mode: 'deploy', 'deployment-name': 'v1' } })).outputs.status).toBe('deployed')
  const file = path.join(world.workspace, 'apps/shop/functions/hello.js')
  writeFileSync(file, `${readFileSync(file, 'utf8')}// v2\n`)
  expect((await act({ inputs: { mode: 'deploy', 'deployment-name': 'v2' } })).outputs.status).toBe('deployed')
}, 240_000)
afterAll(async () => world?.stop())
afterEach(() => expect(github.unexpected).toEqual([]))

test('an unknown rollback-to fails the step before any write', async () => {
  const from = emulator.requestLog.entries.length
  const run = await act({ inputs: { mode: 'rollback', 'rollback-to': 'v0.1' } })
  expect([run.code, run.outputs.status]).toEqual([1, 'invalid'])
  expect(run.stdout).toMatch(/no deployment "v0.1" among the \d+ the API lists/)
  expect(writes(from)).toEqual([])
}, 120_000)

test('mode rollback redeploys the deployment before the current one and reports it like a deploy', async () => {
  const from = emulator.requestLog.entries.length
  const run = await act({ inputs: { mode: 'rollback' } })
  expect([run.code, run.outputs.status]).toEqual([0, 'deployed'])
  expect(run.outputs['deployment-id']).toMatch(/^[0-9a-f]{24}$/)
  expect(run.outputs.changes).toBe('1')
  expect(run.summary).toContain('### realm-deploy rollback')
  expect(run.summary).toMatch(/update `hello`/)
  expect(writes(from)).toEqual([expect.stringMatching(/\/deployments\/[0-9a-f]{24}\/redeploy$/)])
  // The workspace at v1 plans no changes against the rolled-back app.
  const file = path.join(world.workspace, 'apps/shop/functions/hello.js')
  writeFileSync(file, readFileSync(file, 'utf8').replace('// v2\n', ''))
  const plan = await act({ inputs: { mode: 'plan' } })
  expect([plan.code, plan.outputs.status]).toEqual([0, 'no-changes'])
}, 120_000)
