// Desired versus remote, per resource: create, update (which fields; for sources, lines added and
// removed), delete. Deterministic: changes come in apply order, then by key.
import { ConfigError, type Problem } from '../errors.js'
import { changedFields, deepEqual, isObject, sameAsServer, type Json, type JsonObject } from './canonical.js'
import { APPLY_ORDER, KINDS, type KindName } from './kinds.js'
import { countLineChanges } from './line-diff.js'
import { knownFields, knownNestedFields } from '../app/known-fields.js'
import type { Change, PlanItem, SecretsPlan } from './types.js'

export interface DiffOptions {
  /** Keep remote resources the repository does not have. */
  readonly noDelete?: boolean
  /** Secret values the user provided, by name. */
  readonly secretValues?: ReadonlyMap<string, string>
  /** Overwrite existing secrets with the provided values. */
  readonly updateSecrets?: boolean
}

function byKind(items: readonly PlanItem[]): Map<KindName, Map<string, PlanItem>> {
  const out = new Map<KindName, Map<string, PlanItem>>()
  for (const i of items) {
    const kind = out.get(i.kind) ?? new Map<string, PlanItem>()
    kind.set(i.key, i)
    out.set(i.kind, kind)
  }
  return out
}

function sourceOf(i: PlanItem | undefined): string | undefined {
  const s = i?.kind === 'webhook' ? i.doc.function_source : i?.doc.source
  return typeof s === 'string' ? s.replace(/\r\n/g, '\n') : undefined
}

function lines(desired: PlanItem | undefined, remote: PlanItem | undefined): Change['lines'] {
  if (desired?.kind !== 'function' && desired?.kind !== 'webhook' && remote?.kind !== 'function')
    return undefined
  return countLineChanges(sourceOf(remote) ?? '', sourceOf(desired) ?? '')
}

/** Whether a differing field counts: a field the tables do not know that the server did not give
 *  back is no change (validate warned about it), so it never shows on every run. */
function echoed(kind: KindName, field: string, remote: PlanItem): boolean {
  const known = knownFields(kind)
  return !known || known.has(field) || field in remote.fields
}

/**
 * The same rule further down: a field whose difference is only keys our tables do not know inside it
 * (a trigger's `config.extra`, or one in its EventBridge processor's config), which the server does
 * not give back, is no change either.
 */
function onlyUnechoedInside(kind: KindName, field: string, want: PlanItem, have: PlanItem): boolean {
  const mine = want.fields[field]
  const kept = withoutUnechoed(kind, [field], mine, have.fields[field], want.doc)
  return !deepEqual(kept, mine) && sameAsServer(kept, have.fields[field])
}

/** `mine` without the keys, at the paths our tables describe, that the tables do not know and `theirs` lacks. */
function withoutUnechoed(
  kind: KindName,
  path: readonly string[],
  mine: Json,
  theirs: Json,
  doc: JsonObject
): Json {
  if (!isObject(mine) || !isObject(theirs)) return mine
  const known = knownNestedFields(kind, path, doc)
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(mine)) {
    if (known && !known.has(key) && !(key in theirs)) continue
    out[key] = withoutUnechoed(kind, [...path, key], value, theirs[key], doc)
  }
  return out
}

/** Kinds whose remote extras are kept when the repository has none of them: new apps come with an
 *  auth provider the user never wrote, so an app without `auth/` leaves providers alone. */
const UNMANAGED_WHEN_ABSENT: ReadonlySet<KindName> = new Set(['auth_provider'])

function kindChanges(
  kind: KindName,
  desired: Map<string, PlanItem>,
  remote: Map<string, PlanItem>,
  options: DiffOptions
): Change[] {
  const changes: Change[] = []
  for (const [key, want] of [...desired].sort(([a], [b]) => a.localeCompare(b))) {
    const have = remote.get(key)
    if (!have) {
      changes.push({
        kind,
        key,
        action: 'create',
        file: want.file,
        desired: want,
        lines: lines(want, undefined)
      })
      continue
    }
    const fields = changedFields(want.fields, have.fields, sameAsServer).filter(
      f => echoed(kind, f, have) && !onlyUnechoedInside(kind, f, want, have)
    )
    if (fields.length > 0) {
      const lineChanges =
        fields.includes('source') || fields.includes('function_source') ? lines(want, have) : undefined
      changes.push({
        kind,
        key,
        action: 'update',
        fields,
        file: want.file,
        desired: want,
        remote: have,
        lines: lineChanges
      })
    }
  }
  const keepExtras =
    options.noDelete || KINDS[kind].singleton || (UNMANAGED_WHEN_ABSENT.has(kind) && desired.size === 0)
  if (!keepExtras) {
    for (const [key, have] of [...remote].sort(([a], [b]) => a.localeCompare(b))) {
      if (!desired.has(key))
        changes.push({ kind, key, action: 'delete', remote: have, lines: lines(undefined, have) })
    }
  }
  return changes
}

/** Secrets cannot be read back: create the missing ones, overwrite only on request, never delete. */
export function planSecrets(
  desired: Map<string, PlanItem>,
  remote: Map<string, PlanItem>,
  options: DiffOptions
): SecretsPlan {
  const provided = options.secretValues ?? new Map<string, string>()
  const missing: Problem[] = []
  const create: string[] = []
  const update: string[] = []
  const names = new Set([...desired.keys(), ...provided.keys()])
  for (const name of [...names].sort()) {
    if (remote.has(name)) {
      if (provided.has(name) && options.updateSecrets) update.push(name)
    } else if (provided.has(name)) {
      create.push(name)
    } else {
      missing.push({
        source: desired.get(name)?.file ?? 'secrets',
        field: name,
        severity: 'error',
        message: `the config references secret '${name}', which the app does not have and no value was given: pass it with --secret ${name}=VALUE (or the action's 'secrets' input)`
      })
    }
  }
  if (missing.length > 0) throw new ConfigError(missing)
  return { create, update }
}

export interface DiffResult {
  readonly changes: Change[]
  readonly secrets: SecretsPlan
}

export function diffItems(
  desired: readonly PlanItem[],
  remote: readonly PlanItem[],
  options: DiffOptions = {}
): DiffResult {
  const want = byKind(desired)
  const have = byKind(remote)
  const empty = new Map<string, PlanItem>()
  const secrets = planSecrets(want.get('secret') ?? empty, have.get('secret') ?? empty, options)
  const changes = APPLY_ORDER.filter(k => k !== 'secret').flatMap(kind =>
    kindChanges(kind, want.get(kind) ?? empty, have.get(kind) ?? empty, options)
  )
  return { changes, secrets }
}
