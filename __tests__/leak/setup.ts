// jest's global setup: one directory for this run's leak records (see capture.ts), named in an
// environment variable the test workers inherit. Self-contained: jest loads a global setup module
// without the test transform's module mapping, so it may import built-ins only.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Also spelled out in teardown.ts (which cannot import this file); leak.test.ts checks they agree. */
export const LEAK_DIR_ENV = 'REALM_DEPLOY_LEAK_DIR'

// eslint-disable-next-line no-restricted-syntax -- jest calls a global setup module's default export
export default function setupLeakRecords(): void {
  process.env[LEAK_DIR_ENV] = mkdtempSync(path.join(tmpdir(), `realm-deploy-leak-${process.pid}-`))
}
