// `realm-deploy rollback`: redeploy a past deployment (deploy/rollback.ts) — by default the newest
// successful one before the current one — showing first what it changes, then waiting, verifying and
// checking the triggers like a deploy.
import { ConfigError, type Problem } from '../../errors.js'
import { checkTriggerHealth, triggerHealthLines } from '../../deploy/trigger-health.js'
import {
  chooseTarget,
  redeployAndWait,
  rollbackPlan,
  targetModel,
  verifyRollback
} from '../../deploy/rollback.js'
import { planJson } from '../../report/json.js'
import { renderPlanText } from '../../report/text.js'
import { redact } from '../../secrets.js'
import { stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'
import { appReference, collectProblems, findApp } from '../app-reference.js'
import { adminClientFor, connectionFromOptions, connectionOptions } from '../credentials.js'
import { jsonLine } from '../json-result.js'

export const rollbackCommand: Command = {
  name: 'rollback',
  summary: 'Redeploy a past deployment (default: the newest successful one before the current one).',
  description:
    'Finds the target among the deployments the Admin API lists (--to: a deployment id, or a deployment\n' +
    'name such as the git tag or short sha realm-deploy named it after), prints what redeploying it\n' +
    'changes, redeploys it (POST .../deployments/{id}/redeploy), waits for it, verifies that the app\n' +
    'matches it, and checks the triggers. Refuses an unknown target and the current deployment.',
  options: {
    ...connectionOptions,
    app: { type: 'string', value: 'APP', description: 'The app: client app id, name or _id.' },
    'app-dir': {
      type: 'string',
      value: 'DIR',
      description: 'Without --app: the config directory whose app_id (else name) names the app.',
      default: '.'
    },
    to: {
      type: 'string',
      value: 'DEPLOYMENT',
      description: 'A deployment id or name (git tag, short sha). Default: the one before the current one.'
    },
    timeout: {
      type: 'string',
      value: 'SECONDS',
      description: 'How long to wait for the redeploy.',
      default: '900'
    },
    'resume-suspended': {
      type: 'boolean',
      description: 'After the redeploy, resume suspended database triggers.'
    },
    'allow-degraded': {
      type: 'boolean',
      description: 'A trigger left suspended does not make the exit code 1.'
    },
    json: {
      type: 'boolean',
      description: 'Print exactly one JSON result object on stdout (schema/cli-result.schema.json).'
    }
  },
  jsonResult: true,
  exitCodes: [0, 1, 2, 130],
  examples: [
    'realm-deploy rollback --app-dir ./backend                 # back to the deployment before the current one',
    'realm-deploy rollback --app myapp-abcde --to v1.4.2 --json  # back to the deployment named after a tag'
  ],
  run: runRollback
}

function timeoutMs(values: OptionValues): number {
  const text = stringOption(values, 'timeout') ?? '900'
  const seconds = Number(text)
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new ConfigError([
      { source: '--timeout', severity: 'error', message: `'${text}' is not a number of seconds` }
    ])
  return seconds * 1000
}

async function runRollback(values: OptionValues, _positionals: string[], io: CommandIO): Promise<number> {
  const problems: Problem[] = []
  const connection = await collectProblems(problems, () => connectionFromOptions(values, io.env))
  const ref = await collectProblems(problems, () => appReference(values, io.cwd))
  const timeout = await collectProblems(problems, () => timeoutMs(values))
  if (problems.length > 0 || !connection || !ref || !timeout) throw new ConfigError(problems)
  const client = adminClientFor(connection, io)
  const instance = await findApp(client, connection.projectId, ref)
  const app = client.app(connection.projectId, instance._id)
  const { target, current } = chooseTarget(await app.deployments.list(), stringOption(values, 'to'))
  const model = await targetModel(app, target)
  const plan = await rollbackPlan(app, model)
  const say = values.json === true ? io.stderr : io.stdout
  say(
    redact(
      `Rolling back ${instance.client_app_id} from ${current._id} to ${target._id} '${String(target.name ?? '')}'\n`
    )
  )
  say(renderPlanText(plan))
  const poll = { min: 500, max: 5000, timeoutMs: timeout, now: () => Date.now(), signal: io.signal }
  const redeploy = await redeployAndWait(app, target, poll, io.logger)
  const failed = redeploy.status !== 'successful'
  const verify = failed ? [] : await verifyRollback(app, redeploy, model)
  const health = failed
    ? undefined
    : await checkTriggerHealth(app, model.triggers, {
        resumeSuspended: values['resume-suspended'] === true,
        logger: io.logger
      })
  const degraded = health?.degraded === true && values['allow-degraded'] !== true
  const status = failed || verify.length > 0 ? 'failed' : degraded ? 'degraded' : 'deployed'
  const exitCode = status === 'deployed' ? 0 : 1
  const error = failed
    ? `the redeploy failed: ${String(redeploy.status_error_message ?? redeploy.status)}`
    : verify.length > 0
      ? verify.join('; ')
      : degraded
        ? 'rolled back, but a trigger is suspended: rerun with --resume-suspended'
        : null
  const deployment = { id: redeploy._id, name: String(redeploy.name ?? ''), status: redeploy.status }
  const rollback = {
    from: { id: current._id, name: String(current.name ?? '') },
    to: { id: target._id, name: String(target.name ?? '') }
  }
  if (values.json === true) {
    const appJson = {
      id: instance._id,
      clientAppId: instance.client_app_id,
      name: instance.name,
      groupId: connection.projectId,
      created: false
    }
    io.stdout(
      jsonLine({
        command: 'rollback',
        status,
        exitCode,
        error,
        warnings: [...io.warnings],
        app: appJson,
        plan: planJson(plan),
        deployment,
        rollback,
        ...(health ? { triggerHealth: health } : {})
      })
    )
  } else {
    const lines = [
      `${status === 'deployed' ? 'Rolled back' : status === 'degraded' ? 'Rolled back, degraded' : 'Rollback failed'} ${instance.client_app_id} to ${target._id} '${rollback.to.name}'`,
      `  deployment ${deployment.id} '${deployment.name}': ${deployment.status}`,
      ...(health ? triggerHealthLines(health).map(l => `  ${l}`) : []),
      ...(error ? [`  error: ${error}`] : [])
    ]
    io.stdout(redact(`${lines.join('\n')}\n`))
  }
  return exitCode
}
