// An app's network security beyond allowed origins: the IP access list (`security/access_list`), VPC
// private endpoints (`security/private_endpoints`, their service names and the non-VPC toggle) and the
// user refresh token lifetime (`security/refresh_token_expiration`). All are app configuration, so
// they follow the draft rule of every other write (the user's draft, else live).
import { isIP } from 'node:net'
import type { Doc, Reply, RequestContext, Route } from '../types.js'
import { findRegion } from '../../app/regions.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import { APP, logWrite, readSingleton, writeSingleton } from './store.js'
import { badRequest, optionalString, requireBody, requireEnum, requireString } from './validate.js'

const SECURITY = `${APP}/security`
/** The service's default and bounds (spec RefreshTokenExpiration). */
export const REFRESH_TOKEN_DEFAULT_S = 5184000
const REFRESH_TOKEN_MIN_S = 1800
const REFRESH_TOKEN_MAX_S = 15552000

/** `1.2.3.4`, `::1`, `10.0.0.0/8` or `2001:db8::/32`, as `{ip}` or `{network}`. */
function parseAddress(address: string): { ip?: string; network?: string } {
  const [host, bits, ...rest] = address.split('/')
  const family = isIP(host)
  if (family === 0 || rest.length > 0)
    throw badRequest(`"address" is not an IP address or CIDR block: ${JSON.stringify(address)}`)
  if (bits === undefined) return { ip: host }
  const prefix = Number(bits)
  if (!/^\d{1,3}$/.test(bits) || prefix > (family === 4 ? 32 : 128))
    throw badRequest(`"address" has an invalid prefix length: ${JSON.stringify(address)}`)
  return { network: address }
}

function buildAccessEntry({ body }: BuildInput): Doc {
  const address = requireString(body.address, 'address').trim()
  const comment = optionalString(body.comment, 'comment')
  return { address, ...parseAddress(address), ...(comment ? { comment } : {}) }
}

const accessListSpec: CollectionSpec = {
  kind: 'access_list',
  path: '/security/access_list',
  idParam: 'ipId',
  label: 'access list entry',
  notFoundCode: 'AccessListEntryNotFound',
  uniqueKey: doc => `address ${JSON.stringify(doc.address)}`,
  build: buildAccessEntry,
  create: { status: 201, body: (_config, doc) => doc },
  update: { method: 'PATCH', status: 201, body: (_config, doc) => doc, merge: true },
  remove: { status: 204 },
  get: false
}

/** The list is an object, as realm-cli decodes it; `current_ip` is the caller's address as seen here. */
function listAccess(ctx: RequestContext): Reply {
  const entries = Object.values(ctx.config().collections.access_list ?? {})
  const forwarded = String(ctx.headers['x-forwarded-for'] ?? '')
    .split(',')[0]
    .trim()
  return { status: 200, body: { current_ip: forwarded || '127.0.0.1', allowed_ips: entries } }
}

function buildPrivateEndpoint({ body }: BuildInput): Doc {
  const region = requireString(body.cloud_provider_region, 'cloud_provider_region')
  if (!findRegion(region))
    throw badRequest(`"cloud_provider_region" is not a known region: ${JSON.stringify(region)}`)
  const comment = optionalString(body.comment, 'comment')
  return {
    cloud_provider_region: region,
    cloud_provider_endpoint_id: requireString(body.cloud_provider_endpoint_id, 'cloud_provider_endpoint_id'),
    endpoint_type: requireEnum(body.endpoint_type, 'endpoint_type', ['sync', 'general'] as const),
    ...(comment ? { comment } : {})
  }
}

const privateEndpointsSpec: CollectionSpec = {
  kind: 'private_endpoints',
  path: '/security/private_endpoints',
  idParam: 'privateEndpointId',
  label: 'private endpoint',
  notFoundCode: 'PrivateEndpointNotFound',
  uniqueKey: doc => `cloud_provider_endpoint_id ${JSON.stringify(doc.cloud_provider_endpoint_id)}`,
  build: buildPrivateEndpoint,
  create: { status: 201, body: (_config, doc) => doc },
  update: { method: 'PUT', status: 200, body: (_config, doc) => doc },
  remove: { status: 204 }
}

/** One endpoint service per type in the app's own region (names in AWS's documented form). */
function listEndpointServices(ctx: RequestContext): Reply {
  const region = ctx.appRecord.app.provider_region
  const awsRegion = region.replace(/^aws-/, '')
  const body = (['sync', 'general'] as const).map((type, i) => ({
    cloud_provider_region: region,
    service_name: `com.amazonaws.vpce.${awsRegion}.vpce-svc-${ctx.appRecord.app._id.slice(-16)}${i}`,
    endpoint_type: type
  }))
  return { status: 200, body }
}

function setNonVpc(ctx: RequestContext): Reply {
  const body = requireBody(ctx)
  if (typeof body.allow_non_vpc_client_requests !== 'boolean')
    throw badRequest('"allow_non_vpc_client_requests" must be a boolean')
  writeSingleton(ctx, ctx.config(), 'allow_non_vpc_client_requests', body.allow_non_vpc_client_requests)
  logWrite(ctx, 204, `set allow_non_vpc_client_requests to ${String(body.allow_non_vpc_client_requests)}`)
  return { status: 204 }
}

function getRefreshExpiration(ctx: RequestContext): Reply {
  const seconds = readSingleton<number>(ctx.config(), 'refresh_token_expiration') ?? REFRESH_TOKEN_DEFAULT_S
  return { status: 200, body: { expiration_time_seconds: seconds } }
}

function setRefreshExpiration(ctx: RequestContext): Reply {
  const seconds = requireBody(ctx).expiration_time_seconds
  if (
    typeof seconds !== 'number' ||
    !Number.isInteger(seconds) ||
    seconds < REFRESH_TOKEN_MIN_S ||
    seconds > REFRESH_TOKEN_MAX_S
  ) {
    throw badRequest(
      `"expiration_time_seconds" must be a whole number of seconds from ${REFRESH_TOKEN_MIN_S} to ${REFRESH_TOKEN_MAX_S}`
    )
  }
  writeSingleton(ctx, ctx.config(), 'refresh_token_expiration', seconds)
  logWrite(ctx, 204, `set the refresh token expiration to ${seconds} s`)
  return { status: 204 }
}

export function networkSecurityRoutes(): Route[] {
  const accessRoutes = collectionRoutes(accessListSpec).filter(
    r => !(r.method === 'GET' && r.pattern.endsWith('/access_list'))
  )
  return [
    ...accessRoutes,
    { method: 'GET', pattern: `${SECURITY}/access_list`, handler: listAccess, options: {} },
    ...collectionRoutes(privateEndpointsSpec),
    {
      method: 'GET',
      pattern: `${SECURITY}/private_endpoint_service_infos`,
      handler: listEndpointServices,
      options: {}
    },
    {
      method: 'POST',
      pattern: `${SECURITY}/allow_non_vpc_client_requests`,
      handler: setNonVpc,
      options: { write: true }
    },
    {
      method: 'GET',
      pattern: `${SECURITY}/refresh_token_expiration`,
      handler: getRefreshExpiration,
      options: {}
    },
    {
      method: 'PUT',
      pattern: `${SECURITY}/refresh_token_expiration`,
      handler: setRefreshExpiration,
      options: { write: true }
    }
  ]
}
