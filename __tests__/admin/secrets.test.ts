// Keys, tokens and secret values never reach a log line (debug included), an error or the CLI's
// output. Every client path runs against the emulator with faults and expiring tokens, so retry,
// refresh and error paths all log; the logger here records messages raw, before any redaction, so
// the test proves they are never written in the first place.
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAdminClient, type AdminClient } from '../../src/admin/client.js'
import type { AppClient } from '../../src/admin/app-client.js'
import { runCli } from '../../src/cli/run.js'
import type { Logger } from '../../src/log.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/server.js'

const project = '5f00000000000000000000e9'
const keys = { publicKey: 'leakpubkey', privateKey: 'leak-private-key-0f1e-2d3c-4b5a' }
const secretValue = 'secret-value-never-printed-81f2'
const wrongPrivateKey = 'wrong-private-key-9a8b-7c6d'

let emulator: RunningEmulator
const md5 = (text: string): string => createHash('md5').update(text).digest('hex')
let skewMs = 0
let dir: string
const written: string[] = []
const thrown: string[] = []
const tokens = new Set<string>()

const rawLogger: Logger = {
  debug: m => void written.push(m),
  info: m => void written.push(m),
  warning: m => void written.push(m),
  error: m => void written.push(m),
  group: async (title, fn) => {
    written.push(title)
    return fn()
  }
}

/** fetch that notes every token it carries or receives, so the test knows what to look for. */
const recordingFetch: typeof fetch = async (input, init) => {
  const auth = new Headers(init?.headers).get('authorization')
  if (auth) tokens.add(auth.replace(/^Bearer /, ''))
  const response = await fetch(input, init)
  if (/\/auth\//.test(String(input))) {
    const body = (await response
      .clone()
      .json()
      .catch(() => ({}))) as Record<string, unknown>
    for (const key of ['access_token', 'refresh_token'])
      if (typeof body[key] === 'string') tokens.add(body[key] as string)
  }
  return response
}

beforeAll(async () => {
  emulator = await startEmulator({
    users: [{ ...keys, projects: [project] }],
    faultRate: 0.2,
    seed: 5,
    tokenTtlS: 2,
    seedLogs: 250,
    now: () => Date.now() + skewMs,
    deploymentTimings: { createdMs: 0, pendingMs: 0 }
  })
  dir = await mkdtemp(join(tmpdir(), 'realm-deploy-leaks-'))
})
afterAll(async () => {
  await emulator.stop()
  await rm(dir, { recursive: true, force: true })
})

function client(privateKey = keys.privateKey): AdminClient {
  return createAdminClient({
    baseUrl: emulator.url,
    publicKey: keys.publicKey,
    privateKey,
    logger: rawLogger,
    fetch: recordingFetch,
    retry: { attempts: 12 },
    clock: { now: () => Date.now(), sleep: async () => undefined }
  })
}

/** Runs `step`, keeping what it threw (message and stack) as output to check. */
async function run<T>(step: () => Promise<T>): Promise<T | undefined> {
  try {
    return await step()
  } catch (error) {
    thrown.push(error instanceof Error ? error.message : String(error))
    written.push(error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error))
    return undefined
  }
}

async function configPaths(app: AppClient): Promise<void> {
  const fn = await app.functions.create({ name: 'hello', private: false, source: 'exports = () => 1' })
  await app.functions.get(fn._id)
  await app.functions.update(fn._id, { name: 'hello', private: true, source: 'exports = () => 2' })
  const secret = await app.secrets.create({ name: 'apiToken', value: secretValue })
  await app.secrets.update(secret._id, { _id: secret._id, name: 'apiToken', value: `${secretValue}-2` })
  await app.values.create({ name: 'fromSecret', value: 'apiToken', from_secret: true, private: false })
  await app.environmentValues.create({ name: 'baseUrl', values: { production: 'https://example.com' } })
  const service = await app.services.create({
    name: 'mongodb-atlas',
    type: 'mongodb-atlas',
    config: { clusterName: 'Cluster0' }
  })
  await app.serviceConfig(service._id).get()
  await app.rules(service._id).create({ database: 'db', collection: 'items', roles: [] })
  await app.defaultRule(service._id).get()
  await app.schemas.list()
  await app.triggers.create({
    name: 'nightly',
    type: 'SCHEDULED',
    config: { schedule: '0 3 * * *' },
    event_processors: { FUNCTION: { config: { function_id: fn._id } } }
  })
  await app.endpoints.create({
    route: '/hello',
    http_method: 'GET',
    function_id: fn._id,
    validation_method: 'NO_VALIDATION'
  })
  const providers = await app.authProviders.list()
  await app.authProviders.enable(providers[0]._id)
  await app.customUserData.get()
  await app.dataApiConfig.get()
  await app.graphqlConfig.get()
  await app.graphqlValidationSettings.get()
  await app.customResolvers.list()
  await app.logForwarders.list()
  await app.allowedRequestOrigins.set(['https://example.com'])
  await app.setEnvironment('production')
}

async function hostingAndDependencies(app: AppClient): Promise<void> {
  const file = join(dir, 'index.html')
  await writeFile(file, '<p>hi</p>')
  await app.hosting.getConfig()
  await app.hosting.uploadAsset({
    path: '/index.html',
    filePath: file,
    hash: md5('<p>hi</p>'),
    size: 9,
    attrs: []
  })
  await app.hosting.listAssets()
  await app.hosting.setAssetAttributes('/index.html', [{ name: 'Cache-Control', value: 'no-cache' }])
  await app.hosting.invalidateCache()
  await app.hosting.deleteAsset('/index.html')
  const pkg = join(dir, 'package.json')
  await writeFile(pkg, '{"dependencies":{"left-pad":"1.3.0"}}')
  await app.dependencies.diff(pkg)
  await app.dependencies.upload(pkg)
  await app.dependencies.status()
}

it('never writes a key, a token or a secret value, on any path', async () => {
  const admin = client()
  const created = await run(() => admin.apps.create(project, { name: 'leaky' }))
  const app = admin.app(project, created?._id ?? 'missing')
  await run(() => admin.apps.listAll(project))
  const draft = await run(() => app.drafts.create())
  await run(() => configPaths(app))
  skewMs += 2500 // the access token expires on the server: the next calls refresh
  await run(() => app.drafts.diff(draft?._id ?? ''))
  await run(() => app.drafts.deploy(draft?._id ?? '', 'leak test'))
  await run(() => app.deployments.list())
  await run(() => hostingAndDependencies(app))
  await run(() => app.pull())
  await run(async () => {
    for await (const entry of app.allLogs({ limit: 120 })) void entry
  })
  await run(() => app.functions.get('000000000000000000000000'))
  await run(() => client(wrongPrivateKey).apps.list(project))
  const controller = new AbortController()
  controller.abort(new Error('received SIGINT'))
  await run(() => admin.withSignal(controller.signal).apps.list(project))

  let cliOutput = ''
  const code = await runCli(
    ['logs', '--base-url', emulator.url, '--project-id', project, '--app', 'leaky', '--limit', '50'],
    {
      stdout: text => void (cliOutput += text),
      stderr: text => void (cliOutput += text),
      env: {
        MONGODB_ATLAS_PUBLIC_API_KEY: keys.publicKey,
        MONGODB_ATLAS_PRIVATE_API_KEY: keys.privateKey,
        REALM_DEPLOY_DEBUG: '1'
      },
      cwd: dir,
      signal: new AbortController().signal
    }
  )
  written.push(cliOutput)

  // Every path ran to its end; only the three deliberate failures threw.
  expect(thrown).toEqual([
    expect.stringMatching(/^GET \/groups\/.*\/functions\/0+ failed: 404 FunctionNotFound/),
    'POST /auth/providers/mongodb-cloud/login failed: 401 InvalidPassword: invalid username/password',
    'cancelled: received SIGINT'
  ])
  // Retries, refreshes, errors and the CLI all produced output.
  expect(written.join('\n')).toMatch(/retrying in/)
  expect(written.join('\n')).toMatch(/refreshing the Admin API access token/)
  expect(written.join('\n')).toMatch(/401 InvalidPassword/)
  expect(written.join('\n')).toMatch(/FunctionNotFound/)
  expect(cliOutput).toMatch(/debug: GET .*\/logs -> 200/)
  expect(tokens.size).toBeGreaterThanOrEqual(3)
  const text = written.join('\n')
  for (const sensitive of [keys.publicKey, keys.privateKey, wrongPrivateKey, secretValue, ...tokens]) {
    expect(text.includes(sensitive)).toBe(false)
  }
  expect(code).toBe(0)
})
