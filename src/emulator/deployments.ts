// Deployments. Deploying a draft consumes it and returns a `created` deployment; emulator time then
// moves it to `pending` and to `successful` or `failed`. The change to live happens at that last step
// (as on the real service), and only if no resource the draft touched changed in live after the draft
// was opened; otherwise the deployment fails naming the conflicting resources and nothing is applied.
// Time advances on requests (`advanceDeployments`), never on timers that keep the process alive.
import { HttpError, type ApiKeyUser, type AppRecord, type Deployment, type Draft } from './types.js'
import type { EmulatorState, RequestContext, ResourceKey, Route } from './types.js'
import { changedKeys, cloneJson, readKey, writeKey } from './app-config.js'
import { findUserDraft } from './drafts.js'
import { nextObjectId } from './ids.js'
import { appendLog } from './logs.js'

export interface DeploymentTimings {
  /** How long a deployment stays `created`. */
  readonly createdMs: number
  /** How long it then stays `pending` before it succeeds or fails. */
  readonly pendingMs: number
}

export const DEFAULT_DEPLOYMENT_TIMINGS: DeploymentTimings = { createdMs: 100, pendingMs: 200 }

/** Finished deployments beyond this many (oldest first) are forgotten with their snapshots. */
const KEPT_DEPLOYMENTS = 100
const APP = '/groups/{groupId}/apps/{appId}'

interface NewDeployment {
  readonly user: ApiKeyUser
  readonly name: string
  readonly draftId: string
  readonly origin: string
  readonly status: Deployment['status']
}

function addDeployment(state: EmulatorState, record: AppRecord, nowMs: number, d: NewDeployment): Deployment {
  const id = nextObjectId(state)
  const deployment: Deployment = {
    _id: id,
    name: d.name || id,
    app_id: record.app._id,
    draft_id: d.draftId,
    user_id: d.user.user_id,
    deployed_at: Math.floor(nowMs / 1000),
    origin: d.origin,
    commit: '',
    status: d.status,
    status_error_message: '',
    diff_url: '',
    remote_location: record.app.location
  }
  record.deployments.push(deployment)
  forgetOldDeployments(record)
  return deployment
}

function forgetOldDeployments(record: AppRecord): void {
  while (record.deployments.length > KEPT_DEPLOYMENTS) {
    const oldest = record.deployments.findIndex(d => d.status === 'successful' || d.status === 'failed')
    if (oldest < 0) return
    const [gone] = record.deployments.splice(oldest, 1)
    if (record.snapshots) delete record.snapshots[gone._id]
  }
}

function takeSnapshot(record: AppRecord, deploymentId: string): void {
  record.snapshots ??= {}
  record.snapshots[deploymentId] = cloneJson(record.live)
}

/** Records the immediate deployment the service makes for writes outside a draft. */
export function recordLiveDeployment(
  state: EmulatorState,
  record: AppRecord,
  user: ApiKeyUser,
  nowMs: number
): void {
  const d = addDeployment(state, record, nowMs, {
    user,
    name: '',
    draftId: '',
    origin: 'admin-api',
    status: 'successful'
  })
  record.app.last_modified = Math.floor(nowMs / 1000)
  takeSnapshot(record, d._id)
}

function deploymentName(ctx: RequestContext): string {
  const body = ctx.json()
  if (body === undefined || body === null) return ''
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new HttpError(400, 'InvalidParameter', 'expected a JSON object such as {"name": "..."}')
  }
  const name = (body as { name?: unknown }).name
  if (name !== undefined && typeof name !== 'string') {
    throw new HttpError(400, 'InvalidParameter', "'name' must be a string")
  }
  return name ?? ''
}

function deployDraft(ctx: RequestContext): { status: number; body: unknown } {
  const record = ctx.appRecord
  const draft = findUserDraft(ctx)
  const name = deploymentName(ctx)
  const deployment = addDeployment(ctx.state, record, ctx.now(), {
    user: ctx.user,
    name,
    draftId: draft._id,
    origin: 'admin-api',
    status: 'created'
  })
  delete record.drafts[draft._id]
  record.deploying ??= {}
  record.deploying[deployment._id] = { draft, started_ms: ctx.now() }
  ctx.log({ type: 'API', messages: [`deployment ${deployment._id} created from draft ${draft._id}`] })
  return { status: 201, body: deployment }
}

/** Moves this app's unfinished deployments along emulator time; true when anything changed. */
export function advanceDeployments(
  state: EmulatorState,
  record: AppRecord,
  nowMs: number,
  timings: DeploymentTimings
): boolean {
  let changed = false
  for (const deployment of record.deployments) {
    if (deployment.status !== 'created' && deployment.status !== 'pending') continue
    const job = record.deploying?.[deployment._id]
    const elapsed = job ? nowMs - job.started_ms : Number.POSITIVE_INFINITY
    if (deployment.status === 'created' && elapsed >= timings.createdMs) {
      deployment.status = 'pending'
      changed = true
    }
    if (deployment.status === 'pending' && elapsed >= timings.createdMs + timings.pendingMs) {
      finishDeployment(state, record, deployment, job?.draft, nowMs)
      changed = true
    }
  }
  return changed
}

function finishDeployment(
  state: EmulatorState,
  record: AppRecord,
  deployment: Deployment,
  draft: Draft | undefined,
  nowMs: number
): void {
  if (record.deploying) delete record.deploying[deployment._id]
  const conflicts = draft
    ? draft.touched.filter(key => (record.changed_at[key] ?? 0) > draft.base_revision)
    : []
  if (!draft || conflicts.length > 0) {
    deployment.status = 'failed'
    deployment.status_error_message = draft
      ? `conflict: the draft changes ${conflicts.sort().join(', ')} which changed after the draft was created`
      : 'the draft of this deployment was lost'
    logDeployment(state, record, deployment, nowMs)
    return
  }
  applyKeys(record, draft.touched, key => readKey(draft.config, key))
  deployment.status = 'successful'
  record.app.last_modified = Math.floor(nowMs / 1000)
  takeSnapshot(record, deployment._id)
  logDeployment(state, record, deployment, nowMs)
}

/** Writes each key's new value into live under one new revision. */
function applyKeys(
  record: AppRecord,
  keys: readonly ResourceKey[],
  valueOf: (key: ResourceKey) => unknown
): void {
  if (keys.length === 0) return
  record.revision += 1
  for (const key of keys) {
    writeKey(record.live, key, valueOf(key))
    record.changed_at[key] = record.revision
  }
  // The active environment is also a field of the app itself (GET app shows it).
  const environment = record.live.singletons.environment
  if (typeof environment === 'string') record.app.environment = environment
}

function logDeployment(state: EmulatorState, record: AppRecord, deployment: Deployment, nowMs: number): void {
  const failed = deployment.status === 'failed'
  appendLog(state, record, nowMs, {
    type: 'API',
    user_id: deployment.user_id,
    request_method: 'POST',
    request_url: `/api/admin/v3.0/groups/${record.app.group_id}/apps/${record.app._id}/drafts/${deployment.draft_id}/deployment`,
    messages: [`deployment ${deployment._id} ${deployment.status}`],
    ...(failed ? { error: deployment.status_error_message, error_code: 'DeploymentFailed' } : {})
  })
}

function findDeployment(ctx: RequestContext): Deployment {
  const deployment = ctx.appRecord.deployments.find(d => d._id === ctx.params.deploymentId)
  if (!deployment) throw new HttpError(404, 'DeploymentNotFound', 'deployment not found')
  return deployment
}

function redeploy(ctx: RequestContext): { status: number } {
  const record = ctx.appRecord
  const source = findDeployment(ctx)
  // The spec documents only 204 and 404: a deployment still in progress is finished first (as its
  // own draft says), then put back, instead of refusing with a status the spec does not list.
  if (source.status === 'created' || source.status === 'pending')
    finishDeployment(ctx.state, record, source, record.deploying?.[source._id]?.draft, ctx.now())
  const snapshot = record.snapshots?.[source._id]
  if (!snapshot) {
    throw new HttpError(
      400,
      'InvalidParameter',
      `deployment ${source._id} is ${source.status}: only a successful deployment can be redeployed`
    )
  }
  const target = cloneJson(snapshot)
  applyKeys(record, changedKeys(record.live, target), key => readKey(target, key))
  const deployment = addDeployment(ctx.state, record, ctx.now(), {
    user: ctx.user,
    name: `redeploy of ${source.name}`,
    draftId: '',
    origin: 'redeploy',
    status: 'successful'
  })
  record.app.last_modified = Math.floor(ctx.now() / 1000)
  takeSnapshot(record, deployment._id)
  ctx.log({ type: 'API', messages: [`deployment ${deployment._id} successful: redeployed ${source._id}`] })
  return { status: 204 }
}

export function deploymentRoutes(): Route[] {
  return [
    {
      method: 'POST',
      pattern: `${APP}/drafts/{draftId}/deployment`,
      options: { write: true },
      handler: deployDraft
    },
    {
      method: 'GET',
      pattern: `${APP}/deployments`,
      options: {},
      handler: ctx => ({ status: 200, body: [...ctx.appRecord.deployments].reverse().slice(0, 25) })
    },
    {
      method: 'GET',
      pattern: `${APP}/deployments/{deploymentId}`,
      options: {},
      handler: ctx => ({ status: 200, body: findDeployment(ctx) })
    },
    {
      method: 'POST',
      pattern: `${APP}/deployments/{deploymentId}/redeploy`,
      options: { write: true },
      handler: redeploy
    }
  ]
}
