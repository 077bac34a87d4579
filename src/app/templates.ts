// Template expansions (config-to-api §2.4 item 6, DOCS reference/config/template-expansions.txt):
// `"%(%%environment.values.<name>)"` in a string field of a config file resolves to that environment
// value for the active environment (`""` reads `environments/no-environment.json`). App Services only
// resolves them when an app is created from files, so the deployer resolves them itself before
// building request bodies and before diffing. Function and webhook sources are code, not config, and
// are left alone.
import { ConfigError, type Problem } from '../errors.js'
import { problemFor, type LoadContext } from './context.js'
import type { FieldPath } from './json-file.js'
import type { AppModel, EnvironmentKey, Sourced } from './model.js'

const EXPANSION = /%\(%%environment\.values\.([^)]*)\)/g
/** Keys that are bookkeeping or code, not config: never expanded. */
const SKIPPED = new Set(['file', 'files', 'sourceFile', 'relationshipsFile', 'source'])
/** Nested resources with their own file, visited as units of their own. */
const NESTED = new Set(['rules', 'schemas', 'default_rule', 'incoming_webhooks'])

type Locator = Pick<LoadContext, 'docs' | 'bases'>
const noPositions: Locator = { docs: new Map(), bases: new WeakMap() }

export function environmentKey(environment: string | undefined): EnvironmentKey {
  return !environment ? 'none' : (environment as EnvironmentKey)
}

/** The model with every expansion resolved for `environment`; throws ConfigError listing every unresolved one. */
export function expandTemplates(model: AppModel, environment = model.settings.environment ?? ''): AppModel {
  const copy = structuredClone(model)
  const problems = visitExpansions(copy, environment, noPositions, true)
  if (problems.length) throw new ConfigError(problems)
  return copy
}

/** Every expansion that cannot be resolved for `environment`, without changing the model. */
export function findTemplateProblems(
  model: AppModel,
  environment = model.settings.environment ?? '',
  locator: Locator = noPositions
): Problem[] {
  return visitExpansions(model, environment, locator, false)
}

function visitExpansions(model: AppModel, environment: string, locator: Locator, write: boolean): Problem[] {
  const values = new Map(model.environmentValues.map(v => [v.name, v]))
  const problems: Problem[] = []
  for (const unit of units(model)) {
    const fail = (path: FieldPath, message: string): undefined =>
      void problems.push(problemFor(locator, unit, [path], message))
    const lookup = (name: string, path: FieldPath): unknown => {
      const entry = values.get(name)
      const key = environmentKey(environment)
      if (entry && key in entry.values) return entry.values[key]
      const file = environment ? `${environment}.json` : 'no-environment.json'
      return entry
        ? fail(
            path,
            `%%environment.values.${name} has no value for environment '${environment || 'none'}' (${file})`
          )
        : fail(path, `%%environment.values.${name} is not defined in any environments/*.json file`)
    }
    walk(
      unit,
      [],
      (text, path) =>
        expandString(
          text,
          name => lookup(name, path),
          name =>
            fail(
              path,
              `%%environment.values.${name} is not a string, so it cannot be part of a longer string`
            )
        ),
      write
    )
  }
  return problems
}

/** A whole-string expansion takes the value as it is (any JSON); expansions inside a string take its text. */
function expandString(
  text: string,
  lookup: (name: string) => unknown,
  notText: (name: string) => void
): unknown {
  const whole = text.match(/^%\(%%environment\.values\.([^)]*)\)$/)
  if (whole) return lookup(whole[1])
  return text.replace(EXPANSION, (match, name: string) => {
    const value = lookup(name)
    if (value === undefined) return match
    if (typeof value === 'object' && value !== null) {
      notText(name)
      return match
    }
    return String(value)
  })
}

/** Every resource with a file of its own, nested ones (rules, webhooks) included. */
function units(model: AppModel): Sourced[] {
  const list: Sourced[] = [
    model.settings,
    ...model.functions,
    ...model.values,
    ...model.triggers,
    ...model.authProviders
  ]
  list.push(...model.endpoints, ...model.logForwarders)
  for (const source of model.dataSources)
    list.push(
      source,
      ...source.rules,
      ...source.schemas,
      ...(source.default_rule ? [source.default_rule] : [])
    )
  for (const service of model.services) list.push(service, ...service.rules, ...service.incoming_webhooks)
  for (const single of [
    model.customUserData,
    model.dataApiConfig,
    model.sync,
    model.hosting?.config,
    model.graphql?.config,
    model.graphql?.validation_settings
  ]) {
    if (single) list.push(single)
  }
  list.push(...(model.graphql?.custom_resolvers ?? []))
  return list
}

type OnString = (text: string, path: FieldPath) => unknown

/** Calls `onString` for every string leaf holding an expansion; with `write`, stores what it returns. */
function walk(node: unknown, path: FieldPath, onString: OnString, write: boolean): void {
  if (node === null || typeof node !== 'object') return
  const entries: Array<[string | number, unknown]> = Array.isArray(node)
    ? node.map((v, i) => [i, v])
    : Object.entries(node)
  for (const [key, value] of entries) {
    if (path.length === 0 && typeof key === 'string' && (SKIPPED.has(key) || NESTED.has(key))) continue
    if (typeof value === 'string') {
      if (!value.includes('%(%%environment.values.')) continue
      const resolved = onString(value, [...path, key])
      if (write && resolved !== undefined) (node as Record<string | number, unknown>)[key] = resolved
    } else {
      walk(value, [...path, key], onString, write)
    }
  }
}
