// The seam to the hosting module: validation asks it to scan `hosting/files/**` and
// `hosting/metadata.json` (no hashing) and merges what it finds. The assets themselves stay
// src/hosting's business; the app model only records that hosting exists.
import type { Problem } from '../errors.js'

export async function checkHostingFiles(appDir: string): Promise<Problem[]> {
  // Imported when an app has hosting only: the scan brings the content-type table (mime-db) and the
  // hashing code, which an app without hosting/ never needs (the bundler makes this a chunk of its own).
  const { scanHostingFiles } = await import('../hosting/assets.js')
  const { problems } = await scanHostingFiles({ appDir })
  return [...problems]
}
