// `realm-deploy pull`: write a deployed app as a config directory (20210101 or 20230101 layout)
// that a deploy reads back as "no changes". Secret values and hosted files cannot be read through
// the Admin API: the output names the secrets to supply and says what to add by hand.
import path from 'node:path'
import { ConfigError, type Problem } from '../../errors.js'
import {
  PULL_LAYOUTS,
  pullApp,
  type PullLayout,
  type PullResult,
  type PullSettings
} from '../../pull/index.js'
import { redact } from '../../secrets.js'
import { stringList, stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'
import { appOptions, appReference, collectProblems, findApp, type AppReference } from '../app-reference.js'
import { adminClientFor, connectionFromOptions, connectionOptions } from '../credentials.js'

export const pullCommand: Command = {
  name: 'pull',
  summary: 'Write a deployed app as a config directory (deploying it back changes nothing).',
  description:
    'Read an app through the Admin API and write its configuration as a config directory:\n' +
    'functions, values, environments, triggers, data sources and rules, auth, endpoints, GraphQL,\n' +
    'sync, log forwarders, legacy services and hosting config. Secret values are never readable:\n' +
    'the output names the secrets to pass on deploy. Hosted files cannot be downloaded.',
  options: {
    ...connectionOptions,
    ...appOptions(
      'Without --app: the config directory naming the app, refreshed in place in its own layout.'
    ),
    out: {
      type: 'string',
      value: 'DIR',
      description:
        'The directory to write (created when missing; must be empty unless --force). Default: the --app-dir config itself.'
    },
    layout: {
      type: 'string',
      value: 'VERSION',
      description: `Config layout: ${PULL_LAYOUTS.join(' or ')} (default: the --app-dir config's, else 20210101).`
    },
    'include-hosting': {
      type: 'boolean',
      description: "List the hosted files' attrs in hosting/metadata.json (the files must be added by hand)."
    },
    only: {
      type: 'string',
      multiple: true,
      value: 'FILE',
      description:
        'Write only this config file (path in the config directory; repeatable), e.g. the ones a drift report names.'
    },
    force: {
      type: 'boolean',
      description: 'Replace the App Services config in a non-empty DIR (other files are kept).'
    }
  },
  exitCodes: [0, 1, 2],
  examples: [
    'realm-deploy pull --app-dir ./backend            # refreshes ./backend in its own layout',
    'realm-deploy pull --app myapp-abcde --out ./backend --layout 20230101',
    'realm-deploy pull --app-dir ./backend --only functions/restockAlert.js   # take one edit made in the UI'
  ],
  run: runPull
}

/** Without --out and --layout, a pull refreshes the --app-dir config where it is, in its layout. */
function pullRequest(
  values: OptionValues,
  cwd: string,
  ref: AppReference | undefined
): { request?: Omit<PullSettings, 'projectId' | 'app'>; problems: Problem[]; inPlace: boolean } {
  const problems: Problem[] = []
  const problem = (source: string, message: string): void =>
    void problems.push({ source, message, severity: 'error' })
  const out = stringOption(values, 'out') ?? ref?.configDir
  const own = ref?.layout && PULL_LAYOUTS.includes(ref.layout as PullLayout) ? ref.layout : undefined
  const layout = stringOption(values, 'layout') ?? own ?? '20210101'
  if (!out) problem('--out', 'the output directory is required (or pull by --app-dir, into that config)')
  if (!PULL_LAYOUTS.includes(layout as PullLayout))
    problem('--layout', `'${layout}' is not a layout this command writes: use ${PULL_LAYOUTS.join(' or ')}`)
  const inPlace = stringOption(values, 'out') === undefined && ref?.configDir !== undefined
  if (problems.length > 0 || !out) return { problems, inPlace }
  const request = {
    outDir: path.resolve(cwd, out),
    layout: layout as PullLayout,
    includeHosting: values['include-hosting'] === true,
    // Refreshing the config the user pointed at is the point: its other files are kept.
    force: values.force === true || inPlace,
    ...(stringList(values, 'only').length ? { only: stringList(values, 'only') } : {})
  }
  return { request, problems, inPlace }
}

async function runPull(values: OptionValues, _positionals: string[], io: CommandIO): Promise<number> {
  const problems: Problem[] = []
  const connection = await collectProblems(problems, () => connectionFromOptions(values, io.env))
  const ref = await collectProblems(problems, () => appReference(values, io.cwd))
  const { request, problems: requestProblems, inPlace } = pullRequest(values, io.cwd, ref)
  problems.push(...requestProblems)
  if (problems.length > 0 || !connection || !request || !ref) throw new ConfigError(problems)
  const client = adminClientFor(connection, io)
  const app = ref.configDir ? (await findApp(client, connection.projectId, ref))._id : ref.references[0]
  if (inPlace) io.logger.info(`refreshing ${request.outDir} in place (layout ${request.layout})`)
  const result = await pullApp(client, { ...request, app, projectId: connection.projectId })
  for (const note of result.notes) io.logger.warning(note)
  io.stdout(redact(pullSummary(result, request.outDir)))
  return 0
}

function pullSummary(result: PullResult, outDir: string): string {
  const { app } = result
  const lines = [
    `pulled ${app.client_app_id} (${app._id}) into ${outDir}: ${result.files.length} files, layout ${result.layout}`
  ]
  lines.push(
    result.secrets.length === 0
      ? 'secrets: the app has none'
      : `secrets: the app has ${result.secrets.length}: ${result.secrets.join(', ')}. A pull never contains secret values: ` +
          'pass each with --secret NAME=VALUE when you deploy this config to an app that lacks it'
  )
  lines.push(
    result.hostedFiles === undefined
      ? 'hosting: hosted files are not pulled (--include-hosting lists them in hosting/metadata.json)'
      : `hosting: hosting/metadata.json lists ${result.hostedFiles} hosted file(s). The Admin API cannot download them: ` +
          'copy each into hosting/files/ by hand (until then, validate and deploy report them missing)'
  )
  return `${lines.join('\n')}\n`
}
