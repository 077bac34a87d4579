// Values (`values/<name>.json`, config-to-api §4.3) and environment values (`environments/<env>.json`,
// transposed into one object per value name, §4.2). Both are the same in every layout.
import { asRecord, readJson, report, reportFile, withoutId, type LoadContext } from './context.js'
import { any, bool, checkFields, obj, required, str, type FieldTable } from './fields.js'
import type { EnvironmentKey, EnvironmentValueResource, ValueResource } from './model.js'
import { secretNameProblem, valueNameProblem } from './names.js'

export const VALUE_TABLE: FieldTable = {
  kind: 'value',
  unknown: 'warning',
  fields: { name: required(str), value: required(any), from_secret: bool, private: bool, id: str }
}
const ENVIRONMENT_TABLE: FieldTable = {
  kind: 'environment file',
  unknown: 'warning',
  fields: { values: required(obj) }
}

/** Environment file name -> the API's key in `EnvironmentValue.values`. */
export const ENVIRONMENT_FILES: Readonly<Record<string, EnvironmentKey>> = {
  'no-environment.json': 'none',
  'development.json': 'development',
  'testing.json': 'testing',
  'qa.json': 'qa',
  'production.json': 'production'
}

export async function loadValues(ctx: LoadContext): Promise<ValueResource[]> {
  const values: ValueResource[] = []
  for (const entry of await ctx.dir.list('values')) {
    if (entry.kind !== 'file' || !entry.name.endsWith('.json')) {
      if (!entry.name.startsWith('.'))
        reportFile(ctx, entry.rel, 'ignored: values are values/<name>.json files', 'warning')
      continue
    }
    const doc = await readJson(ctx, entry.rel)
    if (!doc?.ok || !checkFields(doc, [], doc.value, VALUE_TABLE, ctx.problems)) continue
    const value = withoutId(asRecord(doc.value))
    const name = value.name as string
    const nameProblem = valueNameProblem(name)
    if (nameProblem) report(ctx, doc, ['name'], nameProblem)
    else if (`${name}.json` !== entry.name)
      report(
        ctx,
        doc,
        ['name'],
        `value '${name}' is in ${entry.name}; the name in the file is used`,
        'warning'
      )
    const fromSecret = value.from_secret === true
    if (fromSecret && (typeof value.value !== 'string' || value.value === '')) {
      report(ctx, doc, ['value'], 'a value with from_secret: true must name a secret (a non-empty string)')
      continue
    }
    if (fromSecret && secretNameProblem(value.value as string))
      report(ctx, doc, ['value'], secretNameProblem(value.value as string) as string)
    // Every field is carried as written (`private` in Stitch exports, fields the tables do not know).
    if (!nameProblem)
      values.push({ ...value, name, value: value.value, from_secret: fromSecret, file: doc.file })
  }
  return values
}

export async function loadEnvironmentValues(ctx: LoadContext): Promise<EnvironmentValueResource[]> {
  const byName = new Map<string, { values: Partial<Record<EnvironmentKey, unknown>>; files: string[] }>()
  for (const entry of await ctx.dir.list('environments')) {
    const key = ENVIRONMENT_FILES[entry.name]
    if (entry.kind !== 'file' || !key) {
      const allowed = Object.keys(ENVIRONMENT_FILES).join(', ')
      if (!entry.name.startsWith('.'))
        reportFile(ctx, entry.rel, `not an environment file: the only environment files are ${allowed}`)
      continue
    }
    const doc = await readJson(ctx, entry.rel)
    if (!doc?.ok || !checkFields(doc, [], doc.value, ENVIRONMENT_TABLE, ctx.problems)) continue
    for (const [name, value] of Object.entries(asRecord(asRecord(doc.value).values))) {
      const slot = byName.get(name) ?? { values: {}, files: [] }
      slot.values[key] = value
      slot.files.push(doc.file)
      byName.set(name, slot)
    }
  }
  return [...byName]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, slot]) => ({ name, values: slot.values, files: slot.files, file: slot.files[0] }))
}
