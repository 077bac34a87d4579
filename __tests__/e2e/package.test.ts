// The CLI as a user installs it: `npm pack` of this repository, the tarball installed into a fresh
// prefix with the registry unreachable (the package has no dependencies: everything is bundled in
// dist/cli), then `realm-deploy --help`, `--version` and `validate` on the example app, run from the
// installed bin.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { jsonResult } from '../cli/json-contract.js'
import { ensureBundle, ROOT } from './action-harness.js'

const run = promisify(execFile)
let dir: string

beforeAll(async () => {
  await ensureBundle()
  dir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-pack-'))
}, 240_000)
afterAll(async () => rm(dir, { recursive: true, force: true }))

/** npm with its own cache and a registry nothing answers on: any registry request fails the install. */
function npm(args: string[], cwd: string) {
  return run(
    'npm',
    [...args, '--offline', '--registry', 'http://127.0.0.1:9/', '--cache', path.join(dir, 'cache')],
    {
      cwd,
      timeout: 120_000,
      env: {
        ...process.env,
        npm_config_audit: 'false',
        npm_config_fund: 'false',
        npm_config_update_notifier: 'false'
      }
    }
  )
}

test('npm pack -> install offline into a prefix -> realm-deploy --help and validate', async () => {
  const packed = await npm(['pack', '--json', '--pack-destination', dir], ROOT)
  const [info] = JSON.parse(packed.stdout) as Array<{
    filename: string
    name: string
    files: Array<{ path: string }>
  }>
  expect(info.name).toBe('@realm-deploy/cli')
  const files = info.files.map(f => f.path)
  // Only what the CLI and the test API need: their bundles, the --json schema, the demo app,
  // package.json and README.
  expect(
    files.filter(
      f =>
        !/^(dist\/cli\/|dist\/testing\/|schema\/|examples\/inventory-app\/|package\.json$|README\.md$)/.test(
          f
        )
    )
  ).toEqual([])
  expect(files).toContain('dist/cli/index.js')
  expect(files).not.toContain('dist/index.js')

  const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'))
  expect(pkg.dependencies ?? {}).toEqual({})
  expect(pkg.private).toBeUndefined()

  const prefix = path.join(dir, 'prefix')
  await npm(['install', '--global', '--prefix', prefix, path.join(dir, info.filename)], dir)
  const bin = path.join(prefix, 'bin', 'realm-deploy')

  const help = await run(bin, ['--help'], { cwd: dir })
  expect(help.stdout).toContain('Usage: realm-deploy <command>')
  expect(help.stdout).toMatch(/Exit codes:\n {2}0 {4}success/)
  const version = await run(bin, ['--version'], { cwd: dir })
  expect(version.stdout).toBe(`realm-deploy ${pkg.version}\n`)

  const example = path.join(ROOT, 'examples', 'inventory-app')
  const validated = await run(bin, ['validate', '--app-dir', example], { cwd: dir })
  expect(validated.stdout).toMatch(/^ok: 20210101 app 'inventory' at /)
  const json = await run(bin, ['validate', '--app-dir', example, '--json'], { cwd: dir })
  expect(jsonResult(json.stdout)).toMatchObject({ command: 'validate', status: 'valid', exitCode: 0 })
}, 180_000)
