// `POST G/A/debug/execute_function` and `…/execute_function_source`: run a deployed function (by
// name) or a given source in the emulator's function sandbox (../function-vm.ts) and answer the
// spec's `{result, logs, error, stats}`. The function sees the deployed (live) configuration, as on
// the service; the caller picks the user with `user_id` or `run_as_system=true` (exactly one).
import { HttpError, type AppConfig, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import {
  canStartRun,
  MAX_CONCURRENT_RUNS,
  runFunction,
  type FunctionContextData,
  type FunctionOutcome
} from '../function-vm.js'
import { environmentsByKey } from './environments.js'
import { APP, docByName, listDocs } from './store.js'
import { badRequest, optionalString, requireBody, requireString } from './validate.js'

type RunAs = { readonly system: true } | { readonly system: false; readonly userId: string }

function runAs(ctx: RequestContext): RunAs {
  const userId = ctx.query.get('user_id') ?? ''
  const system = ctx.query.get('run_as_system')
  if (system !== null && system !== 'true' && system !== 'false')
    throw badRequest('"run_as_system" must be true or false')
  if (userId !== '' && system === 'true') throw badRequest('"user_id" and "run_as_system" cannot both be set')
  if (userId === '' && system !== 'true')
    throw badRequest('one of "user_id" or "run_as_system=true" is required')
  return userId === '' ? { system: true } : { system: false, userId }
}

function userOf(as: RunAs): Record<string, unknown> {
  return as.system
    ? { id: '', type: 'system', data: {}, identities: [], custom_data: {} }
    : { id: as.userId, type: 'normal', data: {}, identities: [], custom_data: {} }
}

function valuesOf(config: AppConfig): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const value of listDocs(config, 'values')) {
    out[value.name as string] =
      value.from_secret === true ? docByName(config, 'secrets', value.value)?.value : value.value
  }
  return out
}

function environmentOf(ctx: RequestContext, config: AppConfig): FunctionContextData['environment'] {
  const tag = (config.singletons.environment as string | undefined) ?? ctx.appRecord.app.environment ?? ''
  const byKey = environmentsByKey(listDocs(config, 'environment_values')) as Record<
    string,
    Record<string, unknown>
  >
  return { tag, values: byKey[tag === '' ? 'none' : tag] ?? {} }
}

function contextData(ctx: RequestContext, as: RunAs): FunctionContextData {
  const live = ctx.appRecord.live
  const functions = Object.fromEntries(
    listDocs(live, 'functions').map(f => [f.name as string, f.source as string])
  )
  return { values: valuesOf(live), environment: environmentOf(ctx, live), user: userOf(as), functions }
}

/** Runs the function unless the emulator already runs its maximum: then 429, so the client retries. */
async function run(source: string, args: unknown[], context: FunctionContextData): Promise<Reply> {
  if (!canStartRun()) {
    throw new HttpError(
      429,
      'TooManyRequests',
      `${MAX_CONCURRENT_RUNS} functions are already running; retry shortly`
    )
  }
  return reply(await runFunction({ source, args, context }))
}

function reply(outcome: FunctionOutcome): Reply {
  const body: Doc = {
    logs: outcome.logs,
    stats: { execution_time: `${outcome.durationMs}ms` }
  }
  if (outcome.error) body.error = outcome.error
  else body.result = outcome.result
  return { status: 200, body }
}

async function executeFunction(ctx: RequestContext): Promise<Reply> {
  const as = runAs(ctx)
  const body = requireBody(ctx)
  const name = requireString(body.name, 'name')
  if (optionalString(body.service, 'service'))
    throw new HttpError(
      501,
      'NotEmulated',
      'executing a function of a third-party service ("service") is not emulated'
    )
  const args = body.arguments ?? []
  if (!Array.isArray(args)) throw badRequest('"arguments" must be an array')
  const fn = docByName(ctx.appRecord.live, 'functions', name)
  if (!fn) throw new HttpError(404, 'FunctionNotFound', `function not found: ${JSON.stringify(name)}`)
  return run(fn.source as string, args, contextData(ctx, as))
}

/** `eval_source` is a JSON expression; only the trivially true ones ("", `true`, `{}`) are emulated. */
function checkEvalSource(evalSource: string | undefined): void {
  const text = (evalSource ?? '').trim()
  if (text === '' || text === 'true' || text === '{}') return
  throw new HttpError(501, 'NotEmulated', 'evaluating a non-trivial "eval_source" expression is not emulated')
}

async function executeSource(ctx: RequestContext): Promise<Reply> {
  const as = runAs(ctx)
  const body = requireBody(ctx)
  const source = requireString(body.source, 'source')
  checkEvalSource(optionalString(body.eval_source, 'eval_source'))
  return run(source, [], contextData(ctx, as))
}

export function executeFunctionRoutes(): Route[] {
  return [
    { method: 'POST', pattern: `${APP}/debug/execute_function`, options: {}, handler: executeFunction },
    { method: 'POST', pattern: `${APP}/debug/execute_function_source`, options: {}, handler: executeSource }
  ]
}
