// Case 7: the hosting walk and its ignore patterns, the hand-written src/hosting/walk.ts + ignore.ts
// against the maintained libraries (the `glob` package for the walk, `ignore` and `picomatch` for the
// .gitignore-style patterns), over the same folders with the same patterns, in one process, taking
// turns. The sources are transpiled (TypeScript's transpileModule, no bundling) into bench/work, so the
// hand-written code measured is exactly the repository's. Both sides must list the same files before
// any timing counts. The libraries are the versions installed in node_modules.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { root, work } from '../lib/processes.mjs'
import { round, summarize } from '../lib/stats.mjs'

/** Patterns a site would have: names, globs, anchored and directory patterns, a negation. */
const PATTERNS = ['*.map', '**/.DS_Store', '/d001/', 'd002/**/f2*.bin', '*.tmp', '!keep.tmp', 'd00[34]/f3*']
const FOLDERS = ['site', 'small-5k', 'small']
const ROUNDS = 15

export async function walkCase({ log }) {
  const { walkHostingFiles, compileIgnore } = await transpiledSources()
  const { glob } = await import('glob')
  const ignore = (await import('ignore')).default
  const picomatch = (await import('picomatch')).default
  const rows = []
  const notes = []
  for (const folder of FOLDERS) {
    const appRoot = join(work, folder)
    const filesDir = join(appRoot, 'hosting', 'files')
    const ours = async () =>
      (await walkHostingFiles(appRoot, compileIgnore(PATTERNS).matcher)).files.map(f => f.path)
    const withIgnore = async () => {
      const ig = ignore().add(PATTERNS)
      const found = await glob('**', { cwd: filesDir, nodir: true, dot: true, posix: true })
      return found
        .filter(p => !ig.ignores(p))
        .map(p => `/${p}`)
        .sort()
    }
    const matchers = PATTERNS.filter(p => !p.startsWith('!')).map(p =>
      picomatch(p.replace(/^\//, '').replace(/\/$/, '/**'), { dot: true, basename: !p.includes('/') })
    )
    const withPicomatch = async () => {
      const found = await glob('**', { cwd: filesDir, nodir: true, dot: true, posix: true })
      return found
        .filter(p => !matchers.some(m => m(p)))
        .map(p => `/${p}`)
        .sort()
    }
    const expected = await ours()
    const got = await withIgnore()
    if (got.join('\n') !== expected.join('\n'))
      throw new Error(
        `glob+ignore lists other files than the walk in ${folder}: ${got.length} against ${expected.length}`
      )
    const tools = {
      'hand-written walk + ignore.ts': ours,
      'glob + ignore': withIgnore,
      'glob + picomatch (no negation)': withPicomatch
    }
    const samples = Object.fromEntries(Object.keys(tools).map(k => [k, []]))
    for (let i = 0; i < ROUNDS + 1; i++) {
      for (const [name, fn] of Object.entries(tools)) {
        const started = performance.now()
        await fn()
        if (i > 0) samples[name].push((performance.now() - started) / 1000)
      }
    }
    const base = summarize(samples['hand-written walk + ignore.ts']).median
    for (const [name, list] of Object.entries(samples)) {
      const time = summarize(list)
      rows.push({
        label: `walk ${folder} (${expected.length} files kept): ${name}`,
        unit: 's',
        ...time,
        ratioToHandWritten: round(time.median / base)
      })
      log(
        `case 7 (${folder}): ${name}: ${(time.median * 1000).toFixed(1)} ms (${(time.median / base).toFixed(2)}x the hand-written walk)`
      )
    }
  }
  notes.push(`patterns: ${PATTERNS.join(' ')}`)
  return { name: 'walk', rows, goals: [], notes }
}

/**
 * src/hosting/walk.ts and ignore.ts, with every source they import (followed transitively, so a new
 * import cannot break the case), transpiled to ESM JavaScript under bench/work/walk-src with the
 * layout of src/ kept, so their relative imports resolve.
 */
async function transpiledSources() {
  const ts = (await import('typescript')).default
  const out = join(work, 'walk-src')
  const src = join(root, 'src')
  const pending = ['hosting/walk.ts', 'hosting/ignore.ts']
  const done = new Set()
  while (pending.length > 0) {
    const name = pending.pop()
    if (done.has(name)) continue
    done.add(name)
    const source = readFileSync(join(src, name), 'utf8')
    for (const [, spec] of source.matchAll(/^(?:import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)\.js'/gm)) {
      pending.push(
        relative(src, join(src, dirname(name), `${spec}.ts`))
          .split(sep)
          .join('/')
      )
    }
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        module: ts.ModuleKind.ES2022,
        target: ts.ScriptTarget.ES2022,
        verbatimModuleSyntax: false
      }
    })
    const target = join(out, name.replace(/\.ts$/, '.js'))
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, outputText)
  }
  writeFileSync(join(out, 'package.json'), '{"type":"module"}')
  const walk = await import(pathToFileURL(join(out, 'hosting', 'walk.js')).href)
  const ignore = await import(pathToFileURL(join(out, 'hosting', 'ignore.js')).href)
  return { walkHostingFiles: walk.walkHostingFiles, compileIgnore: ignore.compileIgnore }
}
