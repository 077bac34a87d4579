// Generated App Services config directories (layout 20210101) for the benchmarks and the soak test:
// N functions, M triggers (half DATABASE on the example data source, half SCHEDULED), K hosting
// assets. Contents come from a seeded PRNG, so the same spec always writes the same bytes.
import { Buffer } from 'node:buffer'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const EXTENSIONS = ['html', 'css', 'js', 'json', 'txt', 'svg']

/** Mulberry32: small, seeded, good enough for file contents and kill moments. */
export function seededRandom(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `size` printable bytes from `random` (assets are text, as most static sites are). */
function textBytes(random, size) {
  const bytes = Buffer.allocUnsafe(size)
  for (let i = 0; i < size; i++) bytes[i] = 32 + Math.floor(random() * 95)
  return bytes
}

const pad = (n, width) => String(n).padStart(width, '0')

/**
 * Writes the app at `dir` unless `dir/.built` records the same spec. Returns the asset paths
 * (relative to hosting/files). Spec: { name, functions, triggers, assets, assetBytes: [min, max] }.
 */
export function buildApp(dir, spec) {
  const stamp = join(dir, '.built')
  const text = JSON.stringify(spec)
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === text) return assetPaths(spec)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const config = { config_version: 20210101, name: spec.name, location: 'US-VA', deployment_model: 'GLOBAL' }
  writeFileSync(join(dir, 'realm_config.json'), JSON.stringify(config, null, 2))
  writeFunctions(dir, spec.functions)
  writeTriggers(dir, spec.triggers, spec.functions)
  if (spec.assets > 0) writeAssets(dir, spec, 1)
  writeFileSync(stamp, text)
  return assetPaths(spec)
}

function writeFunctions(dir, count) {
  mkdirSync(join(dir, 'functions'), { recursive: true })
  const names = Array.from({ length: count }, (_, i) => `fn${pad(i, 4)}`)
  const manifest = names.map((name, i) => ({ name, private: i % 2 === 0 }))
  writeFileSync(join(dir, 'functions', 'config.json'), JSON.stringify(manifest, null, 2))
  for (const [i, name] of names.entries()) {
    const source = `exports = async function (arg) {\n  // ${name}\n  return { n: ${i}, arg }\n}\n`
    writeFileSync(join(dir, 'functions', `${name}.js`), source)
  }
}

function writeTriggers(dir, count, functions) {
  if (count === 0) return
  const atlas = join(dir, 'data_sources', 'mongodb-atlas')
  mkdirSync(join(atlas, 'bench', 'items'), { recursive: true })
  // readPreference and wireProtocolEnabled spelled out: the service fills them in when left out, and
  // the planner then sees a change on every run (found by this bench; see BENCHMARKS.md).
  const config = { clusterName: 'Cluster0', readPreference: 'primary', wireProtocolEnabled: false }
  const source = { name: 'mongodb-atlas', type: 'mongodb-atlas', config, version: 1 }
  writeFileSync(join(atlas, 'config.json'), JSON.stringify(source, null, 2))
  const rules = { database: 'bench', collection: 'items', roles: [], filters: [] }
  writeFileSync(join(atlas, 'bench', 'items', 'rules.json'), JSON.stringify(rules, null, 2))
  mkdirSync(join(dir, 'triggers'), { recursive: true })
  for (let i = 0; i < count; i++) {
    const name = `tr${pad(i, 4)}`
    const processor = { FUNCTION: { config: { function_name: `fn${pad(i % functions, 4)}` } } }
    const config =
      i % 2 === 0
        ? {
            service_name: 'mongodb-atlas',
            database: 'bench',
            collection: 'items',
            operation_types: ['INSERT', 'UPDATE'],
            full_document: i % 4 === 0,
            match: {},
            project: {}
          }
        : { schedule: `${i % 60} ${i % 24} * * *`, skip_catchup_events: true }
    const trigger = {
      name,
      type: i % 2 === 0 ? 'DATABASE' : 'SCHEDULED',
      disabled: false,
      config,
      event_processors: processor
    }
    writeFileSync(join(dir, 'triggers', `${name}.json`), JSON.stringify(trigger, null, 2))
  }
}

function assetPaths(spec) {
  return Array.from({ length: spec.assets }, (_, i) => {
    return `d${pad(Math.floor(i / 250), 3)}/a${pad(i, 5)}.${EXTENSIONS[i % EXTENSIONS.length]}`
  })
}

/** (Re)writes every asset; a new `generation` gives every file new bytes of the same sizes. */
export function writeAssets(dir, spec, generation) {
  const files = join(dir, 'hosting', 'files')
  mkdirSync(files, { recursive: true })
  writeFileSync(join(dir, 'hosting', 'config.json'), JSON.stringify({ enabled: true }, null, 2))
  const sizes = seededRandom(spec.assets)
  const bytes = seededRandom(generation * 7919 + spec.assets)
  const [min, max] = spec.assetBytes
  let lastDir = ''
  for (const path of assetPaths(spec)) {
    const folder = path.slice(0, path.indexOf('/'))
    if (folder !== lastDir) mkdirSync(join(files, folder), { recursive: true })
    lastDir = folder
    writeFileSync(join(files, path), textBytes(bytes, min + Math.floor(sizes() * (max - min + 1))))
  }
}
