// Schemas (`G/A/schemas`): one per (data source name, database, collection). POST answers 200 (not
// 201) with SchemaMetadataInstance; the list shows `{_id, metadata}`; GET the FullSchema; PUT 204.
import type { Doc, Route } from '../types.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import { isDataSource } from './refs.js'
import { docByName, pick } from './store.js'
import { badRequest, optionalObject, requireObject, requireString } from './validate.js'

function buildSchema({ body, config }: BuildInput): Doc {
  const metadata = requireObject(body.metadata, 'metadata')
  const dataSource = requireString(metadata.data_source, 'metadata.data_source')
  if (!isDataSource(docByName(config, 'services', dataSource))) {
    throw badRequest(`"metadata.data_source" names no data source of this app: ${JSON.stringify(dataSource)}`)
  }
  return {
    metadata: {
      data_source: dataSource,
      database: requireString(metadata.database, 'metadata.database'),
      collection: requireString(metadata.collection, 'metadata.collection')
    },
    schema: optionalObject(body.schema, 'schema') ?? {},
    relationships: optionalObject(body.relationships, 'relationships') ?? {}
  }
}

function schemaKey(doc: Doc): string {
  const m = doc.metadata as Doc
  return `data_source ${JSON.stringify(m.data_source)}, database ${JSON.stringify(m.database)} and collection ${JSON.stringify(m.collection)}`
}

const metadataInstance = (_config: unknown, doc: Doc): Doc => pick(doc, '_id', 'metadata')

export const schemasSpec: CollectionSpec = {
  kind: 'schemas',
  path: '/schemas',
  idParam: 'schemaId',
  label: 'schema',
  notFoundCode: 'SchemaNotFound',
  uniqueKey: schemaKey,
  build: buildSchema,
  listView: metadataInstance,
  create: { status: 200, body: metadataInstance },
  update: { method: 'PUT', status: 204 },
  remove: { status: 204 }
}

export function schemaRoutes(): Route[] {
  return collectionRoutes(schemasSpec)
}
