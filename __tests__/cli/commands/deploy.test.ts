// The deploy command's flags: declared for --help and checked before any request.
import { runCli } from '../../../src/cli/run.js'

async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await runCli(argv, {
    stdout: t => void (out += t),
    stderr: t => void (err += t),
    env: { MONGODB_ATLAS_PUBLIC_API_KEY: 'pub-key', MONGODB_ATLAS_PRIVATE_API_KEY: 'private-key-1234' },
    cwd: process.cwd(),
    signal: new AbortController().signal
  })
  return { code, out, err }
}

test('deploy --help lists every flag the command reads', async () => {
  const { code, out } = await cli(['deploy', '--help'])
  expect(code).toBe(0)
  for (const flag of [
    '--upload-concurrency N',
    '--on-draft-conflict',
    '--timeout SECONDS',
    '--create-app',
    '--include-hosting',
    '--json'
  ]) {
    expect(out).toContain(flag)
  }
})

test.each([['0'], ['1000'], ['many']])('--upload-concurrency %s is refused naming the flag', async value => {
  const { code, err } = await cli([
    'deploy',
    '--project-id',
    '5f00000000000000000000a1',
    '--base-url',
    'http://127.0.0.1:9',
    '--upload-concurrency',
    value
  ])
  expect(code).toBe(2)
  expect(err).toContain('--upload-concurrency')
})
