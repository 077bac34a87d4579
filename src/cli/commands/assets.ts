// `realm-deploy assets`: the hosting assets of an app as the deploy would see them (path, MD5, size,
// attrs), as a table or, with --json, inside the one result object. Reads only; talks to no server.
import { resolve } from 'node:path'
import { findAppRoot } from '../../app/root.js'
import { ConfigError } from '../../errors.js'
import { collectAssets } from '../../hosting/scan.js'
import type { AssetMetadata, LocalAsset } from '../../hosting/types.js'
import { stringList, stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'
import { jsonLine, jsonOption } from '../json-result.js'

export const assetsCommand: Command = {
  name: 'assets',
  summary: 'List the hosting files with MD5, size and attrs, as the deploy will upload them.',
  description:
    'List every file under <app>/hosting/files as an Asset Metadata Document: path, MD5, size in bytes\n' +
    'and attrs (from hosting/metadata.json, else the Content-Type for the extension). Sorted by path.',
  options: {
    'app-dir': {
      type: 'string',
      value: 'DIR',
      description: 'The app directory, or a directory inside it.',
      default: '.'
    },
    json: jsonOption('the documents in its assets[]'),
    ignore: {
      type: 'string',
      multiple: true,
      value: 'PATTERN',
      description: 'Leave out files matching this glob (.gitignore rules, e.g. *.map, /drafts/).'
    },
    workers: {
      type: 'string',
      value: 'N',
      description:
        'Hashing worker threads besides the main one (default: up to one per spare core, started only when the work pays for them; 0: none).'
    }
  },
  jsonResult: true,
  exitCodes: [0, 2],
  examples: [
    'realm-deploy assets --app-dir ./backend',
    "realm-deploy assets --app-dir ./backend --ignore '*.map' --json"
  ],
  run: runAssets
}

async function runAssets(values: OptionValues, _positionals: string[], io: CommandIO): Promise<number> {
  const workers = workersOption(values)
  const appDir = (await findAppRoot(resolve(io.cwd, stringOption(values, 'app-dir') ?? '.'))).root
  const { assets, problems } = await collectAssets({
    appDir,
    ignore: stringList(values, 'ignore'),
    ignoreSource: '--ignore',
    workers,
    signal: io.signal
  })
  if (problems.some(p => p.severity === 'error')) throw new ConfigError(problems)
  for (const warning of problems) {
    const where = [warning.source, warning.line, warning.column].filter(part => part !== undefined).join(':')
    io.logger.warning(`${where}: ${warning.message}`)
  }
  if (values.json !== true) {
    io.stdout(assetTable(assets))
    return 0
  }
  const bytes = assets.reduce((sum, a) => sum + a.size, 0)
  io.stdout(
    jsonLine({
      command: 'assets',
      status: 'listed',
      exitCode: 0,
      error: null,
      warnings: [...io.warnings],
      root: appDir,
      assets: assets.map(documentOf),
      total: { files: assets.length, bytes }
    })
  )
  return 0
}

function workersOption(values: OptionValues): number | undefined {
  const text = stringOption(values, 'workers')
  if (text === undefined) return undefined
  const count = Number(text)
  if (!Number.isInteger(count) || count < 0 || count > 64) {
    throw new ConfigError([
      { source: '--workers', message: `'${text}' is not a whole number from 0 to 64`, severity: 'error' }
    ])
  }
  return count
}

/** Exactly the Admin API document, key order as the overview shows it. */
function documentOf(asset: AssetMetadata): AssetMetadata {
  return { path: asset.path, hash: asset.hash, size: asset.size, attrs: asset.attrs }
}

function assetTable(assets: readonly LocalAsset[]): string {
  const rows = assets.map(a => [a.path, String(a.size), a.hash, contentTypeCell(a)])
  const header = ['PATH', 'SIZE', 'MD5', 'CONTENT TYPE']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => r[i].length)))
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  const total = assets.reduce((sum, a) => sum + a.size, 0)
  const summary = `${assets.length} file${assets.length === 1 ? '' : 's'}, ${total} bytes (${humanSize(total)})`
  const note = assets.some(a => a.explicitAttrs) ? ['* attrs from hosting/metadata.json'] : []
  return [line(header), ...rows.map(line), summary, ...note, ''].join('\n')
}

/** The Content-Type, `-` when none; `*` marks attrs set in metadata.json, `+N` other attrs. */
function contentTypeCell(asset: LocalAsset): string {
  const type = asset.attrs.find(a => a.name === 'Content-Type')?.value ?? '-'
  const others = asset.attrs.filter(a => a.name !== 'Content-Type').length
  return `${type}${asset.explicitAttrs ? ' *' : ''}${others ? ` (+${others} attrs)` : ''}`
}

function humanSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
