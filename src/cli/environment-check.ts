// `validate` checks the template expansions for every environment file in environments/, not only
// the active one: a value missing from production.json fails the pull request's validate, not the
// release's deploy. An environment other than the one `--environment` selects gives warnings.
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { findTemplateProblems } from '../app/templates.js'
import type { AppModel } from '../app/model.js'
import type { Problem } from '../errors.js'

/** The environments with a file: `""` for no-environment.json. */
async function environmentsOnDisk(root: string): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(path.join(root, 'environments'))
  } catch {
    return []
  }
  return names
    .filter(n => n.endsWith('.json'))
    .map(n => n.slice(0, -'.json'.length))
    .map(n => (n === 'no-environment' ? '' : n))
    .filter(n => ['', 'development', 'testing', 'qa', 'production'].includes(n))
    .sort()
}

/**
 * The expansion problems of every environment but `active` (validateApp checked that one), each naming
 * its environment file; errors, or warnings when `selected` (the --environment flag) names another.
 */
export async function otherEnvironmentProblems(
  model: AppModel,
  active: string,
  selected: string | undefined
): Promise<Problem[]> {
  const problems: Problem[] = []
  for (const environment of await environmentsOnDisk(model.root)) {
    if (environment === active) continue
    const file = `environments/${environment || 'no-environment'}.json`
    for (const p of findTemplateProblems(model, environment)) {
      // A name no environment defines was reported once already, for the active environment.
      if (p.message.includes('is not defined in any')) continue
      problems.push({
        ...p,
        message: `${p.message.replace(/ \([^()]*\.json\)$/, '')}: add it to ${file}`,
        severity: selected !== undefined && selected !== environment ? 'warning' : 'error'
      })
    }
  }
  return problems
}

const TEMPLATE_PROBLEM = /^%%environment\.values\./

/** With --environment naming another environment than the config's, the config's own become warnings. */
export function demoteActive(
  problems: readonly Problem[],
  active: string,
  selected: string | undefined
): Problem[] {
  if (selected === undefined || selected === active) return [...problems]
  return problems.map(p =>
    TEMPLATE_PROBLEM.test(p.message) && !p.message.includes('is not defined in any')
      ? { ...p, severity: 'warning' as const }
      : p
  )
}
