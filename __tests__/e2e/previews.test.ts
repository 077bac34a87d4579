// End to end: pull request previews, release deployments and GitHub Deployments, with the bundled
// action (dist/index.js) run as the runner runs it, against an in-process Admin API emulator and the
// GitHub REST stand-in, both on loopback. The emulator's own lists (apps, deployments) are the proof.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import {
  adminAs,
  runAction,
  failingSiteWorkspace,
  startActionWorld,
  type ActionRun,
  type ActionRunOptions,
  type ActionWorld
} from './action-harness.js'
import type { GitHubStandIn } from './github-stand-in.js'

const TOKEN = 'ghs_previewStandInToken0123456789'
const HEAD = 'c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00'
const MERGE = '1111111111111111111111111111111111111111'
const RUN_URL = 'https://github.example/acme/shop/actions/runs/4242'

interface App {
  _id: string
  client_app_id: string
  name: string
}
interface Deployment {
  _id: string
  name: string
  status: string
}

let emulator: RunningEmulator
let github: GitHubStandIn
let admin: Awaited<ReturnType<typeof adminAs>>
let workspace: string
let world: ActionWorld
const runs: ActionRun[] = []

const credentials = {
  'public-api-key': DEMO_PUBLIC_KEY,
  'private-api-key': DEMO_PRIVATE_KEY,
  'project-id': DEMO_PROJECT_ID,
  secrets: 'API_KEY=preview-secret-value-1\n'
}

function prPayload(number: number, action: string): object {
  return {
    action,
    number,
    repository: { full_name: 'acme/shop' },
    pull_request: {
      number,
      merged: false,
      head: { sha: HEAD, repo: { full_name: 'acme/shop' } },
      base: { repo: { full_name: 'acme/shop' } }
    }
  }
}

async function act(
  options: Partial<ActionRunOptions> & Pick<ActionRunOptions, 'eventName' | 'payload'>
): Promise<ActionRun> {
  const run = await runAction({
    workspace,
    sha: MERGE,
    ref: 'refs/heads/main',
    apiUrl: github.url,
    token: TOKEN,
    ...options,
    inputs: { 'app-dir': 'apps/shop', 'base-url': emulator.url, ...credentials, ...options.inputs }
  })
  runs.push(run)
  return run
}

const preview = (number: number, action: string, inputs: Record<string, string> = {}) =>
  act({
    eventName: 'pull_request',
    ref: `refs/pull/${number}/merge`,
    payload: prPayload(number, action),
    inputs: { preview: 'true', ...inputs }
  })

const apps = async (): Promise<App[]> => (await admin('GET', '{group}/apps')) as App[]
const appNamed = async (name: string): Promise<App | undefined> => (await apps()).find(a => a.name === name)
const deploymentsOf = async (appId: string): Promise<Deployment[]> =>
  (await admin('GET', `{group}/apps/${appId}/deployments`)) as Deployment[]
const dashboard = (appId: string) => `${emulator.url}/groups/${DEMO_PROJECT_ID}/apps/${appId}/dashboard`
const ownComment = (issue: number) => github.ownComments(issue)[0]?.body ?? ''
const editHello = (text: string) =>
  writeFileSync(
    path.join(workspace, 'apps/shop/functions/hello.js'),
    `exports = function () {\n  return "${text}"\n}\n`
  )

beforeAll(async () => {
  world = await startActionWorld({ owner: 'acme', repo: 'shop', token: TOKEN })
  ;({ emulator, github, admin } = world)
  workspace = world.workspace
}, 240_000)

afterAll(async () => world?.stop())

afterEach(() => {
  expect(github.unexpected).toEqual([])
})

describe('a pull request preview', () => {
  test('opened: the preview app is created from the repository and deployed; the comment says where it is', async () => {
    const before = await apps()
    const run = await preview(21, 'opened')
    expect(run.code).toBe(0)
    const app = await appNamed('shop-pr-21')
    expect(app).toBeDefined()
    expect(await apps()).toHaveLength(before.length + 1)
    expect(run.outputs).toMatchObject({
      status: 'deployed',
      'preview-app-id': app!._id,
      'preview-client-app-id': app!.client_app_id,
      'app-id': app!._id,
      'client-app-id': app!.client_app_id,
      'app-url': dashboard(app!._id)
    })
    const [deployment] = await deploymentsOf(app!._id)
    expect(deployment).toMatchObject({ name: HEAD.slice(0, 7), status: 'successful' })
    expect(run.outputs['deployment-id']).toBe(deployment._id)
    // The base app is not touched by a preview.
    const base = before.find(a => a.name === 'shop')!
    expect(await deploymentsOf(base._id)).toEqual([])
    const comment = ownComment(21)
    expect(comment).toContain('#### Preview app')
    expect(comment).toContain(
      `Pull request #21 has its own app, \`shop-pr-21\`: use client_app_id **\`${app!.client_app_id}\`** to try this change`
    )
    expect(comment).toContain(
      `[open the app](${dashboard(app!._id)}) on \`${emulator.url}\` (this run's \`base-url\``
    )
    expect(comment).toContain('(created by this run)')
  })

  test('synchronize: the same app is updated, no second app', async () => {
    const app = (await appNamed('shop-pr-21'))!
    const count = (await apps()).length
    const comment = github.ownComments(21)[0].id
    editHello('second push')
    const run = await preview(21, 'synchronize')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      status: 'deployed',
      'preview-app-id': app._id,
      'comment-id': String(comment)
    })
    expect(await apps()).toHaveLength(count)
    expect((await apps()).filter(a => a.name === 'shop-pr-21')).toHaveLength(1)
    expect(await deploymentsOf(app._id)).toHaveLength(2)
    expect(ownComment(21)).not.toContain('(created by this run)')
    expect(github.ownComments(21)).toHaveLength(1)
  })

  test('closed: the preview app is deleted and the comment says so; a second close is a success too', async () => {
    const app = (await appNamed('shop-pr-21'))!
    const run = await preview(21, 'closed')
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      status: 'preview-removed',
      'preview-app-id': app._id,
      'preview-client-app-id': app.client_app_id
    })
    expect(await appNamed('shop-pr-21')).toBeUndefined()
    expect(github.ownComments(21)).toHaveLength(1)
    expect(ownComment(21)).toContain(
      `🧹 **Preview removed**: pull request #21 was closed, so its preview app \`shop-pr-21\` (client_app_id \`${app.client_app_id}\`) was deleted.`
    )
    expect(run.summary).toContain('Preview removed')

    const again = await preview(21, 'closed')
    expect(again.code).toBe(0)
    expect(again.outputs.status).toBe('preview-removed')
    expect(ownComment(21)).toContain('was already gone, so there was nothing to delete')
  })

  test('a deploy that finishes after the pull request closed removes its own preview', async () => {
    github.pullStates.set(22, 'closed')
    const writes = emulator.requestLog.entries.length
    const run = await preview(22, 'synchronize')
    expect(run.code).toBe(0)
    expect(run.outputs.status).toBe('preview-removed')
    const created = run.outputs['preview-app-id']
    expect(created).toMatch(/^[0-9a-f]{24}$/)
    expect(await appNamed('shop-pr-22')).toBeUndefined()
    const calls = emulator.requestLog.entries.slice(writes).map(e => `${e.method} ${e.path}`)
    const deployed = calls.findIndex(c => /^POST .*\/drafts\/\w+\/deployment$/.test(c))
    const deleted = calls.indexOf(`DELETE /api/admin/v3.0/groups/${DEMO_PROJECT_ID}/apps/${created}`)
    expect(deployed).toBeGreaterThan(-1)
    expect(deleted).toBeGreaterThan(deployed)
    expect(github.requests.some(r => r.method === 'GET' && r.path === '/repos/acme/shop/pulls/22')).toBe(true)
    expect(ownComment(22)).toContain(
      'pull request #22 was closed while this run deployed its preview app `shop-pr-22`'
    )
    expect(run.stdout).toContain('::warning::pull request #22 was closed while this run deployed its preview')
  })

  test('at max-previews a new preview is a warning and exit 0, with no app; an existing preview is still updated', async () => {
    const first = await preview(23, 'opened', { 'max-previews': '1' })
    expect(first.outputs.status).toBe('deployed')
    const count = (await apps()).length

    const blocked = await preview(24, 'opened', { 'max-previews': '1' })
    expect(blocked.code).toBe(0)
    expect(blocked.outputs.status).toBe('limit-reached')
    expect(blocked.outputs['preview-app-id']).toBeUndefined()
    expect(blocked.stdout).toMatch(
      /::warning::max-previews \(1\) reached: the project has 1 preview app, so pull request #24 gets none/
    )
    expect(blocked.stdout).not.toContain('::error::')
    expect(await appNamed('shop-pr-24')).toBeUndefined()
    expect(await apps()).toHaveLength(count)
    expect(ownComment(24)).toContain('⚠️ **Preview limit reached**')
    expect(ownComment(24)).toContain('- `shop-pr-23`')
    expect(blocked.summary).toContain('Preview limit reached')

    editHello('third push')
    const update = await preview(23, 'synchronize', { 'max-previews': '1' })
    expect(update.code).toBe(0)
    expect(update.outputs).toMatchObject({
      status: 'deployed',
      'preview-app-id': first.outputs['preview-app-id']
    })
    expect(await apps()).toHaveLength(count)
  })

  test('previews unchanged for longer than preview-ttl-days are listed as stale in the job summary', async () => {
    const old = (await appNamed('shop-pr-23'))!
    // As if pull request #23's preview was last deployed twelve days ago.
    emulator.state.groups[DEMO_PROJECT_ID].apps[old._id].app.last_modified =
      Math.floor(Date.now() / 1000) - 12 * 86_400
    const run = await preview(26, 'opened', { 'preview-ttl-days': '7' })
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['stale-previews'])).toEqual(['shop-pr-23'])
    expect(run.summary).toContain('#### Stale previews')
    expect(run.summary).toContain(`| [\`shop-pr-23\`](${dashboard(old._id)}) | \`${old.client_app_id}\` |`)
    expect(run.summary).toContain('| 12 days |')
    expect(ownComment(26)).not.toContain('Stale previews')
  })
})

describe('release deployments', () => {
  test('a tag push deploys a deployment named after the tag and links the tag', async () => {
    editHello('release 1.4')
    const run = await act({
      eventName: 'push',
      ref: 'refs/tags/v1.4.0',
      payload: { ref: 'refs/tags/v1.4.0' }
    })
    expect(run.code).toBe(0)
    const base = (await appNamed('shop'))!
    const [newest] = await deploymentsOf(base._id) // newest first
    expect(newest).toMatchObject({ name: 'v1.4.0', status: 'successful' })
    expect(run.outputs).toMatchObject({ status: 'deployed', tag: 'v1.4.0', 'deployment-id': newest._id })
    expect(run.summary).toContain('- **Tag**: [`v1.4.0`](https://github.example/acme/shop/tree/v1.4.0)')
    expect(run.summary).toContain(`\`${newest._id}\` \`v1.4.0\`: successful`)
  })

  test('a published release links its release page', async () => {
    editHello('release 2.0')
    const run = await act({
      eventName: 'release',
      ref: 'refs/tags/v2.0.0',
      payload: { action: 'published', release: { tag_name: 'v2.0.0' } }
    })
    expect(run.code).toBe(0)
    const base = (await appNamed('shop'))!
    expect((await deploymentsOf(base._id))[0].name).toBe('v2.0.0')
    expect(run.summary).toContain(
      '- **Release**: [`v2.0.0`](https://github.example/acme/shop/releases/tag/v2.0.0)'
    )
  })
})

describe('GitHub Deployments (github-deployment: true)', () => {
  const latest = () => github.deployments[github.deployments.length - 1]
  const states = (d: { statuses: Array<{ state: string }> }) => d.statuses.map(s => s.state)

  test('a preview: in_progress then success, transient, linking the run and the app; inactive on cleanup', async () => {
    const run = await preview(25, 'opened', { 'github-deployment': 'true' })
    expect(run.code).toBe(0)
    const deployment = latest()
    expect(run.outputs['github-deployment-id']).toBe(String(deployment.id))
    expect(deployment).toMatchObject({
      ref: HEAD,
      environment: 'shop-pr-25',
      auto_merge: false,
      required_contexts: [],
      transient_environment: true,
      production_environment: false
    })
    expect(states(deployment)).toEqual(['in_progress', 'success'])
    expect(deployment.statuses.every(s => s.log_url === RUN_URL)).toBe(true)
    expect(deployment.statuses[1].environment_url).toBe(dashboard(run.outputs['preview-app-id']))

    const cleanup = await preview(25, 'closed', { 'github-deployment': 'true' })
    expect(cleanup.code).toBe(0)
    expect(states(deployment)).toEqual(['in_progress', 'success', 'inactive'])
    expect(github.deployments.filter(d => d.environment === 'shop-pr-25')).toHaveLength(1)
  })

  test('a tag push is a production deployment of the tag', async () => {
    editHello('release 3')
    const run = await act({
      eventName: 'push',
      ref: 'refs/tags/v3.0.0',
      payload: { ref: 'refs/tags/v3.0.0' },
      inputs: { 'github-deployment': 'true' }
    })
    expect(run.code).toBe(0)
    expect(latest()).toMatchObject({
      ref: 'v3.0.0',
      environment: 'shop',
      transient_environment: false,
      production_environment: true
    })
    expect(states(latest())).toEqual(['in_progress', 'success'])
  })

  test('a failed deploy ends in failure', async () => {
    const site = await failingSiteWorkspace(world)
    const run = await act({
      workspace: site,
      eventName: 'push',
      payload: { ref: 'refs/heads/main' },
      inputs: { 'include-hosting': 'true', 'github-deployment': 'true' }
    })
    expect(run.code).toBe(1)
    expect(run.outputs.status).toBe('failed')
    expect(latest()).toMatchObject({ ref: MERGE, environment: 'site', production_environment: false })
    expect(states(latest())).toEqual(['in_progress', 'failure'])
  })

  test('a token without deployments: write is a warning naming the permission; the deploy succeeds', async () => {
    github.deploymentsForbidden = true
    try {
      editHello('no deployments permission')
      const created = github.deployments.length
      const run = await act({
        eventName: 'push',
        payload: { ref: 'refs/heads/main' },
        inputs: { 'github-deployment': 'true' }
      })
      expect(run.code).toBe(0)
      expect(run.outputs.status).toBe('deployed')
      expect(run.outputs['github-deployment-id']).toBeUndefined()
      expect(run.stdout).toMatch(
        /::warning::could not record a GitHub Deployment .*the token lacks the `deployments: write` permission/
      )
      expect(github.deployments).toHaveLength(created)
    } finally {
      github.deploymentsForbidden = false
    }
  })
})

test('no output, summary, comment or GitHub Deployment of these runs holds a key, the token or a secret value', () => {
  const sensitive = [
    DEMO_PRIVATE_KEY,
    TOKEN,
    'preview-secret-value-1',
    ...Object.keys(emulator.state.access_tokens)
  ]
  const masked = (text: string) =>
    text
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')
  const captured = [
    ...runs.flatMap(r => [masked(r.stdout), r.stderr, r.summary, JSON.stringify(r.outputs)]),
    ...[...github.comments.values()].flat().map(c => c.body),
    JSON.stringify(github.deployments)
  ].join('\n')
  expect(runs.length).toBeGreaterThan(10)
  for (const value of sensitive) expect(captured.includes(value)).toBe(false)
})
