// The client against the Admin API emulator over loopback: a whole deploy-shaped session under a 30%
// fault rate for many seeds (every call ends correctly and nothing is created twice, counted in the
// emulator's request log), and a session that outlives its access token.
import { afterEach, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAdminClient, type AdminClient } from '../../src/admin/client.js'
import type { Clock } from '../../src/admin/retry.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'
import { fakeClock } from './stub-server.js'

const project = '5f00000000000000000000b7'
const user = {
  publicKey: 'emupubkey',
  privateKey: 'emu-private-key-7f3a-4c21-9d8e',
  projects: [project]
}

let emulator: RunningEmulator | undefined
afterEach(async () => {
  await emulator?.stop()
  emulator = undefined
})

function clientOf(running: RunningEmulator, clock: Clock = fakeClock(Date.now()).clock): AdminClient {
  return createAdminClient({
    baseUrl: running.url,
    publicKey: user.publicKey,
    privateKey: user.privateKey,
    clock,
    retry: { attempts: 12, random: () => 0.5 },
    timeoutMs: 5000
  })
}

/** What a deploy does: app, draft, resources of several kinds, deploy, wait, then hosting. */
async function deploySession(client: AdminClient, assetFile: string, assetBytes: Buffer) {
  const created = await client.apps.create(project, { name: 'shop', deployment_model: 'LOCAL' })
  expect((await client.apps.listAll(project)).map(a => a.name)).toEqual(['shop'])
  const app = client.app(project, created._id)
  const draft = await app.drafts.create()
  const fns = []
  for (const name of ['hello', 'sum', 'utils/add']) {
    fns.push(await app.functions.create({ name, private: false, source: `exports = () => '${name}'` }))
  }
  await app.functions.update(fns[0]._id, { name: 'hello', private: true, source: "exports = () => 'hi'" })
  await app.values.create({ name: 'greeting', value: 'hi', private: false })
  const temp = await app.values.create({ name: 'temp', value: 1, private: false })
  await app.values.delete(temp._id)
  const processor = { FUNCTION: { config: { function_id: fns[1]._id, function_name: 'sum' } } }
  await app.triggers.create({
    name: 'nightly',
    type: 'SCHEDULED',
    config: { schedule: '0 3 * * *' },
    event_processors: processor
  })
  await app.endpoints.create({
    route: '/hello',
    http_method: 'GET',
    function_id: fns[0]._id,
    validation_method: 'NO_VALIDATION'
  })
  await app.setEnvironment('production')
  expect((await app.drafts.diff(draft._id)).diffs.length).toBeGreaterThan(0)
  let deployment = await app.drafts.deploy(draft._id, 'ci run')
  for (let polls = 0; deployment.status === 'created' || deployment.status === 'pending'; polls++) {
    if (polls > 50) throw new Error('the deployment never finished')
    deployment = await app.deployments.get(deployment._id)
  }
  expect(deployment.status).toBe('successful')
  const hash = createHash('md5').update(assetBytes).digest('hex')
  await app.hosting.uploadAsset({
    path: '/index.html',
    filePath: assetFile,
    hash,
    size: assetBytes.length,
    attrs: []
  })
  return { appId: created._id, draftId: draft._id, deploymentId: deployment._id }
}

/** Creation requests the server acted on: every one but those a fault stopped before the handler. */
function creationsReachingServer(running: RunningEmulator, path: RegExp): number {
  return running.requestLog.find('POST', path).filter(r => r.fault_phase !== 'before').length
}

describe('under a 30% fault rate', () => {
  it('completes the session for every seed and never creates anything twice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'realm-deploy-faults-'))
    const assetFile = join(dir, 'index.html')
    const assetBytes = Buffer.from('<h1>shop</h1>\n')
    await writeFile(assetFile, assetBytes)
    let faultsSeen = 0
    try {
      for (let seed = 1; seed <= 24; seed++) {
        const running = await startEmulator({
          users: [user],
          faultRate: 0.3,
          seed,
          deploymentTimings: { createdMs: 0, pendingMs: 0 }
        })
        emulator = running
        const ids = await deploySession(clientOf(running), assetFile, assetBytes)
        const record = running.state.groups[project].apps[ids.appId]
        const names = (kind: string) =>
          Object.values(record.live.collections[kind] ?? {})
            .map(d => d.name)
            .sort()
        expect(names('functions')).toEqual(['hello', 'sum', 'utils/add'])
        expect(names('values')).toEqual(['greeting'])
        expect(names('triggers')).toEqual(['nightly'])
        expect(Object.keys(record.drafts)).toEqual([])
        expect(record.deployments.filter(d => d.draft_id === ids.draftId)).toHaveLength(1)
        expect(Object.keys(record.hosting_assets)).toEqual(['/index.html'])
        const app = `/groups/${project}/apps/${ids.appId}`
        expect(creationsReachingServer(running, new RegExp(`^/api/admin/v3.0/groups/${project}/apps$`))).toBe(
          1
        )
        expect(creationsReachingServer(running, new RegExp(`${app}/drafts$`))).toBe(1)
        expect(creationsReachingServer(running, new RegExp(`${app}/functions$`))).toBe(3)
        expect(creationsReachingServer(running, new RegExp(`${app}/values$`))).toBe(2)
        expect(creationsReachingServer(running, new RegExp(`${app}/triggers$`))).toBe(1)
        expect(creationsReachingServer(running, new RegExp(`${app}/endpoints$`))).toBe(1)
        expect(creationsReachingServer(running, new RegExp(`${app}/drafts/${ids.draftId}/deployment$`))).toBe(
          1
        )
        faultsSeen += running.requestLog.entries.filter(r => r.fault).length
        await running.stop()
        emulator = undefined
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    // The faults really happened: about 30% of some 40 requests per seed.
    expect(faultsSeen).toBeGreaterThan(24 * 8)
  })
})

describe('access token lifetime', () => {
  it('keeps a session going past a 2 s token TTL (refreshing before expiry, and after a 401)', async () => {
    let skewMs = 0
    const running = await startEmulator({ users: [user], tokenTtlS: 2, now: () => Date.now() + skewMs })
    emulator = running
    // The client's clock follows the server's: it refreshes a token about to expire on its own.
    const client = clientOf(running, { now: () => Date.now() + skewMs, sleep: async () => undefined })
    const created = await client.apps.create(project, { name: 'longrun' })
    skewMs += 2500
    await client.app(project, created._id).functions.list()
    expect(running.requestLog.find('POST', /\/auth\/session$/)).toHaveLength(1)
    expect(running.requestLog.entries.filter(r => r.status === 401)).toHaveLength(0)
    // A client whose clock lags sees the expiry as a 401 InvalidSession, refreshes and replays.
    const lagging = clientOf(running, { now: () => Date.now(), sleep: async () => undefined })
    await lagging.apps.list(project)
    skewMs += 2500
    await expect(lagging.app(project, created._id).get()).resolves.toMatchObject({ name: 'longrun' })
    expect(running.requestLog.entries.filter(r => r.status === 401)).toHaveLength(1)
    expect(running.requestLog.find('POST', /\/auth\/session$/)).toHaveLength(2)
  })

  it('survives a real token expiry in real time', async () => {
    const running = await startEmulator({ users: [user], tokenTtlS: 1 })
    emulator = running
    const client = createAdminClient({
      baseUrl: running.url,
      publicKey: user.publicKey,
      privateKey: user.privateKey
    })
    const created = await client.apps.create(project, { name: 'realtime' })
    await new Promise(resolve => setTimeout(resolve, 1300))
    await expect(client.app(project, created._id).get()).resolves.toMatchObject({ name: 'realtime' })
    expect(running.requestLog.find('POST', /\/auth\/session$/).length).toBeGreaterThanOrEqual(1)
  })
})
