// `realm-deploy validate`: read and check an app directory offline (no credentials, no network) and
// report every problem at once: exit 0 with a summary (and warnings), or exit 2 with the problem list.
import path from 'node:path'
import { strictProblems, validateApp, type ValidationResult } from '../../app/load.js'
import type { AppModel } from '../../app/model.js'
import { ConfigError, formatProblem, type Problem } from '../../errors.js'
import { redact } from '../../secrets.js'
import { stringOption, type Command, type CommandIO, type OptionValues } from '../command.js'
import { demoteActive, otherEnvironmentProblems } from '../environment-check.js'
import { environmentOption } from '../environment-option.js'
import { jsonLine, jsonOption } from '../json-result.js'

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check an app directory offline and report every problem.',
  description:
    'Read the app config directory (any of the four layouts) and check it without any network call:\n' +
    'JSON syntax, fields and types, names, duplicates, references between resources, cron schedules,\n' +
    'template expansions (for every environment file in environments/), unsafe paths and hosting files.\n' +
    'Exit 0 when there are only warnings, 2 on errors.',
  options: {
    'app-dir': {
      type: 'string',
      value: 'DIR',
      description: 'The app directory, or a directory inside it (default: the current directory).'
    },
    environment: {
      type: 'string',
      value: 'ENV',
      description:
        "The environment you deploy: its missing template values are errors, the other environments' warnings (default: every environment file is checked as an error)."
    },
    json: jsonOption('with ok, layout and problems[]'),
    strict: { type: 'boolean', description: 'Treat every warning as an error (exit 2).' }
  },
  jsonResult: true,
  exitCodes: [0, 2],
  examples: [
    'realm-deploy validate --app-dir ./backend',
    'realm-deploy validate --app-dir ./backend --environment production --json'
  ],
  run: runValidate
}

/** validateApp's problems plus the template expansions of every other environment file. */
async function allProblems(result: ValidationResult, selected: string | undefined): Promise<Problem[]> {
  if (!result.model) return result.problems
  const active = result.model.settings.environment ?? ''
  const others = await otherEnvironmentProblems(result.model, active, selected)
  return [...demoteActive(result.problems, active, selected), ...others]
}

async function runValidate(values: OptionValues, _positionals: string[], io: CommandIO): Promise<number> {
  const appDir = path.resolve(io.cwd, stringOption(values, 'app-dir') ?? '.')
  const selected = environmentOption(values)
  const result = await validateApp({ appDir })
  const found = await allProblems(result, selected)
  const problems = values.strict === true ? strictProblems(found) : found
  const ok = result.model !== undefined && !problems.some(p => p.severity === 'error')
  if (values.json === true) {
    for (const p of problems) io.stderr(`${redact(formatProblem(p))}\n`)
    const errors = problems.filter(p => p.severity === 'error')
    io.stdout(
      jsonLine({
        command: 'validate',
        status: ok ? 'valid' : 'invalid',
        exitCode: ok ? 0 : 2,
        error: ok ? null : errors.length ? new ConfigError(errors).message : 'no app found',
        warnings: problems.filter(p => p.severity === 'warning').map(p => formatProblem(p)),
        ok,
        layout: result.layout ?? null,
        root: result.root ?? null,
        name: result.model?.settings.name ?? null,
        problems
      })
    )
    return ok ? 0 : 2
  }
  if (!ok) throw new ConfigError(problems)
  const model = result.model as AppModel
  io.stdout(
    `ok: ${model.layout} app '${model.settings.name ?? '(unnamed)'}' at ${model.root}: ${summarize(model)}\n`
  )
  for (const warning of problems) io.stderr(`${redact(formatProblem(warning))}\n`)
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
