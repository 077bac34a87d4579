// `realm-deploy plan` and `realm-deploy deploy`: the same pipeline, one reads only.
import path from 'node:path'
import { readSecretInputs } from '../../app/index.js'
import { ENVIRONMENT_NAMES } from '../../app/model.js'
import { runPipeline } from '../../deploy/pipeline.js'
import type { DeployResult, DeploySettings, DraftPolicy } from '../../deploy/types.js'
import { ConfigError } from '../../errors.js'
import { resultJson } from '../../report/json.js'
import { renderPlanText, renderResultText } from '../../report/text.js'
import {
  stringList,
  stringOption,
  type Command,
  type CommandIO,
  type OptionSpec,
  type OptionValues
} from '../command.js'
import { connectionFromOptions, connectionOptions } from '../credentials.js'
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
  json: { type: 'boolean', description: 'Print one JSON result object on stdout.' }
}

const deployOptions: Record<string, OptionSpec> = {
  ...planOptions,
  'create-app': { type: 'boolean', description: 'Create the app when it does not exist.' },
  'on-draft-conflict': {
    type: 'string',
    value: 'fail|discard|wait',
    description: 'When a draft is already open for this key.',
    default: 'fail'
  },
  'deployment-name': {
    type: 'string',
    value: 'NAME',
    description: 'Name of the deployment (default: the git tag at HEAD, else the short sha).'
  },
  timeout: {
    type: 'string',
    value: 'SECONDS',
    description: 'The most the whole run may take (every wait ends by then; calls in flight stop 2 s later).',
    default: '900'
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

/** Checked here, not by the API: an unknown name would otherwise reach the first write (app creation). */
function environmentOption(values: OptionValues): string | undefined {
  const name = stringOption(values, 'environment')
  if (name === undefined || (ENVIRONMENT_NAMES as readonly string[]).includes(name)) return name
  throw new ConfigError([
    {
      source: '--environment',
      severity: 'error',
      message: `'${name}' is not one of ${ENVIRONMENT_NAMES.filter(Boolean).join(', ')} ("" for none)`
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
    includeHosting: values['include-hosting'] === true,
    keepRemoteAssets: values['keep-remote-assets'] === true,
    hostingIgnore: stringList(values, 'ignore'),
    createApp: values['create-app'] === true,
    onDraftConflict: mode === 'deploy' ? draftPolicy(values) : 'fail',
    deploymentName:
      mode === 'deploy'
        ? (stringOption(values, 'deployment-name') ?? (await defaultDeploymentName(appDir)) ?? '')
        : undefined,
    timeoutMs: mode === 'deploy' ? timeoutMs(values) : undefined,
    uploadConcurrency: mode === 'deploy' ? positiveInteger(values, 'upload-concurrency', 16) : undefined,
    logger: io.logger,
    signal: io.signal
  }
}

function report(result: DeployResult, values: OptionValues, io: CommandIO): number {
  if (values.json === true) {
    io.stdout(`${JSON.stringify(resultJson(result))}\n`)
  } else {
    if (result.plan) io.stdout(renderPlanText(result.plan))
    io.stdout(renderResultText(result))
  }
  return result.exitCode
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
        ? 'Reads the config directory and the deployed app, and prints what differs, resource by resource. Writes nothing.\nExit codes: 0 planned, 1 failed, 2 invalid input or config, 3 an open draft.'
        : 'Plans, opens a draft, applies the changes, deploys the draft, waits for it and verifies it.\nExit codes: 0 deployed or no changes, 1 failed, 2 invalid input or config (nothing written), 3 conflict (nothing deployed).',
    options: mode === 'plan' ? planOptions : deployOptions,
    async run(values, _positionals, io) {
      const settings = await settingsFrom(values, io, mode)
      return report(await runPipeline(settings), values, io)
    }
  }
}

export const planCommand = pipelineCommand('plan')
export const deployCommand = pipelineCommand('deploy')
