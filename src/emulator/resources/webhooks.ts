// Incoming webhooks of a legacy third-party service (`G/A/services/{serviceId}/incoming_webhooks`):
// function-like documents with inline `function_source`, unique by name within their service.
import type { AppConfig, Doc, Route } from '../types.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import { isDataSource } from './refs.js'
import { loadService } from './services.js'
import { omit } from './store.js'
import { badRequest, optionalObject, requireBoolean, requireSimpleName, requireString } from './validate.js'

function loadThirdPartyService(config: AppConfig, id: string): Doc {
  const service = loadService(config, id)
  if (isDataSource(service))
    throw badRequest(
      `service "${String(service.name)}" is a data source: incoming webhooks belong to third-party services`
    )
  return service
}

function buildWebhook({ body }: BuildInput): Doc {
  const options = optionalObject(body.options, 'options')
  return {
    ...omit(body, '_id', 'service_id'),
    name: requireSimpleName(body.name, 'name', 'webhook'),
    function_source: requireString(body.function_source, 'function_source'),
    respond_result: requireBoolean(body.respond_result, 'respond_result'),
    ...(options ? { options } : {})
  }
}

export const webhooksSpec: CollectionSpec = {
  kind: 'incoming_webhooks',
  path: '/services/{serviceId}/incoming_webhooks',
  idParam: 'incomingWebhookId',
  label: 'incoming webhook',
  notFoundCode: 'IncomingWebhookNotFound',
  parent: { param: 'serviceId', field: 'service_id', load: loadThirdPartyService },
  uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
  build: buildWebhook,
  create: { status: 201, body: (_config, doc) => omit(doc, 'service_id') },
  update: { method: 'PUT', status: 200, body: (_config, doc) => omit(doc, 'service_id') },
  remove: { status: 204 }
}

export function webhookRoutes(): Route[] {
  return collectionRoutes(webhooksSpec)
}
