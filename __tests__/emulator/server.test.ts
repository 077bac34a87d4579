// The server as a client sees it: routing errors, body limits, the request log, latency, and the
// `realm-deploy emulator` command.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../src/cli/run.js'
import { DEMO_PRIVATE_KEY, DEMO_PUBLIC_KEY } from '../../src/emulator/settings.js'
import { ALICE, PROJECT_1, createApp, startHarness, testDocRoutes, type Harness } from './harness.js'

describe('routing and errors', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness({ extraRoutes: testDocRoutes() })
  })
  afterAll(() => h.stop())

  test('an unknown route is a 404 with the error shape', async () => {
    const res = await h.request('GET', '/no/such/thing')
    expect(res.status).toBe(404)
    expect(res.body).toEqual({ error: expect.stringContaining('/no/such/thing'), error_code: 'NotFound' })
  })

  test('a path outside the API prefix is a 404', async () => {
    const res = await fetch(`${h.emulator.url}/index.html`)
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error_code: 'NotFound' })
  })

  test('a known path with the wrong method is a 405 with Allow', async () => {
    const alice = await h.as(ALICE)
    const res = await alice.request('PATCH', `/groups/${PROJECT_1}/apps`)
    expect(res.status).toBe(405)
    expect(res.headers.get('allow')).toBe('GET, POST')
    expect(res.body.error_code).toBe('MethodNotAllowed')
  })

  test('a malformed JSON body is a 400 and changes nothing', async () => {
    const alice = await h.as(ALICE)
    const before = (await alice.request('GET', `/groups/${PROJECT_1}/apps`)).body.length
    const res = await alice.request('POST', `/groups/${PROJECT_1}/apps`, {
      rawBody: '{"name": "broken"',
      headers: { 'Content-Type': 'application/json' }
    })
    expect(res.status).toBe(400)
    expect(res.body).toEqual({ error: expect.stringContaining('invalid JSON'), error_code: 'BadRequest' })
    expect((await alice.request('GET', `/groups/${PROJECT_1}/apps`)).body).toHaveLength(before)
  })

  test('a body over 30 MB is refused with 413; 25 MB passes', async () => {
    const alice = await h.as(ALICE)
    const app = await createApp(alice, 'bigbodies')
    const path = `/groups/${PROJECT_1}/apps/${app._id}/test_docs/big`
    const big = await alice.request('PUT', path, {
      rawBody: Buffer.alloc(31 * 1024 * 1024, 0x20),
      headers: { 'Content-Type': 'application/octet-stream' }
    })
    expect(big.status).toBe(413)
    expect(big.body.error_code).toBe('RequestEntityTooLarge')
    const payload = JSON.stringify({ data: 'x'.repeat(25 * 1024 * 1024) })
    const ok = await alice.request('PUT', path, {
      rawBody: payload,
      headers: { 'Content-Type': 'application/json' }
    })
    expect(ok.status).toBe(204)
  })
})

describe('body limit on a streamed (chunked) body', () => {
  test('is enforced while the body arrives', async () => {
    const h = await startHarness({ maxBodyBytes: 1024 })
    try {
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < 8; i++) controller.enqueue(new Uint8Array(512).fill(0x61))
          controller.close()
        }
      })
      const res = await fetch(`${h.api}/auth/providers/mongodb-cloud/login`, {
        method: 'POST',
        body: stream,
        duplex: 'half'
      } as RequestInit)
      expect(res.status).toBe(413)
    } finally {
      await h.stop()
    }
  })
})

describe('request log', () => {
  test('records each request without bodies or Authorization headers, in memory and as JSON lines', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'emu-reqlog-'))
    const file = join(dir, 'requests.jsonl')
    const h = await startHarness({ requestLogFile: file })
    try {
      const alice = await h.as(ALICE)
      await alice.request('GET', `/groups/${PROJECT_1}/apps?product=atlas`)
      await h.request('POST', '/auth/providers/mongodb-cloud/login', {
        body: { username: 'x', apiKey: 'wrong-secret-123' }
      })
      const lines = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map(l => JSON.parse(l))
      expect(lines).toEqual(JSON.parse(JSON.stringify(h.emulator.requestLog.entries)))
      expect(lines).toHaveLength(3)
      expect(lines[1]).toMatchObject({
        method: 'GET',
        path: `/api/admin/v3.0/groups/${PROJECT_1}/apps`,
        query: { product: 'atlas' },
        status: 200,
        user_id: alice.userId
      })
      expect(lines[2]).toMatchObject({ method: 'POST', status: 401 })
      const text = readFileSync(file, 'utf8')
      for (const secret of [alice.accessToken, ALICE.privateKey, 'wrong-secret-123', 'Bearer']) {
        expect(text).not.toContain(secret)
      }
    } finally {
      await h.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('latency', () => {
  test('every response is delayed by --latency-ms', async () => {
    const h = await startHarness({ latencyMs: 150 })
    try {
      const started = Date.now()
      await h.request('GET', '/auth/profile')
      expect(Date.now() - started).toBeGreaterThanOrEqual(140)
    } finally {
      await h.stop()
    }
  })
})

describe('realm-deploy emulator', () => {
  test('prints one URL line on stdout, serves the demo key, and stops on abort', async () => {
    const stdout: string[] = []
    const stderr: string[] = []
    const controller = new AbortController()
    const exit = runCli(['emulator', '--port', '0'], {
      stdout: t => stdout.push(t),
      stderr: t => stderr.push(t),
      env: {},
      cwd: process.cwd(),
      signal: controller.signal
    })
    while (stdout.length === 0) await new Promise(r => setTimeout(r, 10))
    expect(stdout).toHaveLength(1)
    expect(stdout[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\n$/)
    const url = stdout[0].trim()
    const login = await fetch(`${url}/api/admin/v3.0/auth/providers/mongodb-cloud/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: DEMO_PUBLIC_KEY, apiKey: DEMO_PRIVATE_KEY })
    })
    expect(login.status).toBe(200)
    expect(stderr.join('')).toContain(DEMO_PRIVATE_KEY)
    controller.abort()
    await expect(exit).resolves.toBe(0)
    expect(stdout).toHaveLength(1)
    await expect(fetch(url)).rejects.toThrow()
  })

  test('never prints a user-supplied private key', async () => {
    const stdout: string[] = []
    const stderr: string[] = []
    const controller = new AbortController()
    const exit = runCli(
      [
        'emulator',
        '--api-key',
        'mypub:my-very-private-key',
        '--project',
        PROJECT_1,
        '--project',
        '5f9999999999999999999999'
      ],
      {
        stdout: t => stdout.push(t),
        stderr: t => stderr.push(t),
        env: {},
        cwd: process.cwd(),
        signal: controller.signal
      }
    )
    while (stdout.length === 0) await new Promise(r => setTimeout(r, 10))
    const url = stdout[0].trim()
    const login = await fetch(`${url}/api/admin/v3.0/auth/providers/mongodb-cloud/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'mypub', apiKey: 'my-very-private-key' })
    })
    const { access_token } = (await login.json()) as { access_token: string }
    const profile = await fetch(`${url}/api/admin/v3.0/auth/profile`, {
      headers: { Authorization: `Bearer ${access_token}` }
    })
    expect(
      ((await profile.json()) as { roles: Array<{ group_id: string }> }).roles.map(
        (r: { group_id: string }) => r.group_id
      )
    ).toEqual([PROJECT_1, '5f9999999999999999999999'])
    controller.abort()
    await expect(exit).resolves.toBe(0)
    expect(stderr.join('')).toContain('mypub')
    expect(stderr.join('') + stdout.join('')).not.toContain('my-very-private-key')
  })

  test('bad flags are reported together with exit code 2', async () => {
    const stderr: string[] = []
    const code = await runCli(
      [
        'emulator',
        '--port',
        'abc',
        '--project',
        'nope',
        '--fault-rate',
        '2',
        '--suspend-trigger-rate',
        '1.5',
        '--fail-trigger-rate',
        'x',
        '--api-key',
        'nocolon'
      ],
      {
        stdout: () => undefined,
        stderr: t => stderr.push(t),
        env: {},
        cwd: process.cwd(),
        signal: new AbortController().signal
      }
    )
    expect(code).toBe(2)
    const text = stderr.join('')
    for (const flag of [
      '--port',
      '--project',
      '--fault-rate',
      '--suspend-trigger-rate',
      '--fail-trigger-rate',
      '--api-key'
    ])
      expect(text).toContain(flag)
  })
})
