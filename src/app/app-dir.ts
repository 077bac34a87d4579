// Safe, read-only access to the app directory. Every path is checked before it is read: no `..`, no
// absolute paths, and a symlink may only lead somewhere inside the app directory (its real path is
// resolved and contained). Nothing outside the app directory is ever opened.
//
// The file system is read with synchronous calls behind async methods. Reading an app is hundreds of
// small steps (a real path, a stat, a read per file), each waiting on the one before; as promises each
// is a round trip through libuv's thread pool, which on a busy machine waits for a core twice per step.
// Config files are small (MAX_FILE_BYTES caps them), so blocking for each read costs less than that.
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import type { Problem } from '../errors.js'

/** App Services' static hosting limit, and more than any config file could sensibly need. */
/**
 * The largest config file or function source read: 16 MB, MongoDB's document size limit, the most
 * App Services can store for one config resource. A larger file is refused unread (exit 2, named).
 */
export const MAX_FILE_BYTES = 16 * 1024 * 1024

/** `ignoreBOM: true` keeps a leading BOM in the text, as before: the JSON reader strips it itself. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

export interface DirEntry {
  readonly name: string
  /** Relative to the app directory, `/`-separated. */
  readonly rel: string
  readonly kind: 'file' | 'dir'
  readonly size: number
}

export class AppDir {
  private constructor(
    /** Real (symlink-free) absolute path. */
    readonly root: string,
    private readonly problems: Problem[]
  ) {}

  static async open(dir: string, problems: Problem[]): Promise<AppDir> {
    return new AppDir(realpathSync.native(dir), problems)
  }

  private unsafe(rel: string, message: string): undefined {
    // The same path may be looked at twice (exists, then read); report it once.
    if (!this.problems.some(p => p.source === rel && p.message === message)) {
      this.problems.push({ source: rel, message, severity: 'error' })
    }
    return undefined
  }

  /** The real absolute path of `rel` if it exists and stays inside the app directory. */
  private resolve(rel: string): string | undefined {
    if (path.isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) {
      return this.unsafe(rel, 'path leaves the app directory (".." or absolute); it was not read')
    }
    const absolute = path.join(this.root, rel)
    let real: string
    try {
      real = realpathSync.native(absolute)
    } catch (error) {
      if (lstatSync(absolute, { throwIfNoEntry: false })?.isSymbolicLink()) {
        return this.unsafe(rel, 'symlink points to a file that does not exist')
      }
      if (isNotFound(error)) return undefined
      throw error
    }
    if (real !== this.root && !real.startsWith(this.root + path.sep)) {
      return this.unsafe(rel, 'symlink leads outside the app directory; it was not read')
    }
    return real
  }

  async exists(rel: string): Promise<boolean> {
    return (await this.kindOf(rel)) !== undefined
  }

  async kindOf(rel: string): Promise<'file' | 'dir' | undefined> {
    const real = this.resolve(rel)
    if (!real) return undefined
    const info = statSync(real)
    return info.isDirectory() ? 'dir' : info.isFile() ? 'file' : undefined
  }

  /** Entries of a directory, sorted by name; unsafe entries are reported and left out. */
  async list(relDir: string): Promise<DirEntry[]> {
    const real = this.resolve(relDir)
    if (!real) return []
    const names = readdirSync(real).sort()
    const entries: DirEntry[] = []
    for (const name of names) {
      const rel = relDir ? `${relDir}/${name}` : name
      const target = this.resolve(rel)
      if (!target) continue
      const info = statSync(target)
      if (info.isDirectory() || info.isFile()) {
        entries.push({ name, rel, kind: info.isDirectory() ? 'dir' : 'file', size: info.size })
      }
    }
    return entries
  }

  /** Every file under `relDir`, depth first, skipping directories for which `skipDir` is true. */
  async walk(relDir: string, skipDir: (entry: DirEntry) => boolean = () => false): Promise<DirEntry[]> {
    return this.walkOnce(relDir, skipDir, new Set())
  }

  // `seen` holds real paths: a symlink to a parent directory inside the app would otherwise loop forever.
  private async walkOnce(
    relDir: string,
    skipDir: (e: DirEntry) => boolean,
    seen: Set<string>
  ): Promise<DirEntry[]> {
    const real = this.resolve(relDir)
    if (!real || seen.has(real)) return []
    seen.add(real)
    const files: DirEntry[] = []
    for (const entry of await this.list(relDir)) {
      if (entry.kind === 'file') files.push(entry)
      else if (!skipDir(entry)) files.push(...(await this.walkOnce(entry.rel, skipDir, seen)))
    }
    return files
  }

  /** UTF-8 text of a file, or undefined when it is missing, unsafe, too large or not UTF-8 (reported). */
  async readText(rel: string): Promise<string | undefined> {
    const real = this.resolve(rel)
    if (!real) return undefined
    const info = statSync(real)
    if (!info.isFile()) return this.unsafe(rel, 'expected a file, found a directory')
    if (info.size > MAX_FILE_BYTES) {
      return this.unsafe(
        rel,
        `file is ${info.size} bytes; the limit is ${MAX_FILE_BYTES} bytes (16 MB, the most App Services stores for one config document); it was not read`
      )
    }
    // Decoded strictly: a lenient read would replace bad bytes with U+FFFD and deploy altered text.
    try {
      return utf8.decode(readFileSync(real))
    } catch {
      return this.unsafe(rel, 'file is not valid UTF-8 text; save it as UTF-8')
    }
  }
}

function isNotFound(error: unknown): boolean {
  return (
    (error as NodeJS.ErrnoException)?.code === 'ENOENT' ||
    (error as NodeJS.ErrnoException)?.code === 'ENOTDIR'
  )
}
