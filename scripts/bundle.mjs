// Builds the committed bundles with ncc: the action (dist/index.js), the CLI (dist/cli/index.js) and
// the function test runtime (dist/testing/index.js, the package's `realm-deploy/testing` export).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js'
const builds = [
  { entry: 'src/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
  { entry: 'src/testing/index.ts', out: 'dist/testing' }
]

/**
 * ncc numbers lazy chunks in the order it happens to finish them, so two builds of the same sources
 * can name the mongodb driver's chunk 245 or 328. Each chunk is renamed after a hash of the modules it
 * holds (module ids are stable), and every reference is rewritten: two builds are byte-identical again,
 * which the dist/ freshness check in CI needs.
 */
function renumberChunks(dir) {
  const chunk = /^(\d+)\.index\.js$/
  const files = readdirSync(dir).filter(f => chunk.test(f))
  const ids = new Map()
  for (const file of files) {
    // Small modules may be copied into several chunks, so a chunk is named after all of its modules.
    const modules = [...readFileSync(join(dir, file), 'utf8').matchAll(/\n\/\*\*\*\/ (\d+):/g)].map(m => m[1])
    if (modules.length === 0) throw new Error(`${dir}/${file}: no module in this chunk`)
    const digest = createHash('sha256').update(modules.sort().join(',')).digest('hex')
    const id = String(parseInt(digest.slice(0, 8), 16))
    if ([...ids.values()].includes(id)) throw new Error(`${dir}: two chunks would be named ${id}`)
    ids.set(chunk.exec(file)[1], id)
  }
  const rewrite = text =>
    text
      .replace(/(\.e\((?:\/\* import\(\) \*\/ )?)(\d+)\)/g, (m, head, id) =>
        ids.has(id) ? `${head}${ids.get(id)})` : m
      )
      .replace(/^export const id = (\d+);$/m, (m, id) =>
        ids.has(id) ? `export const id = ${ids.get(id)};` : m
      )
      .replace(/^export const ids = \[(\d+)\];$/m, (m, id) =>
        ids.has(id) ? `export const ids = [${ids.get(id)}];` : m
      )
  for (const file of readdirSync(dir).filter(f => f.endsWith('.js'))) {
    const path = join(dir, file)
    writeFileSync(path, rewrite(readFileSync(path, 'utf8')))
  }
  // Two steps, since a new name may be another chunk's old one.
  for (const file of files) renameSync(join(dir, file), join(dir, `${file}.renaming`))
  for (const file of files)
    renameSync(join(dir, `${file}.renaming`), join(dir, `${ids.get(chunk.exec(file)[1])}.index.js`))
}

/**
 * webpack wraps each module in an arrow function, which V8 pre-parses with its chunk and then parses
 * again, whole, when the module first runs. A parenthesized `function` expression is compiled with its
 * chunk instead (V8's heuristic for functions about to be called), once: measured on the CLI, `validate`
 * 10% and the action's start 10% faster. The runtime calls every factory with
 * `.call(module.exports, ...)`, and webpack already writes `function` for the modules that use `this`,
 * so the two forms run the same.
 */
function eagerModuleFactories(dir) {
  const arrow = /^\/\*\*\*\/ \(\(([\w$, ]*)\) => \{$/gm
  for (const file of readdirSync(dir).filter(f => f.endsWith('.js'))) {
    const path = join(dir, file)
    const text = readFileSync(path, 'utf8')
    const eager = text.replace(arrow, (_all, params) => `/***/ (function(${params}) {`)
    if (/^\/\*\*\*\/ \(\(/m.test(eager)) throw new Error(`${path}: a module wrapper of an unknown form`)
    writeFileSync(path, eager)
  }
}

rmSync('dist', { recursive: true, force: true })
for (const { entry, out } of builds) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit'
  })
  renumberChunks(out)
  eagerModuleFactories(out)
}
// Type declarations for `realm-deploy/testing` users (ncc emits JavaScript only).
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.testing-types.json'], {
  stdio: 'inherit'
})
const cli = 'dist/cli/index.js'
const text = readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
chmodSync(cli, 0o755)
