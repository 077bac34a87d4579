// The seam to the hosting module: validation asks it to scan `hosting/files/**` and
// `hosting/metadata.json` (no hashing) and merges what it finds. The assets themselves stay
// src/hosting's business; the app model only records that hosting exists.
import type { Problem } from '../errors.js'
import { scanHostingFiles } from '../hosting/assets.js'

export async function checkHostingFiles(appDir: string): Promise<Problem[]> {
  const { problems } = await scanHostingFiles({ appDir })
  return [...problems]
}
