// The bundled action (dist/index.js) run as a runner runs it, against a hostile pull request and a
// hostile Admin API (../hostile/hostile-api.ts in front of the emulator): no line of its output is a
// workflow command that data forged, and a secret the server echoes back escaped is masked in the
// log and the job summary (both also go through the secret-leak check).
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { startHostileApi, type HostileApi } from '../hostile/hostile-api.js'
import { makeWorkspace, runAction, startActionWorld, type ActionWorld } from './action-harness.js'

const TOKEN = 'ghs_hostileToken0123456789abcdef'
const SHA = 'b1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const SECRET = 'Se"cr\\et-4567'

let world: ActionWorld
let hostile: HostileApi

beforeAll(async () => {
  world = await startActionWorld({ owner: 'acme', repo: 'shop', token: TOKEN, prefix: '/api/v3' })
  hostile = await startHostileApi(world.emulator.url)
}, 240_000)

afterAll(async () => {
  await hostile?.stop()
  await world?.stop()
})

const pullRequest = {
  action: 'synchronize',
  number: 9,
  repository: { full_name: 'acme/shop' },
  pull_request: {
    number: 9,
    merged: false,
    head: { sha: SHA, repo: { full_name: 'acme/shop' } },
    base: { repo: { full_name: 'acme/shop' } }
  }
}

function run(
  workspace: string,
  inputs: Record<string, string>,
  eventName = 'pull_request',
  payload = pullRequest
) {
  return runAction({
    workspace,
    sha: SHA,
    ref: 'refs/heads/main',
    apiUrl: world.github.url,
    token: TOKEN,
    eventName,
    payload,
    inputs: {
      'app-dir': 'apps/shop',
      'public-api-key': DEMO_PUBLIC_KEY,
      'private-api-key': DEMO_PRIVATE_KEY,
      'project-id': DEMO_PROJECT_ID,
      ...inputs
    }
  })
}

/** Lines the runner would act on that the action did not mean to issue. */
const forgedCommands = (stdout: string): string[] =>
  stdout
    .split(/\r\n|\r|\n/)
    .filter(line => /^\s*::/.test(line) && /forged|title=X/.test(line.split('::')[1] ?? ''))

test('a pull request with a hosting file named to forge runner commands: refused, nothing forged', async () => {
  const workspace = makeWorkspace('shop', 'shop', {
    'hosting/config.json': '{"enabled": true}',
    'hosting/files/p\n::warning title=X::forged\r::add-mask::plan.html': '<p>x</p>\n'
  })
  world.workspaces.push(workspace)
  const result = await run(workspace, {
    mode: 'plan',
    'include-hosting': 'true',
    'base-url': world.emulator.url,
    secrets: 'API_KEY=plan-secret-value-1\n'
  })
  expect(result.outputs.status).toBe('invalid')
  expect(result.stdout).toContain('has a control character')
  expect(forgedCommands(result.stdout)).toEqual([])
  expect(result.stdout).not.toMatch(/^\s*::add-mask::plan\.html/m)
}, 60_000)

test('a secret the server echoes back JSON-escaped is masked in the log and the job summary', async () => {
  hostile.intercept(r =>
    r.method === 'POST' && r.path.endsWith('/secrets')
      ? {
          status: 400,
          json: {
            error: `invalid secret ${JSON.stringify({ value: SECRET })}`,
            error_code: 'InvalidParameter'
          }
        }
      : undefined
  )
  const result = await run(
    world.workspace,
    { mode: 'deploy', 'base-url': hostile.url, secrets: `API_KEY=${SECRET}\n` },
    'push',
    { repository: { full_name: 'acme/shop' } } as unknown as typeof pullRequest
  )
  expect(result.outputs.status).toBe('failed')
  expect(result.summary).toContain('invalid secret')
  // The action's own ::add-mask:: lines (each form registered with the runner) are consumed by it.
  const shown = result.stdout
    .split('\n')
    .filter(line => !line.startsWith('::add-mask::'))
    .join('\n')
  expect(shown).toContain('invalid secret {"value":"***"}')
  for (const text of [shown, result.summary]) {
    expect(text).not.toContain(JSON.stringify(SECRET).slice(1, -1))
    expect(text).not.toContain(SECRET)
  }
}, 60_000)
