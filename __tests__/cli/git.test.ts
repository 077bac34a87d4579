// The default deployment name: tag, else short sha; `-dirty` when the app directory has uncommitted
// changes; `local-<UTC time>` outside git (what the README promises).
import { execFileSync } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { defaultDeploymentName } from '../../src/cli/git.js'

let dir: string
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir })
    .toString()
    .trim()

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'realm-deploy-git-'))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

test('outside git: local-<UTC date and time>', async () => {
  expect(await defaultDeploymentName(dir, new Date('2026-12-06T23:50:00.123Z'))).toBe(
    'local-2026-12-06T23-50-00Z'
  )
})

test('a clean commit, a dirty tree, a tag', async () => {
  git('init', '-q')
  await writeFile(path.join(dir, 'realm_config.json'), '{}\n')
  git('add', '.')
  git('commit', '-qm', 'first')
  const sha = git('rev-parse', '--short=7', 'HEAD')
  expect(await defaultDeploymentName(dir)).toBe(sha)
  await writeFile(path.join(dir, 'realm_config.json'), '{"name": "x"}\n')
  expect(await defaultDeploymentName(dir)).toBe(`${sha}-dirty`)
  git('commit', '-qam', 'second')
  git('tag', 'v1.2.0')
  expect(await defaultDeploymentName(dir)).toBe('v1.2.0')
})
