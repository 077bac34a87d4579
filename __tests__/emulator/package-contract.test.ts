// The emulator under an independent client: the OpenAPI-generated npm package
// `atlas-app-services-admin-api` (which nobody here wrote) runs a whole admin session, then one
// request reaches every spec operation the session did not use. Every session call must be accepted,
// every exchange must match the spec (status, response schema, and for accepted writes the request
// schema; contract-checker.ts), and every one of the spec's operations must be answered by a route:
// implemented, or 501 NotEmulated and listed in the divergences. The client's workarounds are in
// PACKAGE_ERRATA (package-client.ts).
import { divergences } from '../../src/emulator/divergences.js'
import { RouteTable, routeSignature } from '../../src/emulator/router.js'
import { ContractChecker, SPEC_FILE, exemptions, loadSpec, type Json } from './contract-checker.js'
import { ALICE, PROJECT_1, startHarness, type Harness } from './harness.js'
import { PACKAGE_ERRATA, packageSession } from './package-client.js'
import { cleanupPhase, deployPhase, endPhase, executePhase, transferPhase } from './package-finale.js'
import {
  authPhase,
  endpointPhase,
  hostingPhase,
  securityPhase,
  triggerPhase,
  webhookPhase
} from './package-phases.js'
import {
  appPhase,
  dataSourcePhase,
  functionPhase,
  loginPhase,
  sessionRun,
  type SessionRun
} from './package-session.js'

const METHODS = ['get', 'post', 'put', 'patch', 'delete']
const FAKE_ID = '65f0c0de0000000000000bad'
/** Made by endPhase, after the sweep. */
const LAST_CALLS = ['adminDeleteApplication', 'adminDeleteSession']
const camel = (name: string): string => name.replace(/_(\w)/g, (_m, c: string) => c.toUpperCase())

interface Operation {
  readonly operationId: string
  readonly signature: string
  readonly params: string[]
  readonly pathParams: string[]
  /** A plausible value for each required query parameter (its example, else one of its type). */
  readonly requiredQuery: Record<string, unknown>
}

function sampleValue(param: Json): unknown {
  if (param.example !== undefined) return param.example
  const schema = param.schema ?? {}
  if (Array.isArray(schema.enum)) return schema.enum[0]
  return schema.type === 'boolean' ? true : schema.type === 'integer' || schema.type === 'number' ? 1 : 'x'
}

function operations(spec: Json): Operation[] {
  const resolve = (p: Json): Json => (p.$ref ? spec.components.parameters[p.$ref.split('/').pop()] : p)
  const out: Operation[] = []
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const method of METHODS.filter(m => item[m])) {
      const declared = [...(item.parameters ?? []), ...(item[method].parameters ?? [])].map(resolve)
      const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map(m => m[1])
      out.push({
        operationId: item[method].operationId,
        signature: routeSignature(method, path),
        params: [...declared.map((p: Json) => camel(p.name)), ...pathParams],
        pathParams,
        requiredQuery: Object.fromEntries(
          declared
            .filter((p: Json) => p.in === 'query' && p.required)
            .map((p: Json) => [camel(p.name), sampleValue(p)])
        )
      })
    }
  }
  return out
}

/** One request to every operation no exchange has reached yet (the not-emulated ones, mostly). */
async function reachTheRest(r: SessionRun, ops: Operation[], table: RouteTable): Promise<number> {
  const reached = new Set(
    r.s.exchanges.flatMap(x => {
      const match = table.match(x.method, x.path.split('?')[0])
      return match.kind === 'found' ? [routeSignature(match.route.method, match.route.pattern)] : []
    })
  )
  Object.assign(r.s.ids, {
    userId: FAKE_ID,
    messageId: FAKE_ID,
    email: 'nobody@example.com',
    commandName: 'ping'
  })
  for (const param of ops.flatMap(o => o.pathParams)) r.s.ids[param] ??= FAKE_ID
  const rest = ops.filter(o => !reached.has(o.signature) && !LAST_CALLS.includes(o.operationId))
  for (const op of rest)
    await r.s.call(op.operationId, { body: {}, path: '/index.html', ...op.requiredQuery })
  return rest.length
}

const SKIPPED = 'package contract test skipped: set ADMIN_API_SPEC to the path of openapi-admin-v3.yaml'
const suite = SPEC_FILE ? describe : describe.skip

suite(SPEC_FILE ? 'the emulator under atlas-app-services-admin-api' : SKIPPED, () => {
  let h: Harness
  let spec: Json
  let ops: Operation[]
  beforeAll(async () => {
    spec = loadSpec(SPEC_FILE as string, exemptions(divergences).schemas)
    ops = operations(spec)
    h = await startHarness()
  })
  afterAll(() => h?.stop())

  test('a whole admin session, then one request to each spec operation', async () => {
    const byId = new Map(ops.map(o => [o.operationId, o.params]))
    const s = packageSession(h.emulator.url, id => byId.get(id) ?? [])
    s.ids.groupId = PROJECT_1
    const r = sessionRun(s)
    const refresh = await loginPhase(r, ALICE.publicKey, ALICE.privateKey)
    for (const phase of [
      appPhase,
      functionPhase,
      dataSourcePhase,
      triggerPhase,
      authPhase,
      endpointPhase,
      webhookPhase,
      securityPhase,
      hostingPhase,
      deployPhase
    ])
      await phase(r)
    const executed = await executePhase(r)
    const transferred = await transferPhase(r)
    await cleanupPhase(r)
    const table = new RouteTable(h.emulator.routes)
    const swept = await reachTheRest(r, ops, table)
    await endPhase(r, refresh)
    const sessionCalls = s.exchanges.length - swept

    expect(r.refused).toEqual([])
    expect(executed.result).toEqual({ sum: { $numberInt: '5' }, greeting: 'hi' })
    expect(executed.sourceResult).toEqual({ env: 'development', user: 'normal' })
    expect(transferred.zipBytes).toBeGreaterThan(100)
    expect(transferred.exportBytes).toBeGreaterThan(100)

    const checker = new ContractChecker(spec)
    const unanswered: string[] = []
    const reached = new Set<string>()
    for (const x of s.exchanges) {
      const match = table.match(x.method, x.path.split('?')[0])
      if (match.kind !== 'found') {
        unanswered.push(`${x.method} ${x.path} -> ${x.status}`)
        continue
      }
      reached.add(routeSignature(match.route.method, match.route.pattern))
      checker.checkExchange(x, match.route.pattern)
    }
    // Every 501 is NotEmulated, names its operation, and the operation is in the divergence list.
    const listed = exemptions(divergences).ops
    const notEmulated = s.exchanges.filter(x => x.status === 501)
    const unlisted = notEmulated.flatMap(x => {
      const match = table.match(x.method, x.path.split('?')[0])
      const signature = match.kind === 'found' ? routeSignature(match.route.method, match.route.pattern) : ''
      const op = ops.find(o => o.signature === signature)
      const body = x.body as { error?: string; error_code?: string } | undefined
      const named =
        op !== undefined && body?.error_code === 'NotEmulated' && body.error?.includes(op.operationId)
      return named && listed.has(op.operationId) ? [] : [`${x.method} ${x.path}: ${JSON.stringify(x.body)}`]
    })
    expect(notEmulated.length).toBeGreaterThanOrEqual(29)
    expect(unlisted).toEqual([])
    expect(unanswered).toEqual([])
    expect(ops.filter(o => !reached.has(o.signature)).map(o => o.operationId)).toEqual([])
    expect(checker.failures).toEqual([])
    expect(ops).toHaveLength(181)
    expect(sessionCalls).toBeGreaterThan(150)
    process.stderr.write(
      `package session: ${sessionCalls} calls, ${s.exchanges.length} exchanges, ${reached.size} of ${ops.length} operations reached, ${notEmulated.length} NotEmulated, ${PACKAGE_ERRATA.length} errata worked around\n`
    )
  })
})
