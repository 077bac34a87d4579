// The action's inputs as one validated, readonly object keyed by the action.yml names. Keys, the token
// and secret values are registered for masking before anything is parsed; every bad input is
// reported at once, naming the input, and nothing remote happens before this succeeds.
import path from 'node:path'
import { parseSecretLines } from './app/secret-inputs.js'
import type { DeploySettings, DraftPolicy } from './deploy/types.js'
import type { DriftPolicy } from './deploy/drift.js'
import { checkExclude } from './deploy/exclude.js'
import { ConfigError, type Problem } from './errors.js'
import { MODES, type Mode } from './github/routing.js'
import type { Logger } from './log.js'
import { registerSecret } from './secrets.js'

export interface Inputs {
  readonly 'public-api-key': string
  readonly 'private-api-key': string
  readonly 'project-id': string
  readonly app: string
  readonly 'app-dir': string
  readonly 'base-url': string
  readonly mode: Mode
  readonly preview: boolean
  readonly 'max-previews': number
  readonly 'preview-ttl-days'?: number
  readonly 'include-hosting': boolean
  readonly 'keep-remote-assets': boolean
  readonly 'no-delete': boolean
  readonly strict: boolean
  readonly 'on-draft-conflict': DraftPolicy
  readonly 'deployment-name': string
  readonly environment?: string
  /** Secret values by name (the `secrets` input); each value is registered for masking. */
  readonly secrets: ReadonlyMap<string, string>
  readonly 'update-secrets': boolean
  readonly 'timeout-minutes': number
  readonly comment: boolean
  readonly 'github-token': string
  readonly 'github-deployment': boolean
  readonly 'fail-on-missing-credentials': boolean
  /** Skip (with a notice) instead of failing when the keys are empty, on every event. */
  readonly 'skip-without-credentials': boolean
  /** Create the app when it does not exist (deploys only); its client_app_id goes to the outputs and summary. */
  readonly 'create-app': boolean
  /** Kinds left out of the plan and the deploy (see deploy/exclude.ts). */
  readonly exclude: readonly string[]
  /** When the app changed outside git since realm-deploy's last deployment (see deploy/drift.ts). */
  readonly 'on-drift': DriftPolicy
  /** After a deploy, resume database triggers the app shows suspended. */
  readonly 'resume-suspended-triggers': boolean
  /** A trigger left suspended is a warning instead of a failed (degraded) run. */
  readonly 'allow-degraded': boolean
  /** `mode: rollback`: the deployment id or name to go back to (empty: the one before the current one). */
  readonly 'rollback-to': string
}

/** Reads one input's raw text (untrimmed; empty when not set). */
export type InputReader = (name: string) => string

export const DEFAULT_BASE_URL = 'https://services.cloud.mongodb.com'
const DRAFT_POLICIES: readonly DraftPolicy[] = ['fail', 'discard', 'wait']
const DRIFT_POLICIES: readonly DriftPolicy[] = ['warn', 'fail', 'overwrite']
const ENVIRONMENTS = ['development', 'testing', 'qa', 'production']
const PROJECT_ID = /^[0-9a-f]{24}$/i

class Collector {
  readonly problems: Problem[] = []
  constructor(private readonly read: InputReader) {}

  text(name: string, fallback = ''): string {
    return this.read(name).trim() || fallback
  }

  fail(source: string, message: string): void {
    this.problems.push({ source, message, severity: 'error' })
  }

  flag(name: string, fallback: boolean): boolean {
    const text = this.text(name)
    if (text === '') return fallback
    if (/^true$/i.test(text)) return true
    if (/^false$/i.test(text)) return false
    this.fail(name, `'${text}' is not a boolean: use true or false`)
    return fallback
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const text = this.text(name, fallback)
    if ((allowed as readonly string[]).includes(text)) return text as T
    this.fail(name, `'${text}' is not one of ${allowed.join(', ')}`)
    return fallback
  }

  number(
    name: string,
    fallback: number | undefined,
    check: (n: number) => boolean,
    expected: string
  ): number | undefined {
    const text = this.text(name)
    if (text === '') return fallback
    const value = Number(text)
    if (Number.isFinite(value) && check(value)) return value
    this.fail(name, `'${text}' is not ${expected}`)
    return fallback
  }
}

function baseUrl(c: Collector): string {
  const text = c.text('base-url', DEFAULT_BASE_URL)
  let url: URL | undefined
  try {
    url = new URL(text)
  } catch {
    url = undefined
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    c.fail('base-url', `'${text}' is not an http(s) URL`)
  else if (url.username || url.password)
    c.fail('base-url', 'the URL must not carry a user name or password: pass the keys as inputs')
  return text.replace(/\/+$/, '')
}

function credentials(c: Collector): Pick<Inputs, 'public-api-key' | 'private-api-key' | 'project-id'> {
  const publicKey = c.text('public-api-key')
  const privateKey = c.text('private-api-key')
  const projectId = c.text('project-id')
  if (publicKey && !privateKey)
    c.fail(
      'private-api-key',
      'public-api-key is set but private-api-key is empty: pass both keys (or neither, to skip)'
    )
  if (privateKey && !publicKey)
    c.fail(
      'public-api-key',
      'private-api-key is set but public-api-key is empty: pass both keys (or neither, to skip)'
    )
  if (projectId && !PROJECT_ID.test(projectId))
    c.fail('project-id', `'${projectId}' is not an Atlas project id (24 hex characters)`)
  if (publicKey && privateKey && !projectId)
    c.fail('project-id', 'the Atlas project id is required (24 hex characters, from the project settings)')
  return { 'public-api-key': publicKey, 'private-api-key': privateKey, 'project-id': projectId }
}

/** One kind per line or comma-separated; every unknown name is reported with the others. */
function excludeList(c: Collector): string[] {
  const names = c
    .text('exclude')
    .split(/[\n,]/)
    .map(n => n.trim())
    .filter(Boolean)
  try {
    checkExclude(names, 'exclude')
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    c.problems.push(...error.problems)
  }
  return [...new Set(names)]
}

function secretValues(c: Collector, read: InputReader): Map<string, string> {
  const parsed = parseSecretLines(read('secrets'), 'secrets')
  c.problems.push(...parsed.problems)
  return parsed.values
}

/** Validates every input; throws ConfigError listing each bad one. */
export function readInputs(read: InputReader): Inputs {
  // Masking first: nothing below may print a key before the runner knows to hide it.
  for (const name of ['private-api-key', 'public-api-key', 'github-token']) registerSecret(read(name).trim())
  const c = new Collector(read)
  const environment = c.text('environment')
  if (environment && !ENVIRONMENTS.includes(environment))
    c.fail('environment', `'${environment}' is not one of ${ENVIRONMENTS.join(', ')}`)
  const ttl = c.number('preview-ttl-days', undefined, n => n > 0, 'a positive number of days')
  const inputs: Inputs = {
    ...credentials(c),
    app: c.text('app'),
    'app-dir': c.text('app-dir', '.'),
    'base-url': baseUrl(c),
    mode: c.oneOf('mode', MODES, 'auto'),
    preview: c.flag('preview', false),
    'max-previews':
      c.number('max-previews', 0, n => Number.isInteger(n) && n >= 0, 'a whole number (0 = no limit)') ?? 0,
    ...(ttl !== undefined ? { 'preview-ttl-days': ttl } : {}),
    'include-hosting': c.flag('include-hosting', false),
    'keep-remote-assets': c.flag('keep-remote-assets', false),
    'no-delete': c.flag('no-delete', false),
    strict: c.flag('strict', false),
    'on-draft-conflict': c.oneOf('on-draft-conflict', DRAFT_POLICIES, 'fail'),
    'deployment-name': c.text('deployment-name'),
    ...(environment ? { environment } : {}),
    secrets: secretValues(c, read),
    'update-secrets': c.flag('update-secrets', false),
    'timeout-minutes': c.number('timeout-minutes', 15, n => n > 0, 'a positive number of minutes') ?? 15,
    comment: c.flag('comment', true),
    'github-token': c.text('github-token'),
    'github-deployment': c.flag('github-deployment', false),
    'fail-on-missing-credentials': c.flag('fail-on-missing-credentials', false),
    'skip-without-credentials': c.flag('skip-without-credentials', false),
    'create-app': c.flag('create-app', false),
    exclude: excludeList(c),
    'on-drift': c.oneOf('on-drift', DRIFT_POLICIES, 'warn'),
    'resume-suspended-triggers': c.flag('resume-suspended-triggers', false),
    'allow-degraded': c.flag('allow-degraded', false),
    'rollback-to': c.text('rollback-to')
  }
  if (c.problems.length > 0) throw new ConfigError(c.problems)
  return inputs
}

/** Both API keys were left empty (fork pull requests and Dependabot runs get no secrets). */
export function missingCredentials(inputs: Inputs): boolean {
  return !inputs['public-api-key'] && !inputs['private-api-key']
}

export interface RunContext {
  readonly mode: 'plan' | 'deploy'
  readonly deploymentName: string
  readonly workspace: string
  readonly logger: Logger
  readonly signal?: AbortSignal
}

/** The pipeline's settings for this run. */
export function deploySettings(inputs: Inputs, run: RunContext): DeploySettings {
  return {
    appDir: path.resolve(run.workspace, inputs['app-dir']),
    projectId: inputs['project-id'],
    ...(inputs.app ? { app: inputs.app } : {}),
    baseUrl: inputs['base-url'],
    publicKey: inputs['public-api-key'],
    privateKey: inputs['private-api-key'],
    mode: run.mode,
    secretValues: inputs.secrets,
    updateSecrets: inputs['update-secrets'],
    ...(inputs.environment ? { environment: inputs.environment } : {}),
    noDelete: inputs['no-delete'],
    strict: inputs.strict,
    includeHosting: inputs['include-hosting'],
    keepRemoteAssets: inputs['keep-remote-assets'],
    onDraftConflict: inputs['on-draft-conflict'],
    ...(run.mode === 'deploy' ? { deploymentName: run.deploymentName } : {}),
    timeoutMs: Math.round(inputs['timeout-minutes'] * 60_000),
    ...(inputs.exclude.length ? { exclude: inputs.exclude } : {}),
    ...(run.mode === 'deploy' && inputs['create-app'] ? { createApp: true } : {}),
    onDrift: inputs['on-drift'],
    ...(run.mode === 'deploy'
      ? {
          triggerHealth: {
            resumeSuspended: inputs['resume-suspended-triggers'],
            allowDegraded: inputs['allow-degraded']
          }
        }
      : {}),
    logger: run.logger,
    ...(run.signal ? { signal: run.signal } : {})
  }
}
