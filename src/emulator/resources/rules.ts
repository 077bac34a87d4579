// Rules of a service (`G/A/services/{serviceId}/rules`) and a data source's default rule
// (`…/default_rule`, a singleton `default_rule:<serviceId>`). A data source's rules are unique per
// (database, collection); a third-party service's rules per name. Every role and filter gets an
// `_id`, as the server assigns them.
import { HttpError, type AppConfig, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import { isDataSource } from './refs.js'
import { loadService } from './services.js'
import { APP, logWrite, readSingleton, removeSingleton, writeSingleton } from './store.js'
import {
  badRequest,
  isObject,
  optionalArray,
  requireBody,
  requireObject,
  requireSimpleName,
  requireString
} from './validate.js'

/** Roles and filters keep the `_id` they were sent with, else get a new one. */
function withIds(ctx: RequestContext, list: unknown[] | undefined, field: string): Doc[] {
  return (list ?? []).map((item, i) => {
    const entry = requireObject(item, `${field}[${i}]`)
    return { ...entry, _id: typeof entry._id === 'string' && entry._id !== '' ? entry._id : ctx.newId() }
  })
}

function buildRule({ ctx, body, parent }: BuildInput): Doc {
  if (!isDataSource(parent)) {
    // ThirdPartyServiceRule: {name, actions, when}.
    const actions = optionalArray(body.actions, 'actions') ?? []
    actions.forEach((action, i) => requireString(action, `actions[${i}]`))
    return {
      name: requireSimpleName(body.name, 'name', 'rule'),
      actions,
      when: requireObject(body.when, 'when')
    }
  }
  const doc: Doc = {
    database: requireString(body.database, 'database'),
    collection: requireString(body.collection, 'collection')
  }
  doc.roles = withIds(ctx, optionalArray(body.roles, 'roles'), 'roles')
  doc.filters = withIds(ctx, optionalArray(body.filters, 'filters'), 'filters')
  return doc
}

function ruleKey(doc: Doc): string {
  return doc.name !== undefined
    ? `name ${JSON.stringify(doc.name)}`
    : `database ${JSON.stringify(doc.database)} and collection ${JSON.stringify(doc.collection)}`
}

function ruleName(doc: Doc): string {
  return (doc.name as string | undefined) ?? `${String(doc.database)}.${String(doc.collection)}`
}

export const rulesSpec: CollectionSpec = {
  kind: 'rules',
  path: '/services/{serviceId}/rules',
  idParam: 'ruleId',
  label: 'rule',
  notFoundCode: 'RuleNotFound',
  parent: { param: 'serviceId', field: 'service_id', load: loadService },
  uniqueKey: ruleKey,
  build: buildRule,
  create: { status: 201, body: (_config, doc) => ({ _id: doc._id, name: ruleName(doc) }) },
  // The spec documents a 200 without a body.
  update: { method: 'PUT', status: 200 },
  remove: { status: 204 }
}

function defaultRuleKey(ctx: RequestContext): string {
  return `default_rule:${ctx.params.serviceId}`
}

/** The spec documents one exact 404 message per default-rule operation; a missing service uses it too. */
const MISSING_DEFAULT_RULE: Record<string, string> = {
  GET: 'default rule does not exist on service',
  DELETE: 'default rule does not exist for app service'
}

function loadDataSource(config: AppConfig, ctx: RequestContext): Doc {
  const service = config.collections.services?.[ctx.params.serviceId]
  if (!service) {
    const message = MISSING_DEFAULT_RULE[ctx.method] ?? `service not found: ${ctx.params.serviceId}`
    throw new HttpError(404, 'ServiceNotFound', message)
  }
  if (!isDataSource(service)) {
    throw badRequest(`service "${String(service.name)}" is not a data source: it has no default rule`)
  }
  return service
}

function defaultRuleBody(ctx: RequestContext, body: Doc): Doc {
  return {
    roles: withIds(ctx, optionalArray(body.roles, 'roles'), 'roles'),
    filters: withIds(ctx, optionalArray(body.filters, 'filters'), 'filters')
  }
}

function getDefaultRule(ctx: RequestContext): Reply {
  const config = ctx.config()
  loadDataSource(config, ctx)
  const rule = readSingleton<Doc>(config, defaultRuleKey(ctx))
  if (!rule) throw new HttpError(404, 'DefaultRuleNotFound', MISSING_DEFAULT_RULE.GET)
  return { status: 200, body: rule }
}

function createDefaultRule(ctx: RequestContext): Reply {
  const config = ctx.config()
  const service = loadDataSource(config, ctx)
  if (readSingleton(config, defaultRuleKey(ctx)))
    throw new HttpError(400, 'DefaultRuleExists', 'default rule already exists')
  const rule = { _id: ctx.newId(), ...defaultRuleBody(ctx, requireBody(ctx)) }
  writeSingleton(ctx, config, defaultRuleKey(ctx), rule)
  logWrite(ctx, 201, `created the default rule of service ${JSON.stringify(service.name)}`)
  return { status: 201, body: rule }
}

function updateDefaultRule(ctx: RequestContext): Reply {
  const config = ctx.config()
  const service = loadDataSource(config, ctx)
  const existing = readSingleton<Doc>(config, defaultRuleKey(ctx))
  if (!existing) throw new HttpError(400, 'DefaultRuleNotFound', 'default rule does not exist')
  const body = requireBody(ctx)
  if (body._id !== existing._id)
    throw new HttpError(400, 'InvalidParameter', 'service default rule id mismatch')
  writeSingleton(ctx, config, defaultRuleKey(ctx), { _id: existing._id, ...defaultRuleBody(ctx, body) })
  logWrite(ctx, 204, `updated the default rule of service ${JSON.stringify(service.name)}`)
  return { status: 204 }
}

function deleteDefaultRule(ctx: RequestContext): Reply {
  const config = ctx.config()
  const service = loadDataSource(config, ctx)
  if (!readSingleton(config, defaultRuleKey(ctx)))
    throw new HttpError(404, 'DefaultRuleNotFound', MISSING_DEFAULT_RULE.DELETE)
  removeSingleton(ctx, config, defaultRuleKey(ctx))
  logWrite(ctx, 204, `deleted the default rule of service ${JSON.stringify(service.name)}`)
  return { status: 204 }
}

/** The default rule of a service, for pull. */
export function defaultRuleOf(config: AppConfig, serviceId: string): Doc | undefined {
  const rule = readSingleton<Doc>(config, `default_rule:${serviceId}`)
  return isObject(rule) ? rule : undefined
}

export function ruleRoutes(): Route[] {
  const path = `${APP}/services/{serviceId}/default_rule`
  return [
    ...collectionRoutes(rulesSpec),
    { method: 'GET', pattern: path, handler: getDefaultRule, options: {} },
    { method: 'POST', pattern: path, handler: createDefaultRule, options: { write: true } },
    { method: 'PUT', pattern: path, handler: updateDefaultRule, options: { write: true } },
    { method: 'DELETE', pattern: path, handler: deleteDefaultRule, options: { write: true } }
  ]
}
