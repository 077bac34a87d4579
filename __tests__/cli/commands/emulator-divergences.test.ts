import { runCli } from '../../../src/cli/run.js'
import { divergences } from '../../../src/emulator/divergences.js'
import { NOT_EMULATED } from '../../../src/emulator/resources/not-emulated.js'

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const host = {
    stdout: (t: string) => void (stdout += t),
    stderr: (t: string) => void (stderr += t),
    env: {},
    cwd: process.cwd(),
    signal: new AbortController().signal
  }
  const code = await runCli(['emulator', ...args], host)
  return { code, stdout, stderr }
}

describe('realm-deploy emulator --divergences', () => {
  test('prints every divergence with its evidence and exits 0 without starting a server', async () => {
    const { code, stdout, stderr } = await run(['--divergences'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^The Admin API emulator against the official OpenAPI spec: \d+ entries\./)
    expect(stdout.match(/^- /gm)).toHaveLength(divergences.length)
    expect(stdout.match(/^ {4}Why: /gm)).toHaveLength(divergences.length)
    expect(stdout).not.toContain('http://127.0.0.1')
  })

  test('names each operation that is not emulated, in its own section, with the reason', async () => {
    const { stdout } = await run(['--divergences'])
    const [notEmulated, differing] = stdout.split('Different from, or beyond, the spec')
    for (const hole of NOT_EMULATED.flatMap(group => group.holes)) {
      expect(notEmulated.replace(/\s+/g, ' ')).toContain(hole.operationId)
    }
    expect(notEmulated).toContain('Why: End users exist only where SDK clients log in')
    expect(differing.replace(/\s+/g, ' ')).toContain('adminPushAppConfiguration')
    expect(differing.replace(/\s+/g, ' ')).toContain('ResourceInUse')
  })

  test('lines stay within 100 columns', async () => {
    const { stdout } = await run(['--divergences'])
    const long = stdout.split('\n').filter(line => line.length > 100 && !/^\S*$/.test(line.trim()))
    expect(long).toEqual([])
  })
})
