import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ConfigError } from '../../src/errors.js'
import { readEventContext, type EventContext } from '../../src/github/context.js'
import {
  deploymentName,
  routeEvent,
  SUPPORTED_EVENTS,
  type Mode,
  type Route
} from '../../src/github/routing.js'

function event(eventName: string, fields: Partial<EventContext> = {}): EventContext {
  return {
    eventName,
    ref: 'refs/heads/main',
    sha: 'abcdef0123456789',
    owner: 'acme',
    repo: 'shop',
    apiUrl: 'https://api.github.com',
    serverUrl: 'https://github.com',
    workspace: '/w',
    deleted: false,
    ...fields
  }
}

const pr = (action: string): EventContext =>
  event('pull_request', {
    action,
    ref: 'refs/pull/7/merge',
    pullRequest: { number: 7, fork: false, merged: false }
  })

describe('the routing table (mode auto)', () => {
  const table: Array<[string, EventContext, boolean, Pick<Route, 'kind'> & Partial<Route>]> = [
    ['pull_request opened', pr('opened'), false, { kind: 'plan', pullRequest: 7 }],
    ['pull_request synchronize', pr('synchronize'), false, { kind: 'plan', pullRequest: 7 }],
    ['pull_request reopened', pr('reopened'), false, { kind: 'plan', pullRequest: 7 }],
    [
      'pull_request_target opened',
      { ...pr('opened'), eventName: 'pull_request_target' },
      false,
      { kind: 'plan', pullRequest: 7 }
    ],
    ['pull_request opened, previews on', pr('opened'), true, { kind: 'preview', pullRequest: 7 }],
    ['pull_request closed', pr('closed'), false, { kind: 'skip' }],
    ['pull_request closed, previews on', pr('closed'), true, { kind: 'cleanup', pullRequest: 7 }],
    ['pull_request labeled', pr('labeled'), false, { kind: 'skip' }],
    ['push to a branch', event('push'), false, { kind: 'deploy' }],
    ['push of a tag', event('push', { ref: 'refs/tags/v1.2.0' }), false, { kind: 'deploy', tag: 'v1.2.0' }],
    ['push deleting a branch', event('push', { deleted: true }), false, { kind: 'skip' }],
    ['workflow_dispatch', event('workflow_dispatch'), false, { kind: 'deploy' }],
    [
      'workflow_dispatch on a tag',
      event('workflow_dispatch', { ref: 'refs/tags/v2' }),
      false,
      { kind: 'deploy', tag: 'v2' }
    ],
    [
      'release published',
      event('release', { action: 'published', releaseTag: 'v3.0.0', ref: 'refs/tags/v3.0.0' }),
      false,
      { kind: 'deploy', tag: 'v3.0.0' }
    ],
    [
      'release created',
      event('release', { action: 'created', releaseTag: 'v3.0.0' }),
      false,
      { kind: 'skip' }
    ]
  ]

  test.each(table)('%s', (_name, e, preview, expected) => {
    const route = routeEvent(e, { mode: 'auto', preview })
    expect(route).toMatchObject(expected)
    expect(route.reason).not.toBe('')
    if (expected.tag === undefined) expect(route.tag).toBeUndefined()
  })

  test.each(['schedule', 'workflow_run', 'repository_dispatch', 'issue_comment', ''])(
    '%j has no route: a ConfigError lists the supported events',
    name => {
      const error = (() => {
        try {
          routeEvent(event(name), { mode: 'auto', preview: false })
        } catch (e) {
          return e
        }
      })()
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as ConfigError).problems[0].source).toBe('mode')
      expect((error as ConfigError).message).toContain(SUPPORTED_EVENTS.join(', '))
    }
  )
})

describe('an explicit mode overrides the event', () => {
  test.each<[Mode, EventContext]>([
    ['plan', event('push')],
    ['deploy', pr('opened')],
    ['deploy', event('schedule')],
    ['preview', pr('opened')],
    ['cleanup', pr('closed')]
  ])('mode %s on %s', (mode, e) => {
    const route = routeEvent(e, { mode, preview: false })
    expect(route.kind).toBe(mode)
    expect(route.pullRequest).toBe(e.pullRequest?.number)
  })

  test('a release keeps its tag', () => {
    expect(
      routeEvent(event('release', { action: 'published', releaseTag: 'v9' }), {
        mode: 'deploy',
        preview: false
      }).tag
    ).toBe('v9')
  })
})

test('the deployment name: the input, else the tag, else the short sha', () => {
  const route: Route = { kind: 'deploy', reason: '', tag: 'v1.0.0' }
  expect(deploymentName('release-42', route, 'abcdef0123')).toBe('release-42')
  expect(deploymentName('', route, 'abcdef0123')).toBe('v1.0.0')
  expect(deploymentName('', { kind: 'deploy', reason: '' }, 'abcdef0123')).toBe('abcdef0')
})

describe('readEventContext', () => {
  let dir: string
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'realm-deploy-event-'))))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  const read = (payload: object, env: NodeJS.ProcessEnv = {}): EventContext => {
    const file = path.join(dir, 'event.json')
    writeFileSync(file, JSON.stringify(payload))
    return readEventContext({
      GITHUB_EVENT_PATH: file,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_SHA: 'f00',
      GITHUB_REF: 'refs/pull/3/merge',
      ...env
    })
  }

  test('a pull request from a fork', () => {
    const e = read({
      action: 'opened',
      repository: { full_name: 'acme/shop' },
      pull_request: { number: 3, head: { sha: 'h', repo: { full_name: 'someone/shop' } } }
    })
    expect(e.pullRequest).toEqual({ number: 3, fork: true, merged: false, headSha: 'h' })
    expect(e.action).toBe('opened')
  })

  test('a pull request from the same repository; a deleted fork counts as a fork', () => {
    expect(
      read({
        repository: { full_name: 'acme/shop' },
        pull_request: { number: 3, head: { repo: { full_name: 'ACME/shop' } } }
      }).pullRequest?.fork
    ).toBe(false)
    expect(
      read({ repository: { full_name: 'acme/shop' }, pull_request: { number: 3, head: { repo: null } } })
        .pullRequest?.fork
    ).toBe(true)
  })

  test('GitHub Enterprise Server: GITHUB_API_URL is used; the run URL is built from GITHUB_SERVER_URL', () => {
    const e = read(
      {},
      {
        GITHUB_API_URL: 'https://ghe.example/api/v3/',
        GITHUB_SERVER_URL: 'https://ghe.example',
        GITHUB_RUN_ID: '9'
      }
    )
    expect(e.apiUrl).toBe('https://ghe.example/api/v3')
    expect(e.runUrl).toBe('https://ghe.example/acme/shop/actions/runs/9')
    expect(e.owner).toBe('acme')
  })

  test('a release and a missing payload file', () => {
    expect(read({ action: 'published', release: { tag_name: 'v1' } }).releaseTag).toBe('v1')
    expect(
      readEventContext({ GITHUB_EVENT_PATH: path.join(dir, 'missing.json'), GITHUB_EVENT_NAME: 'push' })
        .pullRequest
    ).toBeUndefined()
  })
})
