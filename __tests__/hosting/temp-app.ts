// Builds throwaway app directories in the OS temp dir for the hosting tests, and removes them after.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const created: string[] = []

/** A temp directory; `afterAll(removeTempDirs)` deletes it. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'realm-deploy-hosting-'))
  created.push(dir)
  return dir
}

/**
 * An app directory with `files` under hosting/files and, when given, hosting/metadata.json
 * (a string is written as is; anything else as JSON).
 */
export function makeApp(files: Record<string, string | Buffer>, metadata?: unknown): string {
  const appDir = join(tempDir(), 'app')
  mkdirSync(join(appDir, 'hosting', 'files'), { recursive: true })
  writeFileSync(join(appDir, 'realm_config.json'), '{"config_version": 20210101, "name": "temp"}\n')
  for (const [path, content] of Object.entries(files))
    writeIn(appDir, join('hosting', 'files', path), content)
  if (metadata !== undefined) {
    const text = typeof metadata === 'string' ? metadata : JSON.stringify(metadata, null, 2)
    writeIn(appDir, join('hosting', 'metadata.json'), text)
  }
  return appDir
}

export function writeIn(root: string, path: string, content: string | Buffer): string {
  const full = join(root, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, content)
  return full
}

export function removeTempDirs(): void {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true })
}
