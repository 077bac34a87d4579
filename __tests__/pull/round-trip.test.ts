// Both layouts read back: what the writer produces loads with `loadApp` without a problem, into a
// model whose plan against the pulled app is empty (no emulator: the hand-written pull is the app).
import { validateApp } from '../../src/app/index.js'
import { desiredItems } from '../../src/plan/desired.js'
import { diffItems } from '../../src/plan/diff.js'
import { remoteItems } from '../../src/plan/remote.js'
import { configFiles, writeConfigDir, type PullLayout } from '../../src/pull/index.js'
import { samplePulledApp } from './sample-pull.js'
import { outputPath, removeTempDirs } from './temp-dirs.js'

afterAll(removeTempDirs)

describe.each<PullLayout>(['20210101', '20230101'])('layout %s', layout => {
  test('loads without problems into a model that plans no changes against the app', async () => {
    const pulled = { ...samplePulledApp(), assets: undefined }
    const dir = await outputPath()
    await writeConfigDir(dir, configFiles(pulled, { layout }).files, { force: false })
    const { model, problems } = await validateApp({ appDir: dir })
    expect(problems).toEqual([])
    expect(model?.layout).toBe(layout)
    expect(model?.settings).toMatchObject({
      name: 'EveryKind',
      client_app_id: 'everykind-abcde',
      environment: 'production'
    })
    expect(model?.functions.map(f => f.name).sort()).toEqual(
      pulled.snapshot.functions.map(f => f.name).sort()
    )
    expect(model?.dependencies).toMatchObject({
      kind: 'package.json',
      dependencies: { axios: '1.6.0', lodash: '4.17.21' }
    })
    expect(model?.secretsNeeded).toEqual(['apiKeySecret', 'hookSecret', 'jwtKey', 'twilioToken'])
    const plan = diffItems(desiredItems(model!), remoteItems(pulled.snapshot))
    expect(plan.changes.map(c => `${c.action} ${c.kind} ${c.key} ${(c.fields ?? []).join(',')}`)).toEqual([])
    expect(plan.secrets).toEqual({ create: [], update: [] })
  })

  test('with the hosted files listed, validation names each file still to be copied in', async () => {
    const dir = await outputPath()
    await writeConfigDir(dir, configFiles(samplePulledApp(), { layout }).files, { force: false })
    const { problems } = await validateApp({ appDir: dir })
    expect(problems.map(p => [p.source, p.severity, p.message])).toEqual([
      [
        'hosting/metadata.json',
        'warning',
        '/css/site.css has an entry in metadata.json but no file under hosting/files: the entry is ignored'
      ],
      [
        'hosting/metadata.json',
        'warning',
        '/index.html has an entry in metadata.json but no file under hosting/files: the entry is ignored'
      ]
    ])
  })
})
