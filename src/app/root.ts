// Finds the app directory from a starting directory the way realm-cli does (admin-api-notes §3 step 1):
// look in the directory and up to 8 parents for a root file; `.mdb/meta.json` or `.mdb/app_meta.json`
// `config_version` picks the file when present. `root_config.json` (20230101, which has no
// config_version of its own), `realm_config.json` and `stitch.json` are unambiguous names. A
// `config.json` only counts with a `config_version`, because every app has other `config.json` files
// (`graphql/config.json`, `functions/config.json`): starting inside one of those folders walks up.
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, type Problem } from '../errors.js'
import { parseJsonDocument } from './json-file.js'
import { LAYOUT_ROOT_FILES, type Layout } from './model.js'

/** realm-cli's `maxDirectoryContainSearchDepth`. */
export const MAX_PARENT_DIRS = 8

export interface AppRoot {
  /** Absolute path of the app directory. */
  readonly root: string
  readonly layout: Layout
  readonly rootFile: string
  /** `.mdb/meta.json` or `.mdb/app_meta.json` when it chose the layout. */
  readonly metaFile?: string
  /** Warnings about the root (an unreadable `.mdb` file, a second root file that is ignored). */
  readonly problems: Problem[]
}

const LAYOUT_BY_VERSION = new Map<number, Layout>(
  (Object.keys(LAYOUT_ROOT_FILES) as Layout[]).map(layout => [Number(layout), layout])
)
const META_FILES = ['.mdb/meta.json', '.mdb/app_meta.json']
/** Newest first: when a directory holds two root files, the newer layout is the one in use. */
const ROOT_FILES: Array<[string, Layout]> = [
  ['root_config.json', '20230101'],
  ['realm_config.json', '20210101'],
  ['config.json', '20200603'],
  ['stitch.json', '20180301']
]

export async function findAppRoot(start: string): Promise<AppRoot> {
  const first = path.resolve(start)
  if (!(await isDirectory(first))) {
    throw new ConfigError([
      { source: '--app-dir', message: `'${start}' is not a directory`, severity: 'error' }
    ])
  }
  const passedOver: Problem[] = []
  let dir = first
  for (let depth = 0; depth <= MAX_PARENT_DIRS; depth++) {
    const found = await inspectDirectory(dir, passedOver)
    if (found) return found
    const parent = path.dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  throw new ConfigError([
    {
      source: '--app-dir',
      message:
        `no App Services app found in '${first}' or its ${MAX_PARENT_DIRS} parent directories: expected ` +
        'root_config.json, realm_config.json, config.json (with config_version) or stitch.json',
      severity: 'error'
    },
    ...passedOver
  ])
}

async function inspectDirectory(dir: string, passedOver: Problem[]): Promise<AppRoot | undefined> {
  const problems: Problem[] = []
  const byMeta = await layoutFromMeta(dir, problems)
  if (byMeta) {
    const rootFile = LAYOUT_ROOT_FILES[byMeta.layout]
    if (!(await isFile(path.join(dir, rootFile)))) {
      const message = `config_version ${byMeta.layout} expects ${rootFile}, which does not exist in '${dir}'`
      throw new ConfigError([{ source: byMeta.metaFile, message, severity: 'error' }, ...problems])
    }
    return { root: dir, layout: byMeta.layout, rootFile, metaFile: byMeta.metaFile, problems }
  }
  const present: Array<[string, Layout]> = []
  for (const [file, layout] of ROOT_FILES) {
    if (!(await isFile(path.join(dir, file)))) continue
    if (file !== 'config.json' || (await isVersionedConfig(dir, passedOver))) present.push([file, layout])
  }
  if (present.length === 0) return undefined
  const [[rootFile, layout], ...ignored] = present
  for (const [file] of ignored) {
    problems.push({
      source: file,
      message: `ignored: ${rootFile} is the root file of this app`,
      severity: 'warning'
    })
  }
  return { root: dir, layout, rootFile, problems }
}

async function layoutFromMeta(
  dir: string,
  problems: Problem[]
): Promise<{ layout: Layout; metaFile: string } | undefined> {
  for (const metaFile of META_FILES) {
    const text = await readIfFile(path.join(dir, metaFile))
    if (text === undefined) continue
    const { doc } = parseJsonDocument(metaFile, text)
    const version = (doc.value as { config_version?: unknown } | undefined)?.config_version
    const layout = typeof version === 'number' ? LAYOUT_BY_VERSION.get(version) : undefined
    if (layout) return { layout, metaFile }
    const why = doc.ok
      ? `has no known config_version (${JSON.stringify(version ?? null)})`
      : 'is not valid JSON'
    problems.push({
      source: metaFile,
      message: `${why}; ignored, the layout comes from the root file`,
      severity: 'warning'
    })
  }
  return undefined
}

async function isVersionedConfig(dir: string, passedOver: Problem[]): Promise<boolean> {
  const file = path.join(dir, 'config.json')
  const { doc, problems } = parseJsonDocument(file, (await readIfFile(file)) ?? '')
  const version = (doc.value as { config_version?: unknown } | undefined)?.config_version
  if (typeof version === 'number') return true
  passedOver.push(
    ...problems,
    ...(doc.ok
      ? [
          {
            source: file,
            message: 'has no config_version, so it is not an app root (a nested config.json)',
            severity: 'warning' as const
          }
        ]
      : [])
  )
  return false
}

async function isDirectory(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isDirectory() ?? false
}

async function isFile(p: string): Promise<boolean> {
  return (await stat(p).catch(() => undefined))?.isFile() ?? false
}

async function readIfFile(p: string): Promise<string | undefined> {
  return (await isFile(p)) ? readFile(p, 'utf8') : undefined
}
