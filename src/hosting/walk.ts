// Walks hosting/files and lists the files to publish. Nothing outside the app directory is listed:
// a symbolic link is followed only when its real target is inside the app directory, a linked
// directory only once per chain (no loops), and anything else is a Problem naming the path.
import type { Dirent } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { printablePath, type Problem } from '../errors.js'
import type { IgnoreMatcher } from './ignore.js'
import { compareCodePoints, isInside } from './paths.js'
import { HOSTING_FILES_DIR } from './types.js'

export interface WalkedFile {
  /** The asset path, e.g. `/css/site.css`. */
  readonly path: string
  /** Where to read it: a path inside the app directory with no symbolic link in its last part. */
  readonly readPath: string
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

interface WalkState {
  readonly appRoot: string
  readonly matcher: IgnoreMatcher
  readonly files: WalkedFile[]
  readonly problems: Problem[]
}

/** The files under `<appRoot>/hosting/files` (appRoot already real), sorted by asset path. */
export async function walkHostingFiles(
  appRoot: string,
  matcher: IgnoreMatcher
): Promise<{ files: WalkedFile[]; problems: Problem[] }> {
  const state: WalkState = { appRoot, matcher, files: [], problems: [] }
  const root = await realpath(join(appRoot, HOSTING_FILES_DIR)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT')
      state.problems.push(fileProblem('', `cannot be read: ${error.code ?? error.message}`))
    return undefined
  })
  if (root === undefined) return state
  if (!isInside(appRoot, root)) {
    state.problems.push(fileProblem('', 'is a symbolic link to a place outside the app directory'))
    return state
  }
  await walkDirectory(state, root, '', [root])
  // readdir order depends on the file system; output does not.
  state.files.sort((a, b) => compareCodePoints(a.path, b.path))
  state.problems.sort((a, b) => compareCodePoints(a.source, b.source))
  return state
}

async function walkDirectory(
  state: WalkState,
  dir: string,
  prefix: string,
  chain: readonly string[]
): Promise<void> {
  let entries: Dirent[]
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (error) {
    state.problems.push(fileProblem(prefix, `cannot be read: ${errorCode(error)}`))
    return
  }
  for (const entry of entries) {
    // Plain concatenation: path.join would normalise each of tens of thousands of names again.
    const path = `${prefix}/${entry.name}`
    const full = `${dir}${sep}${entry.name}`
    // A control character in a name (a newline, ESC) would travel into logs, URLs and reports.
    if (CONTROL.test(entry.name)) {
      state.problems.push(
        fileProblem(
          printablePath(path),
          'has a control character (newline, tab, escape...) in its name; rename it'
        )
      )
      continue
    }
    if (entry.isDirectory()) {
      if (!state.matcher.isIgnored(path, true)) await walkDirectory(state, full, path, [...chain, full])
    } else if (entry.isFile()) {
      if (!state.matcher.isIgnored(path, false)) state.files.push({ path, readPath: full })
    } else if (entry.isSymbolicLink()) {
      await followLink(state, full, path, chain)
    } else {
      state.problems.push(fileProblem(path, 'is not a regular file (a device, socket or pipe)'))
    }
  }
}

async function followLink(
  state: WalkState,
  link: string,
  path: string,
  chain: readonly string[]
): Promise<void> {
  if (state.matcher.isIgnored(path, false) || state.matcher.isIgnored(path, true)) return
  let target: string
  try {
    target = await realpath(link)
  } catch (error) {
    state.problems.push(fileProblem(path, `is a symbolic link that leads nowhere (${errorCode(error)})`))
    return
  }
  if (!isInside(state.appRoot, target)) {
    state.problems.push(
      fileProblem(path, 'is a symbolic link to a place outside the app directory; copy the file in instead')
    )
    return
  }
  const info = await stat(target).catch(() => undefined)
  if (info?.isFile()) {
    state.files.push({ path, readPath: target })
  } else if (!info?.isDirectory()) {
    state.problems.push(fileProblem(path, 'is a symbolic link to something that is not a regular file'))
  } else if (chain.includes(target)) {
    state.problems.push(fileProblem(path, 'is a symbolic link to one of its own parent directories (a loop)'))
  } else {
    await walkDirectory(state, target, path, [...chain, target])
  }
}

/** A Problem about a path below hosting/files (`''` for the directory itself). */
export function fileProblem(assetPath: string, message: string): Problem {
  return { source: `${HOSTING_FILES_DIR}${assetPath}`, message, severity: 'error' }
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  return code ?? (error instanceof Error ? error.message : String(error))
}
