// The emulator against the official OpenAPI spec (path from ADMIN_API_SPEC). Every registered route
// must be a spec operation, and every exchange of a scripted session (core flows plus a sweep over
// all registered routes, so resource routes added later are covered too) must have a documented
// success status and a body valid against the documented schema. Error replies must have the
// documented schema when the spec has one, else the `{error, error_code}` shape. A mismatch is
// tolerated only for an operation listed in src/emulator/divergences.ts.
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'
import { divergences, type Divergence } from '../../src/emulator/divergences.js'
import { resourceSession } from './resources/session.js'
import { RouteTable, routeSignature } from '../../src/emulator/router.js'
import {
  ALICE,
  BOB,
  PROJECT_1,
  createApp,
  startHarness,
  type Client,
  type Exchange,
  type Harness
} from './harness.js'

const SPEC_FILE = process.env.ADMIN_API_SPEC
const METHODS = ['get', 'post', 'put', 'patch', 'delete']
const GA = '/groups/{groupId}/apps/{appId}'
const FAKE_ID = '65f0c0de0000000000000bad'
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

interface SpecOperation {
  readonly operationId: string
  readonly path: string
  readonly method: string
  readonly responses: Record<string, Json>
  readonly requestBody?: Json
}

/** What the divergence list allows: operationIds, route signatures, schema fixes. */
function exemptions(list: readonly Divergence[]): {
  ops: Set<string>
  routes: Set<string>
  schemas: Set<string>
} {
  const out = { ops: new Set<string>(), routes: new Set<string>(), schemas: new Set<string>() }
  for (const token of list.flatMap(d => d.operation.split(/,\s*/)).map(t => t.trim())) {
    const route = /^(GET|POST|PUT|PATCH|DELETE) (\S+)/.exec(token)
    if (token.startsWith('schema ')) out.schemas.add(token.slice(7).trim())
    else if (route) out.routes.add(routeSignature(route[1], route[2].replace(/^G\/A/, GA)))
    else out.ops.add(token.split(/\s/)[0])
  }
  return out
}

/** Fixes of spec schema bugs, each applied only when the divergence list names it (`schema <Name>`). */
const SCHEMA_FIXES: Record<string, (schemas: Json) => void> = {
  NullableAppEnvironment: schemas => {
    schemas.NullableAppEnvironment = schemas.NullableAppEnvironment.allOf[0]
  },
  AtlasFederatedInstance: schemas => {
    const part = schemas.AtlasFederatedInstance.allOf[0]
    if (typeof part.required === 'string') part.required = [part.required]
  }
}

function loadSpec(file: string, schemaFixes: Set<string>): Json {
  const spec = parse(readFileSync(file, 'utf8'))
  for (const name of schemaFixes) SCHEMA_FIXES[name]?.(spec.components.schemas)
  return spec
}

function specOperations(spec: Json): Map<string, SpecOperation> {
  const ops = new Map<string, SpecOperation>()
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const method of METHODS.filter(m => item[m])) {
      const op = item[method]
      ops.set(routeSignature(method, path), {
        operationId: op.operationId,
        path,
        method,
        responses: op.responses ?? {},
        requestBody: op.requestBody
      })
    }
  }
  return ops
}

function pointer(...segments: string[]): string {
  return segments.map(s => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')
}

class ContractChecker {
  private readonly ajv: Ajv2020
  private readonly ops: Map<string, SpecOperation>
  private readonly allowed = exemptions(divergences)
  readonly failures: string[] = []

  constructor(private readonly spec: Json) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
    const addFormats = ((addFormatsModule as Json).default ?? addFormatsModule) as (ajv: Ajv2020) => void
    addFormats(this.ajv)
    this.ajv.addSchema(spec, 'spec')
    this.ops = specOperations(spec)
  }

  private exempt(signature: string, op?: SpecOperation): boolean {
    return this.allowed.routes.has(signature) || (op !== undefined && this.allowed.ops.has(op.operationId))
  }

  checkRoute(method: string, pattern: string): void {
    const signature = routeSignature(method, pattern)
    if (!this.ops.has(signature) && !this.exempt(signature)) {
      this.failures.push(`${signature}: not in the spec and not listed in divergences`)
    }
  }

  checkExchange(x: Exchange, pattern: string): void {
    const signature = routeSignature(x.method, pattern)
    const op = this.ops.get(signature)
    if (!op) return this.checkRoute(x.method, pattern)
    const where = `${op.operationId} (${x.method} ${x.path}) -> ${x.status}`
    this.checkAcceptedRequest(x, op, signature, where)
    const body = x.body as Json
    if (x.status >= 400 && (typeof body?.error !== 'string' || typeof body?.error_code !== 'string')) {
      this.failures.push(`${where}: error reply is not {error, error_code}: ${JSON.stringify(body)}`)
    }
    const located = this.locateResponse(op, String(x.status) in op.responses ? String(x.status) : 'default')
    if (!located) {
      if (x.status < 400 && !this.exempt(signature, op)) this.failures.push(`${where}: status not documented`)
      return
    }
    if (!located.response.content?.['application/json']?.schema) {
      if (x.body !== undefined && !this.exempt(signature, op))
        this.failures.push(`${where}: body sent, spec documents none`)
      return
    }
    const ref = `spec#${pointer('', ...located.segments, 'content', 'application/json', 'schema')}`
    if (!this.ajv.validate({ $ref: ref }, x.body) && !this.exempt(signature, op)) {
      this.failures.push(`${where}: ${this.ajv.errorsText(this.ajv.errors, { dataVar: 'body' })}`)
    }
  }

  /** A request the emulator accepted (2xx) must be one the spec accepts: else the emulator is laxer
   *  than the service, and a client's bug would pass every test. */
  private checkAcceptedRequest(x: Exchange, op: SpecOperation, signature: string, where: string): void {
    if (x.status >= 300 || x.requestBody === undefined || this.exempt(signature, op)) return
    let requestBody = op.requestBody
    let segments = ['paths', op.path, op.method, 'requestBody']
    while (requestBody?.$ref) {
      segments = (requestBody.$ref as string).slice(2).split('/')
      requestBody = segments.reduce((o: Json, k: string) => o?.[k], this.spec)
    }
    if (!requestBody?.content?.['application/json']?.schema) return
    const ref = `spec#${pointer('', ...segments, 'content', 'application/json', 'schema')}`
    if (!this.ajv.validate({ $ref: ref }, x.requestBody)) {
      this.failures.push(
        `${where}: accepted a request the spec rejects: ${this.ajv.errorsText(this.ajv.errors, { dataVar: 'request' })}`
      )
    }
  }

  /** The response object of a status and its location in the spec, following `$ref`s. */
  private locateResponse(
    op: SpecOperation,
    status: string
  ): { response: Json; segments: string[] } | undefined {
    let response = op.responses[status]
    let segments = ['paths', op.path, op.method, 'responses', status]
    while (response?.$ref) {
      segments = (response.$ref as string).slice(2).split('/')
      response = segments.reduce((o: Json, k: string) => o?.[k], this.spec)
    }
    return response ? { response, segments } : undefined
  }
}

/** The core flows, with the statuses a client meets: success, conflict, not found, bad input. */
async function scriptedSession(h: Harness, alice: Client): Promise<void> {
  const bob = await h.as(BOB)
  await h.request('POST', '/auth/session', { token: alice.refreshToken })
  await h.request('POST', '/auth/session', { token: alice.accessToken })
  await h.request('POST', '/auth/providers/mongodb-cloud/login', {
    body: { username: 'nobody', apiKey: 'wrong-key' }
  })
  await alice.request('GET', '/auth/profile')
  await alice.request('GET', '/provider_regions')
  const app = await createApp(alice, 'contract', PROJECT_1, {
    data_source: { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'Cluster0' } }
  })
  const base = `/groups/${PROJECT_1}/apps/${app._id}`
  await alice.request('POST', `/groups/${PROJECT_1}/apps`, { body: { name: 'contract' } })
  await alice.request('POST', `/groups/${PROJECT_1}/apps`, { body: { name: '9lives' } })
  await alice.request('GET', `/groups/${PROJECT_1}/apps?product=standard,atlas`)
  await alice.request('GET', base)
  const draft = (await alice.request('POST', `${base}/drafts`)).body
  await alice.request('POST', `${base}/drafts`)
  await alice.request('GET', `${base}/drafts`)
  await alice.request('GET', `${base}/drafts/${draft._id}/diff`)
  const deployment = (
    await alice.request('POST', `${base}/drafts/${draft._id}/deployment`, { body: { name: 'v1' } })
  ).body
  await alice.request('GET', `${base}/deployments/${deployment._id}`)
  await alice.request('GET', `${base}/deployments`)
  await alice.request('POST', `${base}/deployments/${deployment._id}/redeploy`)
  await alice.request('POST', `${base}/deployments/${FAKE_ID}/redeploy`)
  const bobDraft = (await bob.request('POST', `${base}/drafts`)).body
  await bob.request('DELETE', `${base}/drafts/${bobDraft._id}`)
  const page = (await alice.request('GET', `${base}/logs?limit=50`)).body
  await alice.request('GET', `${base}/logs?end_date=${page.nextEndDate}&skip=${page.nextSkip ?? 0}&limit=50`)
  await alice.request('GET', `${base}/logs?errors_only=true&type=FUNCTION,TRIGGER_FAILURE`)
  await alice.request('GET', `${base}/deploy/config`)
  await alice.request('PATCH', `${base}/deploy/config`, {
    body: {
      ui_drafts_disabled: false,
      automatic_deployment: { enabled: false, provider: 'github', installation_ids: [] }
    }
  })
}

/** Calls every registered app route once with plausible ids and an empty JSON object as body. */
async function sweepRoutes(h: Harness, alice: Client): Promise<void> {
  const app = await createApp(alice, 'sweep', PROJECT_1, {
    data_source: { name: 'mongodb-atlas', type: 'mongodb-atlas', config: { clusterName: 'Cluster0' } }
  })
  const ids: Record<string, string> = { groupId: PROJECT_1, appId: app._id }
  const services = await alice.request('GET', `/groups/${PROJECT_1}/apps/${app._id}/services`)
  if (services.status === 200 && services.body[0]?._id) ids.serviceId = services.body[0]._id
  const created = async (path: string, body: object, param: string): Promise<void> => {
    const res = await alice.request('POST', `/groups/${PROJECT_1}/apps/${app._id}${path}`, { body })
    if (res.status === 201 && res.body?._id) ids[param] = res.body._id
  }
  await created('/functions', { name: 'hello', private: false, source: 'exports = () => 1' }, 'functionId')
  await created('/values', { name: 'greeting', private: false, value: 'hi' }, 'valueId')
  await created('/secrets', { name: 'token', value: 'not-a-real-secret' }, 'secretId')
  const routes = h.emulator.routes.filter(
    r => r.pattern.startsWith(GA) && !(r.method === 'DELETE' && r.pattern === GA)
  )
  for (const route of [...routes].sort(
    (a, b) => (a.method === 'DELETE' ? 1 : 0) - (b.method === 'DELETE' ? 1 : 0)
  )) {
    const path = route.pattern.replace(/\{(\w+)\}/g, (_m, name: string) => ids[name] ?? FAKE_ID)
    const query = path.endsWith('/hosting/assets/asset') ? '?path=/index.html' : ''
    await alice.request(route.method, `${path}${query}`, route.method === 'GET' ? {} : { body: {} })
  }
  await alice.request('DELETE', `/groups/${PROJECT_1}/apps/${app._id}`)
}

const SKIPPED = 'contract test skipped: set ADMIN_API_SPEC to the path of openapi-admin-v3.yaml'
const suite = SPEC_FILE ? describe : describe.skip
if (!SPEC_FILE) process.stderr.write(`\n${SKIPPED}\n`)

suite(SPEC_FILE ? 'contract with the official spec' : SKIPPED, () => {
  let h: Harness
  let checker: ContractChecker
  beforeAll(async () => {
    checker = new ContractChecker(loadSpec(SPEC_FILE as string, exemptions(divergences).schemas))
    h = await startHarness({ seedLogs: 300 })
  })
  afterAll(() => h?.stop())

  beforeEach(() => {
    checker.failures.length = 0
  })

  test('every registered route is a spec operation or a listed divergence', () => {
    for (const route of h.emulator.routes) checker.checkRoute(route.method, route.pattern)
    expect(checker.failures).toEqual([])
  })

  test('every exchange of a scripted session matches the documented status and schema', async () => {
    const alice = await h.as(ALICE)
    await scriptedSession(h, alice)
    await sweepRoutes(h, alice)
    // Valid bodies over every resource kind, so success replies are checked too, not only errors.
    await resourceSession(alice, PROJECT_1)
    const table = new RouteTable(h.emulator.routes)
    for (const exchange of h.exchanges) {
      const match = table.match(exchange.method, exchange.path.split('?')[0])
      if (match.kind === 'found') checker.checkExchange(exchange, match.route.pattern)
    }
    expect(h.exchanges.length).toBeGreaterThan(h.emulator.routes.length)
    expect(checker.failures).toEqual([])
  })
})
