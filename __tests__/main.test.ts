// The action's run() in-process, with @actions/core mocked (inputs in, calls recorded), against the
// emulator and the GitHub stand-in over loopback.
import { jest } from '@jest/globals'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import * as core from '../__fixtures__/core.js'
import { startEmulator, type RunningEmulator } from '../src/emulator/server.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../src/emulator/settings.js'
import { adminAs, makeWorkspace, writeIn } from './e2e/action-harness.js'
import { startGitHubStandIn, type GitHubStandIn } from './e2e/github-stand-in.js'

jest.unstable_mockModule('@actions/core', () => core)
const { run } = await import('../src/main.js')

const TOKEN = 'ghs_main_test_token'
let emulator: RunningEmulator
let github: GitHubStandIn
let workspace: string
let eventDir: string
const savedEnv = { ...process.env }

function setEvent(name: string, payload: object, env: Record<string, string> = {}): void {
  const file = path.join(eventDir, `${name}.json`)
  writeFileSync(file, JSON.stringify(payload))
  Object.assign(process.env, {
    GITHUB_EVENT_NAME: name,
    GITHUB_EVENT_PATH: file,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_API_URL: github.url,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: eventDir,
    ...env
  })
}

function inputs(values: Record<string, string> = {}): void {
  core.setInputs({
    'public-api-key': DEMO_PUBLIC_KEY,
    'private-api-key': DEMO_PRIVATE_KEY,
    'project-id': DEMO_PROJECT_ID,
    'app-dir': 'apps/shop',
    'base-url': emulator.url,
    mode: 'auto',
    comment: 'true',
    'github-token': TOKEN,
    secrets: 'API_KEY=main-test-secret-1',
    ...values
  })
}

const pullRequest = (action: string) => ({
  action,
  repository: { full_name: 'acme/shop' },
  pull_request: { number: 5, head: { sha: 'f'.repeat(40), repo: { full_name: 'acme/shop' } } }
})

beforeAll(async () => {
  emulator = await startEmulator({ deploymentTimings: { createdMs: 0, pendingMs: 0 } })
  github = await startGitHubStandIn({ owner: 'acme', repo: 'shop', token: TOKEN })
  await (
    await adminAs(emulator)
  )('POST', '{group}/apps', { name: 'shop' })
  workspace = makeWorkspace('shop')
  eventDir = mkdtempSync(path.join(tmpdir(), 'realm-deploy-main-'))
})

afterAll(async () => {
  process.env = savedEnv
  await github.stop()
  await emulator.stop()
  rmSync(workspace, { recursive: true, force: true })
  rmSync(eventDir, { recursive: true, force: true })
})

beforeEach(() => core.reset())
afterEach(() => expect(github.unexpected).toEqual([]))

test('config problems become annotations on the repository files, and nothing remote happens', async () => {
  const broken = makeWorkspace('shop', 'shop', {
    'functions/config.json': '[\n  { "name": "hello", "private": "yes" }\n]\n'
  })
  const before = emulator.requestLog.entries.length
  try {
    setEvent('push', { ref: 'refs/heads/main' }, { GITHUB_WORKSPACE: broken })
    inputs()
    await run()
  } finally {
    rmSync(broken, { recursive: true, force: true })
  }
  expect(core.error).toHaveBeenCalledWith(
    expect.stringContaining('private'),
    expect.objectContaining({ file: 'apps/shop/functions/config.json', startLine: 2 })
  )
  expect(core.setFailed).toHaveBeenCalledTimes(1)
  expect(core.setFailed.mock.calls[0][0]).toMatch(/^Invalid input or configuration \(nothing was written\): /)
  expect(core.outputs()).toEqual({ status: 'invalid' })
  expect(emulator.requestLog.entries.length).toBe(before)
})

test('a plan runs each phase in a log group and sets every output it knows', async () => {
  setEvent('pull_request', pullRequest('opened'))
  inputs()
  await run()
  expect(core.setFailed).not.toHaveBeenCalled()
  expect(core.group.mock.calls.map(([name]) => name)).toEqual(['Plan', 'Report'])
  const outputs = core.outputs()
  expect(outputs).toMatchObject({
    status: 'planned',
    'app-id': expect.any(String),
    'client-app-id': expect.stringMatching(/^shop-/),
    changes: '3'
  })
  expect(outputs['plan-file']).toMatch(/realm-deploy-plan-\d+\.json$/)
  expect(outputs['comment-id']).toBe(String(github.ownComments(5)[0].id))
  expect(outputs['deployment-id']).toBeUndefined()
  expect(core.summaries()[0]).toContain('📋 **Planned 3 changes**')
  expect(core.setSecret).toHaveBeenCalledWith(DEMO_PRIVATE_KEY)
  expect(core.setSecret).toHaveBeenCalledWith('main-test-secret-1')
})

test('comment: false writes no comment', async () => {
  const requests = github.requests.length
  setEvent('pull_request', pullRequest('synchronize'))
  inputs({ comment: 'false' })
  await run()
  expect(core.outputs().status).toBe('planned')
  expect(core.outputs()['comment-id']).toBeUndefined()
  expect(github.requests.length).toBe(requests)
})

test('a closed pull request without previews: a notice, nothing else', async () => {
  const requests = github.requests.length
  setEvent('pull_request', pullRequest('closed'))
  inputs()
  await run()
  expect(core.notice).toHaveBeenCalledWith('pull request #5 was closed and previews are off: nothing to do')
  expect(core.setFailed).not.toHaveBeenCalled()
  expect(core.outputs()).toEqual({ status: 'skipped' })
  expect(github.requests.length).toBe(requests)
})

test('missing keys with fail-on-missing-credentials fail the step', async () => {
  setEvent('push', { ref: 'refs/heads/main' })
  inputs({ 'public-api-key': '', 'private-api-key': '', 'fail-on-missing-credentials': 'true' })
  await run()
  expect(core.setFailed).toHaveBeenCalledWith(
    'no Atlas API keys (public-api-key, private-api-key empty): fail-on-missing-credentials is set'
  )
  expect(core.outputs()).toEqual({ status: 'skipped' })
})

// Issue 18 changed this: a pull request from this repository can have the secrets, so empty keys
// there are a mistake to report, not a reason to skip.
test('missing keys on a pull request from this repository: the step fails naming the inputs, and the comment says why', async () => {
  setEvent('pull_request', {
    ...pullRequest('opened'),
    pull_request: { number: 6, head: { repo: { full_name: 'acme/shop' } } }
  })
  inputs({ 'public-api-key': '', 'private-api-key': '' })
  await run()
  expect(core.setFailed).toHaveBeenCalledWith(
    expect.stringMatching(/^no Atlas API keys: the inputs public-api-key, private-api-key are empty/)
  )
  expect(github.ownComments(6)[0].body).toContain(
    'GitHub gives no secrets to workflows run for pull requests from forks'
  )
})

test('missing keys on a push: fails; skip-without-credentials skips; a Dependabot run skips', async () => {
  setEvent('push', { ref: 'refs/heads/main' })
  inputs({ 'public-api-key': '', 'private-api-key': '', 'project-id': '' })
  await run()
  expect(core.setFailed).toHaveBeenCalledWith(
    expect.stringContaining('the inputs public-api-key, private-api-key, project-id are empty')
  )
  core.reset()
  inputs({ 'public-api-key': '', 'private-api-key': '', 'skip-without-credentials': 'true' })
  await run()
  expect(core.setFailed).not.toHaveBeenCalled()
  expect(core.notice).toHaveBeenCalledWith(
    'no Atlas API keys: the run was skipped (skip-without-credentials is set)'
  )
  core.reset()
  process.env.GITHUB_ACTOR = 'dependabot[bot]'
  try {
    inputs({ 'public-api-key': '', 'private-api-key': '' })
    await run()
  } finally {
    delete process.env.GITHUB_ACTOR
  }
  expect(core.setFailed).not.toHaveBeenCalled()
  expect(core.notice).toHaveBeenCalledWith(
    'no Atlas API keys: the run was skipped (a run Dependabot triggered gets no Actions secrets)'
  )
})

test('mode: preview without a pull request fails naming the mode, before any Admin API request', async () => {
  const before = emulator.requestLog.entries.length
  setEvent('push', { ref: 'refs/heads/main' })
  inputs({ mode: 'preview' })
  await run()
  expect(core.setFailed).toHaveBeenCalledWith(
    expect.stringMatching(/^mode: error: preview works on a pull request/)
  )
  expect(core.outputs()).toEqual({ status: 'invalid' })
  expect(emulator.requestLog.entries.length).toBe(before)
})

test('cleanup with the app input needs no checkout; without it and without a config it names the app input', async () => {
  const admin = await adminAs(emulator)
  await admin('POST', '{group}/apps', { name: 'shop-pr-5' })
  setEvent('pull_request', pullRequest('closed'))
  inputs({ preview: 'true', app: 'shop', 'app-dir': 'not-checked-out' })
  await run()
  expect(core.setFailed).not.toHaveBeenCalled()
  expect(core.outputs().status).toBe('preview-removed')
  const names = ((await admin('GET', '{group}/apps')) as Array<{ name: string }>).map(a => a.name)
  expect(names).not.toContain('shop-pr-5')
  expect(github.ownComments(5).at(-1)?.body).toContain('its preview app `shop-pr-5`')

  core.reset()
  inputs({ preview: 'true', 'app-dir': 'not-checked-out' })
  await run()
  expect(core.setFailed).toHaveBeenCalledWith(
    expect.stringMatching(/^app: error: previews are named after the base app/)
  )
  expect(core.outputs()).toEqual({ status: 'invalid' })
})

test('github-deployment records a deployment named after the app, in_progress then success', async () => {
  setEvent('workflow_dispatch', {}, { GITHUB_RUN_ID: '77', GITHUB_SERVER_URL: 'https://github.example' })
  writeIn(path.join(workspace, 'apps/shop'), 'functions/hello.js', 'exports = () => "dispatched"\n')
  inputs({ 'github-deployment': 'true', 'deployment-name': 'manual-1' })
  await run()
  expect(core.setFailed).not.toHaveBeenCalled()
  const [deployment] = github.deployments
  expect(deployment).toMatchObject({
    ref: '0123456789abcdef0123456789abcdef01234567',
    environment: 'shop',
    production_environment: false,
    transient_environment: false
  })
  expect(deployment.statuses.map(s => [s.state, s.log_url])).toEqual([
    ['in_progress', 'https://github.example/acme/shop/actions/runs/77'],
    ['success', 'https://github.example/acme/shop/actions/runs/77']
  ])
  expect(deployment.statuses[1].environment_url).toBe(core.outputs()['app-url'])
  expect(core.outputs()).toMatchObject({
    status: 'deployed',
    'deployment-id': expect.stringMatching(/^[0-9a-f]{24}$/),
    'github-deployment-id': String(deployment.id),
    'app-url': expect.stringMatching(/\/groups\/5f00000000000000000000a1\/apps\/[0-9a-f]{24}\/dashboard$/)
  })
})
