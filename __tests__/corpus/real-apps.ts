// The real apps every corpus test runs over: the shared corpus (its MANIFEST.tsv `expect` column says
// `deploy`, or `refuse FILE` for an app App Services itself refuses), the shared fixture apps, the
// project's own fixtures and the example app. The list is read, never named, so a growing corpus is
// tested as it grows.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from '../../src/cli/run.js'

const here = path.dirname(fileURLToPath(import.meta.url))

export interface RealApp {
  /** Unique in the list: `corpus/<name>`, `apps/<name>`, `own/<name>`, `example`. */
  readonly id: string
  readonly dir: string
  /** Undefined: App Services deploys it. Otherwise the file App Services refuses, and when. */
  readonly refuse?: { readonly file: string; readonly stage: 'validate' | 'plan'; readonly why: string }
}

/**
 * The shared fixture apps (not in the manifest) that App Services would refuse, and why. Each was
 * checked by hand against realm-cli's parser and the API's required fields.
 */
const REFUSED_FIXTURES: Readonly<Record<string, RealApp['refuse']>> = {
  'stitch-legacy': {
    file: 'secrets.json',
    stage: 'validate',
    why: 'a trailing comma: not JSON, and realm-cli parses it with strict encoding/json'
  },
  'cli-testdata-20200603': {
    file: 'graphql/custom_resolvers/query_result.json',
    stage: 'validate',
    why: 'the resolver calls addOne, which the app does not have (and its enabled custom user data names a missing data source)'
  },
  'cli-testdata-20210101': {
    file: 'data_sources/mongodb-atlas/config.json',
    stage: 'plan',
    why: 'config: {} has no clusterName, which App Services needs to create the data source'
  }
}

function subdirs(root: string): string[] {
  if (!existsSync(root)) return []
  return readdirSync(root, { withFileTypes: true })
    .filter(e => e.isDirectory())
    .map(e => e.name)
    .sort()
}

function manifest(corpus: string): Map<string, string> {
  const file = path.join(corpus, 'MANIFEST.tsv')
  if (!existsSync(file)) return new Map()
  const [head, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n')
  const columns = head.split('\t')
  const [name, expect] = [columns.indexOf('name'), columns.indexOf('expect')]
  return new Map(rows.map(r => r.split('\t')).map(cells => [cells[name], cells[expect] ?? 'deploy']))
}

function corpusApps(shared: string): RealApp[] {
  const corpus = path.join(shared, 'corpus')
  const expected = manifest(corpus)
  return subdirs(path.join(corpus, 'apps')).map(name => {
    const dir = path.join(corpus, 'apps', name)
    const expect = expected.get(name) ?? 'deploy'
    if (!expect.startsWith('refuse ')) return { id: `corpus/${name}`, dir }
    const file = expect.slice('refuse '.length).trim()
    return { id: `corpus/${name}`, dir, refuse: { file, stage: 'validate', why: 'MANIFEST.tsv' } }
  })
}

/** Every real app this run can see. */
export function realApps(): RealApp[] {
  const shared = process.env.REALM_DEPLOY_SHARED_FIXTURES
  const own = path.resolve(here, '../fixtures/apps')
  const apps: RealApp[] = [
    { id: 'example', dir: path.resolve(here, '../../examples/inventory-app') },
    ...subdirs(own).map(name => ({ id: `own/${name}`, dir: path.join(own, name) }))
  ]
  if (!shared) {
    process.stderr.write('REALM_DEPLOY_SHARED_FIXTURES is unset: the real-app corpus is not tested\n')
    return apps
  }
  const fixtures = path.join(shared, 'apps')
  apps.push(
    ...subdirs(fixtures).map(name => {
      const refuse = REFUSED_FIXTURES[name]
      return { id: `apps/${name}`, dir: path.join(fixtures, name), ...(refuse ? { refuse } : {}) }
    }),
    ...corpusApps(shared)
  )
  return apps
}

/** A name for the app in the emulator: valid, unique and at most 32 characters. */
export function emulatorName(app: RealApp, prefix = 'c'): string {
  const base = app.id.replace(/[^A-Za-z0-9]+/g, '-')
  const hash = createHash('sha256').update(app.id).digest('hex').slice(0, 6)
  return `${prefix}-${base}`.slice(0, 25).replace(/-+$/, '') + `-${hash}`
}

/** `realm-deploy validate --app-dir DIR`, in-process (offline: no connection flags). */
export async function validateCli(dir: string): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  const code = await runCli(['validate', '--app-dir', dir], {
    stdout: () => undefined,
    stderr: text => void (stderr += text),
    env: {},
    cwd: process.cwd(),
    signal: new AbortController().signal
  })
  return { code, stderr }
}
