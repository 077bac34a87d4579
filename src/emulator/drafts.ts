// Drafts: one per user and app. A draft starts as a copy of the live config; writes made while it is
// open land in the copy and are listed in `touched`. Its diff lists one line per touched resource
// that differs from live. Deploying it lives in deployments.ts.
import { HttpError, type AppRecord, type Draft, type RequestContext, type Route } from './types.js'
import { cloneJson, readKey, sameJson, splitKey } from './app-config.js'

const DRAFTS = '/groups/{groupId}/apps/{appId}/drafts'

export function userDraft(record: AppRecord, userId: string): Draft | undefined {
  return Object.values(record.drafts).find(d => d.user_id === userId)
}

/** The caller's draft with this id: other users' drafts are invisible (404). */
export function findUserDraft(ctx: RequestContext): Draft {
  const draft = ctx.appRecord.drafts[ctx.params.draftId]
  if (!draft || draft.user_id !== ctx.user.user_id) {
    throw new HttpError(404, 'DraftNotFound', `draft not found: '${ctx.params.draftId}'`)
  }
  return draft
}

function draftView(record: AppRecord, draft: Draft): Record<string, unknown> {
  return { _id: draft._id, user_id: draft.user_id, app: record.app }
}

function createDraft(ctx: RequestContext): { status: number; body: unknown } {
  const record = ctx.appRecord
  if (userDraft(record, ctx.user.user_id)) {
    throw new HttpError(
      409,
      'DraftAlreadyExists',
      'a draft already exists for this user: deploy or discard it first'
    )
  }
  const draft: Draft = {
    _id: ctx.newId(),
    user_id: ctx.user.user_id,
    base_revision: record.revision,
    config: cloneJson(record.live),
    touched: [],
    created_at: ctx.now()
  }
  record.drafts[draft._id] = draft
  return { status: 201, body: draftView(record, draft) }
}

/** One human line per touched resource that differs from live, e.g. `functions: updated 'hello'`. */
export function draftDiffLines(record: AppRecord, draft: Draft): string[] {
  const lines: string[] = []
  for (const key of [...draft.touched].sort()) {
    const before = readKey(record.live, key)
    const after = readKey(draft.config, key)
    if (sameJson(before, after)) continue
    const { kind, id } = splitKey(key)
    const verb = before === undefined ? 'added' : after === undefined ? 'removed' : 'updated'
    if (kind === 'singleton') {
      lines.push(`${id}: ${verb}`)
      continue
    }
    const doc = (after ?? before) as Record<string, unknown>
    const name = typeof doc.name === 'string' ? doc.name : id
    lines.push(`${kind}: ${verb} '${name}'`)
  }
  return lines
}

export function draftRoutes(): Route[] {
  return [
    {
      method: 'GET',
      pattern: DRAFTS,
      options: {},
      // An array, as the real server sends (realm-cli decodes one); the spec documents one object.
      handler: ctx => {
        const mine = Object.values(ctx.appRecord.drafts).filter(d => d.user_id === ctx.user.user_id)
        return { status: 200, body: mine.map(d => draftView(ctx.appRecord, d)) }
      }
    },
    { method: 'POST', pattern: DRAFTS, options: { write: true }, handler: createDraft },
    {
      method: 'DELETE',
      pattern: `${DRAFTS}/{draftId}`,
      options: { write: true },
      handler: ctx => {
        delete ctx.appRecord.drafts[findUserDraft(ctx)._id]
        return { status: 204 }
      }
    },
    {
      method: 'GET',
      pattern: `${DRAFTS}/{draftId}/diff`,
      options: {},
      handler: ctx => ({
        status: 200,
        body: {
          diffs: draftDiffLines(ctx.appRecord, findUserDraft(ctx)),
          // Hosting assets are not draft-scoped (they change live at once), so a draft never has any.
          hosting_files_diff: { added: [], deleted: [], modified: [] }
        }
      })
    }
  ]
}
