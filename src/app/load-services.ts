// Legacy third-party services with their rules and incoming webhooks (config-to-api §4.11):
// `services/<dir>/` in every layout (in v1 that folder also holds data sources, told apart by `type`)
// and the HTTP services in `http_endpoints/<dir>/` / `https_endpoints/<dir>/` of v2 layouts.
import { registerSecret } from '../secrets.js'
import { asRecord, readJson, readSource, report, reportFile, withoutId, type LoadContext } from './context.js'
import { bool, checkFields, obj, required, str, type FieldTable } from './fields.js'
import type { JsonDocument } from './json-file.js'
import { DATA_SOURCE_TYPES, loadV1DataSource, readFolderConfig } from './load-data-sources.js'
import {
  isV1Layout,
  type DataSourceResource,
  type ServiceResource,
  type ServiceRuleResource,
  type WebhookResource
} from './model.js'

export const SERVICE_TABLE: FieldTable = {
  kind: 'service config',
  unknown: 'warning',
  fields: {
    name: required(str),
    type: required(str),
    config: obj,
    secret_config: obj,
    version: { type: 'integer' },
    id: str
  }
}
export const SERVICE_RULE_TABLE: FieldTable = {
  kind: 'service rule',
  unknown: 'warning',
  fields: { name: required(str), actions: { type: 'array', items: required(str) }, when: obj, id: str }
}
export const WEBHOOK_TABLE: FieldTable = {
  kind: 'incoming webhook config',
  unknown: 'warning',
  fields: {
    name: required(str),
    run_as_authed_user: bool,
    run_as_system: bool,
    run_as_user_id: str,
    run_as_user_id_script_source: str,
    can_evaluate: obj,
    options: obj,
    respond_result: required(bool),
    fetch_custom_user_data: bool,
    create_user_on_auth: bool,
    disable_arg_logs: bool,
    id: str
  }
}

export interface ServiceFolders {
  services: ServiceResource[]
  /** v1 only: `services/` folders whose type is a data source. */
  dataSources: DataSourceResource[]
}

/** Every service folder under `parent` (`services`, `http_endpoints`, `https_endpoints`). */
export async function loadServiceFolders(
  ctx: LoadContext,
  parent: string,
  out: ServiceFolders
): Promise<void> {
  for (const entry of await ctx.dir.list(parent)) {
    if (entry.kind !== 'dir') continue
    const doc = await readFolderConfig(ctx, entry.rel)
    if (!doc) continue
    const type = asRecord(doc.value).type
    if (typeof type === 'string' && DATA_SOURCE_TYPES.includes(type)) {
      if (!isV1Layout(ctx.layout)) {
        report(
          ctx,
          doc,
          ['type'],
          `a ${type} data source belongs in data_sources/${entry.name}/ in this layout`
        )
        continue
      }
      const source = await loadV1DataSource(ctx, entry.rel, doc)
      if (source) out.dataSources.push(source)
      continue
    }
    const service = await loadService(ctx, entry.rel, doc)
    if (service) out.services.push(service)
  }
}

async function loadService(
  ctx: LoadContext,
  dir: string,
  doc: JsonDocument
): Promise<ServiceResource | undefined> {
  const rules: ServiceRuleResource[] = []
  for (const entry of await ctx.dir.list(`${dir}/rules`)) {
    if (entry.kind !== 'file' || !entry.name.endsWith('.json')) continue
    const ruleDoc = await readJson(ctx, entry.rel)
    if (ruleDoc?.ok && checkFields(ruleDoc, [], ruleDoc.value, SERVICE_RULE_TABLE, ctx.problems)) {
      rules.push({ ...(withoutId(asRecord(ruleDoc.value)) as { name: string }), file: ruleDoc.file })
    }
  }
  const webhooks: WebhookResource[] = []
  for (const entry of await ctx.dir.list(`${dir}/incoming_webhooks`)) {
    if (entry.kind !== 'dir') continue
    const webhook = await loadWebhook(ctx, entry.rel)
    if (webhook) webhooks.push(webhook)
  }
  if (!checkFields(doc, [], doc.value, SERVICE_TABLE, ctx.problems)) return undefined
  const header = withoutId(asRecord(doc.value))
  const secretConfig = asRecord(header.secret_config)
  return {
    ...header,
    name: header.name as string,
    type: header.type as string,
    config: asRecord(header.config),
    ...(header.secret_config !== undefined ? { secret_config: secretConfig as Record<string, string> } : {}),
    rules,
    incoming_webhooks: webhooks,
    file: doc.file
  }
}

async function loadWebhook(ctx: LoadContext, dir: string): Promise<WebhookResource | undefined> {
  const doc = await readJson(ctx, `${dir}/config.json`)
  const sourceFile = `${dir}/source.js`
  const source = await readSource(ctx, sourceFile)
  if (!doc) reportFile(ctx, dir, 'an incoming webhook folder needs config.json')
  if (source === undefined) reportFile(ctx, dir, 'an incoming webhook folder needs source.js')
  if (!doc?.ok || source === undefined || !checkFields(doc, [], doc.value, WEBHOOK_TABLE, ctx.problems))
    return undefined
  const config = withoutId(asRecord(doc.value))
  // A legacy webhook's `options.secret` is the secret itself, not a name: keep it out of every output.
  const secret = asRecord(config.options).secret
  if (typeof secret === 'string') registerSecret(secret)
  return { ...config, name: config.name as string, source, sourceFile, file: doc.file }
}
