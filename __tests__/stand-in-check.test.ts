// The stand-ins check themselves: a request nobody scripted fails the test it arrived in, or the
// stand-in's stop() when it came outside a test; a test that provokes one on purpose asserts it.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { expect, test } from '@jest/globals'
import { startStub } from './admin/stub-server.js'
import { startGitHubStandIn } from './e2e/github-stand-in.js'
import { expectUnexpected } from './stand-in-check.js'

test("the Admin API stub's stop() fails on a request nobody scripted, naming it", async () => {
  const stub = await startStub()
  await fetch(`${stub.url}/api/admin/v3.0/groups/g1/apps?product=standard`)
  await expect(stub.stop()).rejects.toThrow(
    /the Admin API stub received 1 request\(s\) nobody scripted:\n {2}GET \/groups\/g1\/apps/
  )
})

test("the GitHub stand-in's stop() fails on an unknown route and on a wrong token", async () => {
  const github = await startGitHubStandIn({ owner: 'acme', repo: 'shop', token: 'ghs_stand_in_check' })
  await fetch(`${github.url}/repos/acme/shop/releases`, {
    headers: { authorization: 'token ghs_stand_in_check' }
  })
  await fetch(`${github.url}/repos/acme/shop/issues/1/comments`, {
    headers: { authorization: 'token wrong' }
  })
  const stopped = github.stop()
  await expect(stopped).rejects.toThrow('GET /repos/acme/shop/releases')
  await expect(stopped).rejects.toThrow('GET /repos/acme/shop/issues/1/comments (wrong or missing token)')
})

test('a test that provokes an unscripted request on purpose asserts it, and stop() is then clean', async () => {
  const stub = await startStub()
  await fetch(`${stub.url}/api/admin/v3.0/nowhere`, { method: 'DELETE' })
  expectUnexpected(stub, ['DELETE /nowhere'])
  await expect(stub.stop()).resolves.toBeUndefined()
})

test('an unscripted request fails the test it arrived in, with no assertion in that test', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-stand-in-check-'))
  try {
    const outputFile = path.join(dir, 'result.json')
    // The project's own jest config, narrowed to the fixture; no leak check (the fixture has no secrets).
    const { default: project } = (await import(pathToFileURL(path.resolve('jest.config.js')).href)) as {
      default: Record<string, unknown>
    }
    const { globalSetup: _s, globalTeardown: _t, reporters: _r, ...base } = project
    const config = {
      ...base,
      rootDir: process.cwd(),
      testMatch: ['**/fixtures/stand-ins/unscripted-request.fixture.ts']
    }
    await promisify(execFile)(
      process.execPath,
      [
        'node_modules/jest/bin/jest.js',
        '--config',
        JSON.stringify(config),
        '--json',
        '--outputFile',
        outputFile
      ],
      { env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1' } }
    ).catch(() => undefined) // jest exits 1: one test fails, which is the point
    const result = JSON.parse(await readFile(outputFile, 'utf8')) as {
      testResults: Array<{
        assertionResults: Array<{ title: string; status: string; failureMessages: string[] }>
      }>
    }
    const tests = result.testResults.flatMap(r => r.assertionResults)
    expect(tests.map(t => [t.title, t.status])).toEqual([
      ['sends an unscripted request and asserts nothing about it', 'failed'],
      ['sends nothing unexpected', 'passed']
    ])
    expect(tests[0].failureMessages.join('\n')).toMatch(/nobody scripted:\n {2}GET \/not-scripted/)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}, 60_000)
