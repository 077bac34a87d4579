// Drift with the bundled action (dist/index.js) against the emulator and a GitHub stand-in: after a
// push deploy, a function edited directly in the live app (a write outside a draft, as the App
// Services UI makes) shows in the pull request's plan comment and in the job summary; with
// `on-drift: fail` the deploy stops (status drift) before any write.
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
const SECRET_VALUE = 's3cr3t-Value-for-drift'
const SHA = 'b1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
let world: ActionWorld
let emulator: RunningEmulator
let github: GitHubStandIn

const credentials = {
  'public-api-key': DEMO_PUBLIC_KEY,
  'private-api-key': DEMO_PRIVATE_KEY,
  'project-id': DEMO_PROJECT_ID,
  secrets: `API_KEY=${SECRET_VALUE}\n`
}

function act(
  options: Partial<ActionRunOptions> & Pick<ActionRunOptions, 'eventName' | 'payload'>
): Promise<ActionRun> {
  return runAction({
    workspace: world.workspace,
    sha: SHA,
    ref: 'refs/heads/main',
    apiUrl: github.url,
    token: TOKEN,
    ...options,
    inputs: { 'app-dir': 'apps/shop', 'base-url': emulator.url, ...credentials, ...options.inputs }
  })
}

const prPayload = (number: number): object => ({
  action: 'synchronize',
  number,
  repository: { full_name: 'acme/shop' },
  pull_request: {
    number,
    merged: false,
    head: { sha: SHA, repo: { full_name: 'acme/shop' } },
    base: { repo: { full_name: 'acme/shop' } }
  }
})

beforeAll(async () => {
  world = await startActionWorld({ owner: 'acme', repo: 'shop', token: TOKEN, prefix: '/api/v3' })
  ;({ emulator, github } = world)
}, 240_000)
afterAll(async () => world?.stop())
afterEach(() => expect(github.unexpected).toEqual([]))

test('an edit outside git shows in the PR plan comment and the summary; on-drift fail stops the deploy before any write', async () => {
  const deployed = await act({ eventName: 'push', payload: { ref: 'refs/heads/main' } })
  expect([deployed.code, deployed.outputs.status]).toEqual([0, 'deployed'])
  expect(deployed.summary).toContain('no drift: realm-deploy has not deployed this app yet')

  // The UI's edit: a direct write to the live app, outside any draft.
  const apps = (await world.admin('GET', '{group}/apps')) as { _id: string; name: string }[]
  const shop = apps.find(a => a.name === 'shop')?._id as string
  const fns = (await world.admin('GET', `{group}/apps/${shop}/functions`)) as { _id: string; name: string }[]
  const hello = fns.find(f => f.name === 'hello')?._id as string
  const { _id, last_modified, ...fn } = (await world.admin(
    'GET',
    `{group}/apps/${shop}/functions/${hello}`
  )) as Record<string, unknown>
  expect([_id, typeof last_modified]).toEqual([hello, 'number'])
  await world.admin('PUT', `{group}/apps/${shop}/functions/${hello}`, {
    ...fn,
    source: 'exports = function () {\n  return "edited in the UI"\n}\n'
  })

  const plan = await act({ eventName: 'pull_request', payload: prPayload(21) })
  expect([plan.code, plan.outputs.status]).toEqual([0, 'planned'])
  const [comment] = github.ownComments(21)
  expect(comment.body).toContain('#### ⚠️ Drift')
  expect(comment.body).toMatch(
    /function `hello` \*\*changed\*\* outside git: `source` \(repository file `functions\/hello.js`\)/
  )
  expect(plan.summary).toContain('#### ⚠️ Drift')

  const before = emulator.requestLog.entries.length
  const stopped = await act({
    eventName: 'push',
    payload: { ref: 'refs/heads/main' },
    inputs: { 'on-drift': 'fail' }
  })
  expect([stopped.code, stopped.outputs.status]).toEqual([1, 'drift'])
  expect(stopped.stdout).toContain('realm-deploy pull --app-dir')
  const writes = emulator.requestLog.entries
    .slice(before)
    .filter(e => e.method !== 'GET' && !e.path.endsWith('/login'))
  expect(writes).toEqual([])
}, 240_000)
