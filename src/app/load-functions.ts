// Functions (config-to-api §4.5). v2 (20210101, 20230101): the manifest `functions/config.json` plus
// every `.js` under `functions/` (nested folders make slash names: `functions/utils/add.js` is
// `utils/add`), never inside a `node_modules` folder. v1: `functions/<name>/{config.json,source.js}`.
import {
  asRecord,
  readJson,
  readSource,
  remember,
  report,
  reportFile,
  withoutId,
  type LoadContext
} from './context.js'
import { bool, checkFields, obj, required, str, type FieldTable } from './fields.js'
import type { FieldPath, JsonDocument } from './json-file.js'
import { isV1Layout, type FunctionResource } from './model.js'
import { functionNameProblem } from './names.js'

const FUNCTION_FIELDS = {
  name: required(str),
  private: bool,
  can_evaluate: obj,
  disable_arg_logs: bool,
  run_as_system: bool,
  run_as_user_id: str,
  run_as_user_id_script_source: str,
  id: str
}
export const MANIFEST_ENTRY: FieldTable = {
  kind: 'function manifest entry',
  unknown: 'warning',
  fields: FUNCTION_FIELDS
}
const V1_CONFIG: FieldTable = { kind: 'function config', unknown: 'warning', fields: FUNCTION_FIELDS }

/** Files that may sit in `functions/` without being functions. */
const NOT_FUNCTIONS =
  /^(config\.json|package\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|node_modules\.(zip|tar|tgz|tar\.gz)|README.*|\..*)$/

export async function loadFunctions(ctx: LoadContext): Promise<FunctionResource[]> {
  if ((await ctx.dir.kindOf('functions')) !== 'dir') return []
  return isV1Layout(ctx.layout) ? loadV1Functions(ctx) : loadV2Functions(ctx)
}

async function loadV2Functions(ctx: LoadContext): Promise<FunctionResource[]> {
  const sources = await collectSources(ctx)
  const manifest = await readJson(ctx, 'functions/config.json')
  if (manifest && !manifest.ok) return []
  if (!manifest && sources.size > 0) {
    reportFile(
      ctx,
      'functions/config.json',
      'missing: every function gets the default settings (private: false)',
      'warning'
    )
  }
  if (manifest && !Array.isArray(manifest.value)) {
    report(ctx, manifest, [], 'the function manifest must be a JSON array of function entries')
    return []
  }
  const functions: FunctionResource[] = []
  const entries = (manifest?.value as unknown[] | undefined) ?? []
  for (const [i, entry] of entries.entries()) {
    const fn = await manifestFunction(ctx, manifest as JsonDocument, i, entry, sources)
    if (fn) functions.push(fn)
  }
  const listed = new Set(entries.map(e => asRecord(e).name))
  const unlisted = [...sources].filter(([name]) => !listed.has(name))
  return [...functions, ...(await unlistedFunctions(ctx, unlisted, manifest !== undefined))]
}

/** Sources without a manifest entry: App Services gives them the default settings on import. */
async function unlistedFunctions(
  ctx: LoadContext,
  unlisted: Array<[string, string]>,
  hasManifest: boolean
): Promise<FunctionResource[]> {
  const functions: FunctionResource[] = []
  for (const [name, sourceFile] of unlisted) {
    if (hasManifest) {
      const message = `function '${name}' has no entry in functions/config.json; App Services adds one with private: false`
      reportFile(ctx, sourceFile, message, 'warning')
    }
    // A stray file (a copy saved next to the functions) is not deployed rather than refused: it is not in
    // the manifest, and App Services itself only ever exports valid names. A control character in a
    // name is no accident, and is refused (it could forge log lines).
    const problem = functionNameProblem(name)
    // eslint-disable-next-line no-control-regex
    if (problem && /[\u0000-\u001f\u007f]/.test(name)) reportFile(ctx, sourceFile, problem)
    else if (problem) reportFile(ctx, sourceFile, `${problem}; this file is not deployed`, 'warning')
    else
      functions.push({
        name,
        private: false,
        source: (await readSource(ctx, sourceFile)) ?? '',
        file: sourceFile,
        sourceFile
      })
  }
  return functions
}

/** App Services runs a function as one user or by one script, never both (a write with both is refused). */
function checkRunAs(
  ctx: LoadContext,
  doc: JsonDocument,
  at: FieldPath,
  config: Record<string, unknown>
): boolean {
  const set = (v: unknown) => typeof v === 'string' && v !== ''
  if (!set(config.run_as_user_id) || !set(config.run_as_user_id_script_source)) return true
  const message =
    'run_as_user_id and run_as_user_id_script_source cannot both be set: keep the one App Services should use'
  report(ctx, doc, [...at, 'run_as_user_id_script_source'], message)
  return false
}

async function manifestFunction(
  ctx: LoadContext,
  manifest: JsonDocument,
  i: number,
  entry: unknown,
  sources: Map<string, string>
): Promise<FunctionResource | undefined> {
  if (!checkFields(manifest, [i], entry, MANIFEST_ENTRY, ctx.problems)) return undefined
  const config = withoutId(asRecord(entry))
  const name = config.name as string
  const problem = functionNameProblem(name)
  if (problem) return void report(ctx, manifest, [i, 'name'], problem)
  const sourceFile = sources.get(name)
  if (!sourceFile)
    return void report(
      ctx,
      manifest,
      [i, 'name'],
      `function '${name}' has no source file functions/${name}.js`
    )
  if (!checkRunAs(ctx, manifest, [i], config)) return undefined
  const source = (await readSource(ctx, sourceFile)) ?? ''
  return remember(
    ctx,
    { ...config, name, private: config.private === true, source, file: manifest.file, sourceFile },
    [i]
  )
}

/** Function name -> source file, for every `.js` under `functions/` outside `node_modules`. */
async function collectSources(ctx: LoadContext): Promise<Map<string, string>> {
  const files = await ctx.dir.walk('functions', entry => entry.name === 'node_modules')
  const sources = new Map<string, string>()
  for (const file of files) {
    const inner = file.rel.slice('functions/'.length)
    if (inner.endsWith('.js')) sources.set(inner.slice(0, -3).replace(/\\/g, '/'), file.rel)
    else if (!(inner === file.name && NOT_FUNCTIONS.test(file.name))) {
      reportFile(ctx, file.rel, 'ignored: only .js files under functions/ are function sources', 'warning')
    }
  }
  return sources
}

async function loadV1Functions(ctx: LoadContext): Promise<FunctionResource[]> {
  const functions: FunctionResource[] = []
  for (const entry of await ctx.dir.list('functions')) {
    if (entry.kind === 'file') {
      if (!NOT_FUNCTIONS.test(entry.name)) {
        reportFile(
          ctx,
          entry.rel,
          'ignored: a v1 function is a folder functions/<name>/ with config.json and source.js',
          'warning'
        )
      }
      continue
    }
    if (entry.name === 'node_modules') continue
    const fn = await loadV1Function(ctx, entry.rel, entry.name)
    if (fn) functions.push(fn)
  }
  return functions
}

async function loadV1Function(
  ctx: LoadContext,
  dir: string,
  folder: string
): Promise<FunctionResource | undefined> {
  const doc = await readJson(ctx, `${dir}/config.json`)
  const source = await readSource(ctx, `${dir}/source.js`)
  if (!doc) reportFile(ctx, dir, 'a v1 function folder needs config.json')
  if (source === undefined) reportFile(ctx, dir, 'a v1 function folder needs source.js')
  if (!doc?.ok || source === undefined || !checkFields(doc, [], doc.value, V1_CONFIG, ctx.problems))
    return undefined
  const config = withoutId(asRecord(doc.value))
  const name = config.name as string
  const problem = functionNameProblem(name)
  if (problem) return void report(ctx, doc, ['name'], problem)
  if (!checkRunAs(ctx, doc, [], config)) return undefined
  if (name !== folder)
    report(
      ctx,
      doc,
      ['name'],
      `function '${name}' is in folder '${folder}'; the name in config.json is used`,
      'warning'
    )
  return {
    ...config,
    name,
    private: config.private === true,
    source,
    file: doc.file,
    sourceFile: `${dir}/source.js`
  }
}
