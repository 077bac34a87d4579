// `realm-deploy status`: the deployed triggers' health (suspended, failing, disabled in the app while
// the repository enables them), and with --resume-suspended the resume of the suspended ones. The
// same check every deploy ends with (deploy/trigger-health.ts), without deploying.
import path from 'node:path'
import { validateApp } from '../../app/index.js'
import type { TriggerResource } from '../../app/model.js'
import { checkTriggerHealth, triggerHealthLines } from '../../deploy/trigger-health.js'
import { ConfigError, type Problem } from '../../errors.js'
import { redact } from '../../secrets.js'
import { stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'
import { appOptions, appReference, collectProblems, findApp } from '../app-reference.js'
import { adminClientFor, connectionFromOptions, connectionOptions } from '../credentials.js'
import { jsonLine, jsonOption } from '../json-result.js'

export const statusCommand: Command = {
  name: 'status',
  summary: "Report the app's trigger health (suspended, failing, disabled); resume suspended ones.",
  description:
    "Reads the app's event subscriptions (its running triggers) and each one's latest execution, and\n" +
    'reports every trigger that is suspended, failing, or disabled in the app while the config in\n' +
    '--app-dir enables it. A suspended trigger left suspended ends the run degraded (exit 1).',
  options: {
    ...connectionOptions,
    ...appOptions('The config directory: names the app, and says which triggers should be enabled.'),
    'resume-suspended': {
      type: 'boolean',
      description: 'Resume every suspended database trigger (PUT .../triggers/{id}/resume).'
    },
    'skip-missed-events': {
      type: 'boolean',
      description: 'With --resume-suspended: resume from now on, without the events missed while suspended.'
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
    'realm-deploy status --app myapp-abcde',
    'realm-deploy status --app-dir ./backend --resume-suspended --json'
  ],
  run: runStatus
}

/** The repository's triggers, when --app-dir holds a config (else no "disabled" check). */
async function repositoryTriggers(values: OptionValues, cwd: string): Promise<TriggerResource[] | undefined> {
  const appDir = path.resolve(cwd, stringOption(values, 'app-dir') ?? '.')
  const { model } = await validateApp({ appDir })
  return model?.triggers
}

async function runStatus(values: OptionValues, _positionals: string[], io: CommandIO): Promise<number> {
  const problems: Problem[] = []
  const connection = await collectProblems(problems, () => connectionFromOptions(values, io.env))
  const ref = await collectProblems(problems, () => appReference(values, io.cwd))
  if (problems.length > 0 || !connection || !ref) throw new ConfigError(problems)
  const client = adminClientFor(connection, io)
  const app = await findApp(client, connection.projectId, ref)
  const health = await checkTriggerHealth(
    client.app(connection.projectId, app._id),
    await repositoryTriggers(values, io.cwd),
    {
      resumeSuspended: values['resume-suspended'] === true,
      skipMissedEvents: values['skip-missed-events'] === true,
      logger: io.logger
    }
  )
  const degraded = health.degraded && values['allow-degraded'] !== true
  if (health.degraded && !degraded)
    io.logger.warning('a trigger is suspended (--allow-degraded: exit code 0)')
  const status = health.degraded ? 'degraded' : 'healthy'
  const exitCode = degraded ? 1 : 0
  if (values.json === true) {
    const error = degraded ? 'a trigger is suspended: rerun with --resume-suspended' : null
    io.stdout(
      jsonLine({
        command: 'status',
        status: degraded ? status : 'healthy',
        exitCode,
        error,
        warnings: [...io.warnings],
        app: {
          id: app._id,
          clientAppId: app.client_app_id,
          name: app.name,
          groupId: connection.projectId,
          created: false
        },
        triggerHealth: health
      })
    )
  } else {
    io.stdout(redact(`${app.client_app_id}: ${status}\n${triggerHealthLines(health).join('\n')}\n`))
  }
  return exitCode
}
