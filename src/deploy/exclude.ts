// `--exclude <kind>` (action input `exclude`): kinds a deploy leaves alone entirely: neither created,
// updated nor deleted. `hosting` and `dependencies` name the two phases after the deployment.
import { ConfigError } from '../errors.js'
import { KINDS, type KindName } from '../plan/kinds.js'
import type { Plan } from '../plan/types.js'

export const PHASES = ['hosting', 'dependencies'] as const

/** Every name `--exclude` accepts, sorted. */
export function excludableKinds(): string[] {
  return [...Object.keys(KINDS), ...PHASES].sort()
}

/** Checks the names; every unknown one at once, naming `source` (the flag or input). */
export function checkExclude(names: readonly string[], source: string): Set<string> {
  const known = new Set(excludableKinds())
  const unknown = names.filter(n => !known.has(n))
  if (unknown.length > 0) {
    throw new ConfigError(
      unknown.map(n => ({
        source,
        severity: 'error' as const,
        message: `'${n}' is not a kind: use one of ${excludableKinds().join(', ')}`
      }))
    )
  }
  return new Set(names)
}

/** The plan without the excluded kinds (and phases). */
export function excludeFromPlan(plan: Plan, exclude: ReadonlySet<string>): Plan {
  if (exclude.size === 0) return plan
  const secretsOut = exclude.has('secret' satisfies KindName)
  const { hosting, dependencies, ...rest } = plan
  return {
    ...rest,
    changes: plan.changes.filter(c => !exclude.has(c.kind)),
    secrets: secretsOut ? { create: [], update: [] } : plan.secrets,
    ...(hosting && !exclude.has('hosting') && !exclude.has('hosting_config') ? { hosting } : {}),
    ...(dependencies && !exclude.has('dependencies') ? { dependencies } : {})
  }
}
