// The writes App Services refuses, found when the plan is made, before a draft opens. Each rule is one
// the project knows (the emulator enforces it, and src/emulator/resources/divergences.ts names its
// evidence). A rule either says what happens instead (the change is narrowed or withheld, with a
// warning that says so and what the user can do) or stops the run with an error naming the file
// (exit 2, nothing written). A deploy that fails mid-apply on something listed here is a defect.
import { ConfigError, type Problem } from '../errors.js'
import { changedFields, sameAsServer, isObject, type JsonObject } from './canonical.js'
import { item } from './items.js'
import { KINDS } from './kinds.js'
import type { Change, PlanItem } from './types.js'

export interface RefusalCheck {
  readonly changes: Change[]
  readonly warnings: string[]
}

/** Applies every rule; throws ConfigError when a change cannot be made at all. */
export function checkRefusals(changes: readonly Change[], remote: readonly PlanItem[]): RefusalCheck {
  const warnings: string[] = []
  const problems: Problem[] = []
  const kept = keptRemoteItems(changes, remote)
  const rules: Array<(change: Change) => Rule> = [
    change => creationOnlySettings(change, warnings),
    change => unmanagedDataSourceConfig(change, warnings, problems),
    change => immutableType(change, problems),
    change => stillInUse(change, kept, warnings)
  ]
  const out: Change[] = []
  for (const change of changes) {
    let narrowed: Rule = change
    for (const rule of rules) narrowed = narrowed && rule(narrowed)
    if (narrowed) out.push(narrowed)
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return { changes: out, warnings }
}

/** A change narrowed by a rule, or undefined when nothing of it is left to write. */
type Rule = Change | undefined

function where(change: Change): string {
  return change.file ?? `${change.kind} ${change.key}`
}

/** The change with `doc` as the desired document; undefined when it then equals the remote side. */
function withDesiredDoc(change: Change, doc: JsonObject): Rule {
  const desired = item(change.kind, change.key, doc, change.file)
  const fields = change.remote ? changedFields(desired.fields, change.remote.fields, sameAsServer) : undefined
  if (fields && fields.length === 0) return undefined
  return { ...change, desired, ...(fields ? { fields } : {}) }
}

/**
 * GraphQL's `use_natural_pluralization` can only be chosen when an app is created (DOCS graphql.txt;
 * the server answers 400 to a PUT with false). The deploy keeps the app's setting and says so.
 */
function creationOnlySettings(change: Change, warnings: string[]): Rule {
  if (change.kind !== 'graphql_config' || !change.desired || !change.fields) return change
  const want = change.desired.doc.use_natural_pluralization
  const have = change.remote?.doc.use_natural_pluralization ?? true
  if (want === undefined || want === have) return change
  warnings.push(
    `${where(change)}: use_natural_pluralization: ${String(want)} can only be chosen when an app is created; ` +
      `this app has ${String(have)}, which the deploy keeps (create a new app with the setting, or change the file to ${String(have)})`
  )
  return withDesiredDoc(change, { ...change.desired.doc, use_natural_pluralization: have })
}

const REQUIRED_CONFIG: Readonly<Record<string, string>> = {
  'mongodb-atlas': 'clusterName',
  datalake: 'dataLakeName',
  mongodb: 'uri'
}

/**
 * A data source's config without its required field (realm-cli's test apps write `config: {}`): App
 * Services cannot create the data source from it (an error), and for one that exists the linked cluster
 * is left as it is (config-to-api §4.7: `{}` means "don't manage config").
 */
function unmanagedDataSourceConfig(change: Change, warnings: string[], problems: Problem[]): Rule {
  if (change.kind !== 'data_source' || !change.desired) return change
  const doc = change.desired.doc
  const field = REQUIRED_CONFIG[String(doc.type)]
  const config = isObject(doc.config) ? doc.config : {}
  if (!field || (typeof config[field] === 'string' && config[field] !== '')) return change
  if (change.action === 'create') {
    problems.push({
      source: where(change),
      field: `config.${field}`,
      severity: 'error',
      message: `App Services cannot create data source '${change.key}' without config.${field}: write the ${field} of the ${String(doc.type)} it links`
    })
    return undefined
  }
  warnings.push(
    `${where(change)}: data source '${change.key}' has no config.${field}, so its config is left as the app has it`
  )
  return withDesiredDoc(change, { ...doc, config: change.remote?.doc.config })
}

/** A service's type cannot change (the server answers 400); a new name makes a new data source. */
function immutableType(change: Change, problems: Problem[]): Rule {
  if (change.kind !== 'data_source' && change.kind !== 'service') return change
  const want = change.desired?.doc.type
  const have = change.remote?.doc.type
  if (change.action !== 'update' || want === have) return change
  problems.push({
    source: where(change),
    field: 'type',
    severity: 'error',
    message: `App Services cannot change the type of '${change.key}' from ${String(have)} to ${String(want)}: give the new one another name, and remove the old one in a separate deploy`
  })
  return undefined
}

interface Uses {
  readonly functions: string[]
  readonly dataSources: string[]
  readonly secrets: string[]
}

const text = (value: unknown): string[] => (typeof value === 'string' && value !== '' ? [value] : [])
const obj = (value: unknown): JsonObject => (isObject(value) ? value : {})

/** What a remote item (name form) refers to by name. */
function usesOf(i: PlanItem): Uses {
  const doc = i.doc
  const config = obj(doc.config)
  switch (i.kind) {
    case 'trigger':
      return {
        functions: [
          ...text(obj(obj(obj(doc.event_processors).FUNCTION).config).function_name),
          ...text(obj(obj(doc.error_handler).config).function_name)
        ],
        dataSources: text(config.service_name),
        secrets: []
      }
    case 'endpoint':
      return { functions: text(doc.function_name), dataSources: [], secrets: text(doc.secret_name) }
    case 'custom_resolver':
      return { functions: text(doc.function_name), dataSources: [], secrets: [] }
    case 'auth_provider':
      return {
        functions: ['confirmationFunctionName', 'resetFunctionName', 'authFunctionName'].flatMap(k =>
          text(config[k])
        ),
        dataSources: [],
        secrets: []
      }
    case 'custom_user_data':
      return {
        functions: text(doc.on_user_creation_function_name),
        dataSources: doc.enabled === true ? text(doc.mongo_service_name) : [],
        secrets: []
      }
    case 'log_forwarder': {
      const action = obj(doc.action)
      return action.type === 'function'
        ? { functions: text(action.name), dataSources: [], secrets: [] }
        : { functions: [], dataSources: text(action.data_source), secrets: [] }
    }
    case 'value':
      return { functions: [], dataSources: [], secrets: doc.from_secret === true ? text(doc.value) : [] }
    default:
      return { functions: [], dataSources: [], secrets: [] }
  }
}

/** Remote items the plan leaves as they are: neither deleted nor replaced by the repository's. */
function keptRemoteItems(changes: readonly Change[], remote: readonly PlanItem[]): PlanItem[] {
  const touched = new Set(changes.map(c => `${c.kind}\u0000${c.key}`))
  return remote.filter(r => !touched.has(`${r.kind}\u0000${r.key}`) && KINDS[r.kind] !== undefined)
}

/**
 * Deleting a function or data source that a resource the plan keeps still uses is refused by the
 * server (400 ResourceInUse; config-to-api §4.5). Such a user can only be a remote resource the
 * repository does not manage (an auth provider of an app without `auth/`, or one kept by --no-delete),
 * so the delete is withheld, with a warning naming the user.
 */
function stillInUse(change: Change, kept: readonly PlanItem[], warnings: string[]): Rule {
  if (change.action !== 'delete') return change
  const field =
    change.kind === 'function' ? 'functions' : change.kind === 'data_source' ? 'dataSources' : undefined
  if (!field) return change
  const users = kept.filter(k => usesOf(k)[field].includes(change.key))
  if (users.length === 0) return change
  const named = users.map(u => `${u.kind.replace(/_/g, ' ')} '${u.key}'`).join(', ')
  warnings.push(
    `${change.kind.replace(/_/g, ' ')} '${change.key}' is not deleted: ${named} still uses it, and the repository does not manage ${users.length === 1 ? 'it' : 'them'} (remove the use in the App Services UI, or add ${users.length === 1 ? 'it' : 'them'} to the repository)`
  )
  return undefined
}
