// The conflict report after a deployment failed because the app changed under the draft: which of
// the plan's resources changed remotely since the plan was made, what the repository wants, what the
// app has now, and how to resolve it.
import { changedFields, stableStringify } from '../plan/canonical.js'
import type { Change, PlanItem } from '../plan/types.js'
import type { ConflictItem, ConflictReport } from './types.js'

const show = (value: unknown): string => {
  const text = stableStringify(value)
  return text.length > 300 ? `${text.slice(0, 297)}...` : text
}

function describe(change: Change, now: PlanItem | undefined): ConflictItem {
  const wants =
    change.action === 'delete'
      ? 'to delete it'
      : change.action === 'create'
        ? `to create it: ${show(change.desired?.fields)}`
        : (change.fields ?? []).map(f => `${f} = ${show(change.desired?.fields[f])}`).join('; ')
  const has = now
    ? (change.fields ?? Object.keys(now.fields)).map(f => `${f} = ${show(now.fields[f])}`).join('; ')
    : 'nothing (it is gone)'
  return { kind: change.kind, key: change.key, wants, has }
}

/** `before`: the remote items the plan was made from; `after`: the remote items now. */
export function conflictReport(
  message: string,
  changes: readonly Change[],
  before: readonly PlanItem[],
  after: readonly PlanItem[]
): ConflictReport {
  const index = (items: readonly PlanItem[]) => new Map(items.map(i => [`${i.kind}\u0000${i.key}`, i]))
  const [then, now] = [index(before), index(after)]
  const items: ConflictItem[] = []
  for (const change of changes) {
    const id = `${change.kind}\u0000${change.key}`
    const a = then.get(id)
    const b = now.get(id)
    const moved =
      (a === undefined) !== (b === undefined) || (a && b && changedFields(a.fields, b.fields).length > 0)
    if (moved) items.push(describe(change, b))
  }
  return {
    cause: 'deployed-meanwhile',
    message,
    items,
    resolution:
      items.length > 0
        ? 'The app changed after this run read it. Decide which version wins: to keep the repository, rerun the deploy (it plans again from the app as it is now); to keep the app, copy its change into the repository first (realm-deploy pull shows the app as it is).'
        : "The deployment failed with a conflict, but none of the resources this run changed differ from when it read the app. Rerun the deploy; if it fails again, check the app's drafts and deployment history."
  }
}
