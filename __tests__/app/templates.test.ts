import path from 'node:path'
import { loadApp } from '../../src/app/load.js'
import type { AppModel } from '../../src/app/model.js'
import { environmentKey, expandTemplates, findTemplateProblems } from '../../src/app/templates.js'
import { ConfigError } from '../../src/errors.js'
import { OWN_APPS } from './fixture-dirs.js'

const base = (): Promise<AppModel> => loadApp({ appDir: path.join(OWN_APPS, 'layout-20230101') })

function withExtra(model: AppModel, config: Record<string, unknown>): AppModel {
  const [atlas, ...rest] = model.dataSources
  return { ...model, dataSources: [{ ...atlas, config: { ...atlas.config, ...config } }, ...rest] }
}

describe('expandTemplates', () => {
  test('resolves from the active environment, and "" from no-environment.json', async () => {
    const model = await base()
    expect(model.settings.environment).toBe('development')
    expect(expandTemplates(model).dataSources[0].config.clusterName).toBe('InventoryDev')
    expect(expandTemplates(model, 'production').dataSources[0].config.clusterName).toBe('InventoryProd')
    expect(expandTemplates(model, '').dataSources[0].config.clusterName).toBe('Cluster0')
    expect(environmentKey('')).toBe('none')
    // The input model is left as it was.
    expect(model.dataSources[0].config.clusterName).toBe('%(%%environment.values.clusterName)')
  })

  test('a whole-string expansion takes the JSON value; an embedded one its text', async () => {
    const model = withExtra(await base(), {
      recipients: '%(%%environment.values.reportRecipients)',
      label: 'cluster-%(%%environment.values.clusterName)-main'
    })
    const expanded = expandTemplates(model, 'production').dataSources[0].config
    expect(expanded.recipients).toEqual(['ops@example.com', 'buyers@example.com'])
    expect(expanded.label).toBe('cluster-InventoryProd-main')
  })

  test('function sources are code and are never expanded', async () => {
    const model = await base()
    const fn = { ...model.functions[0], source: 'exports = () => "%(%%environment.values.clusterName)"' }
    const expanded = expandTemplates({ ...model, functions: [fn] })
    expect(expanded.functions[0].source).toBe(fn.source)
  })

  test('an unknown name or a value missing for the environment is a problem naming the file and field', async () => {
    const model = withExtra(await base(), { other: '%(%%environment.values.nope)' })
    const problems = findTemplateProblems(model, 'testing')
    expect(problems).toEqual([
      expect.objectContaining({
        source: 'data_sources/mongodb-atlas/config.json',
        field: 'config.other',
        message: expect.stringContaining('nope is not defined')
      })
    ])
    const recipients = withExtra(await base(), { to: '%(%%environment.values.reportRecipients)' })
    expect(findTemplateProblems(recipients, 'qa')).toEqual([
      expect.objectContaining({
        field: 'config.to',
        message: expect.stringContaining("no value for environment 'qa' (qa.json)")
      })
    ])
    expect(() => expandTemplates(recipients, 'qa')).toThrow(ConfigError)
  })

  test('an object value cannot be embedded in a longer string', async () => {
    const model = withExtra(await base(), { to: 'mailto:%(%%environment.values.reportRecipients)' })
    expect(findTemplateProblems(model, 'production')[0].message).toContain(
      'cannot be part of a longer string'
    )
  })
})
