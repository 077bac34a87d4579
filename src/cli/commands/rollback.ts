// `realm-deploy rollback`: redeploy a past deployment (deploy/rollback.ts) — by default the newest
// successful one before the current one — showing first what it changes, then waiting, verifying and
// checking the triggers like a deploy.
import { ConfigError, type Problem } from '../../errors.js'
import { runRollback as rollbackRun } from '../../deploy/rollback-run.js'
import type { DeployResult } from '../../deploy/types.js'
import { resultJson } from '../../report/json.js'
import { renderPlanText, renderResultText } from '../../report/text.js'
import { redact } from '../../secrets.js'
import { stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'
import { appOptions, appReference, collectProblems, findApp } from '../app-reference.js'
import { adminClientFor, connectionFromOptions, connectionOptions } from '../credentials.js'
import { jsonLine, jsonOption } from '../json-result.js'

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
    ...appOptions(),
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
    json: jsonOption()
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
  // The app is found here (by every name the config gives it); the run then uses its _id.
  const instance = await findApp(adminClientFor(connection, io), connection.projectId, ref)
  const json = values.json === true
  const result = await rollbackRun({
    deploy: {
      ...connection,
      appDir: io.cwd,
      mode: 'deploy',
      secretValues: new Map(),
      timeoutMs: timeout,
      triggerHealth: {
        resumeSuspended: values['resume-suspended'] === true,
        allowDegraded: values['allow-degraded'] === true
      },
      // What the rollback changes, before it writes (stderr under --json: stdout holds the result).
      onPlan: plan => (json ? io.stderr : io.stdout)(renderPlanText(plan)),
      logger: io.logger,
      signal: io.signal
    },
    app: instance._id,
    ...(stringOption(values, 'to') ? { to: stringOption(values, 'to') } : {})
  })
  if (json) {
    const { warnings, error, ...rest } = resultJson(result) as { warnings: string[]; error?: string }
    io.stdout(
      jsonLine({
        command: 'rollback',
        ...rest,
        status: result.status,
        exitCode: result.exitCode,
        error: error ?? null,
        warnings: [...io.warnings, ...warnings]
      })
    )
  } else io.stdout(rollbackText(result))
  return result.exitCode
}

function rollbackText(result: DeployResult): string {
  const r = result.rollback
  const head = r
    ? [
        `Rollback of ${result.app?.clientAppId ?? 'the app'} from ${r.from.id} '${r.from.name}' to ${r.to.id} '${r.to.name}'`
      ]
    : []
  return redact(`${[...head, renderResultText(result).trimEnd()].join('\n')}\n`)
}
