// The README's generated blocks, each from its one source: the action's inputs and outputs tables
// from action.yml, the exit-code table from src/cli/exit-codes.ts. `npm run docs` rewrites them;
// `npm run docs:check` (part of `npm run lint`, so CI) fails when the README differs from what
// would be written. The README is then formatted with the project's prettier config, so the check
// and `prettier --check` never disagree.
import { Buffer } from 'node:buffer'
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import * as prettier from 'prettier'
import ts from 'typescript'
import { parse } from 'yaml'

const README = 'README.md'

/** One table cell: on one line, with the pipes that would end the cell escaped. */
const cell = text =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')
const code = text => (text === undefined || text === '' ? '' : `\`${cell(text)}\``)

function table(header, rows) {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`]
    .concat(rows.map(row => `| ${row.join(' | ')} |`))
    .join('\n')
}

export function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, input]) => [
    code(name),
    code(input.default),
    cell(input.description)
  ])
  return table(['Input', 'Default', 'Description'], rows)
}

export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(([name, output]) => [
    code(name),
    cell(output.description)
  ])
  return table(['Output', 'Description'], rows)
}

/** src/cli/exit-codes.ts imports nothing, so it runs once its types are stripped. */
async function exitCodesTable() {
  const source = readFileSync('src/cli/exit-codes.ts', 'utf8')
  if (/^import /m.test(source))
    throw new Error('src/cli/exit-codes.ts must stay free of imports (docs.mjs runs it alone)')
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 }
  })
  const module = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`)
  return module.exitCodesMarkdown()
}

/** Replaces what stands between `<!-- name:start ... -->` and `<!-- name:end -->`. */
function replaceBlock(text, name, content) {
  const block = new RegExp(`(<!-- ${name}:start[^>]*-->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`)
  if (!block.test(text))
    throw new Error(`${README} has no <!-- ${name}:start --> ... <!-- ${name}:end --> block`)
  return text.replace(block, (_all, start, end) => `${start}${content}${end}`)
}

export async function renderReadme(readme) {
  const action = parse(readFileSync('action.yml', 'utf8'))
  let text = replaceBlock(readme, 'action-inputs', inputsTable(action))
  text = replaceBlock(text, 'action-outputs', outputsTable(action))
  text = replaceBlock(text, 'exit-codes', await exitCodesTable())
  const options = (await prettier.resolveConfig(README)) ?? {}
  return prettier.format(text, { ...options, filepath: README })
}

async function main(check) {
  const current = readFileSync(README, 'utf8')
  const wanted = await renderReadme(current)
  if (current === wanted) return
  if (!check) {
    writeFileSync(README, wanted)
    console.log(`${README}: generated tables updated`)
    return
  }
  const a = current.split('\n')
  const b = wanted.split('\n')
  const line = a.findIndex((l, i) => l !== b[i])
  console.error(
    `${README} differs from action.yml / src/cli/exit-codes.ts from line ${line + 1}:\n` +
      `  README:    ${a[line] ?? '(end of file)'}\n  generated: ${b[line] ?? '(end of file)'}\n` +
      'Run `npm run docs` and commit README.md (edit action.yml, not the table).'
  )
  process.exitCode = 1
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.includes('--check'))
