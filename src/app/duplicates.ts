// Two resources with one key: App Services keeps one per key (name, route + method, collection), so a
// second definition would silently replace the first. Always an error, named at the second one.
import type { Problem } from '../errors.js'
import { problemFor, type LoadContext } from './context.js'
import type { FieldPath } from './json-file.js'
import type { AppModel, Sourced } from './model.js'

type Checker = Pick<LoadContext, 'docs' | 'bases'>

/** One kind of keyed resource: how to key it, how to call it, where its key sits in its file. */
interface KeyedKind {
  readonly items: readonly Sourced[]
  readonly key: (item: never) => string
  readonly describe: (item: never) => string
  readonly path: FieldPath
}

function kind<T extends Sourced>(
  items: readonly T[],
  key: (item: T) => string,
  describe: (item: T) => string,
  path: FieldPath
): KeyedKind {
  return { items, key, describe, path } as KeyedKind
}

function named<T extends Sourced & { name: string }>(
  items: readonly T[],
  label: string,
  suffix = ''
): KeyedKind {
  return kind(
    items,
    i => i.name,
    i => `${label} '${i.name}'${suffix}`,
    ['name']
  )
}

const namespace = (r: { database: string; collection: string }): string => `${r.database}.${r.collection}`

function keyedKinds(model: AppModel): KeyedKind[] {
  const resolvers = model.graphql?.custom_resolvers ?? []
  return [
    named(model.functions, 'function'),
    named(model.values, 'value'),
    named(model.triggers, 'trigger'),
    named(model.authProviders, 'auth provider'),
    named(model.logForwarders, 'log forwarder'),
    // Data sources and third-party services share one namespace in the API (`/services`).
    named([...model.dataSources, ...model.services], 'service'),
    kind(
      model.endpoints,
      e => `${e.http_method} ${e.route}`,
      e => `endpoint ${e.http_method} ${e.route}`,
      ['route']
    ),
    kind(
      resolvers,
      r => `${r.on_type}.${r.field_name}`,
      r => `custom resolver ${r.on_type}.${r.field_name}`,
      ['field_name']
    ),
    ...model.dataSources.flatMap(source => [
      kind(source.rules, namespace, r => `the rule for ${namespace(r)} in data source '${source.name}'`, [
        'collection'
      ]),
      kind(
        source.schemas,
        namespace,
        s => `the schema for ${namespace(s)} in data source '${source.name}'`,
        []
      )
    ]),
    ...model.services.flatMap(service => [
      named(service.rules, 'rule', ` of service '${service.name}'`),
      named(service.incoming_webhooks, 'webhook', ` of service '${service.name}'`)
    ])
  ]
}

export function checkDuplicates(ctx: Checker, model: AppModel): Problem[] {
  const problems: Problem[] = []
  for (const { items, key, describe, path } of keyedKinds(model)) {
    const first = new Map<string, Sourced>()
    for (const item of items) {
      const earlier = first.get(key(item as never))
      if (!earlier) {
        first.set(key(item as never), item)
        continue
      }
      const where = earlier.file === item.file ? 'earlier in the same file' : `also in ${earlier.file}`
      problems.push(problemFor(ctx, item, [path], `${describe(item as never)} is defined twice (${where})`))
    }
  }
  return problems
}
