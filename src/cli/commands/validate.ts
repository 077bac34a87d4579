// `realm-deploy validate`: read and check an app directory offline (no credentials, no network) and
// report every problem at once: exit 0 with a summary (and warnings), or exit 2 with the problem list.
import path from 'node:path'
import { validateApp } from '../../app/load.js'
import type { AppModel } from '../../app/model.js'
import { ConfigError, formatProblem } from '../../errors.js'
import { redact } from '../../secrets.js'
import { stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check an app directory offline and report every problem.',
  description:
    'Read the app config directory (any of the four layouts) and check it without any network call:\n' +
    'JSON syntax, fields and types, names, duplicates, references between resources, cron schedules,\n' +
    'template expansions, unsafe paths and hosting files. Exit 0 when there are only warnings, 2 on errors.',
  options: {
    'app-dir': {
      type: 'string',
      value: 'DIR',
      description: 'The app directory, or a directory inside it (default: the current directory).'
    },
    json: { type: 'boolean', description: 'Print {ok, layout, problems[]} as JSON on stdout.' },
    strict: { type: 'boolean', description: 'Treat every warning as an error (exit 2).' }
  },
  run: runValidate
}

async function runValidate(values: OptionValues, _positionals: string[], io: CommandIO): Promise<number> {
  const appDir = path.resolve(io.cwd, stringOption(values, 'app-dir') ?? '.')
  const result = await validateApp({ appDir, strict: values.strict === true })
  const ok = result.model !== undefined && !result.problems.some(p => p.severity === 'error')
  if (values.json === true) {
    const report = {
      ok,
      layout: result.layout ?? null,
      root: result.root ?? null,
      name: result.model?.settings.name ?? null,
      problems: result.problems
    }
    io.stdout(`${redact(JSON.stringify(report, null, 2))}\n`)
    return ok ? 0 : 2
  }
  if (!ok) throw new ConfigError(result.problems)
  const model = result.model as AppModel
  io.stdout(
    `ok: ${model.layout} app '${model.settings.name ?? '(unnamed)'}' at ${model.root}: ${summarize(model)}\n`
  )
  for (const warning of result.problems) io.stderr(`${redact(formatProblem(warning))}\n`)
  return 0
}

function summarize(model: AppModel): string {
  const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`
  const always = [
    count(model.functions.length, 'function'),
    count(model.triggers.length, 'trigger'),
    count(model.values.length, 'value'),
    count(model.environmentValues.length, 'environment value')
  ]
  const optional: Array<[number, string, string?]> = [
    [model.dataSources.length, 'data source'],
    [model.dataSources.reduce((n, d) => n + d.rules.length, 0), 'rule'],
    [model.services.length, 'third-party service'],
    [model.authProviders.length, 'auth provider'],
    [model.endpoints.length, 'endpoint'],
    [model.graphql?.custom_resolvers.length ?? 0, 'custom resolver'],
    [model.logForwarders.length, 'log forwarder'],
    [model.secretsNeeded.length, 'secret referenced', 'secrets referenced']
  ]
  const extra = optional.filter(([n]) => n > 0).map(([n, one, many]) => count(n, one, many))
  const hosting = model.hosting?.present ? ['hosting'] : []
  const warnings = model.warnings.length ? [count(model.warnings.length, 'warning')] : []
  return [...always, ...extra, ...hosting, ...warnings].join(', ')
}
