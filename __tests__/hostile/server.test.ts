// The Admin API as an attacker would run it (../hostile/hostile-api.ts on loopback): redirects,
// huge and endless bodies, secrets echoed back in other encodings, names carrying runner commands,
// and log cursors that move for ever. The client must refuse, bound, mask and stop.
import { afterEach, expect, test } from '@jest/globals'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { createAdminClient } from '../../src/admin/client.js'
import { runCli } from '../../src/cli/run.js'
import { runPipeline } from '../../src/deploy/pipeline.js'
import { DEMO_PRIVATE_KEY, DEMO_PROJECT_ID, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { registerSecret, secretForms } from '../../src/secrets.js'
import { startHarness } from '../deploy/harness.js'
import { endless, startHostileApi, type HostileApi, type SeenRequest } from './hostile-api.js'

const LOGIN = '/auth/providers/mongodb-cloud/login'
const tokens = { access_token: 'hostile-access-0001', refresh_token: 'hostile-refresh-0001', user_id: 'u1' }
const stopAfter: Array<{ stop(): Promise<void> } | { close(): Promise<void> }> = []
afterEach(async () => {
  for (const s of stopAfter.splice(0)) await ('stop' in s ? s.stop() : s.close())
})

async function hostile(upstream = 'http://127.0.0.1:9'): Promise<HostileApi> {
  const api = await startHostileApi(upstream)
  stopAfter.push(api)
  return api
}

const clientOf = (api: HostileApi, extra: Record<string, unknown> = {}) =>
  createAdminClient({
    baseUrl: api.url,
    publicKey: 'hostile-public',
    privateKey: 'hostile-private-key-0001',
    retry: { baseDelayMs: 1, maxDelayMs: 5 },
    dispatcher: null,
    ...extra
  })

const loggedIn = (answer: (r: SeenRequest) => ReturnType<Parameters<HostileApi['intercept']>[0]>) => {
  return (r: SeenRequest) => (r.path === LOGIN ? { status: 200, json: tokens } : answer(r))
}

test('a redirect on the login call is refused at once: the key never goes to its target', async () => {
  const thief = await hostile()
  thief.intercept(() => ({ status: 200, json: tokens }))
  const api = await hostile()
  api.intercept(() => ({ status: 307, headers: { location: `${thief.url}/steal?from=login` } }))
  const error = await clientOf(api)
    .apps.list(DEMO_PROJECT_ID)
    .catch((e: unknown) => e)
  expect(String(error)).toMatch(new RegExp(`307 redirecting to "${thief.url}/steal"`))
  expect(String(error)).toMatch(/never follow redirects/)
  expect(thief.requests).toHaveLength(0)
  // Not retried: one login, no second chance for the key to travel.
  expect(api.requests.map(r => r.path)).toEqual([LOGIN])
})

test('a redirect on an authenticated call is refused and names its target; no token leaves', async () => {
  const thief = await hostile()
  const api = await hostile()
  api.intercept(loggedIn(() => ({ status: 302, headers: { location: `${thief.url}/elsewhere` } })))
  await expect(clientOf(api).apps.list(DEMO_PROJECT_ID)).rejects.toThrow(/302 redirecting to/)
  expect(thief.requests).toHaveLength(0)
  expect(api.requests.filter(r => r.credentials).every(r => r.host === new URL(api.url).host)).toBe(true)
})

test('a body over the limit is refused by its Content-Length before it is read, and not retried', async () => {
  const api = await hostile()
  const chunk = Buffer.alloc(64 * 1024, 0x20)
  api.intercept(
    loggedIn(() => ({
      status: 200,
      headers: { 'content-length': String(300 * 1024 * 1024) },
      write: endless(chunk)
    }))
  )
  await expect(clientOf(api, { maxResponseBytes: 1024 * 1024 }).apps.list(DEMO_PROJECT_ID)).rejects.toThrow(
    /response body is 300 MB, over the 1 MB limit/
  )
  expect(api.requests.filter(r => r.path !== LOGIN)).toHaveLength(1)
})

test('an endless body stops at the default limit with a clear error, in bounded memory', async () => {
  const api = await hostile()
  api.intercept(loggedIn(() => ({ status: 200, write: endless(Buffer.alloc(256 * 1024, 0x20)) })))
  const before = process.memoryUsage().rss
  let peak = before
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20)
  try {
    await expect(clientOf(api).apps.list(DEMO_PROJECT_ID)).rejects.toThrow(
      /response body kept coming, over the 64 MB limit; the rest was not read/
    )
  } finally {
    clearInterval(sampler)
  }
  expect(api.requests.filter(r => r.path !== LOGIN)).toHaveLength(1)
  expect((peak - before) / 1024 / 1024).toBeLessThan(300)
}, 60_000)

test('a secret echoed back raw, JSON-escaped, URL-encoded, in base64 or line by line is masked', async () => {
  const privateKey = 'Se"cr\\et-4567'
  const pem = '-----BEGIN KEY-----\nMIIBOgIBAAJBAKj34GkxFhD9\n0lBiKd6TqO9tZqJnGnJ4\n-----END KEY-----'
  registerSecret(pem)
  const echoes = [
    privateKey,
    JSON.stringify(privateKey).slice(1, -1),
    encodeURIComponent(privateKey),
    Buffer.from(privateKey).toString('base64'),
    Buffer.from(`{"apiKey":"${privateKey}"}`).toString('base64'),
    pem.split('\n')[1],
    pem.split('\n')[2]
  ]
  const api = await hostile()
  api.intercept(
    loggedIn(() => ({ status: 400, json: { error: `refused: ${echoes.join(' | ')}`, error_code: 'Bad' } }))
  )
  let out = ''
  let err = ''
  const code = await runCli(
    ['plan', '--project-id', DEMO_PROJECT_ID, '--base-url', api.url, '--app-dir', 'examples/inventory-app'],
    {
      stdout: t => void (out += t),
      stderr: t => void (err += t),
      env: { MONGODB_ATLAS_PUBLIC_API_KEY: 'hostile-public', MONGODB_ATLAS_PRIVATE_API_KEY: privateKey },
      cwd: process.cwd(),
      signal: new AbortController().signal
    }
  )
  expect(code).toBe(1)
  expect(out).toMatch(/refused: \*\*\*/)
  for (const form of [...echoes, ...secretForms(privateKey)]) {
    expect({ form, leaked: `${out}${err}`.includes(form) }).toEqual({ form, leaked: false })
  }
})

/** Every line a runner would read as a workflow command. */
const commandLines = (text: string): string[] =>
  text.split(/\r\n|\r|\n/).filter(line => /^\s*(::|##\[)/.test(line))

test('a function name from the server carrying runner commands is printed inert', async () => {
  const h = await startHarness()
  stopAfter.push(h)
  const first = await runPipeline(h.settings())
  const api = await hostile(h.emulator.url)
  const evil = 'nightly\n::warning title=X::forged\r::add-mask::report\u001b[2J'
  api.rewrite((r, body) => {
    if (r.method !== 'GET' || !r.path.endsWith('/pull')) return body
    const text = JSON.stringify(body).replaceAll('"nightlyReport"', JSON.stringify(evil))
    return JSON.parse(text) as unknown
  })
  let out = ''
  let err = ''
  await runCli(
    [
      'plan',
      '--project-id',
      DEMO_PROJECT_ID,
      '--base-url',
      api.url,
      '--app-dir',
      h.appDir,
      '--app',
      String(first.app?.id)
    ],
    {
      stdout: t => void (out += t),
      stderr: t => void (err += t),
      env: { MONGODB_ATLAS_PUBLIC_API_KEY: DEMO_PUBLIC_KEY, MONGODB_ATLAS_PRIVATE_API_KEY: DEMO_PRIVATE_KEY },
      cwd: process.cwd(),
      signal: new AbortController().signal
    }
  )
  expect(out).toContain('forged')
  expect(commandLines(out + err)).toEqual([])
  expect(out + err).not.toContain('\u001b')
})

test('log pages that are empty but name a next page: one request, not a loop', async () => {
  const api = await hostile()
  let n = 0
  api.intercept(
    loggedIn(r =>
      r.path.endsWith('/logs')
        ? {
            status: 200,
            json: { logs: [], nextEndDate: new Date(Date.UTC(2026, 0, 1) - ++n * 1000).toISOString() }
          }
        : undefined
    )
  )
  const entries = []
  for await (const entry of clientOf(api).app(DEMO_PROJECT_ID, 'a1').logs()) entries.push(entry)
  expect(entries).toEqual([])
  expect(api.requests.filter(r => r.path.endsWith('/logs'))).toHaveLength(1)
})

test('log pages whose cursor moves for ever stop at the page limit and at the deadline', async () => {
  const api = await hostile()
  let n = 0
  api.intercept(
    loggedIn(r => {
      if (!r.path.endsWith('/logs')) return undefined
      const at = new Date(Date.UTC(2026, 0, 1) - ++n * 1000).toISOString()
      return {
        status: 200,
        json: { logs: [{ _id: `e${n}`, type: 'FUNCTION', started: at }], nextEndDate: at }
      }
    })
  )
  const app = clientOf(api).app(DEMO_PROJECT_ID, 'a1')
  const drain = async (filter: Parameters<typeof app.logs>[0]) => {
    for await (const entry of app.logs(filter)) void entry
  }
  await expect(drain({ maxPages: 7 })).rejects.toThrow(/after 7 pages \(the page limit\)/)
  expect(api.requests.filter(r => r.path.endsWith('/logs'))).toHaveLength(7)
  await expect(drain({ deadlineMs: Date.now() + 300 })).rejects.toThrow(/the run's time is up/)
})

test('a deploy whose error-log read hangs still ends within its timeout, reporting why', async () => {
  const h = await startHarness()
  stopAfter.push(h)
  const api = await hostile(h.emulator.url)
  api.intercept(r => (r.path.endsWith('/logs') ? { status: 200, hang: true } : undefined))
  const started = Date.now()
  const result = await runPipeline(h.settings({ baseUrl: api.url, timeoutMs: 3000 }))
  expect(result.status).toBe('deployed')
  expect(Date.now() - started).toBeLessThan(3000 + 1500)
  expect(result.warnings.join('\n')).toMatch(/could not read the app's error logs within the run's time/)
})

test('a deploy whose error logs never end reads at most 20 pages', async () => {
  const h = await startHarness()
  stopAfter.push(h)
  const api = await hostile(h.emulator.url)
  let n = 0
  api.intercept(r => {
    if (!r.path.endsWith('/logs')) return undefined
    const at = new Date(Date.now() - ++n * 1000).toISOString()
    return {
      status: 200,
      json: { logs: [{ _id: `e${n}`, type: 'FUNCTION', started: at, error: 'x' }], nextEndDate: at }
    }
  })
  const result = await runPipeline(h.settings({ baseUrl: api.url }))
  expect(result.status).toBe('deployed')
  expect(api.requests.filter(r => r.path.endsWith('/logs'))).toHaveLength(20)
  expect(result.warnings.join('\n')).toMatch(/after 20 pages/)
})

test('an integer past 2^53 in a value reaches the Admin API with every digit as written', async () => {
  const h = await startHarness()
  stopAfter.push(h)
  const api = await hostile(h.emulator.url)
  await writeFile(
    path.join(h.appDir, 'values/bigNumber.json'),
    '{ "name": "bigNumber", "value": 12345678901234567891, "from_secret": false }\n'
  )
  const result = await runPipeline(h.settings({ baseUrl: api.url }))
  expect(result.status).toBe('deployed')
  const sent = api.requests.filter(r => r.method === 'POST' && r.path.endsWith('/values'))
  expect(sent.map(r => r.body).join('\n')).toContain('"value":12345678901234567891')
})

test('a change in the last digits of an integer past 2^53 is a change, where the server keeps digits', async () => {
  const h = await startHarness()
  stopAfter.push(h)
  const api = await hostile(h.emulator.url)
  // The emulator, like JavaScript, holds the double; the stand-in answers with the digits last sent,
  // as a server that stores 64-bit integers would.
  const lastSent = () =>
    api.requests
      .map(r => /"value":(1234567890123456\d{4})/.exec(r.body)?.[1])
      .filter(Boolean)
      .at(-1)
  api.rewriteText((_r, text) => text.replaceAll('12345678901234567000', lastSent() ?? '12345678901234567000'))
  const file = path.join(h.appDir, 'values/bigNumber.json')
  const write = (digits: string) =>
    writeFile(file, `{ "name": "bigNumber", "value": ${digits}, "from_secret": false }\n`)
  await write('12345678901234567891')
  expect((await runPipeline(h.settings({ baseUrl: api.url }))).status).toBe('deployed')
  expect((await runPipeline(h.settings({ baseUrl: api.url, createApp: false }))).status).toBe('no-changes')

  await write('12345678901234567890')
  const plan = await runPipeline(h.settings({ baseUrl: api.url, createApp: false, mode: 'plan' }))
  expect(plan.plan?.changes.map(c => [c.kind, c.key, c.action, c.fields])).toEqual([
    ['value', 'bigNumber', 'update', ['value']]
  ])
  const sent = api.requests.length
  expect((await runPipeline(h.settings({ baseUrl: api.url, createApp: false }))).status).toBe('deployed')
  const update = api.requests.slice(sent).find(r => r.method === 'PUT' && /\/values\//.test(r.path))
  expect(update?.body).toContain('"value":12345678901234567890')
  expect((await runPipeline(h.settings({ baseUrl: api.url, createApp: false }))).status).toBe('no-changes')

  // pull writes the server's digits back.
  const out = path.join(path.dirname(h.appDir), 'pulled')
  const code = await runCli(
    ['pull', '--project-id', DEMO_PROJECT_ID, '--base-url', api.url, '--app', 'inventory', '--out', out],
    {
      stdout: () => undefined,
      stderr: () => undefined,
      env: { MONGODB_ATLAS_PUBLIC_API_KEY: DEMO_PUBLIC_KEY, MONGODB_ATLAS_PRIVATE_API_KEY: DEMO_PRIVATE_KEY },
      cwd: path.dirname(h.appDir),
      signal: new AbortController().signal
    }
  )
  expect(code).toBe(0)
  expect(await readFile(path.join(out, 'values/bigNumber.json'), 'utf8')).toContain(
    '"value": 12345678901234567890'
  )
})

test('a pull whose server names a function with a path: exit 2, nothing written anywhere', async () => {
  const h = await startHarness()
  stopAfter.push(h)
  const first = await runPipeline(h.settings())
  const api = await hostile(h.emulator.url)
  api.rewrite((r, body) =>
    r.method === 'GET' && r.path.endsWith('/pull')
      ? (JSON.parse(JSON.stringify(body).replaceAll('"nightlyReport"', '"../../escaped"')) as unknown)
      : body
  )
  const work = path.dirname(h.appDir)
  const out = path.join(work, 'pulled')
  let text = ''
  const code = await runCli(
    [
      'pull',
      '--project-id',
      DEMO_PROJECT_ID,
      '--base-url',
      api.url,
      '--app',
      String(first.app?.id),
      '--out',
      out
    ],
    {
      stdout: t => void (text += t),
      stderr: t => void (text += t),
      env: { MONGODB_ATLAS_PUBLIC_API_KEY: DEMO_PUBLIC_KEY, MONGODB_ATLAS_PRIVATE_API_KEY: DEMO_PRIVATE_KEY },
      cwd: work,
      signal: new AbortController().signal
    }
  )
  expect(code).toBe(2)
  expect(text).toMatch(/\.\.\/\.\.\/escaped.*unsafe file path/)
  expect((await readdir(work)).sort()).toEqual(['app'])
})
