// Builds the two committed bundles with ncc: the action (dist/index.js) and the CLI (dist/cli/index.js).
import { execFileSync } from 'node:child_process'
import { rmSync, readFileSync, writeFileSync, chmodSync } from 'node:fs'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const builds = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' }
]

rmSync('dist', { recursive: true, force: true })
for (const { entry, out } of builds) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  })
}
const cli = 'dist/cli/index.js'
const text = readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
chmodSync(cli, 0o755)
