// Uploads on the wire: the hosting asset as multipart/mixed (meta + file) with a Content-Length and
// no chunking, streamed from disk and re-opened on a retry; dependencies as multipart/form-data.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { multipartBody } from '../../src/admin/multipart.js'
import { fakeClock, requestsTo, startStub, stubKeys, type Stub, type StubRequest } from './stub-server.js'

const app = '/groups/g1/apps/a1'
const assetPath = `${app}/hosting/assets/asset`

let stub: Stub
let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'realm-deploy-uploads-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})
beforeEach(async () => {
  stub = await startStub()
})
afterEach(async () => {
  await stub.stop()
})

interface Part {
  readonly headers: string[]
  readonly body: Buffer
}

/** Splits a multipart body by the boundary of its Content-Type (RFC 2046). */
function parseMultipart(request: StubRequest): { kind: string; parts: Part[] } {
  const type = String(request.headers['content-type'])
  const [, kind, boundary] = /^multipart\/([\w-]+); boundary=(.+)$/.exec(type) ?? []
  const raw = request.body.toString('latin1')
  expect(raw.startsWith(`--${boundary}\r\n`)).toBe(true)
  expect(raw.endsWith(`\r\n--${boundary}--\r\n`)).toBe(true)
  const inner = raw.slice(`--${boundary}\r\n`.length, -`\r\n--${boundary}--\r\n`.length)
  const parts = inner.split(`\r\n--${boundary}\r\n`).map(text => {
    const split = text.indexOf('\r\n\r\n')
    return { headers: text.slice(0, split).split('\r\n'), body: Buffer.from(text.slice(split + 4), 'latin1') }
  })
  return { kind, parts }
}

const md5 = (bytes: Buffer): string => createHash('md5').update(bytes).digest('hex')

function client() {
  return createAdminClient({ baseUrl: stub.url, ...stubKeys, clock: fakeClock().clock }).app('g1', 'a1')
}

describe('hosting asset upload', () => {
  it('sends multipart/mixed with the meta part then the file part, with a Content-Length', async () => {
    const bytes = Buffer.from('body { color: red }\r\n--not-a-boundary\r\n')
    const file = join(dir, 'site.css')
    await writeFile(file, bytes)
    stub.on('PUT', assetPath, () => ({ status: 204 }))
    const attrs = [{ name: 'Content-Type', value: 'text/css' }]
    await client().hosting.uploadAsset({
      path: '/css/site.css',
      filePath: file,
      hash: md5(bytes),
      size: bytes.length,
      attrs
    })
    const [request] = requestsTo(stub, 'PUT', assetPath)
    expect(request.query.get('path')).toBe('/css/site.css')
    expect(request.headers['content-length']).toBe(String(request.body.length))
    expect(request.headers['transfer-encoding']).toBeUndefined()
    const { kind, parts } = parseMultipart(request)
    expect(kind).toBe('mixed')
    expect(parts.map(p => p.headers)).toEqual([
      ['Content-Disposition: form-data; name="meta"'],
      ['Content-Disposition: form-data; name="file"']
    ])
    expect(parts[0].body.toString()).toBe(
      `{"path":"/css/site.css","hash":"${md5(bytes)}","size":${bytes.length},"appId":"a1","attrs":[{"name":"Content-Type","value":"text/css"}]}`
    )
    expect(parts[1].body.equals(bytes)).toBe(true)
  })

  it('re-opens the file for a retry after the connection dropped, and sends it whole again', async () => {
    const bytes = randomBytes(300_000)
    const file = join(dir, 'image.png')
    await writeFile(file, bytes)
    let puts = 0
    stub.on('PUT', assetPath, () => (++puts === 1 ? 'drop' : { status: 204 }))
    await client().hosting.uploadAsset({
      path: '/image.png',
      filePath: file,
      hash: md5(bytes),
      size: bytes.length,
      attrs: []
    })
    const requests = requestsTo(stub, 'PUT', assetPath)
    expect(requests).toHaveLength(2)
    for (const request of requests) expect(parseMultipart(request).parts[1].body.equals(bytes)).toBe(true)
  })

  it('streams a 25 MB file in bounded chunks that add up to the declared length', async () => {
    const bytes = randomBytes(25 * 1024 * 1024)
    const file = join(dir, 'big.bin')
    await writeFile(file, bytes)
    const opened = await multipartBody('mixed', [
      { headers: ['Content-Disposition: form-data; name="meta"'], content: Buffer.from('{}') },
      { headers: ['Content-Disposition: form-data; name="file"'], filePath: file }
    ]).open()
    let total = 0
    let largest = 0
    const hash = createHash('md5')
    for await (const chunk of opened.stream as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.length
      largest = Math.max(largest, chunk.length)
      hash.update(chunk)
    }
    expect(total).toBe(opened.length)
    expect(largest).toBeLessThanOrEqual(256 * 1024)
    stub.on('PUT', assetPath, request => {
      const { parts } = parseMultipart(request)
      return md5(parts[1].body) === md5(bytes)
        ? { status: 204 }
        : { status: 400, body: { error: 'hash mismatch' } }
    })
    await client().hosting.uploadAsset({
      path: '/big.bin',
      filePath: file,
      hash: md5(bytes),
      size: bytes.length,
      attrs: []
    })
  })

  it('replaces attributes, deletes by path and invalidates the cache', async () => {
    stub.on('PATCH', assetPath, () => ({ status: 204 }))
    stub.on('DELETE', assetPath, () => ({ status: 204 }))
    stub.on('PUT', `${app}/hosting/cache`, () => ({ status: 204 }))
    const hosting = client().hosting
    await hosting.setAssetAttributes('/a b.html', [{ name: 'Cache-Control', value: 'no-cache' }])
    await hosting.deleteAsset('/old.js')
    await hosting.invalidateCache()
    const [patch] = requestsTo(stub, 'PATCH', assetPath)
    expect(patch.query.get('path')).toBe('/a b.html')
    expect(patch.json()).toEqual({ attributes: [{ name: 'Cache-Control', value: 'no-cache' }] })
    expect(requestsTo(stub, 'DELETE', assetPath)[0].query.get('path')).toBe('/old.js')
    expect(requestsTo(stub, 'PUT', `${app}/hosting/cache`)[0].json()).toEqual({
      invalidate: true,
      path: '/*'
    })
  })
})

describe('dependencies upload', () => {
  it('sends multipart/form-data with one file part named file', async () => {
    const bytes = randomBytes(5000)
    const file = join(dir, 'node_modules.zip')
    await writeFile(file, bytes)
    stub.on('GET', `${app}/dependencies`, () => ({ status: 404, body: { error: 'no dependencies' } }))
    stub.on('GET', `${app}/dependencies/status`, () => ({ status: 404, body: { error: 'no dependencies' } }))
    stub.on('PUT', `${app}/dependencies`, () => ({ status: 204 }))
    await client().dependencies.upload(file)
    const { kind, parts } = parseMultipart(requestsTo(stub, 'PUT', `${app}/dependencies`)[0])
    expect(kind).toBe('form-data')
    expect(parts).toHaveLength(1)
    expect(parts[0].headers).toEqual([
      'Content-Disposition: form-data; name="file"; filename="node_modules.zip"',
      'Content-Type: application/octet-stream'
    ])
    expect(parts[0].body.equals(bytes)).toBe(true)
  })

  it('does not upload twice when a dropped upload did arrive', async () => {
    const file = join(dir, 'package.json')
    await writeFile(file, '{"dependencies":{"lodash":"^4.17.21"}}')
    let installed = false
    stub.on('GET', `${app}/dependencies`, () =>
      installed
        ? { status: 200, body: { _id: 'd1', last_modified: 2 } }
        : { status: 200, body: { _id: 'd0', last_modified: 1 } }
    )
    stub.on('GET', `${app}/dependencies/status`, () => ({
      status: 200,
      body: { status: installed ? 'created' : 'successful' }
    }))
    stub.on('PUT', `${app}/dependencies`, () => {
      installed = true
      return 'drop'
    })
    await client().dependencies.upload(file)
    expect(requestsTo(stub, 'PUT', `${app}/dependencies`)).toHaveLength(1)
    await expect(client().dependencies.status()).resolves.toMatchObject({ status: 'created' })
  })
})
