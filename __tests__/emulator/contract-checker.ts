// The spec side of the contract tests: the official OpenAPI file (ADMIN_API_SPEC), its operations by
// route signature, the fixes of spec schema bugs the divergence list names, and a checker that holds
// one recorded exchange against the documented status and schemas. A mismatch is tolerated only for
// an operation listed in src/emulator/divergences.ts. Used by contract.test.ts (our own session) and
// package-contract.test.ts (an independent client).
import { readFileSync } from 'node:fs'
import { isIP } from 'node:net'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'
import { divergences, type Divergence } from '../../src/emulator/divergences.js'
import { routeSignature } from '../../src/emulator/router.js'
import type { Exchange } from './harness.js'

export const SPEC_FILE = process.env.ADMIN_API_SPEC
const GA = '/groups/{groupId}/apps/{appId}'

const METHODS = ['get', 'post', 'put', 'patch', 'delete']
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

export interface SpecOperation {
  readonly operationId: string
  readonly path: string
  readonly method: string
  readonly responses: Record<string, Json>
  readonly requestBody?: Json
}

/** What the divergence list allows: operationIds, route signatures, schema fixes (entries marked
 *  `contractExempt: false` document a choice and allow nothing). */
export function exemptions(list: readonly Divergence[]): {
  ops: Set<string>
  routes: Set<string>
  schemas: Set<string>
} {
  const out = { ops: new Set<string>(), routes: new Set<string>(), schemas: new Set<string>() }
  const tolerated = list.filter(d => d.contractExempt !== false)
  for (const token of tolerated.flatMap(d => d.operation.split(/,\s*/)).map(t => t.trim())) {
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
  },
  ApiKey: schemas => {
    schemas.ApiKey.properties.disabled = { type: 'boolean' }
  },
  ApiKeyResponse: schemas => {
    schemas.ApiKeyResponse.properties.disabled = { type: 'boolean' }
  }
}

export function loadSpec(file: string, schemaFixes: Set<string>): Json {
  const spec = parse(readFileSync(file, 'utf8'))
  for (const name of schemaFixes) SCHEMA_FIXES[name]?.(spec.components.schemas)
  return spec
}

export function specOperations(spec: Json): Map<string, SpecOperation> {
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

export class ContractChecker {
  private readonly ajv: Ajv2020
  private readonly ops: Map<string, SpecOperation>
  private readonly allowed = exemptions(divergences)
  readonly failures: string[] = []

  constructor(private readonly spec: Json) {
    this.ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false })
    const addFormats = ((addFormatsModule as Json).default ?? addFormatsModule) as (ajv: Ajv2020) => void
    addFormats(this.ajv)
    // Go type names the spec uses as formats (access list entries).
    this.ajv.addFormat('ObjectID', /^[0-9a-f]{24}$/)
    this.ajv.addFormat('net.IP', (value: string) => isIP(value) !== 0)
    this.ajv.addFormat('net.IPNet', (value: string) => {
      const [host, bits, ...rest] = value.split('/')
      return rest.length === 0 && isIP(host) !== 0 && /^\d{1,3}$/.test(bits ?? '')
    })
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
    const media = x.contentType.split(';')[0].trim()
    // A documented non-JSON body (the zip of a pull): its media type is the contract.
    if (x.status < 300 && media !== '' && !media.includes('json') && located.response.content?.[media]) return
    if (!located.response.content?.['application/json']?.schema) {
      // An error the spec documents without a body carries the API's Error shape (checked above).
      if (x.status < 400 && x.body !== undefined && !this.exempt(signature, op))
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
