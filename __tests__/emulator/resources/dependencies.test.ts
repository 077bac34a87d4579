// Dependencies over HTTP: the CLI-only upload (multipart/form-data part `file`) of a package.json or
// a node_modules archive, the created -> successful|failed status, the installed list and the diff.
import { NODE_MODULES, tgzOf, zipOf, tarOf } from './archives.js'
import { apiError, startAppUnderTest, type AppUnderTest } from './setup.js'

let t: AppUnderTest
beforeAll(async () => {
  t = await startAppUnderTest('deps')
})
afterAll(() => t.stop())

/** PUT or POST a file as realm-cli does: multipart/form-data with one `file` part. */
async function sendFile(
  method: string,
  path: string,
  fileName: string,
  bytes: Buffer | string
): Promise<{ status: number; body: unknown }> {
  const form = new FormData()
  form.append('file', new Blob([Buffer.from(bytes)], { type: 'application/octet-stream' }), fileName)
  const res = await fetch(`${t.h.api}${t.base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${t.alice.accessToken}` },
    body: form
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : undefined }
}

test('before any upload the list is empty', async () => {
  expect((await t.api('GET', '/dependencies')).body).toEqual({ location: 'US-VA', dependencies_list: [] })
})

test('package.json upload: 204, status created, then successful with the dependencies listed', async () => {
  const pkg = JSON.stringify({ name: 'fns', dependencies: { lodash: '^4.17.21', axios: '1.6.0' } })
  expect((await sendFile('PUT', '/dependencies', 'package.json', pkg)).status).toBe(204)
  expect((await t.api('GET', '/dependencies/status')).body).toMatchObject({ status: 'created' })
  t.clock.advance(500)
  expect((await t.api('GET', '/dependencies/status')).body).toMatchObject({ status: 'successful' })
  const deps = (await t.api('GET', '/dependencies')).body
  expect(deps).toMatchObject({
    _id: expect.any(String),
    location: 'US-VA',
    user_id: t.alice.userId,
    last_modified: expect.any(Number)
  })
  expect(deps.dependencies_list).toEqual([
    { name: 'lodash', version: '^4.17.21' },
    { name: 'axios', version: '1.6.0' }
  ])
})

test('diff compares an upload with what is installed, without installing it', async () => {
  const pkg = JSON.stringify({ dependencies: { lodash: '^4.17.22', dayjs: '1.11.0' } })
  const res = await sendFile('POST', '/dependencies/diff', 'package.json', pkg)
  expect(res).toEqual({
    status: 200,
    body: {
      added: [{ name: 'dayjs', version: '1.11.0' }],
      deleted: [{ name: 'axios', version: '1.6.0' }],
      modified: [{ name: 'lodash', version: '^4.17.22', previous_version: '^4.17.21' }]
    }
  })
  expect((await t.api('GET', '/dependencies')).body.dependencies_list).toHaveLength(2)
})

test('an invalid package.json fails after the upload and keeps the installed list', async () => {
  expect((await sendFile('PUT', '/dependencies', 'package.json', '{"dependencies": ')).status).toBe(204)
  t.clock.advance(500)
  expect((await t.api('GET', '/dependencies/status')).body).toEqual({
    status: 'failed',
    status_message: expect.stringContaining('not valid JSON')
  })
  expect(
    (await t.api('GET', '/dependencies')).body.dependencies_list.map((d: { name: string }) => d.name)
  ).toEqual(['lodash', 'axios'])
})

test.each([
  ['node_modules.zip', zipOf(NODE_MODULES)],
  ['node_modules.tar', tarOf(NODE_MODULES)],
  ['node_modules.tgz', tgzOf(NODE_MODULES)],
  ['node_modules.tar.gz', tgzOf(NODE_MODULES)]
])('a %s archive installs its top-level packages', async (fileName, bytes) => {
  expect((await sendFile('PUT', '/dependencies', fileName, bytes)).status).toBe(204)
  t.clock.advance(500)
  expect((await t.api('GET', '/dependencies/status')).body.status).toBe('successful')
  const list = (await t.api('GET', '/dependencies')).body.dependencies_list
  expect(list).toEqual(
    expect.arrayContaining([
      { name: 'lodash', version: '4.17.21' },
      { name: '@scope/tool', version: '1.2.3' }
    ])
  )
  expect(list).toHaveLength(2)
})

test('a file that is no archive fails; an unknown kind of file fails; no file part is a 400', async () => {
  await sendFile('PUT', '/dependencies', 'node_modules.zip', 'not a zip at all')
  t.clock.advance(500)
  expect((await t.api('GET', '/dependencies/status')).body).toEqual({
    status: 'failed',
    status_message: expect.stringContaining('not a zip')
  })
  await sendFile('PUT', '/dependencies', 'deps.rar', 'x')
  t.clock.advance(500)
  expect((await t.api('GET', '/dependencies/status')).body.status_message).toContain('.zip, .tar')
  const form = new FormData()
  form.append('other', 'x')
  const res = await fetch(`${t.h.api}${t.base}/dependencies`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${t.alice.accessToken}` },
    body: form
  })
  expect({ status: res.status, body: await res.json() }).toMatchObject(
    apiError(400, 'InvalidParameter', '"file" part')
  )
})
