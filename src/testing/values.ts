// `context.values.get` and `context.environment`: values from values/, their `%(%%environment.values.X)`
// templates resolved for the chosen environment, and `from_secret` values read from the secrets the
// caller gave or, failing that, from the environment variable `REALM_SECRET_<NAME>` (CI's secrets).
import { environmentKey } from '../app/templates.js'
import type { AppModel } from '../app/model.js'
import { MissingValueError } from './errors.js'

const EXPANSION = /%\(%%environment\.values\.([^)]*)\)/g
const WHOLE = /^%\(%%environment\.values\.([^)]*)\)$/

export interface ValueSources {
  readonly model: AppModel
  /** `""` (none), development, testing, qa or production. */
  readonly environment: string
  readonly secrets: ReadonlyMap<string, string>
  readonly env: NodeJS.ProcessEnv
  /** Values the test gives by name: they replace the app's (and need not exist in values/). */
  readonly overrides?: Readonly<Record<string, unknown>>
}

/** The environment variable a secret falls back to: `REALM_SECRET_` + the name, upper-cased, `_` for the rest. */
export function secretVariable(name: string): string {
  return `REALM_SECRET_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
}

/** `context.environment.values`: this environment's values, by name. */
export function environmentValues(model: AppModel, environment: string): Record<string, unknown> {
  const key = environmentKey(environment)
  const values: Record<string, unknown> = {}
  for (const value of model.environmentValues)
    if (value.values[key] !== undefined) values[value.name] = structuredClone(value.values[key])
  return values
}

/** Resolves one value by name; throws MissingValueError naming what to provide. */
export function resolveValue(sources: ValueSources, name: string): unknown {
  if (sources.overrides && Object.hasOwn(sources.overrides, name))
    return structuredClone(sources.overrides[name])
  const value = sources.model.values.find(v => v.name === name)
  if (!value) throw new MissingValueError(`context.values.get('${name}'): no value '${name}' in values/`)
  if (value.from_secret) return resolveSecret(sources, name, String(value.value))
  return expand(
    structuredClone(value.value),
    environmentValues(sources.model, sources.environment),
    name,
    sources
  )
}

function resolveSecret(sources: ValueSources, valueName: string, secretName: string): string {
  const given = sources.secrets.get(secretName) ?? sources.env[secretVariable(secretName)]
  if (given !== undefined) return given
  throw new MissingValueError(
    `context.values.get('${valueName}'): value '${valueName}' reads secret '${secretName}', which was not ` +
      `given: pass it in \`secrets\` or set ${secretVariable(secretName)}`
  )
}

function expand(value: unknown, env: Record<string, unknown>, name: string, sources: ValueSources): unknown {
  if (typeof value === 'string') return expandString(value, env, name, sources)
  if (Array.isArray(value)) return value.map(v => expand(v, env, name, sources))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, expand(v, env, name, sources)]))
  return value
}

function expandString(text: string, env: Record<string, unknown>, name: string, sources: ValueSources) {
  const lookup = (key: string): unknown => {
    if (env[key] !== undefined) return env[key]
    const where = sources.environment || 'no-environment'
    throw new MissingValueError(
      `context.values.get('${name}'): environment value '${key}' is not defined for environment '${where}' (environments/)`
    )
  }
  const whole = WHOLE.exec(text)
  if (whole) return lookup(whole[1])
  return text.replace(EXPANSION, (_, key: string) => String(lookup(key)))
}
