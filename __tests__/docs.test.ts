// The README's generated tables (scripts/docs.mjs): a row per action.yml input and output, in its
// order, cells that cannot break the table; and the committed README is what the script writes.
import { readFileSync } from 'node:fs'
import { expect, test } from '@jest/globals'
import { parse } from 'yaml'

interface Docs {
  inputsTable(action: unknown): string
  outputsTable(action: unknown): string
  renderReadme(readme: string): Promise<string>
}

const docs = (await import('../scripts/docs.mjs' as string)) as Docs

test('an input becomes a row: name and default as code, its description on one line with pipes escaped', () => {
  const action = {
    inputs: {
      'new-input': { description: 'One | two,\n  folded over lines.', default: 'x' },
      plain: { description: 'No default.' }
    }
  }
  expect(docs.inputsTable(action).split('\n')).toEqual([
    '| Input | Default | Description |',
    '|---|---|---|',
    '| `new-input` | `x` | One \\| two, folded over lines. |',
    '| `plain` |  | No default. |'
  ])
})

test('every input and output of action.yml has its row, in action.yml order', () => {
  const action = parse(readFileSync('action.yml', 'utf8')) as {
    inputs: Record<string, unknown>
    outputs: Record<string, unknown>
  }
  const names = (table: string) =>
    table
      .split('\n')
      .slice(2)
      .map(row => /^\| `([^`]+)`/.exec(row)?.[1])
  expect(names(docs.inputsTable(action))).toEqual(Object.keys(action.inputs))
  expect(names(docs.outputsTable(action))).toEqual(Object.keys(action.outputs))
})

test('the committed README is what `npm run docs` writes', async () => {
  const readme = readFileSync('README.md', 'utf8')
  expect(await docs.renderReadme(readme)).toBe(readme)
})
