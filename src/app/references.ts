// Cross-references by name: a function or data source that a resource names must exist in the same app.
//
// Severity policy: a dangling reference that the deploy must turn into an id (a trigger's function or
// data source, an endpoint's or resolver's function, an auth provider's functions, enabled custom user
// data, sync's data source) or that App Services checks (log forwarders) is an ERROR, whatever the kind:
// App Services refuses the write, so the deploy would fail after its draft opened. References nothing
// resolves (relationships, the provider types of authentication triggers, the data source of disabled
// custom user data) are WARNINGS: they are sent as written.
import type { Problem } from '../errors.js'
import { problemFor, type LoadContext } from './context.js'
import type { FieldPath } from './json-file.js'
import { triggerFunctionName, type AppModel, type JsonObject, type Sourced } from './model.js'

type Checker = Pick<LoadContext, 'docs' | 'bases'>
const LEGACY = 'warning' as const

interface Names {
  readonly functions: Set<string>
  readonly dataSources: Set<string>
  readonly services: Set<string>
}

type Severity = Problem['severity']

/** Checks one named reference and records a problem when the target does not exist. */
class ReferenceChecker {
  readonly problems: Problem[] = []
  constructor(
    private readonly ctx: Checker,
    readonly names: Names
  ) {}

  fn(resource: Sourced, name: unknown, paths: FieldPath[], what: string, severity: Severity = 'error'): void {
    if (typeof name !== 'string' || name === '' || this.names.functions.has(name)) return
    const message = `${what} names function '${name}', which does not exist`
    this.problems.push(problemFor(this.ctx, resource, paths, message, severity))
  }

  ds(resource: Sourced, name: unknown, paths: FieldPath[], what: string, severity: Severity = 'error'): void {
    if (typeof name !== 'string' || this.names.dataSources.has(name)) return
    const hint = this.names.services.has(name) ? ' (it is a third-party service, not a data source)' : ''
    const message = `${what} names data source '${name}', which does not exist${hint}`
    this.problems.push(problemFor(this.ctx, resource, paths, message, severity))
  }
}

export function checkReferences(ctx: Checker, model: AppModel): Problem[] {
  const refs = new ReferenceChecker(ctx, {
    functions: new Set(model.functions.map(f => f.name)),
    dataSources: new Set(model.dataSources.map(d => d.name)),
    services: new Set(model.services.map(s => s.name))
  })
  checkDurableReferences(refs, model)
  checkDeprecatedKindReferences(refs, model)
  checkAuthTriggerProviders(ctx, model, refs.problems)
  checkRelationships(ctx, model, refs.names, refs.problems)
  return refs.problems
}

function checkDurableReferences(refs: ReferenceChecker, model: AppModel): void {
  for (const trigger of model.triggers) {
    const what = `trigger '${trigger.name}'`
    const functionPaths = [['event_processors', 'FUNCTION', 'config', 'function_name'], ['function_name']]
    refs.fn(trigger, triggerFunctionName(trigger), functionPaths, what)
    const handler = (trigger.error_handler?.config ?? {}) as JsonObject
    refs.fn(
      trigger,
      handler.function_name,
      [['error_handler', 'config', 'function_name']],
      `error handler of ${what}`
    )
    if (trigger.type === 'DATABASE')
      refs.ds(trigger, trigger.config.service_name, [['config', 'service_name']], what)
  }
  for (const forwarder of model.logForwarders) {
    const what = `log forwarder '${forwarder.name}'`
    if (forwarder.action.type === 'function')
      refs.fn(forwarder, forwarder.action.name, [['action', 'name']], what)
    else refs.ds(forwarder, forwarder.action.data_source, [['action', 'data_source']], what)
  }
}

function checkDeprecatedKindReferences(refs: ReferenceChecker, model: AppModel): void {
  const fn = refs.fn.bind(refs)
  const ds = refs.ds.bind(refs)
  for (const endpoint of model.endpoints) {
    fn(
      endpoint,
      endpoint.function_name,
      [['function_name']],
      `endpoint ${endpoint.http_method} ${endpoint.route}`
    )
  }
  for (const resolver of model.graphql?.custom_resolvers ?? []) {
    fn(
      resolver,
      resolver.function_name,
      [['function_name']],
      `custom resolver ${resolver.on_type}.${resolver.field_name}`
    )
  }
  for (const provider of model.authProviders) {
    const config = provider.config ?? {}
    for (const key of ['confirmationFunctionName', 'resetFunctionName', 'authFunctionName']) {
      fn(provider, config[key], [['config', key]], `auth provider '${provider.name}'`)
    }
  }
  const custom = model.customUserData
  if (custom) {
    const what = `custom user data${custom.enabled ? '' : ' (disabled)'}`
    const severity = custom.enabled ? 'error' : LEGACY
    if (custom.mongo_service_name !== '')
      ds(custom, custom.mongo_service_name, [['mongo_service_name']], what, severity)
    fn(custom, custom.on_user_creation_function_name, [['on_user_creation_function_name']], what)
  }
  if (model.sync?.service_name !== undefined)
    ds(model.sync, model.sync.service_name, [['service_name']], 'sync')
}

/** Authentication triggers name provider TYPES; warn when the app does not configure that provider. */
function checkAuthTriggerProviders(ctx: Checker, model: AppModel, problems: Problem[]): void {
  if (model.authProviders.length === 0) return
  const types = new Set(model.authProviders.map(p => p.type))
  for (const trigger of model.triggers.filter(t => t.type === 'AUTHENTICATION')) {
    const providers = Array.isArray(trigger.config.providers) ? trigger.config.providers : []
    providers.forEach((type, i) => {
      if (typeof type === 'string' && !types.has(type)) {
        const message = `trigger '${trigger.name}' listens to provider '${type}', which this app does not configure`
        problems.push(problemFor(ctx, trigger, [['config', 'providers', i]], message, LEGACY))
      }
    })
  }
}

function checkRelationships(ctx: Checker, model: AppModel, names: Names, problems: Problem[]): void {
  const schemas = new Set(
    model.dataSources.flatMap(d => d.schemas.map(s => `${d.name}/${s.database}/${s.collection}`))
  )
  // A relationships.json file is keyed by field; embedded ones (20180301 rule files) sit under `relationships`.
  for (const schema of model.dataSources.flatMap(d => d.schemas)) {
    for (const [field, relationship] of Object.entries(schema.relationships)) {
      const ref = String((relationship as JsonObject).ref ?? '').replace('#/relationship/', '')
      const [source] = ref.split('/')
      const problem = !names.dataSources.has(source)
        ? `relationship '${field}' points to data source '${source}', which does not exist`
        : !schemas.has(ref)
          ? `relationship '${field}' points to ${ref}, which has no schema in this app`
          : undefined
      if (!problem) continue
      const at = schema.relationshipsFile ? { file: schema.relationshipsFile } : schema
      problems.push(
        problemFor(
          ctx,
          at,
          [
            [field, 'ref'],
            ['relationships', field, 'ref']
          ],
          problem,
          LEGACY
        )
      )
    }
  }
}
