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
import { ALICE, PROJECT_1, startHarness, type Exchange, type Harness } from './harness.js'
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

interface SessionResult {
  readonly run: SessionRun
  readonly swept: number
  readonly executed: Awaited<ReturnType<typeof executePhase>>
  readonly transferred: Awaited<ReturnType<typeof transferPhase>>
}

/** The whole session, the sweep over the rest, and the last calls. */
async function runSession(h: Harness, ops: Operation[], table: RouteTable): Promise<SessionResult> {
  const byId = new Map(ops.map(o => [o.operationId, o.params]))
  const s = packageSession(h.emulator.url, id => byId.get(id) ?? [])
  s.ids.groupId = PROJECT_1
  const run = sessionRun(s)
  const refresh = await loginPhase(run, ALICE.publicKey, ALICE.privateKey)
  const phases = [appPhase, functionPhase, dataSourcePhase, triggerPhase, authPhase, endpointPhase]
  for (const phase of [...phases, webhookPhase, securityPhase, hostingPhase, deployPhase]) await phase(run)
  const executed = await executePhase(run)
  const transferred = await transferPhase(run)
  await cleanupPhase(run)
  const swept = await reachTheRest(run, ops, table)
  await endPhase(run, refresh)
  return { run, swept, executed, transferred }
}

/** The route signature an exchange reached, or undefined when no route answered it. */
function reachedSignature(table: RouteTable, x: Exchange): string | undefined {
  const match = table.match(x.method, x.path.split('?')[0])
  return match.kind === 'found' ? routeSignature(match.route.method, match.route.pattern) : undefined
}

const SKIPPED = 'package contract test skipped: set ADMIN_API_SPEC to the path of openapi-admin-v3.yaml'
const suite = SPEC_FILE ? describe : describe.skip

suite(SPEC_FILE ? 'the emulator under atlas-app-services-admin-api' : SKIPPED, () => {
  let h: Harness
  let spec: Json
  let ops: Operation[]
  let table: RouteTable
  let result: SessionResult
  let exchanges: Exchange[]
  beforeAll(async () => {
    spec = loadSpec(SPEC_FILE as string, exemptions(divergences).schemas)
    ops = operations(spec)
    h = await startHarness()
    table = new RouteTable(h.emulator.routes)
    result = await runSession(h, ops, table)
    exchanges = result.run.s.exchanges
    const calls = exchanges.length - result.swept
    process.stderr.write(
      `package session: ${calls} session calls, ${result.swept} more to reach the other operations, ${PACKAGE_ERRATA.length} errata worked around\n`
    )
  })
  afterAll(() => h?.stop())

  test('every call of the admin session is accepted', () => {
    expect(result.run.refused).toEqual([])
    expect(exchanges.length - result.swept).toBeGreaterThan(150)
  })

  test('functions run, and the configuration comes back as zip archives', () => {
    expect(result.executed.result).toEqual({ sum: { $numberInt: '5' }, greeting: 'hi' })
    expect(result.executed.sourceResult).toEqual({ env: 'development', user: 'normal' })
    expect(result.transferred.zipBytes).toBeGreaterThan(100)
    expect(result.transferred.exportBytes).toBeGreaterThan(100)
  })

  test('every exchange matches the documented status and schemas', () => {
    const checker = new ContractChecker(spec)
    for (const x of exchanges) {
      const match = table.match(x.method, x.path.split('?')[0])
      if (match.kind === 'found') checker.checkExchange(x, match.route.pattern)
    }
    expect(checker.failures).toEqual([])
  })

  test('every one of the 181 spec operations is answered by a route', () => {
    expect(ops).toHaveLength(181)
    const unanswered = exchanges.filter(x => reachedSignature(table, x) === undefined)
    expect(unanswered.map(x => `${x.method} ${x.path} -> ${x.status}`)).toEqual([])
    const reached = new Set(exchanges.map(x => reachedSignature(table, x)))
    expect(ops.filter(o => !reached.has(o.signature)).map(o => o.operationId)).toEqual([])
  })

  test('every 501 is NotEmulated, names its operation, and the operation is listed in the divergences', () => {
    const listed = new Set(divergences.flatMap(d => d.operation.split(/,\s*/).map(t => t.trim())))
    const notEmulated = exchanges.filter(x => x.status === 501)
    const unlisted = notEmulated.flatMap(x => {
      const op = ops.find(o => o.signature === reachedSignature(table, x))
      const body = x.body as { error?: string; error_code?: string } | undefined
      const named =
        op !== undefined && body?.error_code === 'NotEmulated' && body.error?.includes(op.operationId)
      return named && listed.has(op.operationId) ? [] : [`${x.method} ${x.path}: ${JSON.stringify(x.body)}`]
    })
    expect(notEmulated.length).toBeGreaterThanOrEqual(29)
    expect(unlisted).toEqual([])
  })
})
