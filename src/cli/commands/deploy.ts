// `realm-deploy plan` and `realm-deploy deploy`: the same pipeline, one reads only.
import path from 'node:path'
import { readSecretInputs } from '../../app/index.js'
import { checkExclude, excludableKinds } from '../../deploy/exclude.js'
import { runPipeline } from '../../deploy/pipeline.js'
import type { DriftPolicy } from '../../deploy/drift.js'
import { driftLines } from '../../report/drift.js'
import type { TriggerHealthPolicy } from '../../deploy/trigger-health.js'
import type { DeployResult, DeploySettings, DraftPolicy } from '../../deploy/types.js'
import { ConfigError } from '../../errors.js'
import { resultJson } from '../../report/json.js'
import { renderPlanText, renderResultText } from '../../report/text.js'
import type { AppIdWrite } from '../app-id-file.js'
import { jsonLine, jsonOption } from '../json-result.js'
import { deployHooks, recordCreatedApp } from './deploy-hooks.js'
import {
  stringList,
  stringOption,
  type Command,
  type CommandIO,
  type OptionSpec,
  type OptionValues
} from '../command.js'
import { connectionFromOptions, connectionOptions } from '../credentials.js'
import { environmentOption } from '../environment-option.js'
import { defaultDeploymentName } from '../git.js'

const planOptions: Record<string, OptionSpec> = {
  'app-dir': {
    type: 'string',
    value: 'DIR',
    description: 'The App Services config directory.',
    default: '.'
  },
  app: {
    type: 'string',
    value: 'APP',
    description: "The app: client_app_id, name or _id (default: the config's app_id or name)."
  },
  ...connectionOptions,
  secret: {
    type: 'string',
    multiple: true,
    value: 'NAME=VALUE',
    description: 'A value for a secret the config references.'
  },
  'secrets-file': {
    type: 'string',
    value: 'FILE',
    description: 'A file of NAME=VALUE lines (# comments allowed).'
  },
  'update-secrets': { type: 'boolean', description: 'Overwrite existing secrets with the given values.' },
  environment: {
    type: 'string',
    value: 'ENV',
    description: 'The App Services environment: "", development, testing, qa or production.'
  },
  'no-delete': { type: 'boolean', description: 'Keep remote resources the repository does not have.' },
  'include-hosting': { type: 'boolean', description: 'Also plan and deploy hosting/files.' },
  'keep-remote-assets': {
    type: 'boolean',
    description: 'With --include-hosting, keep remote assets the repository does not have.'
  },
  ignore: {
    type: 'string',
    multiple: true,
    value: 'GLOB',
    description: 'Hosting files to leave out (glob on the asset path).'
  },
  exclude: {
    type: 'string',
    multiple: true,
    value: 'KIND',
    description: `Leave this kind out entirely (not created, updated or deleted): ${excludableKinds().join(', ')}.`
  },
  json: jsonOption(),
  strict: {
    type: 'boolean',
    description: 'Treat every config warning as an error (exit 2, nothing written).'
  },
  'on-drift': {
    type: 'string',
    value: 'warn|fail|overwrite',
    description:
      "When the app changed outside git since realm-deploy's last deployment: warn, fail (exit 3, nothing written), or overwrite.",
    default: 'warn'
  }
}

const deployOptions: Record<string, OptionSpec> = {
  ...planOptions,
  'create-app': {
    type: 'boolean',
    description:
      "Create the app when it does not exist, and write its client_app_id into the config's app_id."
  },
  yes: {
    type: 'boolean',
    short: 'y',
    description: 'Do not ask for confirmation in a terminal (without a terminal, deploy never asks).'
  },
  'on-draft-conflict': {
    type: 'string',
    value: 'fail|discard|wait',
    description: 'When a draft is already open for this key.',
    default: 'fail'
  },
  'deployment-name': {
    type: 'string',
    value: 'NAME',
    description:
      'Name of the deployment (default: the git tag at HEAD, else the short sha; -dirty with uncommitted changes; local-<UTC time> outside git).'
  },
  timeout: {
    type: 'string',
    value: 'SECONDS',
    description: 'The most the whole run may take (every wait ends by then; calls in flight stop 2 s later).',
    default: '900'
  },
  'resume-suspended': {
    type: 'boolean',
    description: 'After the deployment, resume database triggers the app shows suspended.'
  },
  'allow-degraded': {
    type: 'boolean',
    description: 'A trigger left suspended ends the run with a warning, not exit 1 (status degraded).'
  },
  'upload-concurrency': {
    type: 'string',
    value: 'N',
    description: 'Hosting uploads in flight at once.',
    default: '16'
  }
}

function draftPolicy(values: OptionValues): DraftPolicy {
  const policy = stringOption(values, 'on-draft-conflict') ?? 'fail'
  if (policy === 'fail' || policy === 'discard' || policy === 'wait') return policy
  throw new ConfigError([
    {
      source: '--on-draft-conflict',
      severity: 'error',
      message: `'${policy}' is not one of fail, discard, wait`
    }
  ])
}

function positiveInteger(values: OptionValues, name: string, fallback: number): number {
  const text = stringOption(values, name)
  if (text === undefined) return fallback
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1 || n > 256) {
    throw new ConfigError([
      { source: `--${name}`, severity: 'error', message: `'${text}' is not a whole number from 1 to 256` }
    ])
  }
  return n
}

function driftPolicy(values: OptionValues): DriftPolicy {
  const policy = stringOption(values, 'on-drift') ?? 'warn'
  if (policy === 'warn' || policy === 'fail' || policy === 'overwrite') return policy
  throw new ConfigError([
    { source: '--on-drift', severity: 'error', message: `'${policy}' is not one of warn, fail, overwrite` }
  ])
}

function triggerHealthPolicy(values: OptionValues): TriggerHealthPolicy {
  return {
    resumeSuspended: values['resume-suspended'] === true,
    allowDegraded: values['allow-degraded'] === true
  }
}

function timeoutMs(values: OptionValues): number {
  const text = stringOption(values, 'timeout') ?? '900'
  const seconds = Number(text)
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new ConfigError([
      { source: '--timeout', severity: 'error', message: `'${text}' is not a number of seconds` }
    ])
  }
  return seconds * 1000
}

async function settingsFrom(
  values: OptionValues,
  io: CommandIO,
  mode: 'plan' | 'deploy'
): Promise<DeploySettings> {
  const connection = connectionFromOptions(values, io.env)
  const appDir = path.resolve(io.cwd, stringOption(values, 'app-dir') ?? '.')
  const secretValues = await readSecretInputs({
    secrets: stringList(values, 'secret'),
    secretsFile: stringOption(values, 'secrets-file'),
    cwd: io.cwd
  })
  return {
    ...connection,
    appDir,
    app: stringOption(values, 'app'),
    mode,
    secretValues,
    updateSecrets: values['update-secrets'] === true,
    environment: environmentOption(values),
    noDelete: values['no-delete'] === true,
    strict: values.strict === true,
    includeHosting: values['include-hosting'] === true,
    keepRemoteAssets: values['keep-remote-assets'] === true,
    hostingIgnore: stringList(values, 'ignore'),
    createApp: values['create-app'] === true,
    onDraftConflict: mode === 'deploy' ? draftPolicy(values) : 'fail',
    deploymentName:
      mode === 'deploy'
        ? (stringOption(values, 'deployment-name') ?? (await defaultDeploymentName(appDir)))
        : undefined,
    exclude: [...checkExclude(stringList(values, 'exclude'), '--exclude')],
    accessSources: { key: '--public-api-key/--private-api-key', project: '--project-id' },
    ...(mode === 'deploy' ? deployHooks(values, io) : {}),
    timeoutMs: mode === 'deploy' ? timeoutMs(values) : undefined,
    ...(mode === 'deploy' ? { triggerHealth: triggerHealthPolicy(values) } : {}),
    onDrift: driftPolicy(values),
    showDrift: report => (values.json === true ? io.stderr : io.stdout)(`${driftLines(report).join('\n')}\n`),
    uploadConcurrency: mode === 'deploy' ? positiveInteger(values, 'upload-concurrency', 16) : undefined,
    logger: io.logger,
    signal: io.signal
  }
}

function report(
  result: DeployResult,
  values: OptionValues,
  io: CommandIO,
  mode: 'plan' | 'deploy',
  configUpdated: AppIdWrite | undefined
): number {
  if (values.json === true) {
    const { warnings, error, ...rest } = resultJson(result) as { warnings: string[]; error?: string }
    io.stdout(
      jsonLine({
        command: mode,
        ...rest,
        status: result.status,
        exitCode: result.exitCode,
        error: error ?? null,
        warnings: [...io.warnings, ...warnings],
        ...(configUpdated ? { configUpdated } : {})
      })
    )
  } else {
    // deploy printed its plan before the first write (deployHooks)
    if (result.plan && mode === 'plan') io.stdout(renderPlanText(result.plan))
    io.stdout(renderResultText(result))
  }
  return result.exitCode
}

const EXAMPLES: Record<'plan' | 'deploy', string[]> = {
  plan: [
    'realm-deploy plan --app-dir ./backend --project-id 5f1b2c3d4e5f60718293a4b5',
    'realm-deploy plan --app-dir ./backend --environment production --include-hosting --json',
    'realm-deploy plan --app-dir ./backend --on-drift fail   # exit 3 when the app was edited outside git'
  ],
  deploy: [
    'realm-deploy deploy --app-dir ./backend --project-id 5f1b2c3d4e5f60718293a4b5 --secret slackWebhookUrl=https://...',
    'realm-deploy deploy --app-dir ./backend --create-app --yes        # creates the app, writes its app_id',
    'realm-deploy deploy --app-dir ./backend --exclude graphql_config --exclude sync --json',
    'realm-deploy deploy --app-dir ./backend --resume-suspended    # resumes suspended database triggers'
  ]
}

function pipelineCommand(mode: 'plan' | 'deploy'): Command {
  return {
    name: mode,
    summary:
      mode === 'plan'
        ? 'Show what a deploy would change (writes nothing).'
        : 'Deploy the config directory to the app.',
    description:
      mode === 'plan'
        ? 'Reads the config directory and the deployed app, and prints what differs, resource by resource. Writes nothing.'
        : 'Plans and prints the plan, asks for confirmation in a terminal (not with --yes, never without a terminal),\nthen opens a draft, applies the changes, deploys the draft, waits for it and verifies it.',
    options: mode === 'plan' ? planOptions : deployOptions,
    jsonResult: true,
    exitCodes: mode === 'plan' ? [0, 1, 2, 3, 130] : [0, 1, 2, 3, 4, 130],
    examples: EXAMPLES[mode],
    redirects:
      mode === 'deploy'
        ? { 'dry-run': "deploy has no dry run: 'realm-deploy plan' takes the same flags and writes nothing" }
        : {},
    async run(values, _positionals, io) {
      const settings = await settingsFrom(values, io, mode)
      const result = await runPipeline(settings)
      const configUpdated = mode === 'deploy' ? await recordCreatedApp(result, settings, io) : undefined
      return report(result, values, io, mode, configUpdated)
    }
  }
}

export const planCommand = pipelineCommand('plan')
export const deployCommand = pipelineCommand('deploy')
