// Throwaway output directories for the pull tests, removed after each file's tests.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

const created: string[] = []

/** A fresh, empty directory's path `<tmp>/<name>` (the directory itself does not exist yet). */
export async function outputPath(name = 'app'): Promise<string> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'realm-deploy-pull-'))
  created.push(tmp)
  return path.join(tmp, name)
}

export async function removeTempDirs(): Promise<void> {
  for (const dir of created.splice(0)) await rm(dir, { recursive: true, force: true })
}
