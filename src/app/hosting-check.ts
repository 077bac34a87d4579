// The seam to the hosting module: validation asks it to scan `hosting/files/**` and
// `hosting/metadata.json` (no hashing) and merges what it finds. The assets themselves stay
// src/hosting's business; the app model only records that hosting exists. The hosting module (and
// its content-type table) is imported only for an app that has hosting: `validate` of any other app
// never loads it.
import type { Problem } from '../errors.js'

export async function checkHostingFiles(appDir: string): Promise<Problem[]> {
  const { scanHostingFiles } = await import('../hosting/assets.js')
  const { problems } = await scanHostingFiles({ appDir })
  return [...problems]
}
