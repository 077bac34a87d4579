// Persistence with --data-dir: the state survives a restart, and each write is on disk before its
// response arrives (so killing the process between requests loses nothing).
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startEmulator } from '../../src/emulator/server.js'
import { ALICE, PROJECT_1, createApp, startHarness, testDocRoutes } from './harness.js'

describe('persistence', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'emu-state-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const onDisk = () => JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8'))

  test('apps, drafts, deployments, config and sessions survive a restart', async () => {
    const first = await startHarness({ dataDir: dir, extraRoutes: testDocRoutes() })
    const alice = await first.as(ALICE)
    const app = await createApp(alice, 'durable')
    const base = `/groups/${PROJECT_1}/apps/${app._id}`
    await alice.request('PUT', `${base}/test_docs/one`, { body: { v: 1 } })
    const draft = (await alice.request('POST', `${base}/drafts`)).body
    await first.stop()

    const second = await startHarness({ dataDir: dir, extraRoutes: testDocRoutes() })
    try {
      const sameToken = (path: string, init = {}) =>
        second.request('GET', path, { token: alice.accessToken, ...init })
      expect((await sameToken(`${base}`)).body).toEqual(app)
      expect((await sameToken(`${base}/test_docs/one`)).body).toEqual({ _id: 'one', v: 1 })
      expect((await sameToken(`${base}/drafts`)).body.map((d: { _id: string }) => d._id)).toEqual([draft._id])
      expect((await sameToken(`${base}/deployments`)).body).toHaveLength(1)
      const again = await second.as(ALICE)
      expect(again.userId).toBe(alice.userId)
      expect((await again.request('POST', `${base}/drafts`)).status).toBe(409)
      const next = await createApp(again, 'another')
      expect(next._id).not.toBe(app._id)
    } finally {
      await second.stop()
    }
  })

  test('a write is on disk when its response arrives; a read that finishes a deployment is too', async () => {
    const h = await startHarness({ dataDir: dir, deploymentTimings: { createdMs: 0, pendingMs: 0 } })
    try {
      const alice = await h.as(ALICE)
      const app = await createApp(alice, 'synced')
      expect(onDisk().groups[PROJECT_1].apps[app._id].app.name).toBe('synced')
      const base = `/groups/${PROJECT_1}/apps/${app._id}`
      const draft = (await alice.request('POST', `${base}/drafts`)).body
      expect(Object.keys(onDisk().groups[PROJECT_1].apps[app._id].drafts)).toEqual([draft._id])
      const deployment = (await alice.request('POST', `${base}/drafts/${draft._id}/deployment`)).body
      expect(onDisk().groups[PROJECT_1].apps[app._id].deployments[0].status).toBe('created')
      expect((await alice.request('GET', `${base}/deployments/${deployment._id}`)).body.status).toBe(
        'successful'
      )
      expect(onDisk().groups[PROJECT_1].apps[app._id].deployments[0].status).toBe('successful')
      expect(readdirSync(dir)).toEqual(['state.json'])
    } finally {
      await h.stop()
    }
  })

  test('a state file that is not emulator state stops the start with a clear error', async () => {
    writeFileSync(join(dir, 'state.json'), '{"hello": "world"}')
    await expect(startEmulator({ dataDir: dir })).rejects.toThrow(/not an emulator state file/)
    writeFileSync(join(dir, 'state.json'), '{"trunc')
    await expect(startEmulator({ dataDir: dir })).rejects.toThrow(/cannot read emulator state/)
  })
})
