// The JSON forms of a plan and of a run's result: stable, without function sources, without any
// secret value (secrets appear by name only).
import type { DeployResult } from '../deploy/types.js'
import type { Change, Plan } from '../plan/types.js'
import { planSize } from '../plan/types.js'

export interface JsonChange {
  readonly kind: string
  readonly key: string
  readonly action: string
  readonly fields?: string[]
  readonly lines?: { readonly added: number; readonly removed: number }
  readonly file?: string
}

export function changeJson(c: Change): JsonChange {
  return {
    kind: c.kind,
    key: c.key,
    action: c.action,
    ...(c.fields ? { fields: c.fields } : {}),
    ...(c.lines ? { lines: c.lines } : {}),
    ...(c.file ? { file: c.file } : {})
  }
}

export function planJson(plan: Plan): Record<string, unknown> {
  return {
    changes: plan.changes.map(changeJson),
    total: planSize(plan),
    secrets: plan.secrets,
    ...(plan.hosting
      ? {
          hosting: {
            added: plan.hosting.added.map(a => a.path),
            bodyChanged: plan.hosting.bodyChanged.map(a => a.path),
            attrsChanged: plan.hosting.attrsChanged.map(a => a.path),
            removed: plan.hosting.removed,
            unchanged: plan.hosting.unchanged
          }
        }
      : {}),
    ...(plan.dependencies ? { dependencies: plan.dependencies } : {}),
    warnings: plan.warnings
  }
}

export function resultJson(result: DeployResult): Record<string, unknown> {
  const { plan, errorLogs, ...rest } = result
  return {
    ...rest,
    ...(plan ? { plan: planJson(plan) } : {}),
    ...(errorLogs ? { errorLogs } : {})
  }
}
