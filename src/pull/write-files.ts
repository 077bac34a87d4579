// Puts a pull on disk, safely. A non-empty output directory is refused unless forced, before
// anything is written; forced, the App Services config in it is replaced (so nothing deleted from
// the app survives) while everything else stays: `.git`, READMEs, and `hosting/` except the files
// the pull writes, because hosted files cannot be downloaded and may only exist locally.
import { lstat, mkdir, readdir, realpath, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { ConfigError, type Problem } from '../errors.js'
import type { ConfigFileMap } from './config-files.js'

/** Top-level entries a pull owns and replaces with --force (every layout's names). */
const REPLACED_ENTRIES = [
  '.mdb',
  'root_config.json',
  'realm_config.json',
  'config.json',
  'stitch.json',
  'data_api_config.json',
  'auth',
  'auth_providers',
  'data_sources',
  'environments',
  'functions',
  'graphql',
  'http_endpoints',
  'https_endpoints',
  'log_forwarders',
  'services',
  'sync',
  'triggers',
  'values'
]

async function entriesOf(dir: string): Promise<string[] | undefined> {
  const info = await lstat(dir).catch(() => undefined)
  if (!info) return undefined
  if (!info.isDirectory()) {
    throw new ConfigError([
      { source: '--out', message: `'${dir}' exists and is not a directory`, severity: 'error' }
    ])
  }
  return readdir(dir)
}

/** Refuses a non-empty `dir` without `force` (exit 2). A missing directory is fine: it is created. */
export async function checkOutputDir(dir: string, force: boolean): Promise<void> {
  const entries = await entriesOf(dir)
  if (!entries || entries.length === 0 || force) return
  const shown = entries.sort().slice(0, 5).join(', ')
  const message =
    `'${dir}' is not empty (${shown}${entries.length > 5 ? ', ...' : ''}); nothing was written. Pull into an empty directory, ` +
    'or pass --force to replace the App Services config in it (other files, such as .git and hosting/files, are kept)'
  throw new ConfigError([{ source: '--out', message, severity: 'error' }])
}

/** Every path must stay inside the directory: names come from the server. */
function unsafePaths(files: ConfigFileMap): Problem[] {
  const problems: Problem[] = []
  for (const file of files.keys()) {
    const segments = file.split('/')
    const bad =
      path.posix.isAbsolute(file) ||
      segments.some(s => s === '' || s === '.' || s === '..' || /[\\\0]/.test(s))
    if (bad)
      problems.push({
        source: file,
        message: 'a resource name makes an unsafe file path; nothing was written',
        severity: 'error'
      })
  }
  return problems
}

async function writeOne(root: string, rel: string, content: string): Promise<void> {
  const target = path.join(root, ...rel.split('/'))
  await mkdir(path.dirname(target), { recursive: true })
  const parent = await realpath(path.dirname(target))
  if (parent !== root && !parent.startsWith(`${root}${path.sep}`)) {
    throw new ConfigError([
      {
        source: rel,
        message: 'its folder is a link to a place outside the output directory; not written',
        severity: 'error'
      }
    ])
  }
  // Never write through a link: replace it with the file.
  if ((await lstat(target).catch(() => undefined))?.isSymbolicLink()) await rm(target)
  await writeFile(target, content, 'utf8')
}

/** Writes `files` under `dir` (created when missing); returns the paths written, sorted. */
export async function writeConfigDir(
  dir: string,
  files: ConfigFileMap,
  /** `keepOthers`: write these files into an existing config, removing and refusing nothing. */
  options: { readonly force: boolean; readonly keepOthers?: boolean }
): Promise<string[]> {
  const problems = unsafePaths(files)
  if (problems.length > 0) throw new ConfigError(problems)
  if (!options.keepOthers) await checkOutputDir(dir, options.force)
  await mkdir(dir, { recursive: true })
  const root = await realpath(dir)
  if (options.force && !options.keepOthers) {
    for (const entry of REPLACED_ENTRIES) await rm(path.join(root, entry), { recursive: true, force: true })
  }
  const paths = [...files.keys()].sort()
  for (const rel of paths) await writeOne(root, rel, files.get(rel) as string)
  return paths
}
