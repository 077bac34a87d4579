// End to end: the bundled action (dist/index.js) run as the runner runs it, against an in-process
// Admin API emulator and a GitHub REST stand-in, both on loopback. The stand-in fails the test on
// any request it does not serve.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import type { RunningEmulator } from '../../src/emulator/server.js'
import { stickyMarker } from '../../src/github/comment.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import {
  adminAs,
  runAction,
  failingSiteWorkspace,
  makeWorkspace,
  startActionWorld,
  type ActionRun,
  type ActionRunOptions,
  type ActionWorld
} from './action-harness.js'
import { ACTIONS_BOT, type GitHubStandIn } from './github-stand-in.js'

const TOKEN = 'ghs_standInToken0123456789abcdef'
const SECRET_VALUE = 's3cr3t-Value-for-API_KEY'
const MARKER = stickyMarker('apps/shop', '')
const SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'

let emulator: RunningEmulator
let github: GitHubStandIn
let admin: Awaited<ReturnType<typeof adminAs>>
let shopWorkspace: string
const runs: ActionRun[] = []
let world: ActionWorld

const credentials = {
  'public-api-key': DEMO_PUBLIC_KEY,
  'private-api-key': DEMO_PRIVATE_KEY,
  'project-id': DEMO_PROJECT_ID,
  secrets: `API_KEY=${SECRET_VALUE}\n`
}

function prPayload(number: number, action: string, fork = false): object {
  return {
    action,
    number,
    repository: { full_name: 'acme/shop' },
    pull_request: {
      number,
      merged: false,
      head: { sha: SHA, repo: { full_name: fork ? 'stranger/shop' : 'acme/shop' } },
      base: { repo: { full_name: 'acme/shop' } }
    }
  }
}

async function act(
  options: Partial<ActionRunOptions> & Pick<ActionRunOptions, 'eventName' | 'payload'>
): Promise<ActionRun> {
  const run = await runAction({
    workspace: shopWorkspace,
    sha: SHA,
    ref: 'refs/heads/main',
    apiUrl: github.url,
    token: TOKEN,
    ...options,
    inputs: { 'app-dir': 'apps/shop', 'base-url': emulator.url, ...credentials, ...options.inputs }
  })
  runs.push(run)
  return run
}

const commentsOf = (issue: number) => github.comments.get(issue) ?? []
const ownComments = (issue: number) => github.ownComments(issue)
const emulatorWrites = () =>
  emulator.requestLog.entries.filter(e => e.method !== 'GET' && !e.path.endsWith('/login'))

beforeAll(async () => {
  world = await startActionWorld({ owner: 'acme', repo: 'shop', token: TOKEN, prefix: '/api/v3' })
  ;({ emulator, github, admin } = world)
  shopWorkspace = world.workspace
}, 240_000)

afterAll(async () => world?.stop())

afterEach(() => {
  expect(github.unexpected).toEqual([])
})

test('a pull request with 120 earlier comments ends with exactly one comment from the action after three runs', async () => {
  const people = ['alice', 'bob', 'carol']
  for (let i = 0; i < 120; i++) github.addComment(7, people[i % 3], `comment ${i}`)
  const quote = github.addComment(7, 'mallory', `quoting the bot:\n${MARKER}\nfake plan`)
  const before = emulatorWrites().length

  const first = await act({ eventName: 'pull_request', payload: prPayload(7, 'opened') })
  expect(first.code).toBe(0)
  expect(first.outputs.status).toBe('planned')
  const id = first.outputs['comment-id']
  expect(id).toMatch(/^\d+$/)

  // A new commit changes the plan: the comment is updated in place; an identical rerun leaves it be.
  writeFileSync(
    path.join(shopWorkspace, 'apps/shop/functions/hello.js'),
    'exports = function () {\n  const who = "world"\n  return `hello, ${who}`\n}\n'
  )
  const second = await act({ eventName: 'pull_request', payload: prPayload(7, 'synchronize') })
  const third = await act({ eventName: 'pull_request', payload: prPayload(7, 'synchronize') })
  for (const run of [second, third]) {
    expect(run.code).toBe(0)
    expect(run.outputs['comment-id']).toBe(id)
  }

  const own = ownComments(7)
  expect(own).toHaveLength(1)
  expect(own[0].id).toBe(Number(id))
  expect(own[0].user.login).toBe(ACTIONS_BOT)
  expect(own[0].body.startsWith(MARKER)).toBe(true)
  expect(own[0].body).toContain('Planned')
  expect(own[0].body).toContain('`hello`')
  expect(commentsOf(7)).toHaveLength(122)
  expect(commentsOf(7).find(c => c.id === quote.id)?.body).toBe(`quoting the bot:\n${MARKER}\nfake plan`)
  // Every page was read, 100 at a time, on every run; a plan writes nothing to the app.
  const listed = github.requests.filter(
    r => r.method === 'GET' && r.path === '/api/v3/repos/acme/shop/issues/7/comments'
  )
  expect(listed.every(r => r.query.per_page === '100')).toBe(true)
  expect(listed.filter(r => r.query.page === '2').length).toBeGreaterThanOrEqual(3)
  expect(github.requests.filter(r => r.method === 'PATCH').map(r => r.path)).toEqual([
    `/api/v3/repos/acme/shop/issues/comments/${id}`
  ])
  expect(github.requests.filter(r => r.method === 'POST')).toHaveLength(1)
  expect(own[0].body).toContain('(source **+4 −0**)')
  expect(emulatorWrites().length).toBe(before)
  expect(third.summary).toContain('Planned')
  expect(third.outputs.changes).toBe('3')
})

test('a draft conflict puts the conflict report in the comment and fails the run with its outputs', async () => {
  const [app] = (await admin('GET', '{group}/apps')) as Array<{
    _id: string
    client_app_id: string
    name: string
  }>
  const draft = (await admin('POST', `{group}/apps/${app._id}/drafts`)) as { _id: string }
  try {
    const run = await act({
      eventName: 'pull_request',
      payload: prPayload(8, 'opened'),
      inputs: { mode: 'deploy' }
    })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({
      status: 'conflict',
      'app-id': app._id,
      'client-app-id': app.client_app_id
    })
    expect(run.stdout).toMatch(/::error::Conflict, nothing was deployed: a draft \(\w+\) is already open/)
    const [comment] = ownComments(8)
    expect(comment.body).toContain('#### Conflict')
    expect(comment.body).toContain(`\`${draft._id}\``)
    expect(comment.body).toContain('on-draft-conflict: discard')
    expect(run.summary).toContain('#### Conflict')
  } finally {
    await admin('DELETE', `{group}/apps/${app._id}/drafts/${draft._id}`)
  }
})

test('a fork pull request without secrets is skipped with exit 0 and touches nothing', async () => {
  const requests = github.requests.length
  const emulatorRequests = emulator.requestLog.entries.length
  const run = await act({
    eventName: 'pull_request',
    payload: prPayload(9, 'opened', true),
    inputs: { 'public-api-key': '', 'private-api-key': '', secrets: '' }
  })
  expect(run.code).toBe(0)
  expect(run.outputs.status).toBe('skipped')
  expect(run.stdout).toContain('::notice::no Atlas API keys')
  expect(run.summary).toContain('Skipped')
  expect(github.requests.length).toBe(requests)
  expect(emulator.requestLog.entries.length).toBe(emulatorRequests)
})

test('a push without API keys fails naming the empty inputs, and touches nothing', async () => {
  const emulatorRequests = emulator.requestLog.entries.length
  const run = await act({
    eventName: 'push',
    payload: { ref: 'refs/heads/main' },
    inputs: { 'public-api-key': '', 'private-api-key': '', secrets: '' }
  })
  expect(run.code).toBe(1)
  expect(run.stdout).toContain(
    '::error::no Atlas API keys: the inputs public-api-key, private-api-key are empty'
  )
  expect(emulator.requestLog.entries.length).toBe(emulatorRequests)
  const skipped = await act({
    eventName: 'push',
    payload: { ref: 'refs/heads/main' },
    inputs: { 'public-api-key': '', 'private-api-key': '', secrets: '', 'skip-without-credentials': 'true' }
  })
  expect([skipped.code, skipped.outputs.status]).toEqual([0, 'skipped'])
})

test('create-app: the created app id is an output, and the summary gives the line to commit', async () => {
  const workspace = makeWorkspace('brandnew', 'shop')
  world.workspaces.push(workspace)
  const run = await act({
    workspace,
    eventName: 'workflow_dispatch',
    payload: {},
    inputs: { 'create-app': 'true', exclude: 'value, secret' }
  })
  expect(run.code).toBe(0)
  const id = run.outputs['created-app-id']
  expect(id).toMatch(/^brandnew-[a-z]{5}$/)
  expect(run.outputs['client-app-id']).toBe(id)
  expect(run.summary).toContain(`"app_id": "${id}"`)
  expect(run.summary).toContain('apps/shop/realm_config.json')
  expect(run.stdout).toContain(
    `::notice::created app ${id}: commit "app_id": "${id}" into apps/shop/realm_config.json`
  )
  // The plan is in the log before the draft (the first write after the app's creation) is opened.
  expect(run.stdout.indexOf('Plan: ')).toBeGreaterThan(-1)
  expect(run.stdout.indexOf('Plan: ')).toBeLessThan(run.stdout.search(/draft [0-9a-f]{24} opened/))
  // exclude: the value (and its secret) stayed out of the deploy
  const plan = JSON.parse(run.tempFiles[path.basename(run.outputs['plan-file'])])
  expect(plan.changes.map((c: { kind: string }) => c.kind)).not.toContain('value')
})

test('outputs are present after a failed deploy', async () => {
  const workspace = await failingSiteWorkspace(world)
  const run = await act({
    workspace,
    eventName: 'push',
    payload: { ref: 'refs/heads/main' },
    inputs: { 'include-hosting': 'true' }
  })
  expect(run.code).toBe(1)
  expect(run.stdout).toMatch(/::error::Deploy failed: hosting: 1 asset\(s\) failed \(\/big.txt\)/)
  expect(run.outputs).toMatchObject({ status: 'failed', changes: expect.stringMatching(/^\d+$/) })
  for (const name of ['app-id', 'client-app-id', 'deployment-id', 'plan-file'])
    expect(run.outputs[name]).toBeTruthy()
  const plan = JSON.parse(run.tempFiles[path.basename(run.outputs['plan-file'])])
  expect(plan.changes.map((c: { key: string }) => c.key)).toContain('hello')
  expect(JSON.stringify(plan)).not.toContain('return "hello"')
  expect(plan.secrets.create).toEqual(['API_KEY'])
})

test('a push deploy updates the comment of the merged pull request it came from', async () => {
  const pr = await act({ eventName: 'pull_request', payload: prPayload(11, 'opened') })
  const id = pr.outputs['comment-id']
  expect(ownComments(11)[0].body).toContain('Planned')
  const mergeSha = 'feedfacefeedfacefeedfacefeedfacefeedface'
  github.pullsByCommit.set(mergeSha, [
    { number: 11, merged_at: '2025-01-15T12:00:00Z' },
    { number: 12, merged_at: null },
    { number: 13, merged_at: '2025-01-15T12:00:00Z' }
  ])
  const push = await act({
    eventName: 'push',
    sha: mergeSha,
    payload: { ref: 'refs/heads/main', after: mergeSha }
  })
  expect(push.code).toBe(0)
  expect(push.outputs).toMatchObject({ status: 'deployed', 'comment-id': id })
  expect(push.outputs['deployment-id']).toMatch(/^[0-9a-f]{24}$/)
  expect(ownComments(11)).toHaveLength(1)
  expect(ownComments(11)[0].body).toContain('✅ **Deployed**')
  expect(ownComments(11)[0].body).toContain('`feedfac`')
  // No comment is created on a merged pull request that had none; an unmerged one is not read.
  expect(commentsOf(13)).toEqual([])
  expect(github.requests.some(r => r.path.includes('/issues/12/'))).toBe(false)
  const [deployment] = (await admin('GET', `{group}/apps/${push.outputs['app-id']}/deployments`)) as Array<{
    name: string
  }>
  expect(deployment.name).toBe('feedfac')
})

test('a token without pull-requests: write gets a warning naming the permission; the run still succeeds', async () => {
  github.readOnly = true
  try {
    const run = await act({ eventName: 'pull_request', payload: prPayload(14, 'opened') })
    expect(run.code).toBe(0)
    expect(['planned', 'no-changes']).toContain(run.outputs.status)
    expect(run.outputs['comment-id']).toBeUndefined()
    expect(run.stdout).toMatch(
      /::warning::could not write the pull request comment: the token lacks the `pull-requests: write` permission/
    )
  } finally {
    github.readOnly = false
  }
})

test('bad inputs fail the step naming each input, before any request', async () => {
  const requests = github.requests.length
  const emulatorRequests = emulator.requestLog.entries.length
  const run = await act({
    eventName: 'push',
    payload: {},
    inputs: {
      mode: 'sometimes',
      'project-id': 'not-a-project',
      'base-url': 'ftp://x',
      'timeout-minutes': 'soon',
      'on-draft-conflict': 'maybe',
      secrets: 'oops'
    }
  })
  expect(run.code).toBe(1)
  const error = run.stdout.split('\n').find(l => l.startsWith('::error::')) ?? ''
  for (const input of ['mode', 'project-id', 'base-url', 'timeout-minutes', 'on-draft-conflict', 'secrets:1'])
    expect(error).toContain(input)
  expect(run.outputs.status).toBe('invalid')
  expect(github.requests.length).toBe(requests)
  expect(emulator.requestLog.entries.length).toBe(emulatorRequests)
})

test('an event the action has no route for fails, listing the supported events', async () => {
  const run = await act({ eventName: 'schedule', payload: {} })
  expect(run.code).toBe(1)
  expect(run.stdout).toContain(
    "::error::mode: error: mode 'auto' has no route for the 'schedule' event: it handles pull_request, pull_request_target, push, workflow_dispatch, release"
  )
})

test('no captured output, summary, comment or plan file holds a key, a token or a secret value', async () => {
  await act({ eventName: 'push', payload: { ref: 'refs/heads/main' }, env: { RUNNER_DEBUG: '1' } })
  const sensitive = [
    DEMO_PRIVATE_KEY,
    SECRET_VALUE,
    TOKEN,
    ...Object.keys(emulator.state.access_tokens),
    ...Object.keys(emulator.state.refresh_tokens)
  ]
  expect(sensitive.length).toBeGreaterThan(4)
  const masked = (text: string) =>
    text
      .split('\n')
      .filter(line => !line.startsWith('::add-mask::'))
      .join('\n')
  const captured = [
    ...runs.flatMap(r => [
      masked(r.stdout),
      r.stderr,
      r.summary,
      JSON.stringify(r.outputs),
      ...Object.values(r.tempFiles)
    ]),
    ...[...github.comments.values()].flat().map(c => c.body)
  ].join('\n')
  expect(runs.length).toBeGreaterThan(8)
  for (const value of sensitive) expect(captured.includes(value)).toBe(false)
  // The runner hides them because the action told it to.
  const withKeys = runs.filter(r => r.stdout.includes(`::add-mask::${DEMO_PRIVATE_KEY}`))
  expect(withKeys.length).toBeGreaterThan(0)
  expect(runs.some(r => r.stdout.includes(`::add-mask::${SECRET_VALUE}`))).toBe(true)
})
