// Every secret NAME the config refers to (config-to-api §4.4): the deployer must find each one in the
// app or in its secret inputs before the first write. Values never pass through here.
import type { Problem } from '../errors.js'
import { problemFor, type LoadContext } from './context.js'
import type { FieldPath } from './json-file.js'
import type { AppModel, Sourced } from './model.js'
import { secretNameProblem } from './names.js'

type Checker = Pick<LoadContext, 'docs' | 'bases'>

export function collectSecretNames(
  ctx: Checker,
  model: Omit<AppModel, 'secretsNeeded'>,
  legacyNames: readonly string[]
): { names: string[]; problems: Problem[] } {
  const names = new Set<string>(legacyNames)
  const problems: Problem[] = []
  const add = (resource: Sourced, name: unknown, path: FieldPath): void => {
    // Exports write "" (or null) for a secret that was never set: no secret is referenced.
    if (name === '' || name === null) return
    if (typeof name !== 'string') {
      problems.push(problemFor(ctx, resource, [path], 'expected the NAME of a secret (a string)'))
      return
    }
    const problem = secretNameProblem(name)
    if (problem) problems.push(problemFor(ctx, resource, [path], problem))
    else names.add(name)
  }
  for (const value of model.values.filter(v => v.from_secret)) add(value, value.value, ['value'])
  for (const provider of model.authProviders) {
    for (const [key, name] of Object.entries(provider.secret_config ?? {})) {
      // Custom JWT lists several signing keys, each a secret name.
      // An item of that list cannot be unset: it names a key or is not there.
      if (Array.isArray(name))
        name.forEach((n, i) =>
          n === '' || n === null
            ? problems.push(
                problemFor(ctx, provider, [['secret_config', key, i]], 'expected the NAME of a secret')
              )
            : add(provider, n, ['secret_config', key, i])
        )
      else add(provider, name, ['secret_config', key])
    }
  }
  for (const service of model.services) {
    for (const [key, name] of Object.entries(service.secret_config ?? {}))
      add(service, name, ['secret_config', key])
  }
  for (const endpoint of model.endpoints) {
    if (endpoint.secret_name !== undefined) add(endpoint, endpoint.secret_name, ['secret_name'])
  }
  const dataApi = model.dataApiConfig
  if (dataApi?.secret_name !== undefined) add(dataApi, dataApi.secret_name, ['secret_name'])
  return { names: [...names].sort(), problems }
}
