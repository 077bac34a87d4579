// Whole-configuration transfer: `GET .../pull` as a zip, `GET .../export`, and `PATCH .../push`
// (overwrite everything, all or nothing, inside the caller's draft when they have one).
import { inflateRawSync } from 'node:zlib'
import { apiError, createDataSource, createFunction, startAppUnderTest, type AppUnderTest } from './setup.js'

let t: AppUnderTest
beforeAll(async () => {
  t = await startAppUnderTest('transfer')
})
afterAll(() => t.stop())

/** The archive's files, read from the central directory (enough for deflate and stored entries). */
function unzip(zip: Buffer): Record<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  let at = zip.readUInt32LE(end + 16)
  const files: Record<string, string> = {}
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28)
    const local = zip.readUInt32LE(at + 42)
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    const data = zip.subarray(start, start + zip.readUInt32LE(at + 20))
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8')
    files[name] = (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8')
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32)
  }
  return files
}

async function zipOf(
  path: string,
  headers: Record<string, string> = {}
): Promise<{ status: number; type: string; disposition: string; files: Record<string, string> }> {
  const res = await fetch(`${t.h.api}${t.base}${path}`, {
    headers: { Authorization: `Bearer ${t.alice.accessToken}`, ...headers }
  })
  const bytes = Buffer.from(await res.arrayBuffer())
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    files: res.status === 200 ? unzip(bytes) : {}
  }
}

beforeAll(async () => {
  const fn = await createFunction(t, 'onOrder', 'exports = (event) => event')
  const svc = await createDataSource(t)
  await t.api('POST', '/triggers', {
    body: {
      name: 'orders',
      type: 'DATABASE',
      config: { service_id: svc, database: 'shop', collection: 'orders', operation_types: ['INSERT'] },
      function_id: fn
    }
  })
  await t.api('POST', '/values', { body: { name: 'region', private: false, value: 'eu' } })
})

test('pull with Accept: application/zip is the config directory of the current layout', async () => {
  const zip = await zipOf('/pull', { Accept: 'application/zip' })
  expect(zip).toMatchObject({ status: 200, type: 'application/zip' })
  expect(zip.disposition).toMatch(/^attachment; filename=transfer_\d{14}\.zip$/)
  expect(JSON.parse(zip.files['root_config.json'])).toMatchObject({ name: 'transfer' })
  expect(JSON.parse(zip.files['.mdb/meta.json'])).toMatchObject({
    config_version: 20230101,
    app_id: t.app._id
  })
  expect(zip.files['functions/onOrder.js']).toBe('exports = (event) => event')
  expect(JSON.parse(zip.files['triggers/orders.json'])).toMatchObject({
    name: 'orders',
    event_processors: { FUNCTION: { config: { function_name: 'onOrder' } } }
  })
  expect(JSON.parse(zip.files['values/region.json'])).toMatchObject({ name: 'region', value: 'eu' })
})

test('export: realm_config.json for version=20210101, no .mdb for a template, bad combinations 400', async () => {
  const v1 = await zipOf('/export?version=20210101&source_control=true')
  expect(v1.status).toBe(200)
  expect(JSON.parse(v1.files['realm_config.json'])).toMatchObject({
    name: 'transfer',
    config_version: 20210101
  })
  const template = await zipOf('/export?template=true')
  expect(Object.keys(template.files).some(p => p.startsWith('.mdb/'))).toBe(false)
  expect(template.files['root_config.json']).toBeDefined()
  expect(await t.api('GET', '/export?template=true&source_control=true')).toMatchObject(
    apiError(400, 'InvalidParameter')
  )
  expect(await t.api('GET', '/export?version=2019')).toMatchObject(
    apiError(400, 'InvalidParameter', 'version')
  )
  expect(await t.api('GET', '/export?deployment=65f0c0de0000000000000bad')).toMatchObject(
    apiError(404, 'DeploymentNotFound')
  )
})

test('export of a deployment shows that deployment, not what came after', async () => {
  const deployments = (await t.api('GET', '/deployments')).body
  const first = deployments[deployments.length - 1]
  const zip = await zipOf(`/export?deployment=${first._id}`)
  expect(zip.status).toBe(200)
  expect(zip.files['values/region.json']).toBeUndefined()
})

test('push of the pulled configuration changes nothing a pull shows, except ids', async () => {
  const before = (await t.api('GET', '/pull', { headers: { Accept: 'application/json' } })).body
  expect((await t.api('PATCH', '/push', { body: before })).status).toBe(204)
  const after = (await t.api('GET', '/pull', { headers: { Accept: 'application/json' } })).body
  // A provider created through the API carries `config: {}`; the one a new app starts with has none.
  const withoutIds = (doc: unknown): string =>
    JSON.stringify(doc)
      .replace(/"[0-9a-f]{24}"/g, '"<id>"')
      .replace(/,"config":\{\}\}/g, '}')
  expect(withoutIds(after)).toBe(withoutIds(before))
})

test('push overwrites: what the document leaves out is gone; secrets stay', async () => {
  await t.api('POST', '/secrets', { body: { name: 'apiToken', value: 'not-real' } })
  const pulled = (await t.api('GET', '/pull', { headers: { Accept: 'application/json' } })).body
  const trimmed = { ...pulled, values: [], triggers: [] }
  expect((await t.api('PATCH', '/push', { body: trimmed })).status).toBe(204)
  expect((await t.api('GET', '/values')).body).toEqual([])
  expect((await t.api('GET', '/triggers')).body).toEqual([])
  expect((await t.api('GET', '/functions')).body.map((f: { name: string }) => f.name)).toEqual(['onOrder'])
  expect((await t.api('GET', '/secrets')).body.map((s: { name: string }) => s.name)).toEqual(['apiToken'])
})

test('push is all or nothing, and refuses a document without the required parts', async () => {
  const pulled = (await t.api('GET', '/pull', { headers: { Accept: 'application/json' } })).body
  const broken = {
    ...pulled,
    values: [{ name: 'ok', private: false, value: 1 }],
    functions: [{ name: 'bad name!', private: false, source: 'x' }]
  }
  expect(await t.api('PATCH', '/push', { body: broken })).toMatchObject(
    apiError(400, 'InvalidParameter', 'push refused: invalid function name')
  )
  const deployments = (await t.api('GET', '/deployments')).body.length
  const revision = t.h.emulator.state.groups[t.app.group_id].apps[t.app._id].revision
  expect(await t.api('PATCH', '/push', { body: broken })).toMatchObject(apiError(400, 'InvalidParameter'))
  expect((await t.api('GET', '/values')).body).toEqual([])
  expect((await t.api('GET', '/functions')).body).toHaveLength(1)
  // A refused push leaves no trace: no new revision, no automatic deployment.
  expect(t.h.emulator.state.groups[t.app.group_id].apps[t.app._id].revision).toBe(revision)
  expect((await t.api('GET', '/deployments')).body).toHaveLength(deployments)
  const { functions: _fns, ...missing } = pulled
  expect(await t.api('PATCH', '/push', { body: missing })).toMatchObject(
    apiError(400, 'InvalidParameter', 'functions')
  )
})

test('inside a draft, a push lands in the draft only', async () => {
  const pulled = (await t.api('GET', '/pull', { headers: { Accept: 'application/json' } })).body
  const draft = (await t.api('POST', '/drafts')).body
  const next = { ...pulled, values: [{ name: 'drafted', private: false, value: true }] }
  expect((await t.api('PATCH', '/push', { body: next })).status).toBe(204)
  expect((await t.api('GET', '/values', { client: t.bob })).body).toEqual([])
  expect((await t.api('GET', '/values')).body.map((v: { name: string }) => v.name)).toEqual(['drafted'])
  await t.api('DELETE', `/drafts/${draft._id}`)
})
