// The sticky comment against the GitHub stand-in, through the real Octokit client.
import { createGitHubApi, type GitHubApi } from '../../src/github/api.js'
import { stickyMarker, updateMergedPullRequests, upsertStickyComment } from '../../src/github/comment.js'
import { ACTIONS_BOT, startGitHubStandIn, type GitHubStandIn } from '../e2e/github-stand-in.js'

const TOKEN = 'ghs_unit_test_token'
const MARKER = stickyMarker('apps/shop', '')

let github: GitHubStandIn
let api: GitHubApi

beforeEach(async () => {
  github = await startGitHubStandIn({ owner: 'acme', repo: 'shop', token: TOKEN })
  api = createGitHubApi(TOKEN, github.url, 'acme', 'shop')
})

afterEach(async () => {
  expect(github.unexpected).toEqual([])
  await github.stop()
})

// Changed by issue 17: the marker also carries a hash of the directory and app.
test('the marker names the directory and the app with their hash, and is an HTML comment', () => {
  expect(stickyMarker('apps/shop', 'shop-abcde')).toMatch(
    /^<!-- realm-deploy:apps\/shop:shop-abcde:[0-9a-f]{16} -->$/
  )
  expect(stickyMarker('.', '')).toMatch(/^<!-- realm-deploy:\.::[0-9a-f]{16} -->$/)
  expect(stickyMarker('apps/shop', 'a')).not.toBe(stickyMarker('apps/shop', 'b'))
  expect(stickyMarker('a-->b', '')).not.toContain('-->b')
  for (const same of ['./apps/shop/', 'apps\\shop', 'apps//shop']) expect(stickyMarker(same, '')).toBe(MARKER)
})

test('finds its comment on the last of several pages and updates it in place', async () => {
  for (let i = 0; i < 250; i++) github.addComment(1, 'alice', `comment ${i}`)
  const ours = github.addComment(1, ACTIONS_BOT, `${MARKER}\nold`, 'Bot')
  const outcome = await upsertStickyComment(api, 1, MARKER, 'new', { create: true })
  expect(outcome).toEqual({ action: 'updated', id: ours.id })
  expect(github.ownComments(1).map(c => c.body)).toEqual([`${MARKER}\nnew`])
  expect(
    github.requests.filter(r => r.path.endsWith('/issues/1/comments')).map(r => r.query.page ?? '1')
  ).toEqual(['1', '2', '3'])
})

test('a comment by a person that quotes the marker is never taken', async () => {
  const quote = github.addComment(2, 'mallory', `${MARKER}\nlooks like the bot`)
  const outcome = await upsertStickyComment(api, 2, MARKER, 'plan', { create: true })
  expect(outcome.action).toBe('created')
  expect(github.comments.get(2)?.find(c => c.id === quote.id)?.body).toBe(`${MARKER}\nlooks like the bot`)
  expect(github.ownComments(2)).toHaveLength(1)
})

test('another app or directory in the same pull request gets its own comment', async () => {
  await upsertStickyComment(api, 3, MARKER, 'shop', { create: true })
  await upsertStickyComment(api, 3, stickyMarker('apps/admin', ''), 'admin', { create: true })
  await upsertStickyComment(api, 3, MARKER, 'shop again', { create: true })
  expect(github.ownComments(3).map(c => c.body.split('\n')[1])).toEqual(['shop again', 'admin'])
})

test('duplicates left by concurrent runs are reduced to the oldest', async () => {
  const first = github.addComment(4, ACTIONS_BOT, `${MARKER}\nA`, 'Bot')
  github.addComment(4, ACTIONS_BOT, `${MARKER}\nB`, 'Bot')
  const outcome = await upsertStickyComment(api, 4, MARKER, 'C', { create: true })
  expect(outcome).toEqual({ action: 'updated', id: first.id })
  expect(github.ownComments(4).map(c => [c.id, c.body])).toEqual([[first.id, `${MARKER}\nC`]])
})

test('an unchanged body is not written again', async () => {
  await upsertStickyComment(api, 5, MARKER, 'same', { create: true })
  await upsertStickyComment(api, 5, MARKER, 'same', { create: true })
  expect(github.requests.filter(r => r.method !== 'GET')).toEqual([
    expect.objectContaining({ method: 'POST' })
  ])
})

test('with a personal token, the comment is matched by the token owner’s login', async () => {
  await github.stop()
  github = await startGitHubStandIn({ owner: 'acme', repo: 'shop', token: TOKEN, viewer: 'deploy-bot-user' })
  api = createGitHubApi(TOKEN, github.url, 'acme', 'shop')
  github.addComment(6, ACTIONS_BOT, `${MARKER}\nfrom another workflow's bot`, 'Bot')
  const outcome = await upsertStickyComment(api, 6, MARKER, 'mine', { create: true })
  expect(outcome.action).toBe('created')
  expect(github.ownComments(6).map(c => c.user.login)).toEqual(['deploy-bot-user'])
})

test('a merged pull request’s comment is updated; none is created where there was none', async () => {
  const ours = github.addComment(10, ACTIONS_BOT, `${MARKER}\nplan`, 'Bot')
  github.pullsByCommit.set('abc1234', [
    { number: 10, merged_at: '2025-01-01T00:00:00Z' },
    { number: 11, merged_at: null },
    { number: 12, merged_at: '2025-01-01T00:00:00Z' }
  ])
  expect(await updateMergedPullRequests(api, 'abc1234', MARKER, 'deployed')).toEqual([ours.id])
  expect(github.ownComments(10)[0].body).toBe(`${MARKER}\ndeployed`)
  expect(github.comments.get(12)).toBeUndefined()
  expect(github.requests.some(r => r.path.includes('/issues/11/'))).toBe(false)
})

test('create: false never creates', async () => {
  expect(await upsertStickyComment(api, 13, MARKER, 'x', { create: false })).toEqual({ action: 'none' })
  expect(github.requests.filter(r => r.method !== 'GET')).toEqual([])
})

test('a read-only token fails with a 403 the caller can recognise', async () => {
  github.readOnly = true
  await expect(upsertStickyComment(api, 14, MARKER, 'x', { create: true })).rejects.toMatchObject({
    status: 403
  })
})

test("another app's marker inside a comment body, even the bot's own, is never taken", async () => {
  const other = stickyMarker('apps/admin', '')
  // The admin app's comment renders a resource named after the shop's marker: it must not match.
  const admin = github.addComment(5, ACTIONS_BOT, `${other}\nfunction ${MARKER} updated`, 'Bot')
  const outcome = await upsertStickyComment(api, 5, MARKER, 'shop', { create: true })
  expect(outcome.action).toBe('created')
  expect(github.comments.get(5)?.find(c => c.id === admin.id)?.body).toContain('function')
  expect(github.ownComments(5)).toHaveLength(2)
})

test('a rendered name cannot carry a marker into the posted body', async () => {
  const forged = stickyMarker('apps/admin', '')
  await upsertStickyComment(api, 6, MARKER, `| function | ${forged} |`, { create: true })
  const [posted] = github.ownComments(6)
  expect(posted.body.startsWith(`${MARKER}\n`)).toBe(true)
  expect(posted.body.slice(MARKER.length)).not.toContain('realm-deploy:')
  // So the admin app's run finds no comment of its own here.
  expect(await upsertStickyComment(api, 6, forged, 'admin', { create: false })).toEqual({ action: 'none' })
})
