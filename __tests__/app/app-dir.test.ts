import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { AppDir, MAX_FILE_BYTES } from '../../src/app/app-dir.js'
import type { Problem } from '../../src/errors.js'
import { makeTempDir } from './fixture-dirs.js'

async function setup(): Promise<{ tmp: string; app: string; dir: AppDir; problems: Problem[] }> {
  const tmp = await makeTempDir('realm-deploy-dir-')
  const app = path.join(tmp, 'app')
  await mkdir(path.join(app, 'values'), { recursive: true })
  await writeFile(path.join(app, 'values/limit.json'), '{"name": "limit", "value": 5}')
  await writeFile(path.join(tmp, 'outside.json'), '{"secret": "do not read"}')
  const problems: Problem[] = []
  return { tmp, app, dir: await AppDir.open(app, problems), problems }
}

describe('AppDir', () => {
  test('reads files inside the app and lists directories sorted', async () => {
    const { app, dir, problems } = await setup()
    await writeFile(path.join(app, 'values/a.json'), '{}')
    expect(await dir.readText('values/limit.json')).toContain('"limit"')
    expect((await dir.list('values')).map(e => e.rel)).toEqual(['values/a.json', 'values/limit.json'])
    expect(await dir.readText('values/missing.json')).toBeUndefined()
    expect(problems).toEqual([])
  })

  test('paths with ".." or absolute paths are refused, not read', async () => {
    const { dir, problems } = await setup()
    expect(await dir.readText('../outside.json')).toBeUndefined()
    expect(await dir.readText('values/../../outside.json')).toBeUndefined()
    expect(await dir.readText(path.join(dir.root, 'values/limit.json'))).toBeUndefined()
    expect(problems.map(p => p.message)).toEqual([
      'path leaves the app directory (".." or absolute); it was not read',
      'path leaves the app directory (".." or absolute); it was not read',
      'path leaves the app directory (".." or absolute); it was not read'
    ])
  })

  test('a symlink leading outside is refused, once, naming the link', async () => {
    const { tmp, app, dir, problems } = await setup()
    await symlink(path.join(tmp, 'outside.json'), path.join(app, 'values/leak.json'))
    expect((await dir.list('values')).map(e => e.name)).toEqual(['limit.json'])
    expect(await dir.readText('values/leak.json')).toBeUndefined()
    expect(problems).toEqual([
      {
        source: 'values/leak.json',
        message: 'symlink leads outside the app directory; it was not read',
        severity: 'error'
      }
    ])
  })

  test('a symlink inside the app is followed; a dangling one is reported', async () => {
    const { app, dir, problems } = await setup()
    await symlink(path.join(app, 'values/limit.json'), path.join(app, 'values/alias.json'))
    await symlink(path.join(app, 'values/gone.json'), path.join(app, 'values/dangling.json'))
    expect(await dir.readText('values/alias.json')).toContain('"limit"')
    expect((await dir.list('values')).map(e => e.name)).toEqual(['alias.json', 'limit.json'])
    expect(problems).toEqual([
      expect.objectContaining({
        source: 'values/dangling.json',
        message: 'symlink points to a file that does not exist'
      })
    ])
  })

  test('a file over 25 MB is refused without being read', async () => {
    const { app, dir, problems } = await setup()
    await writeFile(path.join(app, 'values/huge.json'), '')
    await truncate(path.join(app, 'values/huge.json'), MAX_FILE_BYTES + 1)
    expect(await dir.readText('values/huge.json')).toBeUndefined()
    expect(problems).toEqual([
      expect.objectContaining({
        source: 'values/huge.json',
        // Changed by issue 17: App Services' own limit for one config document (16 MB).
        message: expect.stringContaining('the limit is 16777216 bytes (16 MB')
      })
    ])
  })

  test('walk skips folders on request and survives a symlink loop', async () => {
    const { app, dir } = await setup()
    await mkdir(path.join(app, 'values/node_modules/x'), { recursive: true })
    await writeFile(path.join(app, 'values/node_modules/x/index.js'), '')
    await symlink(path.join(app, 'values'), path.join(app, 'values/loop'))
    const files = await dir.walk('values', e => e.name === 'node_modules')
    expect(files.map(f => f.rel)).toEqual(['values/limit.json'])
  })
})
