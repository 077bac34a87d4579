// After `deploy --create-app`: the created app's client_app_id written into the root config file's
// `app_id` (every layout names it so), keeping the file's formatting and comments, so the repository
// points at the app it created and the next run deploys there, not to an app found by name.
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { applyEdits, modify, parse } from 'jsonc-parser/lib/esm/main.js'

export interface AppIdWrite {
  /** The root file, relative to the app directory. */
  readonly file: string
  readonly appId: string
  /** False when the file already said so. */
  readonly changed: boolean
}

export async function writeAppId(root: string, rootFile: string, clientAppId: string): Promise<AppIdWrite> {
  const full = path.join(root, rootFile)
  const text = await readFile(full, 'utf8')
  const current = (parse(text) as { app_id?: unknown } | undefined)?.app_id
  if (current === clientAppId) return { file: rootFile, appId: clientAppId, changed: false }
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? '  '
  const edits = modify(text, ['app_id'], clientAppId, {
    formattingOptions: { insertSpaces: !indent.includes('\t'), tabSize: indent.length, eol: '\n' }
  })
  await writeFile(full, applyEdits(text, edits))
  return { file: rootFile, appId: clientAppId, changed: true }
}
