// The globals and context pieces a function reaches beyond the example app: utils.crypto's
// encrypt/decrypt and sign/verify round trips, utils.jwt, BSON.Binary's App Services helpers,
// context.app / request / user, and the default time limit.
import { generateKeyPairSync } from 'node:crypto'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { APP_SERVICES_TIME_LIMIT_MS, loadTestApp, type TestApp } from '../../src/testing/index.js'

const { privateKey, publicKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'pkcs1', format: 'pem' }
})

const SOURCES: Record<string, string> = {
  aes:
    'exports = function (message, key) {\n  const sealed = utils.crypto.encrypt("aes", message, key);\n' +
    '  const back = utils.crypto.decrypt("aes", BSON.Binary.fromBase64(sealed.toBase64()), key);\n' +
    '  return { text: back.text(), changed: sealed.toBase64() !== BSON.Binary.fromText(message).toBase64() };\n};\n',
  rsa:
    'exports = function (message, priv, pub) {\n  const signature = utils.crypto.sign("rsa", message, priv, "pss");\n' +
    '  return [utils.crypto.verify("rsa", message, pub, signature, "pss"), utils.crypto.verify("rsa", message + "!", pub, signature)];\n};\n',
  jwt:
    'exports = function () {\n  const token = utils.jwt.encode("HS512", { sub: "1234567890", name: "Joe Schmoe", iat: 1565721223187 }, "SuperSecret");\n' +
    '  return { token, claims: utils.jwt.decode(token, "SuperSecret", false, ["HS512"]) };\n};\n',
  whoami:
    'exports = function () {\n  return { app: context.app.name, request: context.request, user: context.user, env: context.environment };\n};\n'
}

let dir: string
let app: TestApp

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-globals-'))
  await cp(path.resolve('examples/inventory-app'), dir, { recursive: true })
  const manifest = JSON.parse(await readFile(path.join(dir, 'functions/config.json'), 'utf8')) as object[]
  for (const [name, source] of Object.entries(SOURCES)) {
    manifest.push({ name, private: false })
    await writeFile(path.join(dir, 'functions', `${name}.js`), source)
  }
  await writeFile(path.join(dir, 'functions/config.json'), JSON.stringify(manifest))
  app = await loadTestApp({ appDir: dir, environment: 'production', mongodbUri: null, env: {} })
})

afterAll(async () => {
  await app?.close()
  if (dir) await rm(dir, { recursive: true, force: true })
})

test('utils.crypto: aes encrypt/decrypt and rsa sign/verify round trips; BSON.Binary helpers', async () => {
  const key = '603082712271C525E087BD999A4E0738'
  expect((await app.call('aes', ['MongoDB is great!', key])).result).toEqual({
    text: 'MongoDB is great!',
    changed: true
  })
  expect((await app.call('rsa', ['MongoDB is great!', privateKey, publicKey])).result).toEqual([true, false])
})

test('utils.jwt: the token App Services documents for these claims (signature included), decoded back', async () => {
  const { result } = await app.call('jwt')
  expect(result).toEqual({
    token:
      'eyJhbGciOiJIUzUxMiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvZSBTY2htb2UiLCJpYXQiOjE1NjU3MjEyMjMxODd9.' +
      '-QL15ldu2BYuJokNWT6YRiwZQIiIpvq6Kyv-C6qslNdNiUVxo8zqLJZ1iEkNf2yZKMIrQuMCtIC1tzd2H31AxA',
    claims: { sub: '1234567890', name: 'Joe Schmoe', iat: 1565721223187 }
  })
})

test('context.app, context.request, context.user and context.environment', async () => {
  const user = { id: 'u-9', data: { email: 'ada@example.com' } }
  const { result } = await app.call('whoami', [], { user, request: { remoteIPAddress: '203.0.113.9' } })
  expect(result).toEqual({
    app: 'inventory',
    request: { remoteIPAddress: '203.0.113.9' },
    user: { id: 'u-9', type: 'normal', data: { email: 'ada@example.com' }, custom_data: {}, identities: [] },
    env: { tag: 'production', values: { reportSource: 'inventory' } }
  })
  expect(((await app.call('whoami')).result as { user: unknown }).user).toMatchObject({
    type: 'system',
    id: ''
  })
})

test("the default time limit is App Services' 300 seconds", () => {
  expect(APP_SERVICES_TIME_LIMIT_MS).toBe(300_000)
})

test("values the test gives replace the app's", async () => {
  const given = await loadTestApp({
    appDir: dir,
    environment: 'production',
    mongodbUri: null,
    env: {},
    values: { reportSource: 'fixture-source', slackWebhook: 'https://hooks.invalid/given' }
  })
  try {
    await given
      .collection('mongodb-atlas', 'inventory', 'items')
      .insertOne({ sku: 'a', stock: 1, threshold: 2 })
    expect(await given.fire('nightlyReport')).toMatchObject({ fired: true, result: { low: 1 } })
    const [report] = await given.collection('mongodb-atlas', 'inventory', 'reports').find().toArray()
    expect(report.source).toBe('fixture-source')
  } finally {
    await given.close()
  }
})
