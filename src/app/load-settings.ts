// App settings from the root file of each layout (config-to-api §4.1) and the `.mdb` metadata.
// `name` is required in every layout (the docs say so, and it is how an app is created or found by
// name), so a root file without one is an error; an empty `app_id` (as exported by old Stitch apps)
// only means "not linked yet" and is a warning; an empty `security: {}` simply has no origins.
import { asRecord, readJson, report, type LoadContext } from './context.js'
import { checkFields, oneOf, required, str, strList, type FieldSpec, type FieldTable } from './fields.js'
import type { JsonDocument } from './json-file.js'
import { ENVIRONMENT_NAMES, isV1Layout, type AppMeta, type AppSettings } from './model.js'
import { appNameProblem } from './names.js'
import { findRegion, LOCATIONS } from './regions.js'

const common: Record<string, FieldSpec> = {
  // Not required: a run can name its app with --app (a 20180301 export may have no name at all).
  name: str,
  deployment_model: oneOf(['GLOBAL', 'LOCAL']),
  provider_region: str,
  location: oneOf(LOCATIONS, false, true),
  environment: oneOf(ENVIRONMENT_NAMES, false, true),
  allowed_request_origins: strList
}
const versioned: Record<string, FieldSpec> = { config_version: required({ type: 'integer' }), app_id: str }

// Root files: unknown keys are warnings, because realm-cli drops them (NOTES §4.2).
const ROOT_TABLES: Record<'v23' | 'v21' | 'v1', FieldTable> = {
  v23: { kind: 'root_config.json', unknown: 'warning', fields: { ...common } },
  v21: { kind: 'realm_config.json', unknown: 'warning', fields: { ...versioned, ...common } },
  v1: {
    kind: 'root config',
    unknown: 'warning',
    fields: {
      ...versioned,
      ...common,
      security: {
        type: 'object',
        fields: { kind: 'security', unknown: 'warning', fields: { allowed_request_origins: strList } }
      },
      hosting: { type: 'object' },
      custom_user_data_config: { type: 'object' },
      sync: { type: 'object' }
    }
  }
}

export interface RootConfig {
  readonly settings: AppSettings
  /** The parsed root document (v1 keeps hosting, custom user data and sync in it). */
  readonly doc?: JsonDocument
}

export async function loadSettings(
  ctx: LoadContext,
  rootFile: string,
  meta: AppMeta | undefined
): Promise<RootConfig> {
  const doc = await readJson(ctx, rootFile)
  if (!doc?.ok) return { settings: { file: rootFile, ...metaSettings(meta) } }
  const table =
    ctx.layout === '20230101' ? ROOT_TABLES.v23 : isV1Layout(ctx.layout) ? ROOT_TABLES.v1 : ROOT_TABLES.v21
  checkFields(doc, [], doc.value, { ...table, kind: rootFile }, ctx.problems)
  const root = asRecord(doc.value)
  checkConfigVersion(ctx, doc, root.config_version)
  if (typeof root.name === 'string' && root.name !== '')
    checkAppName(ctx, doc, root.name, Boolean(root.app_id || meta?.app_id || meta?.client_app_id))
  else
    report(
      ctx,
      doc,
      ['name'],
      `${rootFile} names no app: a run finds it by --app (the action's app input) or app_id, and --create-app needs --app`,
      'warning'
    )
  checkProviderRegion(ctx, doc, root.provider_region)
  if (root.app_id === '')
    report(ctx, doc, ['app_id'], 'empty app_id is ignored; the app is found by name', 'warning')
  const originsPath = isV1Layout(ctx.layout)
    ? ['security', 'allowed_request_origins']
    : ['allowed_request_origins']
  const origins = isV1Layout(ctx.layout)
    ? asRecord(root.security).allowed_request_origins
    : root.allowed_request_origins
  if (Array.isArray(origins)) checkOrigins(ctx, doc, originsPath, origins)
  const settings: AppSettings = {
    file: rootFile,
    ...metaSettings(meta),
    ...pickStrings(root, ['name', 'location', 'provider_region', 'deployment_model', 'environment']),
    ...(typeof root.app_id === 'string' && root.app_id !== '' ? { client_app_id: root.app_id } : {}),
    ...(Array.isArray(origins) ? { allowed_request_origins: origins.filter(o => typeof o === 'string') } : {})
  }
  return { settings, doc }
}

/**
 * The name is only sent when an app is created (it cannot be changed later), so a name App Services
 * would reject is an error when this config would create its app, and a warning when it names an
 * existing one (an `app_id`, or `.mdb` metadata), as realm-cli's own test apps (`20210101-local`) do.
 */
function checkAppName(ctx: LoadContext, doc: JsonDocument, name: string, identified: boolean): void {
  const problem = appNameProblem(name)
  if (!problem) return
  if (identified)
    report(ctx, doc, ['name'], `${problem} (App Services would reject it when creating an app)`, 'warning')
  else report(ctx, doc, ['name'], problem)
}

/** A provider_region App Services does not offer is refused when the app is created. */
function checkProviderRegion(ctx: LoadContext, doc: JsonDocument, region: unknown): void {
  if (typeof region !== 'string' || region === '' || region.includes('%(') || findRegion(region)) return
  report(
    ctx,
    doc,
    ['provider_region'],
    `provider_region '${region}' is not a region App Services offers (for example aws-us-east-1, azure-westeurope, gcp-us-central1)`
  )
}

function checkConfigVersion(ctx: LoadContext, doc: JsonDocument, version: unknown): void {
  if (ctx.layout === '20230101') return
  if (typeof version === 'number' && version !== Number(ctx.layout)) {
    report(
      ctx,
      doc,
      ['config_version'],
      `config_version ${version} does not match ${doc.file}, which is the ${ctx.layout} layout`
    )
  }
}

function checkOrigins(ctx: LoadContext, doc: JsonDocument, path: string[], origins: unknown[]): void {
  origins.forEach((origin, i) => {
    if (typeof origin !== 'string') return
    let parsed: URL | undefined
    try {
      parsed = new URL(origin)
    } catch {
      parsed = undefined
    }
    if (!parsed || !/^[a-z][a-z0-9+.-]*:$/.test(parsed.protocol) || !parsed.host) {
      report(ctx, doc, [...path, i], `'${origin}' is not an origin of the form <scheme>://<host>[:port]`)
    } else if (parsed.origin !== origin) {
      report(
        ctx,
        doc,
        [...path, i],
        `'${origin}' is not a bare origin; App Services expects '${parsed.origin}'`,
        'warning'
      )
    }
  })
}

function metaSettings(meta: AppMeta | undefined): Partial<AppSettings> {
  if (!meta) return {}
  return {
    ...(meta.group_id ? { group_id: meta.group_id } : {}),
    ...(meta.app_id ? { app_id: meta.app_id } : {}),
    ...(meta.client_app_id ? { client_app_id: meta.client_app_id } : {})
  }
}

function pickStrings(record: Record<string, unknown>, keys: string[]): Record<string, string> {
  return Object.fromEntries(
    keys.filter(k => typeof record[k] === 'string').map(k => [k, record[k] as string])
  )
}

const META_TABLE: FieldTable = {
  kind: '.mdb metadata',
  unknown: 'allow',
  fields: { config_version: { type: 'integer' }, group_id: str, app_id: str, client_app_id: str }
}

export async function loadMeta(ctx: LoadContext, metaFile: string | undefined): Promise<AppMeta | undefined> {
  if (!metaFile) return undefined
  const doc = await readJson(ctx, metaFile)
  if (!doc?.ok || !checkFields(doc, [], doc.value, META_TABLE, ctx.problems)) return undefined
  const record = asRecord(doc.value)
  return {
    file: metaFile,
    ...(typeof record.config_version === 'number' ? { config_version: record.config_version } : {}),
    ...pickStrings(record, ['group_id', 'app_id', 'client_app_id'])
  }
}
