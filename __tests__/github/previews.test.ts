import type { AppInstance } from '../../src/admin/types.js'
import { appNameProblem } from '../../src/app/names.js'
import {
  lastActivity,
  MAX_APP_NAME,
  previewAppName,
  previewApps,
  previewPullRequest,
  stalePreviews,
  type PreviewActivity
} from '../../src/github/previews.js'

describe('previewAppName', () => {
  test('a valid base that fits is kept as it is: <base>-pr-<n>', () => {
    expect(previewAppName('shop', 12)).toBe('shop-pr-12')
    expect(previewAppName('Shop_Backend-2', 7)).toBe('Shop_Backend-2-pr-7')
  })

  test('is the same on every run, and differs per pull request and per base', () => {
    const long = 'inventory-management-service-prod'
    expect(previewAppName(long, 4821)).toBe(previewAppName(long, 4821))
    expect(previewAppName(long, 4821)).not.toBe(previewAppName(long, 4822))
    expect(previewAppName(`${long}1`, 9)).not.toBe(previewAppName(`${long}2`, 9))
  })

  test.each([
    ['a base of 32 characters', 'abcdefghijklmnopqrstuvwxyz012345', 1],
    ['a long base and a long number', 'inventory-management-service-prod', 9_999_999_999],
    ['dots, spaces and unicode', 'My App v2.0 – café', 42],
    ['a leading digit and dash', '42-shop', 3],
    ['nothing usable', '…', 5],
    ['an empty base', '', 5],
    ['a client_app_id', 'shop-abcde', 310]
  ])('%s gives a valid App Services name', (_name, base, pr) => {
    const name = previewAppName(base, pr)
    expect(appNameProblem(name)).toBeUndefined()
    expect(name.length).toBeLessThanOrEqual(MAX_APP_NAME)
    expect(name.endsWith(`-pr-${pr}`)).toBe(true)
    expect(previewPullRequest(name)).toBe(pr)
  })

  test('a base that had to be cut or cleaned keeps a short hash of the original', () => {
    const cut = previewAppName('abcdefghijklmnopqrstuvwxyz012345', 1)
    expect(cut).toMatch(/^abcdefghijklmnopqrstuv-[0-9a-f]{4}-pr-1$/)
    expect(previewAppName('My App v2.0', 42)).toMatch(/^My-App-v2-0-[0-9a-f]{4}-pr-42$/)
    expect(previewAppName('My App v2.0', 42)).not.toBe(previewAppName('My-App-v2-0', 42))
    expect(previewAppName('42-shop', 3)).toMatch(/^shop-[0-9a-f]{4}-pr-3$/)
    expect(previewAppName('', 5)).toMatch(/^app-[0-9a-f]{4}-pr-5$/)
  })

  test('a cut never leaves a dash or underscore before the hash', () => {
    const name = previewAppName('abcdefghijklmnopqrstu_-xyz012345', 1)
    expect(name).toMatch(/^abcdefghijklmnopqrstu-[0-9a-f]{4}-pr-1$/)
  })

  test('rejects what is not a pull request number', () => {
    for (const pr of [0, -1, 1.5, Number.NaN]) expect(() => previewAppName('shop', pr)).toThrow(RangeError)
  })
})

const app = (name: string, fields: Partial<AppInstance> = {}): AppInstance => ({
  _id: `id-${name}`,
  client_app_id: `${name}-abcde`,
  name,
  ...fields
})

test('previewApps: the project apps named like a preview, of any base app, sorted', () => {
  const all = [
    app('shop'),
    app('shop-pr-3'),
    app('admin-pr-12'),
    app('pr-notes'),
    app('shop-pr-x'),
    app('shop-pr-10')
  ]
  expect(previewApps(all).map(a => a.name)).toEqual(['admin-pr-12', 'shop-pr-10', 'shop-pr-3'])
})

describe('the stale listing', () => {
  const DAY = 86_400_000
  const now = Date.UTC(2025, 5, 30, 12)
  const seconds = (ms: number) => Math.floor(ms / 1000)

  test('last activity: the app last_modified, or the newest deployment when that is newer or the app has none', () => {
    expect(lastActivity(app('a-pr-1', { last_modified: seconds(now - DAY) })).lastActivityMs).toBe(now - DAY)
    const deployments = [
      { _id: 'd1', status: 'successful', deployed_at: seconds(now - 3 * DAY) },
      { _id: 'd2', status: 'successful', deployed_at: seconds(now - 2 * DAY) }
    ]
    expect(lastActivity(app('a-pr-1'), deployments).lastActivityMs).toBe(now - 2 * DAY)
    expect(
      lastActivity(app('a-pr-1', { last_modified: seconds(now - 5 * DAY) }), deployments).lastActivityMs
    ).toBe(now - 2 * DAY)
    expect(lastActivity(app('a-pr-1')).lastActivityMs).toBeUndefined()
  })

  test('lists previews older than the TTL, oldest first, with their age in whole days', () => {
    const previews: PreviewActivity[] = [
      { name: 'b-pr-2', clientAppId: 'b', appId: '2', lastActivityMs: now - 10 * DAY },
      { name: 'a-pr-1', clientAppId: 'a', appId: '1', lastActivityMs: now - 30 * DAY - 5 },
      { name: 'c-pr-3', clientAppId: 'c', appId: '3', lastActivityMs: now - 7 * DAY },
      { name: 'd-pr-4', clientAppId: 'd', appId: '4', lastActivityMs: now - 10 * DAY },
      { name: 'e-pr-5', clientAppId: 'e', appId: '5' }
    ]
    const stale = stalePreviews(previews, 7, now)
    expect(stale.map(s => [s.name, s.ageDays])).toEqual([
      ['a-pr-1', 30],
      ['b-pr-2', 10],
      ['d-pr-4', 10]
    ])
    expect(stalePreviews(previews, 45, now)).toEqual([])
    expect(stalePreviews(previews, 0.5, now).map(s => s.name)).toContain('c-pr-3')
  })
})
