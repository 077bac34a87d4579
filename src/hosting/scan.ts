// The local side of hosting: every file under <appDir>/hosting/files with its size, attrs and (for
// collectAssets) MD5, as the Admin API's Asset Metadata Documents, sorted by path.
import { lstat, readFile, realpath, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Problem } from '../errors.js'
import { defaultAttrs } from './content-type.js'
import { digestFiles, type FileDigest } from './hash.js'
import { compileIgnore, type IgnoreMatcher } from './ignore.js'
import type { MetadataEntry } from './metadata.js'
import { isInside } from './paths.js'
import { fileProblem, walkHostingFiles, type WalkedFile } from './walk.js'
import {
  HOSTING_METADATA_FILE,
  MAX_ASSET_SIZE,
  type Attr,
  type HostingFile,
  type LocalAsset
} from './types.js'

export interface ScanOptions {
  /** The app's root directory (the one holding `hosting/`). */
  readonly appDir: string
  /** Glob patterns of asset paths to leave out (see ignore.ts). Default: none, as realm-cli. */
  readonly ignore?: readonly string[]
  /** Names where ignore patterns came from in problems, e.g. `--ignore`. Default `ignore`. */
  readonly ignoreSource?: string
}

export interface CollectOptions extends ScanOptions {
  /** Hashing threads; 0 hashes on this thread; unset picks by the machine and the work. */
  readonly workers?: number
  readonly signal?: AbortSignal
}

interface Prepared {
  readonly files: WalkedFile[]
  readonly entries: ReadonlyMap<string, MetadataEntry>
  readonly problems: Problem[]
}

/** Lists the hosting files with size and attrs, without hashing (for validation). */
export async function scanHostingFiles(
  options: ScanOptions
): Promise<{ files: HostingFile[]; problems: Problem[] }> {
  const { files, entries, problems } = await prepare(options)
  const sizes = await mapBounded(files, 32, file =>
    stat(file.readPath).then(
      s => s.size,
      (error: NodeJS.ErrnoException) => error.code ?? String(error)
    )
  )
  const out: HostingFile[] = []
  files.forEach((file, i) => {
    const size = sizes[i]
    if (typeof size === 'string') problems.push(fileProblem(file.path, `cannot be read: ${size}`))
    else if (size > MAX_ASSET_SIZE) problems.push(tooLargeProblem(file.path, size))
    else out.push({ path: file.path, size, ...attrsOf(file.path, entries) })
  })
  return { files: out, problems }
}

/** Lists the hosting files with MD5, size and attrs: the Asset Metadata Documents, sorted by path. */
export async function collectAssets(
  options: CollectOptions
): Promise<{ assets: LocalAsset[]; problems: Problem[] }> {
  const { files, entries, problems } = await prepare(options)
  const digests = await digestFiles(
    files.map(f => f.readPath),
    { workers: options.workers, maxSize: MAX_ASSET_SIZE, signal: options.signal }
  )
  const assets: LocalAsset[] = []
  files.forEach((file, i) => {
    const digest: FileDigest = digests[i]
    if (digest.kind === 'too-large') problems.push(tooLargeProblem(file.path, digest.size))
    else if (digest.kind === 'unreadable')
      problems.push(fileProblem(file.path, `cannot be read: ${digest.reason}`))
    else
      assets.push({ path: file.path, hash: digest.hash, size: digest.size, ...attrsOf(file.path, entries) })
  })
  return { assets, problems }
}

async function prepare(options: ScanOptions): Promise<Prepared> {
  const { matcher, problems } = compileIgnore(options.ignore ?? [], options.ignoreSource)
  // With a broken pattern the walk would report on files the user meant to leave out.
  if (problems.length > 0) return { files: [], entries: new Map(), problems }
  let appRoot: string
  try {
    appRoot = await realpath(options.appDir)
  } catch {
    problems.push({ source: options.appDir, message: 'the app directory does not exist', severity: 'error' })
    return { files: [], entries: new Map(), problems }
  }
  const [walked, metadata] = await Promise.all([walkHostingFiles(appRoot, matcher), readMetadata(appRoot)])
  problems.push(...metadata.problems, ...walked.problems)
  problems.push(...entriesWithoutFile(metadata.entries, walked.files, matcher))
  return { files: walked.files, entries: metadata.entries, problems }
}

async function readMetadata(
  appRoot: string
): Promise<{ entries: ReadonlyMap<string, MetadataEntry>; problems: Problem[] }> {
  const file = join(appRoot, HOSTING_METADATA_FILE)
  const none = { entries: new Map<string, MetadataEntry>(), problems: [] as Problem[] }
  const info = await lstat(file).catch(() => undefined)
  if (!info) return none
  const real = await realpath(file).catch(() => undefined)
  if (!real || !isInside(appRoot, real)) {
    const message = real
      ? 'is a symbolic link to a place outside the app directory'
      : 'is a broken symbolic link'
    return { ...none, problems: [{ source: HOSTING_METADATA_FILE, message, severity: 'error' }] }
  }
  // Loaded only for an app that has the file: it brings the JSON parser and the MIME database.
  const { parseHostingMetadata } = await import('./metadata.js')
  try {
    return parseHostingMetadata(await readFile(real, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error)
    return {
      ...none,
      problems: [{ source: HOSTING_METADATA_FILE, message: `cannot be read: ${code}`, severity: 'error' }]
    }
  }
}

function entriesWithoutFile(
  entries: ReadonlyMap<string, MetadataEntry>,
  files: readonly WalkedFile[],
  matcher: IgnoreMatcher
): Problem[] {
  const present = new Set(files.map(f => f.path.normalize('NFC')))
  const problems: Problem[] = []
  for (const entry of entries.values()) {
    if (present.has(entry.path) || matcher.isIgnoredWithParents(entry.path)) continue
    problems.push({
      source: HOSTING_METADATA_FILE,
      line: entry.line,
      field: `${entry.field}.path`,
      message: `${entry.path} has an entry in metadata.json but no file under hosting/files: the entry is ignored`,
      severity: 'warning'
    })
  }
  return problems
}

function attrsOf(
  path: string,
  entries: ReadonlyMap<string, MetadataEntry>
): { attrs: readonly Attr[]; explicitAttrs: boolean } {
  const entry = entries.size > 0 ? entries.get(path.normalize('NFC')) : undefined
  return entry
    ? { attrs: entry.attrs, explicitAttrs: true }
    : { attrs: defaultAttrs(path), explicitAttrs: false }
}

function tooLargeProblem(path: string, size: number): Problem {
  const mib = (size / 1024 / 1024).toFixed(1)
  return fileProblem(
    path,
    `is ${mib} MiB; App Services hosts files up to ${MAX_ASSET_SIZE / 1024 / 1024} MiB`
  )
}

/** Maps with at most `limit` calls in flight, keeping the order of `items`. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run))
  return results
}
