// Each entry loads only what it uses, checked on the import graph of the sources (the bundler turns
// every dynamic import() into a chunk of its own, so the graph is what a process loads): the CLI's
// start-up (`--help`) and the `validate` and `assets` commands never reach the Admin API client, the
// emulator, the deploy pipeline or the GitHub code; the action entry never reaches the emulator or the
// CLI. Type-only imports are left out: the compiler erases them.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { commands } from '../../src/cli/commands/index.js'

interface Imports {
  readonly static: string[]
  readonly dynamic: string[]
}

function typeOnly(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const named = clause.namedBindings
  return (
    !clause.name &&
    named !== undefined &&
    ts.isNamedImports(named) &&
    named.elements.length > 0 &&
    named.elements.every(e => e.isTypeOnly)
  )
}

function importsOf(file: string): Imports {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true)
  const found: Imports = { static: [], dynamic: [] }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && !typeOnly(node)) {
      found.static.push((node.moduleSpecifier as ts.StringLiteral).text)
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.static.push((node.moduleSpecifier as ts.StringLiteral).text)
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.dynamic.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Modules reachable from `entries` (repository-relative source paths and package names). */
function reachable(entries: string[], follow: 'static' | 'all'): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    if (!file.endsWith('.ts')) return
    const { static: fixed, dynamic } = importsOf(file)
    for (const spec of follow === 'all' ? [...fixed, ...dynamic] : fixed) {
      if (!spec.startsWith('.')) seen.add(spec)
      else visit(path.relative('.', path.resolve(path.dirname(file), spec)).replace(/\.js$/, '.ts'))
    }
  }
  for (const entry of entries) visit(entry)
  return seen
}

const HTTP_CLIENT = (m: string): boolean =>
  m.startsWith('src/admin/') || m === '@actions/http-client' || m === 'undici'
const EMULATOR = (m: string): boolean => m.startsWith('src/emulator/')
const GITHUB = (m: string): boolean =>
  m.startsWith('src/github/') || m === '@actions/core' || m === '@actions/github'
const PIPELINE = (m: string): boolean => m === 'src/deploy/pipeline.ts'
const CLI = (m: string): boolean => m.startsWith('src/cli/')

function offenders(graph: Set<string>, ...rules: Array<(m: string) => boolean>): string[] {
  return [...graph].filter(m => rules.some(rule => rule(m))).sort()
}

const cliStartup = reachable(['src/cli/index.ts'], 'static')

test('the CLI start-up (--help) loads no command module, HTTP client, emulator or GitHub code', () => {
  expect(offenders(cliStartup, HTTP_CLIENT, EMULATOR, GITHUB, PIPELINE)).toEqual([])
  expect([...cliStartup].filter(m => m.startsWith('src/cli/commands/'))).toEqual([
    'src/cli/commands/index.ts'
  ])
})

test.each([
  ['validate', 'src/cli/commands/validate.ts'],
  ['assets', 'src/cli/commands/assets.ts']
])('`%s` loads no HTTP client, emulator, pipeline or GitHub code', (_name, file) => {
  // What runs: the start-up, then the command's module and everything it imports, even lazily.
  const graph = new Set([...cliStartup, ...reachable([file], 'all')])
  expect(offenders(graph, HTTP_CLIENT, EMULATOR, GITHUB, PIPELINE)).toEqual([])
  // The walk reaches what the command does use.
  expect(graph.has('src/hosting/scan.ts')).toBe(true)
})

test('`validate` of an app without hosting loads neither the hosting scan nor the content-type table', () => {
  // Statically reachable is what runs for every app; the scan is imported when hosting/ exists only.
  const graph = new Set([...cliStartup, ...reachable(['src/cli/commands/validate.ts'], 'static')])
  const hostingScan = (m: string): boolean =>
    m.startsWith('src/hosting/') || m === 'mime-db' || m === 'node:crypto' || m === 'node:worker_threads'
  expect(offenders(graph, hostingScan, HTTP_CLIENT, EMULATOR, GITHUB, PIPELINE)).toEqual([])
  expect(graph.has('src/app/load.ts')).toBe(true)
  // ...while the lazy import is there for apps that have hosting.
  expect(reachable(['src/cli/commands/validate.ts'], 'all').has('src/hosting/content-type.ts')).toBe(true)
})

test('`assets` loads the MIME database only for a metadata.json, and worker threads only for a worker', () => {
  const graph = new Set([...cliStartup, ...reachable(['src/cli/commands/assets.ts'], 'static')])
  // The default types come from the generated table; the whole database checks metadata.json's types.
  expect(graph.has('src/hosting/mime-table.ts')).toBe(true)
  expect(offenders(graph, m => m === 'mime-db' || m === 'src/hosting/metadata.ts')).toEqual([])
  // hash-pool.ts requires node:worker_threads when it starts its first worker, not at import.
  expect(graph.has('node:worker_threads')).toBe(false)
  expect(reachable(['src/cli/commands/assets.ts'], 'all').has('mime-db')).toBe(true)
})

test.each(commands.map(entry => [entry.name, entry] as const))(
  'the %s entry says whether it may ask a question (the CLI checks for a terminal only then)',
  (_name, entry) => {
    // plan shares deploy's module, and asks nothing (the hooks are for deploy mode only).
    const file = `src/cli/commands/${entry.name === 'plan' ? 'deploy' : entry.name}.ts`
    const prompts =
      reachable([file], 'static').has('src/cli/commands/deploy-hooks.ts') && entry.name !== 'plan'
    expect(entry.asks === true).toBe(prompts)
  }
)

test('the deploy command does reach the client and the pipeline (the walk follows the loader)', () => {
  const graph = reachable(['src/cli/commands/deploy.ts'], 'static')
  expect(graph.has('src/deploy/pipeline.ts')).toBe(true)
  expect(graph.has('src/admin/transport.ts')).toBe(true)
  expect(offenders(graph, EMULATOR, GITHUB)).toEqual([])
})

test('the action entry loads neither the emulator nor the CLI, even through dynamic imports', () => {
  const graph = reachable(['src/index.ts'], 'all')
  expect(offenders(graph, EMULATOR, CLI)).toEqual([])
  expect(graph.has('src/github/routing.ts')).toBe(true)
})

test.each(commands.map(entry => [entry.name, entry] as const))(
  'the %s entry loads its own command, with the same name and summary',
  async (_name, entry) => {
    const command = await entry.load()
    expect({ name: command.name, summary: command.summary }).toEqual({
      name: entry.name,
      summary: entry.summary
    })
  }
)
