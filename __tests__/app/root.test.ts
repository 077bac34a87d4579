import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { findAppRoot } from '../../src/app/root.js'
import { validateApp } from '../../src/app/load.js'
import { ConfigError, type Problem } from '../../src/errors.js'
import { makeTempDir, OWN_APPS, sharedFixtures } from './fixture-dirs.js'

async function rootError(start: string): Promise<ConfigError> {
  const error = await findAppRoot(start).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ConfigError)
  return error as ConfigError
}

const errorsOf = (problems: readonly Problem[]): Problem[] => problems.filter(p => p.severity === 'error')

describe('findAppRoot on the project fixtures', () => {
  test.each([
    ['layout-20230101', '20230101', 'root_config.json', '.mdb/meta.json'],
    ['layout-20210101', '20210101', 'realm_config.json', undefined],
    ['layout-20200603', '20200603', 'config.json', '.mdb/app_meta.json'],
    ['layout-20180301', '20180301', 'stitch.json', undefined]
  ])('%s is the %s layout', async (dir, layout, rootFile, metaFile) => {
    const found = await findAppRoot(path.join(OWN_APPS, dir))
    expect(found).toMatchObject({ root: path.join(OWN_APPS, dir), layout, rootFile })
    expect(found.metaFile).toBe(metaFile)
  })

  test('walks up from a nested folder that has its own config.json', async () => {
    const start = path.join(OWN_APPS, 'layout-20200603/services/mongodb-atlas/rules')
    expect((await findAppRoot(start)).root).toBe(path.join(OWN_APPS, 'layout-20200603'))
    const fromFunctions = path.join(OWN_APPS, 'layout-20210101/functions/utils')
    expect(await findAppRoot(fromFunctions)).toMatchObject({
      layout: '20210101',
      rootFile: 'realm_config.json'
    })
  })

  test('a missing directory is a --app-dir problem', async () => {
    const error = await rootError(path.join(OWN_APPS, 'no-such-app'))
    expect(error.problems[0]).toMatchObject({ source: '--app-dir', severity: 'error' })
  })

  test('a directory with no root file anywhere above it says what it looked for', async () => {
    const empty = await makeTempDir('realm-deploy-root-')
    const error = await rootError(empty)
    expect(error.problems[0].message).toMatch(/no App Services app found .* 8 parent directories/)
    expect(error.problems[0].message).toContain('root_config.json, realm_config.json')
  })

  test('two root files: the newest layout wins and the other is a warning', async () => {
    const dir = await makeTempDir('realm-deploy-root-')
    await writeFile(path.join(dir, 'root_config.json'), '{"name": "app"}')
    await writeFile(path.join(dir, 'stitch.json'), '{"config_version": 20180301, "name": "app"}')
    const found = await findAppRoot(dir)
    expect(found.layout).toBe('20230101')
    expect(found.problems).toEqual([expect.objectContaining({ source: 'stitch.json', severity: 'warning' })])
  })

  test('.mdb metadata naming a layout whose root file is missing is an error on the metadata file', async () => {
    const dir = await makeTempDir('realm-deploy-root-')
    await mkdir(path.join(dir, '.mdb'))
    await writeFile(path.join(dir, '.mdb/meta.json'), '{"config_version": 20230101}')
    await writeFile(path.join(dir, 'realm_config.json'), '{"config_version": 20210101, "name": "app"}')
    const error = await rootError(dir)
    expect(error.problems[0]).toMatchObject({ source: '.mdb/meta.json' })
    expect(error.problems[0].message).toContain('expects root_config.json')
  })

  test('gives up after 8 parent directories', async () => {
    const app = await makeTempDir('realm-deploy-root-')
    await writeFile(path.join(app, 'realm_config.json'), '{"config_version": 20210101, "name": "app"}')
    const eight = path.join(app, ...'abcdefgh'.split(''))
    const nine = path.join(eight, 'i')
    await mkdir(nine, { recursive: true })
    expect((await findAppRoot(eight)).root).toBe(app)
    await rootError(nine)
  })
})

// realm-cli's own FindApp cases (internal/local/testdata/<version>/<case>).
const shared = sharedFixtures()
const sharedDescribe = shared ? describe : describe.skip
const CASES = ['20180301', '20200603', '20210101'].map(v => [
  v,
  { '20180301': 'stitch.json', '20200603': 'config.json', '20210101': 'realm_config.json' }[v] as string
])

sharedDescribe('realm-cli root detection cases', () => {
  const dirOf = (version: string, name: string): string =>
    path.join(shared as string, 'root-detection', version, name)

  test.each(CASES)('%s/local, app_meta, remote and nested find their root', async (version, rootFile) => {
    for (const name of ['local', 'app_meta', 'remote']) {
      expect(await findAppRoot(dirOf(version, name))).toMatchObject({
        root: dirOf(version, name),
        layout: version,
        rootFile
      })
    }
    const nested = await findAppRoot(path.join(dirOf(version, 'nested'), 'graphql'))
    expect(nested).toMatchObject({ root: dirOf(version, 'nested'), layout: version, rootFile })
  })

  // realm-cli's v1 stubs enable custom user data on a data source they do not have: App Services refuses
  // that (it needs the data source's id), so validate does too; nothing else in them is an error.
  const refusedByServer = (version: string) =>
    version === '20210101'
      ? []
      : [expect.objectContaining({ field: 'custom_user_data_config.mongo_service_name', severity: 'error' })]

  test.each(CASES)('%s/app_meta and remote load: the app ids come from .mdb or app_id', async version => {
    const meta = await validateApp({ appDir: dirOf(version, 'app_meta') })
    expect(errorsOf(meta.problems)).toEqual(refusedByServer(version))
    expect(meta.model?.settings).toMatchObject({
      group_id: 'groupID',
      app_id: 'appID',
      name: `${version}-local`
    })
    expect(meta.model?.meta?.file).toBe('.mdb/app_meta.json')
    const remote = await validateApp({ appDir: dirOf(version, 'remote') })
    expect(errorsOf(remote.problems)).toEqual(refusedByServer(version))
    expect(remote.model?.settings.client_app_id).toBe(`${version}-remote-abcde`)
    // realm-cli's test names start with a digit: App Services rejects that at creation, but these apps exist.
    expect(remote.problems).toContainEqual(expect.objectContaining({ field: 'name', severity: 'warning' }))
  })

  test.each(CASES)(
    '%s/local and nested: the digit-first name is the only error, since they would create an app',
    async version => {
      for (const start of [dirOf(version, 'local'), path.join(dirOf(version, 'nested'), 'graphql')]) {
        const result = await validateApp({ appDir: start })
        expect(errorsOf(result.problems)).toEqual([
          expect.objectContaining({ field: 'name', message: 'app name must start with a letter' }),
          ...refusedByServer(version)
        ])
        expect(result.model?.settings.allowed_request_origins).toEqual(['http://localhost:8080'])
      }
    }
  )

  test.each(CASES)(
    '%s/invalid_meta: the empty .mdb/app_meta.json is a warning; the root file decides',
    async (version, rootFile) => {
      const found = await findAppRoot(dirOf(version, 'invalid_meta'))
      expect(found).toMatchObject({ layout: version, rootFile })
      expect(found.metaFile).toBeUndefined()
      expect(found.problems).toEqual([
        expect.objectContaining({ source: '.mdb/app_meta.json', severity: 'warning' })
      ])
    }
  )

  test.each([
    ['20180301', 'stitch.json'],
    ['20210101', 'realm_config.json']
  ])('%s/invalid_config: the empty %s is reported at 1:1', async (version, rootFile) => {
    const result = await validateApp({ appDir: dirOf(version, 'invalid_config') })
    expect(errorsOf(result.problems)).toEqual([
      expect.objectContaining({
        source: rootFile,
        line: 1,
        column: 1,
        message: expect.stringContaining('empty')
      })
    ])
  })

  test('20200603/invalid_config: an empty config.json is not an app root; the error names it', async () => {
    const error = await rootError(dirOf('20200603', 'invalid_config'))
    expect(error.problems).toContainEqual(
      expect.objectContaining({
        source: path.join(dirOf('20200603', 'invalid_config'), 'config.json'),
        line: 1,
        severity: 'error'
      })
    )
  })

  test.each([
    ['20180301', 'stitch.json'],
    ['20210101', 'realm_config.json']
  ])('%s/no_version: %s without config_version is an error on that file', async (version, rootFile) => {
    const result = await validateApp({ appDir: dirOf(version, 'no_version') })
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        source: rootFile,
        severity: 'error',
        message: `${rootFile} is missing required field 'config_version'`
      })
    )
    expect(result.problems).toContainEqual(expect.objectContaining({ field: 'garbage', severity: 'warning' }))
  })

  test('20200603/no_version: a config.json without config_version is passed over, and the error says why', async () => {
    const error = await rootError(dirOf('20200603', 'no_version'))
    expect(error.problems[0].source).toBe('--app-dir')
    expect(error.problems).toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('has no config_version') })
    )
  })
})
