// Neither the action's deploy path nor the CLI's start-up loads the function runtime or its heavy
// dependencies: the static import graph from both entries never reaches src/testing/, bson, mingo or
// mongodb (the `exec` command reaches them through a dynamic import() only when it runs), while the
// runtime's own entry reaches the driver only dynamically as well.
import { readFileSync } from 'node:fs'
import path from 'node:path'

const STATIC_IMPORT = /^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm

/** Every module reachable through static imports from `entry`: local files and package names. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    for (const match of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = match[1] ?? match[2]
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts'))
      else seen.add(spec.replace(/^node:/, 'node:'))
    }
  }
  visit(path.resolve(entry))
  return seen
}

const HEAVY = ['bson', 'mingo', 'mongodb']

test.each(['src/index.ts', 'src/cli/index.ts', 'src/cli/commands/exec.ts'])(
  '%s never statically loads the runtime or bson, mingo, mongodb',
  entry => {
    const graph = [...staticGraph(entry)]
    expect(graph.filter(m => m.includes(`${path.sep}src${path.sep}testing${path.sep}`))).toEqual([])
    expect(graph.filter(m => HEAVY.includes(m) || HEAVY.some(h => m.startsWith(`${h}/`)))).toEqual([])
    // The walk itself works: the CLI entry does reach its command list (each command is loaded lazily).
    if (entry === 'src/cli/index.ts') expect(graph.some(m => m.endsWith('commands/index.ts'))).toBe(true)
    if (entry.endsWith('exec.ts')) expect(graph.some(m => m.endsWith('app/secret-inputs.ts'))).toBe(true)
  }
)

test('the runtime loads the mongodb driver only dynamically', () => {
  const graph = [...staticGraph('src/testing/index.ts')]
  expect(graph).toContain('bson')
  expect(graph).toContain('mingo')
  expect(graph).not.toContain('mongodb')
})
