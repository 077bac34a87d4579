// The active environment (`PUT G/A/environment`) and environment values (`G/A/environment_values`).
// The environment is kept as the `environment` singleton of the user's config (so a draft holds it
// until deployed); a write straight to live also updates the AppInstance, which is what GET app shows.
import type { Doc, Reply, RequestContext, Route } from '../types.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import { APP, logWrite, pick, readSingleton, writeSingleton } from './store.js'
import { badRequest, isObject, optionalObject, requireBody, requireSimpleName } from './validate.js'

export const ENVIRONMENTS = ['', 'development', 'testing', 'qa', 'production'] as const
/** The keys of EnvironmentValue.values: `none` stands for "no environment". */
export const ENVIRONMENT_KEYS = ['none', 'development', 'testing', 'qa', 'production'] as const

/** The environment the user's config selects. */
export function activeEnvironment(ctx: RequestContext): string {
  return readSingleton<string>(ctx.config(), 'environment') ?? ctx.appRecord.app.environment ?? ''
}

function setEnvironment(ctx: RequestContext): Reply {
  const body = requireBody(ctx)
  const environment = body.environment ?? ''
  if (typeof environment !== 'string' || !(ENVIRONMENTS as readonly string[]).includes(environment)) {
    throw badRequest(
      `Invalid environment ${JSON.stringify(environment)}: use one of "", "development", "testing", "qa", "production"`
    )
  }
  const config = ctx.config()
  writeSingleton(ctx, config, 'environment', environment)
  if (config === ctx.appRecord.live) ctx.appRecord.app.environment = environment
  logWrite(ctx, 200, `set environment ${JSON.stringify(environment)}`)
  return { status: 200, body: { ...ctx.appRecord.app, environment } }
}

function buildEnvironmentValue({ body }: BuildInput): Doc {
  const name = requireSimpleName(body.name, 'name', 'environment value')
  const values = optionalObject(body.values, 'values') ?? {}
  for (const key of Object.keys(values)) {
    if (!(ENVIRONMENT_KEYS as readonly string[]).includes(key)) {
      throw badRequest(`"values.${key}" is not an environment: use ${ENVIRONMENT_KEYS.join(', ')}`)
    }
  }
  return { name, values }
}

const description = (_config: unknown, doc: Doc): Doc => pick(doc, '_id', 'name', 'last_modified')

export const environmentValuesSpec: CollectionSpec = {
  kind: 'environment_values',
  path: '/environment_values',
  idParam: 'environmentValueId',
  label: 'environment value',
  notFoundCode: 'EnvironmentValueNotFound',
  uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
  build: buildEnvironmentValue,
  stamp: true,
  listView: description,
  create: { status: 201, body: description },
  update: { method: 'PUT', status: 200, body: description },
  remove: { status: 204 }
}

/** `{none: {values: {...}}, development: {...}, ...}`: the per-environment transposition pull shows. */
export function environmentsByKey(docs: Doc[]): Doc {
  const out: Doc = {}
  for (const key of ENVIRONMENT_KEYS) out[key] = { values: {} }
  for (const doc of docs) {
    const values = isObject(doc.values) ? doc.values : {}
    for (const [key, value] of Object.entries(values))
      ((out[key] as Doc).values as Doc)[doc.name as string] = value
  }
  return out
}

export function environmentRoutes(): Route[] {
  return [
    { method: 'PUT', pattern: `${APP}/environment`, handler: setEnvironment, options: { write: true } },
    ...collectionRoutes(environmentValuesSpec)
  ]
}
