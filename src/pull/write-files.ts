// Puts a pull on disk, safely. A non-empty output directory is refused unless forced, before
// anything is written; forced, the App Services config in it is replaced (so nothing deleted from
// the app survives) while everything else stays: `.git`, READMEs, and `hosting/` except the files
// the pull writes, because hosted files cannot be downloaded and may only exist locally.
// Everything is first written into a temporary folder beside the output directory and moved into
// place only once complete, so a pull that fails half-way (a full disk, an unsafe path found late)
// leaves the output directory as it was.
import { lstat, mkdir, mkdtemp, readdir, realpath, rename, rm, writeFile } from 'node:fs/promises'
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
  const parent = path.dirname(path.resolve(dir))
  await mkdir(parent, { recursive: true })
  // Beside the target, so the final moves are renames within one file system.
  const staging = await realpath(await mkdtemp(path.join(parent, `.${path.basename(dir)}.pull-`)))
  try {
    const paths = [...files.keys()].sort()
    for (const rel of paths) await writeOne(staging, rel, files.get(rel) as string)
    if (options.keepOthers) await addInto(staging, dir)
    else await moveIntoPlace(staging, dir, options.force)
    return paths
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/** The complete pull replaces `dir`: renamed whole when `dir` is missing or empty, else merged. */
async function moveIntoPlace(staging: string, dir: string, force: boolean): Promise<void> {
  const entries = await entriesOf(dir)
  if (!entries || entries.length === 0) {
    if (entries) await rm(dir, { recursive: true })
    await rename(staging, dir)
    return
  }
  if (!force) throw new Error(`'${dir}' changed while the pull ran; nothing was moved into it`)
  const root = await realpath(dir)
  // Checked before anything moves: a failure here leaves the directory as it was.
  await checkLinks(staging, root, root, '')
  for (const entry of REPLACED_ENTRIES) await rm(path.join(root, entry), { recursive: true, force: true })
  await mergeInto(staging, root)
}

/** A few files of a complete pull (`pull --only`) go into the existing config; nothing else changes. */
async function addInto(staging: string, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true })
  const root = await realpath(dir)
  await checkLinks(staging, root, root, '')
  await mergeInto(staging, root)
}

/** A folder of the pull that is a link in `dir` must lead inside it (else nothing is written). */
async function checkLinks(from: string, to: string, root: string, rel: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue
    const target = path.join(to, entry.name)
    const real = await realpath(target).catch(() => undefined)
    if (real === undefined) continue
    const name = rel ? `${rel}/${entry.name}` : entry.name
    if (real !== root && !real.startsWith(`${root}${path.sep}`)) {
      throw new ConfigError([
        {
          source: name,
          message: 'its folder is a link to a place outside the output directory; nothing was written',
          severity: 'error'
        }
      ])
    }
    await checkLinks(path.join(from, entry.name), real, root, name)
  }
}

/** Moves every entry of `from` into `to`, keeping what only `to` has (local hosting files). */
async function mergeInto(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    // Followed: a linked folder inside the directory was checked by checkLinks.
    const existing = await lstat(target).catch(() => undefined)
    const existingDir =
      existing &&
      (await realpath(target)
        .then(r => lstat(r))
        .catch(() => undefined))
    if (entry.isDirectory() && existingDir?.isDirectory()) {
      await mergeInto(source, await realpath(target))
      continue
    }
    // A file or a link to a file in the way is replaced, never written through.
    if (existing) await rm(target, { recursive: true, force: true })
    await rename(source, target)
  }
}
