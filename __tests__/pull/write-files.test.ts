// Writing a pull to disk: a non-empty directory is refused (nothing written) unless forced; forced,
// only the App Services config is replaced; paths from server names never leave the directory.
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError } from '../../src/errors.js'
import { writeConfigDir } from '../../src/pull/index.js'
import { outputPath, removeTempDirs } from './temp-dirs.js'

afterAll(removeTempDirs)

const files = (entries: Record<string, string>): Map<string, string> => new Map(Object.entries(entries))

/** Every file and link under `dir`, `/`-separated, sorted. */
async function listTree(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = `${prefix}${entry.name}`
    if (entry.isDirectory()) out.push(...(await listTree(path.join(dir, entry.name), `${rel}/`)))
    else out.push(rel)
  }
  return out.sort()
}

async function seed(dir: string, entries: Record<string, string>): Promise<void> {
  for (const [rel, content] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true })
    await writeFile(path.join(dir, rel), content)
  }
}

describe('writeConfigDir', () => {
  test('creates a missing directory and writes every file', async () => {
    const dir = await outputPath('nested/app')
    const written = await writeConfigDir(
      dir,
      files({ 'realm_config.json': '{}\n', 'functions/a/b.js': 'x' }),
      { force: false }
    )
    expect(written).toEqual(['functions/a/b.js', 'realm_config.json'])
    expect(await listTree(dir)).toEqual(written)
    expect(await readFile(path.join(dir, 'functions/a/b.js'), 'utf8')).toBe('x')
  })

  test('refuses a non-empty directory with exit code 2 and writes nothing', async () => {
    const dir = await outputPath()
    await seed(dir, { 'README.md': 'mine' })
    const attempt = writeConfigDir(dir, files({ 'realm_config.json': '{}\n' }), { force: false })
    await expect(attempt).rejects.toBeInstanceOf(ConfigError)
    await expect(attempt).rejects.toMatchObject({ exitCode: 2, message: expect.stringContaining('--force') })
    expect(await listTree(dir)).toEqual(['README.md'])
  })

  test('refuses a file in place of the directory', async () => {
    const dir = await outputPath()
    await writeFile(dir, 'not a directory')
    await expect(writeConfigDir(dir, files({ 'a.json': '{}' }), { force: true })).rejects.toThrow(
      /is not a directory/
    )
  })

  test('--force replaces the App Services config and keeps everything else', async () => {
    const dir = await outputPath()
    await seed(dir, {
      '.git/HEAD': 'ref: refs/heads/main\n',
      'README.md': 'mine',
      'realm_config.json': '{"old": true}',
      'functions/removedFromApp.js': 'old',
      'triggers/gone.json': '{}',
      'hosting/files/index.html': '<p>only here</p>',
      'hosting/config.json': '{"enabled": false}'
    })
    await writeConfigDir(
      dir,
      files({
        'realm_config.json': '{}\n',
        'functions/kept.js': 'new',
        'hosting/config.json': '{"enabled":true}\n'
      }),
      { force: true }
    )
    expect(await listTree(dir)).toEqual([
      '.git/HEAD',
      'README.md',
      'functions/kept.js',
      'hosting/config.json',
      'hosting/files/index.html',
      'realm_config.json'
    ])
    expect(await readFile(path.join(dir, 'hosting/config.json'), 'utf8')).toBe('{"enabled":true}\n')
  })

  test('rejects paths that would leave the directory, before writing anything', async () => {
    const dir = await outputPath()
    const unsafe = files({
      'values/ok.json': '{}',
      'functions/../../escape.js': 'x',
      'data_sources//config.json': '{}'
    })
    const attempt = writeConfigDir(dir, unsafe, { force: false })
    await expect(attempt).rejects.toBeInstanceOf(ConfigError)
    await expect(attempt).rejects.toMatchObject({
      problems: [{ source: 'functions/../../escape.js' }, { source: 'data_sources//config.json' }]
    })
    expect(existsSync(dir)).toBe(false)
  })

  test('never writes through a symbolic link', async () => {
    const dir = await outputPath()
    const outside = await outputPath('outside')
    await mkdir(outside, { recursive: true })
    await seed(dir, { 'README.md': '' })
    await mkdir(path.join(dir, 'hosting'))
    await writeFile(path.join(outside, 'victim.json'), 'untouched')
    await symlink(path.join(outside, 'victim.json'), path.join(dir, 'hosting/config.json'))
    await writeConfigDir(dir, files({ 'hosting/config.json': '{}\n' }), { force: true })
    expect(await readFile(path.join(outside, 'victim.json'), 'utf8')).toBe('untouched')
    expect(await readFile(path.join(dir, 'hosting/config.json'), 'utf8')).toBe('{}\n')
    await symlink(outside, path.join(dir, 'hosting/files'))
    await expect(
      writeConfigDir(dir, files({ 'hosting/files/x.json': '{}' }), { force: true })
    ).rejects.toThrow(/outside the output directory/)
    expect(existsSync(path.join(outside, 'x.json'))).toBe(false)
  })
})
