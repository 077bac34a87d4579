// Config problems as annotations on the files that have them: the path is relative to the
// repository (the app directory plus the file), with the line and column when known.
import * as core from '@actions/core'
import { existsSync, realpathSync, statSync } from 'node:fs'
import path from 'node:path'
import { findAppRoot } from '../app/root.js'
import type { Problem } from '../errors.js'
import { redact } from '../secrets.js'
import { runnerLog } from './logger.js'

const real = (p: string): string => {
  try {
    return realpathSync(p)
  } catch {
    return p
  }
}

/** The repository-relative path of a problem's file, or undefined when its source is not a file in the repository. */
export function repositoryPath(source: string, appRoot: string, workspace: string): string | undefined {
  if (source === '' || source.startsWith('-')) return undefined
  const file = path.resolve(appRoot, source)
  if (!existsSync(file) || !statSync(file).isFile()) return undefined
  const relative = path.relative(real(workspace), real(file))
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  return relative.split(path.sep).join('/')
}

function messageOf(p: Problem): string {
  return `${p.field ? `${p.field}: ` : ''}${p.message}`
}

export async function annotateProblems(
  problems: readonly Problem[],
  appDir: string,
  workspace: string
): Promise<void> {
  const root = await findAppRoot(appDir).then(
    found => found.root,
    () => appDir
  )
  for (const p of problems) {
    const file = repositoryPath(p.source, root, workspace)
    const properties: core.AnnotationProperties = file
      ? {
          title: 'realm-deploy',
          file,
          ...(p.line ? { startLine: p.line } : {}),
          ...(p.line && p.column ? { startColumn: p.column } : {})
        }
      : { title: 'realm-deploy' }
    const message = redact(file ? messageOf(p) : `${p.source.replace(/^--/, '')}: ${messageOf(p)}`)
    if (p.severity === 'error') runnerLog.error(message, properties)
    else runnerLog.warning(message, properties)
  }
}
