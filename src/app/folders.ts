// What may sit at the top of an app directory in each layout. Anything else is ignored by App
// Services, which is worth a warning (a misspelt `trigger/` folder would otherwise deploy nothing),
// never an error: repositories carry READMEs, CI files and the like next to the config.
import type { Problem } from '../errors.js'
import type { AppDir } from './app-dir.js'
import { isV1Layout, LAYOUT_ROOT_FILES, type Layout } from './model.js'

const COMMON_DIRS = [
  'functions',
  'values',
  'environments',
  'triggers',
  'graphql',
  'hosting',
  'log_forwarders',
  'services'
]
const V2_DIRS = ['auth', 'data_sources', 'sync', 'http_endpoints', 'https_endpoints']
const V1_DIRS = ['auth_providers']
const V1_FILES = ['data_api_config.json']

export async function checkTopLevel(dir: AppDir, layout: Layout): Promise<Problem[]> {
  const v1 = isV1Layout(layout)
  const dirs = new Set([...COMMON_DIRS, ...(v1 ? V1_DIRS : V2_DIRS)])
  const files = new Set([...Object.values(LAYOUT_ROOT_FILES), 'secrets.json', ...(v1 ? V1_FILES : [])])
  const problems: Problem[] = []
  for (const entry of await dir.list('')) {
    if (entry.name.startsWith('.')) continue
    if (entry.kind === 'dir' && !dirs.has(entry.name)) {
      const other = (v1 ? V2_DIRS : V1_DIRS).includes(entry.name)
      const why = other
        ? `it belongs to the ${v1 ? '20210101/20230101' : 'v1 (20200603/20180301)'} layout`
        : 'it is not an App Services config folder'
      problems.push({
        source: `${entry.name}/`,
        message: `ignored: ${why} (this app uses the ${layout} layout)`,
        severity: 'warning'
      })
    }
    if (entry.kind === 'file' && entry.name.endsWith('.json') && !files.has(entry.name)) {
      problems.push({
        source: entry.name,
        message: 'ignored: not an App Services config file',
        severity: 'warning'
      })
    }
  }
  return problems
}
