// HTTPS endpoints and the Data API config (config-to-api §4.15, §4.16). 20230101 apps keep them in
// `https_endpoints/`, 20210101 apps in `http_endpoints/`; both names occur in MongoDB's docs for both
// layouts, so either folder is read (one of them, not both). v1 has no endpoints file; its Data API
// config is the root `data_api_config.json`.
import { asRecord, readJson, remember, report, withoutId, type LoadContext } from './context.js'
import { bool, checkFields, obj, oneOf, required, str, type FieldTable } from './fields.js'
import { isV1Layout, type DataApiConfigResource, type EndpointResource } from './model.js'

const VALIDATION_METHODS = ['NO_VALIDATION', 'SECRET_AS_QUERY_PARAM', 'VERIFY_PAYLOAD']
export const ENDPOINT_TABLE: FieldTable = {
  kind: 'endpoint',
  unknown: 'warning',
  fields: {
    route: required(str),
    http_method: oneOf(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', '*'], true),
    function_name: required(str),
    validation_method: oneOf(VALIDATION_METHODS, true),
    secret_name: str,
    respond_result: bool,
    fetch_custom_user_data: bool,
    create_user_on_auth: bool,
    disabled: bool,
    return_type: oneOf(['JSON', 'EJSON']),
    id: str
  }
}
export const DATA_API_TABLE: FieldTable = {
  kind: 'Data API config',
  unknown: 'warning',
  fields: {
    disabled: bool,
    versions: required({ type: 'array', items: oneOf(['v1'], false, true) }),
    return_type: oneOf(['JSON', 'EJSON'], true),
    // Required, but exports write "" for a Data API that never chose one: checked below.
    validation_method: oneOf(VALIDATION_METHODS),
    secret_name: str,
    create_user_on_auth: bool,
    run_as_system: bool,
    run_as_user_id: str,
    run_as_user_id_script_source: str,
    can_evaluate: obj,
    log_function_arguments: bool,
    fetch_custom_user_data: bool
  }
}

/** The folder that holds endpoints in this app (undefined in v1 or when there is none). Exports of apps
 *  that moved between layouts keep both folders, one of them holding only `[]`: that one defines nothing. */
export async function endpointsFolder(ctx: LoadContext): Promise<string | undefined> {
  if (isV1Layout(ctx.layout)) return undefined
  const preferred =
    ctx.layout === '20230101' ? ['https_endpoints', 'http_endpoints'] : ['http_endpoints', 'https_endpoints']
  const present: string[] = []
  for (const folder of preferred) if (await definesEndpoints(ctx, folder)) present.push(folder)
  if (present.length > 1) {
    ctx.problems.push({
      source: `${present[1]}/`,
      message: `ignored: this layout reads endpoints from ${present[0]}/, which defines them too`,
      severity: 'warning'
    })
  }
  return present[0] ?? (await firstExisting(ctx, preferred))
}

async function definesEndpoints(ctx: LoadContext, folder: string): Promise<boolean> {
  if (await ctx.dir.exists(`${folder}/data_api_config.json`)) return true
  if (!(await ctx.dir.exists(`${folder}/config.json`))) return false
  const doc = await readJson(ctx, `${folder}/config.json`)
  return !(doc?.ok && Array.isArray(doc.value) && doc.value.length === 0)
}

async function firstExisting(ctx: LoadContext, folders: readonly string[]): Promise<string | undefined> {
  for (const folder of folders) if (await ctx.dir.exists(`${folder}/config.json`)) return folder
  return undefined
}

export async function loadEndpoints(
  ctx: LoadContext,
  folder: string | undefined
): Promise<EndpointResource[]> {
  if (!folder) return []
  const doc = await readJson(ctx, `${folder}/config.json`)
  if (!doc?.ok) return []
  if (!Array.isArray(doc.value)) {
    report(ctx, doc, [], 'the endpoints file must be a JSON array of endpoints')
    return []
  }
  const endpoints: EndpointResource[] = []
  doc.value.forEach((value, i) => {
    if (!checkFields(doc, [i], value, ENDPOINT_TABLE, ctx.problems)) return
    const endpoint = withoutId(asRecord(value))
    if (!(endpoint.route as string).startsWith('/'))
      return report(ctx, doc, [i, 'route'], 'route must start with "/"')
    if (needsSecret(endpoint.validation_method) && !endpoint.secret_name) {
      return report(
        ctx,
        doc,
        [i, 'secret_name'],
        `validation_method ${String(endpoint.validation_method)} needs secret_name`
      )
    }
    endpoints.push(remember(ctx, { ...(endpoint as unknown as EndpointResource), file: doc.file }, [i]))
  })
  return endpoints
}

export async function loadDataApiConfig(
  ctx: LoadContext,
  folder: string | undefined
): Promise<DataApiConfigResource | undefined> {
  const file = isV1Layout(ctx.layout) ? 'data_api_config.json' : folder && `${folder}/data_api_config.json`
  if (!file) return undefined
  const doc = await readJson(ctx, file)
  if (!doc?.ok || !checkFields(doc, [], doc.value, DATA_API_TABLE, ctx.problems)) return undefined
  const config = asRecord(doc.value)
  if (config.validation_method === undefined || config.validation_method === null) {
    report(
      ctx,
      doc,
      [],
      `Data API config is missing required field 'validation_method' ("" when it has none)`
    )
    return undefined
  }
  if (needsSecret(config.validation_method) && !config.secret_name) {
    report(
      ctx,
      doc,
      ['secret_name'],
      `validation_method ${String(config.validation_method)} needs secret_name`
    )
  }
  return { ...config, file: doc.file }
}

function needsSecret(method: unknown): boolean {
  return method === 'SECRET_AS_QUERY_PARAM' || method === 'VERIFY_PAYLOAD'
}
