// Values (`G/A/values`) and secrets (`G/A/secrets`). A value with `from_secret` holds a secret's
// name, which must exist. Secret values are stored (a function could read them) but no route ever
// returns one: the secret list is `{_id, name}` and there is no GET by id.
import type { Doc, Route } from '../types.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import { refuseIfUsed, requireSecretName, secretUsers } from './refs.js'
import { pick } from './store.js'
import { badRequest, optionalBoolean, requireSimpleName, requireString } from './validate.js'

function buildValue({ body, config }: BuildInput): Doc {
  const name = requireSimpleName(body.name, 'name', 'value')
  // The spec marks private/from_secret required; RJS's importer omits both and the server is
  // inferred to default them to false, so the emulator accepts that too (see divergences).
  const fromSecret = optionalBoolean(body.from_secret, 'from_secret', false)
  if (!('value' in body) || body.value === undefined) throw badRequest('"value" is required')
  if (fromSecret) requireSecretName(config, body.value, 'value')
  return {
    name,
    private: optionalBoolean(body.private, 'private', false),
    from_secret: fromSecret,
    value: body.value
  }
}

export const valuesSpec: CollectionSpec = {
  kind: 'values',
  path: '/values',
  idParam: 'valueId',
  label: 'value',
  notFoundCode: 'ValueNotFound',
  uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
  build: buildValue,
  listView: (_config, doc) => pick(doc, '_id', 'name', 'private'),
  create: { status: 201, body: (_config, doc) => doc },
  update: { method: 'PUT', status: 200, body: (_config, doc) => doc },
  remove: { status: 204 }
}

function buildSecret({ body, config, existing }: BuildInput): Doc {
  const name = requireSimpleName(body.name, 'name', 'secret')
  const value = requireString(body.value, 'value')
  if (existing && existing.name !== name) {
    refuseIfUsed(secretUsers(config, existing._id as string), `rename secret "${String(existing.name)}"`)
  }
  return { name, value }
}

const secretSummary = (_config: unknown, doc: Doc): Doc => pick(doc, '_id', 'name')

export const secretsSpec: CollectionSpec = {
  kind: 'secrets',
  path: '/secrets',
  idParam: 'secretId',
  label: 'secret',
  notFoundCode: 'SecretNotFound',
  uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
  build: buildSecret,
  listView: secretSummary,
  fullView: secretSummary,
  get: false,
  create: { status: 201, body: secretSummary },
  update: { method: 'PUT', status: 204 },
  remove: { status: 204 },
  beforeRemove: (config, doc) =>
    refuseIfUsed(secretUsers(config, doc._id as string), `delete secret "${String(doc.name)}"`)
}

export function valueRoutes(): Route[] {
  return [...collectionRoutes(valuesSpec), ...collectionRoutes(secretsSpec)]
}
