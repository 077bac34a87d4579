// The hosting phase and dependencies, after the draft: uploads, attribute PATCHes, deletions, a
// failed phase that names what it did not do, and a rerun that redoes only what still differs.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runPipeline } from '../../src/deploy/pipeline.js'
import { DEMO_PROJECT_ID } from '../../src/emulator/settings.js'
import { startHarness, type Harness } from './harness.js'

const HOSTING_APP = path.resolve('__tests__/fixtures/hosting')

let h: Harness
beforeEach(async () => {
  h = await startHarness(HOSTING_APP)
})
afterEach(async () => h.close())

/** Removes a hosting file and its metadata.json entry, as a user would. */
async function removeAsset(appDir: string, assetPath: string): Promise<void> {
  await rm(path.join(appDir, 'hosting/files', assetPath))
  const file = path.join(appDir, 'hosting/metadata.json')
  const entries = JSON.parse(await readFile(file, 'utf8')) as Array<{ path: string }>
  await writeFile(
    file,
    JSON.stringify(
      entries.filter(e => e.path !== assetPath),
      null,
      2
    )
  )
}

const remoteAssets = (appId: string) =>
  Object.values(h.emulator.state.groups[DEMO_PROJECT_ID].apps[appId].hosting_assets).filter(
    a => !a.path.endsWith('/')
  )

test('uploads every file, then only what changed; attrs-only changes are PATCHed; removed files are deleted', async () => {
  const first = await runPipeline(h.settings({ includeHosting: true, secretValues: new Map() }))
  expect([first.status, first.error]).toEqual(['deployed', undefined])
  const appId = first.app?.id as string
  expect(first.hosting?.uploaded).toBe(13)
  expect(
    remoteAssets(appId)
      .map(a => a.path)
      .sort()
  ).toEqual(first.plan?.hosting?.added.map(a => a.path).sort())

  await writeFile(path.join(h.appDir, 'hosting/files/css/site.css'), 'body { color: rebeccapurple }\n')
  await removeAsset(h.appDir, '/empty.txt')
  const metadataFile = path.join(h.appDir, 'hosting/metadata.json')
  const metadata = JSON.parse(await readFile(metadataFile, 'utf8')) as Array<{
    path: string
    attrs: Array<{ name: string; value: string }>
  }>
  const entry = metadata[0]
  entry.attrs = [
    ...entry.attrs.filter(a => a.name !== 'Cache-Control'),
    { name: 'Cache-Control', value: 'no-store' }
  ]
  await writeFile(metadataFile, JSON.stringify(metadata, null, 2))

  h.emulator.requestLog.clear()
  const second = await runPipeline(h.settings({ app: appId, includeHosting: true, secretValues: new Map() }))
  expect(second.status).toBe('deployed')
  expect(second.plan?.hosting?.bodyChanged.map(a => a.path)).toEqual(['/css/site.css'])
  expect(second.plan?.hosting?.removed).toEqual(['/empty.txt'])
  expect(second.plan?.hosting?.attrsChanged.map(a => a.path)).toEqual([entry.path])
  expect(second.hosting).toMatchObject({ uploaded: 1, deleted: 1, attrsUpdated: 1, failed: [] })
  // Hosting alone opens no draft and makes no deployment.
  expect(h.emulator.requestLog.find('POST', /\/drafts$/)).toEqual([])
  const third = await runPipeline(
    h.settings({ app: appId, includeHosting: true, secretValues: new Map(), mode: 'plan' })
  )
  expect(third.status).toBe('no-changes')
})

test('--keep-remote-assets keeps remote files the repository no longer has', async () => {
  const first = await runPipeline(h.settings({ includeHosting: true, secretValues: new Map() }))
  await removeAsset(h.appDir, '/empty.txt')
  const kept = await runPipeline(
    h.settings({ app: first.app?.id, includeHosting: true, keepRemoteAssets: true, secretValues: new Map() })
  )
  expect(kept.hosting?.deleted).toBe(0)
  expect(remoteAssets(first.app?.id as string).map(a => a.path)).toContain('/empty.txt')
})

test('a failed upload names the file, the run fails, and a rerun uploads only what still differs', async () => {
  const refusing: typeof fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input)
    if (
      init?.method === 'PUT' &&
      url.includes('/hosting/assets/asset') &&
      url.includes(encodeURIComponent('/js/app.js'))
    ) {
      return new Response(JSON.stringify({ error: 'asset rejected', error_code: 'InvalidParameter' }), {
        status: 400,
        headers: { 'content-type': 'application/json' }
      })
    }
    return fetch(input, init)
  }
  const failed = await runPipeline(
    h.settings({ includeHosting: true, secretValues: new Map(), client: { fetch: refusing } })
  )
  expect(failed.status).toBe('failed')
  expect(failed.exitCode).toBe(1)
  expect(failed.hosting?.failed).toEqual(['/js/app.js'])
  expect(failed.error).toContain('/js/app.js')
  h.emulator.requestLog.clear()
  const rerun = await runPipeline(
    h.settings({ app: failed.app?.id, includeHosting: true, secretValues: new Map() })
  )
  expect(rerun.status).toBe('deployed')
  expect(rerun.plan?.hosting?.added.map(a => a.path)).toEqual(['/js/app.js'])
  expect(h.emulator.requestLog.find('PUT', /\/hosting\/assets\/asset$/)).toHaveLength(1)
})

test('dependencies are uploaded when the server says they differ, and the install is awaited', async () => {
  await mkdir(path.join(h.appDir, 'functions'), { recursive: true })
  await writeFile(
    path.join(h.appDir, 'functions/package.json'),
    JSON.stringify({ name: 'fns', dependencies: { 'date-fns': '3.6.0' } })
  )
  const first = await runPipeline(h.settings({ secretValues: new Map() }))
  expect([first.status, first.error]).toEqual(['deployed', undefined])
  expect(first.plan?.dependencies?.file).toBe('functions/package.json')
  expect(first.dependencies?.status).toBe('successful')
  const second = await runPipeline(h.settings({ app: first.app?.id, secretValues: new Map(), mode: 'plan' }))
  expect(second.status).toBe('no-changes')
})
