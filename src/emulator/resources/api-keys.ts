// App API keys (`G/A/api_keys`): server credentials of the app's `api-key` auth provider. The key is
// shown once, in the create reply, and only its SHA-256 is kept; lists and GETs show `_id`, `name`,
// `disabled`. Keys are credentials, not configuration, so they live outside drafts (like end users).
import { createHash, randomBytes } from 'node:crypto'
import { HttpError, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import { APP, listDocs, logWrite, pick } from './store.js'
import { badRequest, requireBody, requireString } from './validate.js'

const KEYS = `${APP}/api_keys`
const KEY_NAME = /^[A-Za-z0-9_-]{1,64}$/

function keysOf(ctx: RequestContext): Record<string, Doc> {
  ctx.appRecord.api_keys ??= {}
  return ctx.appRecord.api_keys
}

function requireKey(ctx: RequestContext): Doc {
  const key = keysOf(ctx)[ctx.params.apiKeyId]
  if (!key) throw new HttpError(404, 'APIKeyNotFound', `API key not found: ${ctx.params.apiKeyId}`)
  return key
}

const view = (key: Doc): Doc => pick(key, '_id', 'name', 'disabled')

/** Keys belong to the `api-key` provider: it must exist and be enabled in the caller's view. */
function requireProvider(ctx: RequestContext): void {
  const provider = listDocs(ctx.config(), 'auth_providers').find(p => p.type === 'api-key')
  if (!provider || provider.disabled === true) {
    throw badRequest(
      'the api-key authentication provider must be enabled before API keys can be created',
      'AuthProviderNotFound'
    )
  }
}

function createKey(ctx: RequestContext): Reply {
  const name = requireString(requireBody(ctx).name, 'name')
  if (!KEY_NAME.test(name))
    throw badRequest(
      `invalid API key name ${JSON.stringify(name)}: use 1-64 ASCII letters, digits, "_" or "-"`
    )
  requireProvider(ctx)
  if (Object.values(keysOf(ctx)).some(k => k.name === name))
    throw new HttpError(409, 'APIKeyAlreadyExists', `an API key named ${JSON.stringify(name)} already exists`)
  const secret = randomBytes(32).toString('hex')
  const key: Doc = {
    _id: ctx.newId(),
    name,
    disabled: false,
    key_sha256: createHash('sha256').update(secret).digest('hex')
  }
  keysOf(ctx)[key._id as string] = key
  logWrite(ctx, 201, `created API key ${JSON.stringify(name)}`)
  return { status: 201, body: { ...view(key), key: secret } }
}

function setDisabled(disabled: boolean) {
  return (ctx: RequestContext): Reply => {
    const key = requireKey(ctx)
    key.disabled = disabled
    logWrite(ctx, 204, `${disabled ? 'disabled' : 'enabled'} API key ${JSON.stringify(key.name)}`)
    return { status: 204 }
  }
}

function deleteKey(ctx: RequestContext): Reply {
  const key = requireKey(ctx)
  delete keysOf(ctx)[key._id as string]
  logWrite(ctx, 204, `deleted API key ${JSON.stringify(key.name)}`)
  return { status: 204 }
}

export function apiKeyRoutes(): Route[] {
  const item = `${KEYS}/{apiKeyId}`
  return [
    {
      method: 'GET',
      pattern: KEYS,
      options: {},
      handler: ctx => ({ status: 200, body: Object.values(keysOf(ctx)).map(view) })
    },
    { method: 'POST', pattern: KEYS, options: { write: true }, handler: createKey },
    {
      method: 'GET',
      pattern: item,
      options: {},
      handler: ctx => ({ status: 200, body: view(requireKey(ctx)) })
    },
    { method: 'DELETE', pattern: item, options: { write: true }, handler: deleteKey },
    { method: 'PUT', pattern: `${item}/enable`, options: { write: true }, handler: setDisabled(false) },
    { method: 'PUT', pattern: `${item}/disable`, options: { write: true }, handler: setDisabled(true) }
  ]
}
