// Deployed is what the repository says: the repository's model and the model of a `pull` of the app
// it deployed are compared field by field, on the name-form documents (not on the planner's canonical
// form, which could hide a change of meaning). A field whose value differs is a difference. The one
// documented list of what may differ without changing what is deployed is NORMALIZATIONS below.
import type { AppModel } from '../../src/app/model.js'
import { expandTemplates } from '../../src/app/templates.js'
import { isObject, stableStringify, type JsonObject } from '../../src/plan/canonical.js'
import { desiredItems } from '../../src/plan/desired.js'
import type { PlanItem } from '../../src/plan/types.js'

/**
 * What a pull may write differently from the repository, and why:
 * - ids (`id`, `_id`, `function_id`, ...) belong to the app, references are compared by name;
 * - key order and layout (the models are compared, not the files);
 * - a field the server fills with its documented default (DEFAULTS) may appear in one side only;
 * - an empty value (`""`, `null`, `{}`, `[]`) is the same as an absent one;
 * - SETS are compared as sets (config-to-api §2.4);
 * - IGNORED fields are the server's own (`last_disabled`, `schedule_type`) or local-only (`version`
 *   of a data source is dropped before sending, config-to-api §4.7);
 * - `secret` items are names only (values are never readable); the app's settings are not compared
 *   (the emulator's app has another name than the repository's);
 * - an item only the pull has is fine when all its fields are empty or defaults (a singleton the pull
 *   always writes), or when it is an auth provider (App Services creates default providers with an
 *   app, and a repository without `auth/` leaves them alone).
 */
export const DEFAULTS: Readonly<Record<string, unknown>> = {
  private: false,
  run_as_system: false,
  disable_arg_logs: false,
  from_secret: false,
  disabled: false,
  respond_result: false,
  fetch_custom_user_data: false,
  create_user_on_auth: false,
  return_type: 'JSON',
  validation_method: 'NO_VALIDATION',
  readPreference: 'primary',
  wireProtocolEnabled: false,
  use_natural_pluralization: true,
  disable_schema_introspection: false,
  full_document: false,
  full_document_before_change: false,
  skip_catchup_events: false,
  tolerate_resume_errors: false,
  maximum_throughput: false,
  unordered: false,
  extended_json_enabled: false,
  enabled: false,
  read_validation_action: 'ERROR',
  read_validation_level: 'OFF',
  write_validation_action: 'ERROR',
  write_validation_level: 'OFF'
}
/** Defaults of one kind only: a sync file without `type` is flexible sync (DOCS sync/config-table). */
const KIND_DEFAULTS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  sync: { type: 'flexible' }
}
const IGNORED = new Set(['id', '_id', 'function_id', 'last_disabled', 'schedule_type', 'version'])
const SETS = new Set([
  'operation_types',
  'providers',
  'origins',
  'log_types',
  'log_statuses',
  'redirect_uris',
  'domain_restrictions',
  'queryable_fields_names',
  'indexed_queryable_fields_names',
  'asymmetric_tables',
  'actions'
])
const NOT_COMPARED = new Set(['secret'])

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.keys(v).length === 0)

function same(key: string, a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true
  if (SETS.has(key) && Array.isArray(a) && Array.isArray(b)) {
    const sorted = (list: unknown[]) => list.map(v => stableStringify(v)).sort()
    return stableStringify(sorted(a)) === stableStringify(sorted(b))
  }
  return stableStringify(a) === stableStringify(b)
}

/** Differences between two documents, as `path: repository X, pulled Y`. */
function compareDoc(
  repo: JsonObject,
  pulled: JsonObject,
  at: string,
  out: string[],
  defaults: Readonly<Record<string, unknown>> = DEFAULTS
): void {
  for (const key of new Set([...Object.keys(repo), ...Object.keys(pulled)])) {
    if (IGNORED.has(key)) continue
    const [a, b] = [repo[key], pulled[key]]
    const where = at ? `${at}.${key}` : key
    if (isObject(a) && isObject(b)) {
      compareDoc(a, b, where, out, defaults)
      continue
    }
    if (same(key, a, b)) continue
    const oneSided = a === undefined ? b : b === undefined ? a : undefined
    if (oneSided !== undefined && key in defaults && same(key, oneSided, defaults[key])) continue
    out.push(`${where}: repository ${JSON.stringify(a)}, pulled ${JSON.stringify(b)}`)
  }
}

const keyOf = (i: PlanItem): string => `${i.kind} ${i.key}`

/** Every difference between the repository's model (template expansions resolved for its environment,
 *  as the deploy resolves them) and the pulled one; empty when they agree. */
export function roundTripDifferences(repository: AppModel, pulled: AppModel): string[] {
  const repo = expandTemplates(repository, repository.settings.environment ?? '')
  const strip = (m: AppModel) =>
    new Map(
      desiredItems(m)
        .filter(i => !NOT_COMPARED.has(i.kind))
        .map(i => [keyOf(i), i])
    )
  const [want, have] = [strip(repo), strip(pulled)]
  const out: string[] = []
  for (const [key, item] of want) {
    const other = have.get(key)
    if (!other) {
      out.push(`${key}: in the repository, not in the pull`)
      continue
    }
    const diffs: string[] = []
    compareDoc(item.doc, other.doc, '', diffs, { ...DEFAULTS, ...KIND_DEFAULTS[item.kind] })
    out.push(...diffs.map(d => `${key}: ${d}`))
  }
  for (const [key, item] of have) {
    if (want.has(key) || item.kind === 'auth_provider') continue
    const diffs: string[] = []
    compareDoc({}, item.doc, '', diffs)
    if (diffs.length > 0) out.push(`${key}: in the pull, not in the repository (${diffs.join('; ')})`)
  }
  return out
}
