// `G/A/deployment_migration`: moving an app to another deployment model or cloud region. PUT starts a
// migration (204); it is `started` for MIGRATION_MS of emulator time, then `successful`, and the app
// then shows the new model, region and location. GET shows the latest migration (404 before any).
import { HttpError, type Doc, type Reply, type RequestContext, type Route } from '../types.js'
import { findRegion } from '../../app/regions.js'
import { APP, logWrite } from './store.js'
import { badRequest, requireBody } from './validate.js'

export const MIGRATION_MS = 200
const MODELS = ['GLOBAL', 'LOCAL']

/** Finishes a started migration once its time is up (reads move it along, as deployments do). */
function settle(ctx: RequestContext): Doc | undefined {
  const migration = ctx.appRecord.deployment_migration
  if (!migration || migration.status !== 'started') return migration
  if (ctx.now() - (migration.started_ms as number) < MIGRATION_MS) return migration
  const to = migration.to as { deployment_model: string; provider_region: string }
  const app = ctx.appRecord.app
  app.deployment_model = to.deployment_model
  app.provider_region = to.provider_region
  app.location = findRegion(to.provider_region)?.location ?? app.location
  migration.status = 'successful'
  migration.message = 'migration complete'
  migration.updated_at = new Date(ctx.now()).toISOString()
  return migration
}

function view(migration: Doc): Doc {
  const { started_ms: _started, ...rest } = migration
  return rest
}

function getMigration(ctx: RequestContext): Reply {
  const migration = settle(ctx)
  if (!migration)
    throw new HttpError(404, 'DeploymentMigrationNotFound', 'no deployment migration for this app')
  return { status: 200, body: view(migration) }
}

function startMigration(ctx: RequestContext): Reply {
  const body = requireBody(ctx)
  const app = ctx.appRecord.app
  const to = {
    deployment_model: body.deployment_model ?? app.deployment_model,
    provider_region: body.provider_region ?? app.provider_region
  }
  if (typeof to.deployment_model !== 'string' || !MODELS.includes(to.deployment_model))
    throw badRequest('"deployment_model" must be "GLOBAL" or "LOCAL"')
  if (typeof to.provider_region !== 'string' || !findRegion(to.provider_region))
    throw badRequest(`"provider_region" is not a known region: ${JSON.stringify(to.provider_region)}`)
  if (settle(ctx)?.status === 'started') throw badRequest('a deployment migration is already in progress')
  if (to.deployment_model === app.deployment_model && to.provider_region === app.provider_region)
    throw badRequest('the app already uses this deployment model and region')
  ctx.appRecord.deployment_migration = {
    status: 'started',
    message: 'migration started',
    updated_at: new Date(ctx.now()).toISOString(),
    from: { deployment_model: app.deployment_model, provider_region: app.provider_region },
    to,
    started_ms: ctx.now()
  }
  logWrite(ctx, 204, `started a deployment migration to ${to.deployment_model} ${to.provider_region}`)
  return { status: 204 }
}

export function deploymentMigrationRoutes(): Route[] {
  const path = `${APP}/deployment_migration`
  return [
    { method: 'GET', pattern: path, options: {}, handler: getMigration },
    { method: 'PUT', pattern: path, options: { write: true }, handler: startMigration }
  ]
}
