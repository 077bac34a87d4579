// Static hosting over HTTP: config and its asynchronous status, asset uploads in realm-cli's
// multipart/mixed wire format (and multipart/form-data) checked against MD5 and size, the 25 MB
// limit, listing, attributes, delete, move/copy and the cache flush.
import { createHash } from 'node:crypto'
import { apiError, startAppUnderTest, type AppUnderTest } from './setup.js'

let t: AppUnderTest
beforeAll(async () => {
  t = await startAppUnderTest('hosted')
})
afterAll(() => t.stop())

const md5 = (bytes: Buffer | string): string => createHash('md5').update(bytes).digest('hex')

/** The body realm-cli streams: a `meta` part then a `file` part, form-data dispositions, no part types. */
function mixedBody(
  meta: object,
  file: Buffer,
  boundary = 'b0undary-xyz'
): { rawBody: Buffer; headers: Record<string, string> } {
  const rawBody = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="meta"\r\n\r\n${JSON.stringify(meta)}\r\n`
    ),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`)
  ])
  return { rawBody, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` } }
}

async function upload(
  path: string,
  content: Buffer,
  meta: object = {},
  query = ''
): Promise<{ status: number; body: unknown }> {
  const fullMeta = {
    path,
    hash: md5(content),
    size: content.length,
    appId: t.app._id,
    attrs: [{ name: 'Content-Type', value: 'text/html' }],
    ...meta
  }
  return t.api('PUT', `/hosting/assets/asset${query}`, mixedBody(fullMeta, content))
}

test('hosting config: disabled at first, PATCH 204, change_in_progress then setup_ok as time passes', async () => {
  const initial = await t.api('GET', '/hosting/config')
  expect(initial.body).toEqual({
    enabled: false,
    status: 'setup_ok',
    default_domain: {
      provider_type: 'aws',
      config: { app_default_domain: `${t.app.client_app_id}.mongodbstitch.com` }
    }
  })
  expect((await t.api('PATCH', '/hosting/config', { body: { enabled: true } })).status).toBe(204)
  expect((await t.api('GET', '/hosting/config')).body).toMatchObject({
    enabled: true,
    status: 'change_in_progress'
  })
  t.clock.advance(1000)
  expect((await t.api('GET', '/hosting/config')).body).toMatchObject({ enabled: true, status: 'setup_ok' })
  expect(await t.api('PATCH', '/hosting/config', { body: { enabled: 'yes' } })).toMatchObject(
    apiError(400, 'InvalidParameter', '"enabled" must be a boolean')
  )
})

test('upload (realm-cli wire format) 204, then GET metadata and list it after the "/" root entry', async () => {
  const html = Buffer.from('<html><body>hello</body></html>')
  expect((await upload('/index.html', html)).status).toBe(204)
  const meta = await t.api('GET', '/hosting/assets/asset?path=/index.html')
  expect(meta.body).toEqual({
    appId: t.app._id,
    path: '/index.html',
    hash: md5(html),
    size: html.length,
    last_modified: expect.any(Number),
    url: `https://${t.app.client_app_id}.mongodbstitch.com/index.html`,
    attrs: [{ name: 'Content-Type', value: 'text/html' }]
  })
  const list = (await t.api('GET', '/hosting/assets?recursive=true')).body
  expect(list[0]).toMatchObject({ path: '/', hash: '', size: 0 })
  expect(list.map((a: { path: string }) => a.path)).toContain('/index.html')
  const stored = t.h.emulator.state.groups[t.app.group_id].apps[t.app._id].hosting_assets['/index.html']
  expect(Buffer.from(stored.body, 'base64').equals(html)).toBe(true)
})

test('a wrong MD5 or size is refused with 400 and nothing is stored', async () => {
  const bytes = Buffer.from('body { color: red }')
  expect(await upload('/bad.css', bytes, { hash: md5('something else') })).toMatchObject(
    apiError(400, 'InvalidParameter', 'meta.hash')
  )
  expect(await upload('/bad.css', bytes, { size: bytes.length + 1 })).toMatchObject(
    apiError(400, 'InvalidParameter', 'meta.size')
  )
  expect(await t.api('GET', '/hosting/assets/asset?path=/bad.css')).toMatchObject(
    apiError(404, 'AssetNotFound')
  )
})

test('a file over 25 MB is refused; one of exactly 25 MB is accepted', async () => {
  const limit = 25 * 1024 * 1024
  const over = Buffer.alloc(limit + 1, 0x61)
  expect(await upload('/huge.bin', over, { attrs: [] })).toMatchObject(
    apiError(400, 'AssetTooLarge', '25 MB')
  )
  const exact = Buffer.alloc(limit, 0x62)
  expect((await upload('/big.bin', exact, { attrs: [] })).status).toBe(204)
  await t.api('DELETE', '/hosting/assets/asset?path=/big.bin')
})

test('meta problems: bad attribute names, other app id, missing parts, path query mismatch, not multipart', async () => {
  const bytes = Buffer.from('x')
  expect(await upload('/a.txt', bytes, { attrs: [{ name: 'X-Custom', value: '1' }] })).toMatchObject(
    apiError(400, 'InvalidParameter', 'X-Custom')
  )
  expect(await upload('/a.txt', bytes, { appId: '65f0c0de00000000000fffff' })).toMatchObject(
    apiError(400, 'InvalidParameter', 'meta.appId')
  )
  expect(await upload('/a.txt', bytes, {}, '?path=/b.txt')).toMatchObject(
    apiError(400, 'InvalidParameter', 'differ')
  )
  const noFile = `--zz\r\nContent-Disposition: form-data; name="meta"\r\n\r\n{"path":"/a.txt"}\r\n--zz--\r\n`
  expect(
    await t.api('PUT', '/hosting/assets/asset', {
      rawBody: noFile,
      headers: { 'Content-Type': 'multipart/mixed; boundary=zz' }
    })
  ).toMatchObject(apiError(400, 'InvalidParameter', '"file" part'))
  expect(await t.api('PUT', '/hosting/assets/asset', { body: { path: '/a.txt' } })).toMatchObject(
    apiError(400, 'InvalidMultipart')
  )
})

test("multipart/form-data (as fetch FormData sends it) and the spec's path query are accepted", async () => {
  const bytes = Buffer.from('console.log(1)')
  const form = new FormData()
  form.append(
    'meta',
    JSON.stringify({
      hash: md5(bytes),
      size: bytes.length,
      attrs: [{ name: 'Content-Type', value: 'application/x-javascript' }]
    })
  )
  form.append('file', new Blob([bytes]), 'app.js')
  const res = await fetch(`${t.h.api}${t.base}/hosting/assets/asset?path=/js/app.js`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${t.alice.accessToken}` },
    body: form
  })
  expect(res.status).toBe(204)
  expect((await t.api('GET', '/hosting/assets/asset?path=/js/app.js')).body).toMatchObject({
    size: bytes.length,
    hash: md5(bytes)
  })
})

test('listing: all files with or without recursive=true (the spec lists all), recursive=false the top level; prefix filters', async () => {
  await upload('/css/site.css', Buffer.from('a{}'), { attrs: [] })
  const all = (await t.api('GET', '/hosting/assets?recursive=true')).body.map((a: { path: string }) => a.path)
  expect(all).toEqual(expect.arrayContaining(['/', '/index.html', '/css/site.css', '/js/app.js']))
  const plain = (await t.api('GET', '/hosting/assets')).body.map((a: { path: string }) => a.path)
  expect(plain).toEqual(all)
  const top = (await t.api('GET', '/hosting/assets?recursive=false')).body.map(
    (a: { path: string }) => a.path
  )
  expect(top).toContain('/index.html')
  expect(top).not.toContain('/css/site.css')
  const css = (await t.api('GET', '/hosting/assets?prefix=/css/')).body.map((a: { path: string }) => a.path)
  expect(css).toEqual(['/css/site.css'])
})

test('PATCH attributes replaces them (204); invalid names 400; unknown path 404', async () => {
  const attrs = [
    { name: 'Cache-Control', value: 'max-age=60' },
    { name: 'Content-Language', value: 'en' }
  ]
  expect(
    (await t.api('PATCH', '/hosting/assets/asset?path=/index.html', { body: { attributes: attrs } })).status
  ).toBe(204)
  expect((await t.api('GET', '/hosting/assets/asset?path=/index.html')).body.attrs).toEqual(attrs)
  expect(
    await t.api('PATCH', '/hosting/assets/asset?path=/index.html', {
      body: { attributes: [{ name: 'Server', value: 'x' }] }
    })
  ).toMatchObject(apiError(400, 'InvalidParameter', 'Server'))
  expect(
    await t.api('PATCH', '/hosting/assets/asset?path=/nope.html', { body: { attributes: [] } })
  ).toMatchObject(apiError(404, 'AssetNotFound'))
  expect(await t.api('GET', '/hosting/assets/asset')).toMatchObject(
    apiError(400, 'InvalidParameter', '"path" is required')
  )
})

test('move and copy (204), DELETE 204 then 404, cache flush 204', async () => {
  await upload('/old.html', Buffer.from('old'))
  expect(
    (await t.api('POST', '/hosting/assets', { body: { copy_from: '/old.html', copy_to: '/copy.html' } }))
      .status
  ).toBe(204)
  expect(
    (await t.api('POST', '/hosting/assets', { body: { move_from: '/old.html', move_to: '/new.html' } }))
      .status
  ).toBe(204)
  expect(await t.api('GET', '/hosting/assets/asset?path=/old.html')).toMatchObject(
    apiError(404, 'AssetNotFound')
  )
  expect((await t.api('GET', '/hosting/assets/asset?path=/new.html')).body.hash).toBe(md5('old'))
  expect((await t.api('GET', '/hosting/assets/asset?path=/copy.html')).body.hash).toBe(md5('old'))
  expect(
    await t.api('POST', '/hosting/assets', { body: { move_from: '/missing', move_to: '/x' } })
  ).toMatchObject(apiError(404, 'AssetNotFound'))
  expect(
    await t.api('POST', '/hosting/assets', { body: { move_from: '/new.html', copy_to: '/x' } })
  ).toMatchObject(apiError(400, 'InvalidParameter'))
  expect((await t.api('DELETE', '/hosting/assets/asset?path=/new.html')).status).toBe(204)
  expect(await t.api('DELETE', '/hosting/assets/asset?path=/new.html')).toMatchObject(
    apiError(404, 'AssetNotFound')
  )
  expect((await t.api('PUT', '/hosting/cache', { body: { invalidate: true, path: '/*' } })).status).toBe(204)
  expect(await t.api('PUT', '/hosting/cache', { body: { path: '/*' } })).toMatchObject(
    apiError(400, 'InvalidParameter', '"invalidate" is required')
  )
})
