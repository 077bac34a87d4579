// Builds the committed bundles with ncc: the action (dist/index.js), the CLI (dist/cli/index.js) and
// the function test runtime (dist/testing/index.js, the package's `realm-deploy/testing` export).
import { execFileSync } from 'node:child_process'
import { rmSync, readFileSync, writeFileSync, chmodSync } from 'node:fs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const builds = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
  { entry: 'src/testing/index.ts', out: 'dist/testing' }
]

rmSync('dist', { recursive: true, force: true })
for (const { entry, out } of builds) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  })
}
// Type declarations for `realm-deploy/testing` users (ncc emits JavaScript only).
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.testing-types.json'], {
  stdio: 'inherit'
})
const cli = 'dist/cli/index.js'
const text = readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
chmodSync(cli, 0o755)
