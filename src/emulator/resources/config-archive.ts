// The configuration directory of an app as a zip: `GET G/A/export` (deprecated by the spec, still
// served) and `GET G/A/pull` with `Accept: application/zip`. The directory is the one a pull writes
// (`root_config.json` + `.mdb/meta.json`, or `realm_config.json` for `version=20210101`), built from the
// same PushPullAppConfig the JSON pull returns, so both forms always describe the same app.
import type { AppInstance } from '../../admin/types.js'
import { configFiles, type PullLayout } from '../../pull/index.js'
import { HttpError, type AppConfig, type Reply, type RequestContext, type Route } from '../types.js'
import { writeZip } from '../zip-writer.js'
import { pullAppConfig } from './pull.js'
import { APP, listDocs, readSingleton } from './store.js'
import { badRequest } from './validate.js'

const namedIds = (config: AppConfig, kind: string): Array<{ _id: string; name: string }> =>
  listDocs(config, kind).map(d => ({ _id: d._id as string, name: String(d.name ?? '') }))

/** The request's context, reading `config` instead of the user's view. */
function readingConfig(ctx: RequestContext, config: AppConfig): RequestContext {
  return Object.create(ctx, { config: { value: () => config } }) as RequestContext
}

export interface ArchiveOptions {
  readonly layout: PullLayout
  /** Leave out what ties the directory to this app instance (`.mdb/`). */
  readonly template: boolean
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:T]/g, '').slice(0, 14)
}

/** The zip reply for `config` (the user's view, live, or a deployment's snapshot). */
export function configArchiveReply(ctx: RequestContext, config: AppConfig, options: ArchiveOptions): Reply {
  const pull = pullAppConfig(readingConfig(ctx, config))
  const app = ctx.appRecord.app as unknown as AppInstance
  const snapshot = {
    pull,
    functions: namedIds(config, 'functions'),
    services: namedIds(config, 'services'),
    secrets: namedIds(config, 'secrets'),
    allowedOrigins: readSingleton<string[]>(config, 'allowed_request_origins')
  }
  const dependencies = ctx.appRecord.dependencies ?? undefined
  const { files } = configFiles({ app, snapshot, dependencies }, { layout: options.layout })
  const entries = [...files]
    .filter(([path]) => !(options.template && path.startsWith('.mdb/')))
    .map(([path, text]) => ({ path, data: Buffer.from(text, 'utf8') }))
  const fileName = `${ctx.appRecord.app.name}_${stamp(ctx.now())}.zip`
  return {
    status: 200,
    body: writeZip(entries),
    headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename=${fileName}` }
  }
}

function flag(ctx: RequestContext, name: string): boolean {
  const value = ctx.query.get(name)
  if (value === null || value === '' || value === 'false') return false
  if (value === 'true') return true
  throw badRequest(`"${name}" must be true or false`)
}

function layoutOf(version: string | null): PullLayout {
  if (version === null || version === '' || version === '20230101') return '20230101'
  if (version === '20210101') return '20210101'
  throw badRequest(`"version" must be 20210101 or 20230101; got ${JSON.stringify(version)}`)
}

/** `deployment=<id>`: that deployment's configuration; else the latest deployed (live) one. */
function exportedConfig(ctx: RequestContext): AppConfig {
  const id = ctx.query.get('deployment')
  if (!id) return ctx.appRecord.live
  const deployment = ctx.appRecord.deployments.find(d => d._id === id)
  if (!deployment) throw new HttpError(404, 'DeploymentNotFound', 'deployment not found')
  const snapshot = ctx.appRecord.snapshots?.[id]
  if (!snapshot)
    throw badRequest(`deployment ${id} is ${deployment.status}: only a successful deployment can be exported`)
  return snapshot
}

function exportApp(ctx: RequestContext): Reply {
  const sourceControl = flag(ctx, 'source_control')
  const template = flag(ctx, 'template')
  if (sourceControl && template) throw badRequest('"source_control" and "template" cannot be used together')
  return configArchiveReply(ctx, exportedConfig(ctx), {
    layout: layoutOf(ctx.query.get('version')),
    template
  })
}

export function exportRoutes(): Route[] {
  return [{ method: 'GET', pattern: `${APP}/export`, options: {}, handler: exportApp }]
}

/** For the pull route: the user's view as a current-format archive. */
export function pullArchiveReply(ctx: RequestContext): Reply {
  return configArchiveReply(ctx, ctx.config(), { layout: '20230101', template: false })
}
