// Collection rules, default rules, schemas and relationships of a data source (config-to-api §4.8,
// §4.9): the per-collection files of v2 (`<db>/<coll>/{rules,schema,relationships}.json`) and the
// rule files of v1 (`rules/<db>.<coll>.json`, which in 20180301 may embed the schema).
import { asRecord, readJson, report, reportFile, withoutId, type LoadContext } from './context.js'
import {
  bool,
  checkFields,
  expression,
  obj,
  required,
  str,
  type FieldSpec,
  type FieldTable
} from './fields.js'
import type { JsonDocument } from './json-file.js'
import type { DefaultRuleResource, JsonObject, RuleResource, SchemaResource } from './model.js'

const ROLE: FieldSpec = {
  type: 'object',
  fields: {
    kind: 'role',
    unknown: 'warning',
    fields: {
      name: str,
      apply_when: obj,
      read: expression,
      write: expression,
      insert: expression,
      delete: expression,
      search: expression,
      fields: obj,
      additional_fields: obj,
      document_filters: obj
    }
  }
}
const FILTER: FieldSpec = {
  type: 'object',
  fields: {
    kind: 'filter',
    unknown: 'warning',
    fields: { name: str, apply_when: obj, query: obj, projection: obj }
  }
}
const RULE_FIELDS = {
  database: str,
  collection: str,
  roles: { type: 'array', items: ROLE },
  filters: { type: 'array', items: FILTER },
  id: str
} as const
export const RULE_TABLE: FieldTable = { kind: 'collection rule', unknown: 'warning', fields: RULE_FIELDS }
/** 20180301 rule files carry the collection schema inline. */
const V1_RULE_TABLE: FieldTable = {
  kind: 'collection rule',
  unknown: 'warning',
  fields: { ...RULE_FIELDS, schema: obj, relationships: obj }
}
export const DEFAULT_RULE_TABLE: FieldTable = {
  kind: 'default rule',
  unknown: 'warning',
  fields: { roles: RULE_FIELDS.roles, filters: RULE_FIELDS.filters, id: str }
}
const RELATIONSHIP: FieldTable = {
  kind: 'relationship',
  unknown: 'warning',
  fields: { ref: required(str), foreign_key: required(str), source_key: str, is_list: bool }
}

export async function loadDefaultRule(
  ctx: LoadContext,
  rel: string
): Promise<DefaultRuleResource | undefined> {
  const doc = await readJson(ctx, rel)
  if (!doc?.ok || !checkFields(doc, [], doc.value, DEFAULT_RULE_TABLE, ctx.problems)) return undefined
  return { ...withoutId(asRecord(doc.value)), file: doc.file }
}

export interface CollectionFiles {
  rules: RuleResource[]
  schemas: SchemaResource[]
}

/**
 * One v2 collection folder `<dsDir>/<db>/<coll>/`. A schema-only folder gets a schema and no rule:
 * realm-cli sends a bare `{database, collection}` rule for it, but a rule without roles overrides the
 * default rule and denies access (config-to-api §4.9), which is not what a schema file asks for.
 */
export async function loadCollectionDir(
  ctx: LoadContext,
  dir: string,
  database: string,
  collection: string,
  out: CollectionFiles
): Promise<void> {
  const [rulesDoc, schemaDoc, relDoc] = await Promise.all(
    ['rules.json', 'schema.json', 'relationships.json'].map(f => readJson(ctx, `${dir}/${f}`))
  )
  if (!rulesDoc && !schemaDoc) {
    reportFile(ctx, dir, `collection folder ${database}/${collection} needs rules.json or schema.json`)
    return
  }
  if (rulesDoc?.ok && checkFields(rulesDoc, [], rulesDoc.value, RULE_TABLE, ctx.problems)) {
    const rule = withoutId(asRecord(rulesDoc.value))
    checkNamespace(ctx, rulesDoc, rule, database, collection)
    // realm-cli (and so App Services) takes the namespace from the file, the folders only place it.
    if (typeof rule.database === 'string' && rule.database !== '') database = rule.database
    if (typeof rule.collection === 'string' && rule.collection !== '') collection = rule.collection
    out.rules.push({ ...rule, database, collection, file: rulesDoc.file } as RuleResource)
  }
  if (relDoc && !schemaDoc) {
    reportFile(
      ctx,
      relDoc.file,
      'ignored: relationships.json needs a schema.json in the same folder',
      'warning'
    )
  }
  if (schemaDoc?.ok && checkSchema(ctx, schemaDoc, [], schemaDoc.value)) {
    const relationships =
      relDoc?.ok && checkRelationships(ctx, relDoc, [], relDoc.value) ? asRecord(relDoc.value) : {}
    const relationshipsFile = relDoc?.ok ? { relationshipsFile: relDoc.file } : {}
    out.schemas.push({
      database,
      collection,
      schema: asRecord(schemaDoc.value),
      relationships,
      ...relationshipsFile,
      file: schemaDoc.file
    })
  }
}

/** A rule file's own database/collection should agree with the folders it sits in. */
function checkNamespace(
  ctx: LoadContext,
  doc: JsonDocument,
  rule: JsonObject,
  database: string,
  collection: string
): void {
  for (const [key, expected] of [
    ['database', database],
    ['collection', collection]
  ] as const) {
    if (rule[key] !== undefined && rule[key] !== expected) {
      const message = `${key} '${String(rule[key])}' differs from its folder '${expected}': the name in the file is used, as realm-cli does`
      report(ctx, doc, [key], message, 'warning')
    }
  }
}

/** One v1 rule file `services/<svc>/rules/<db>.<coll>.json` of a data source. */
export async function loadV1Rule(
  ctx: LoadContext,
  rel: string,
  fileName: string,
  out: CollectionFiles
): Promise<void> {
  const doc = await readJson(ctx, rel)
  if (!doc?.ok || !checkFields(doc, [], doc.value, V1_RULE_TABLE, ctx.problems)) return
  const { schema, relationships, ...rule } = withoutId(asRecord(doc.value))
  const [dbFromName, ...rest] = fileName.replace(/\.json$/, '').split('.')
  const database = typeof rule.database === 'string' ? rule.database : dbFromName
  const collection = typeof rule.collection === 'string' ? rule.collection : rest.join('.')
  if (!database || !collection) {
    report(ctx, doc, [], 'a rule needs database and collection (or a file name <database>.<collection>.json)')
    return
  }
  out.rules.push({ ...rule, database, collection, file: doc.file } as RuleResource)
  if (schema !== undefined && checkSchema(ctx, doc, ['schema'], schema)) {
    const rels =
      relationships !== undefined && checkRelationships(ctx, doc, ['relationships'], relationships)
        ? asRecord(relationships)
        : {}
    out.schemas.push({ database, collection, schema: asRecord(schema), relationships: rels, file: doc.file })
  }
}

function checkSchema(ctx: LoadContext, doc: JsonDocument, path: string[], schema: unknown): boolean {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) {
    report(ctx, doc, path, 'a collection schema must be a JSON object')
    return false
  }
  const bsonType = (schema as JsonObject).bsonType
  if (bsonType !== undefined && bsonType !== 'object') {
    report(
      ctx,
      doc,
      [...path, 'bsonType'],
      `the root of a collection schema must have bsonType "object", not ${JSON.stringify(bsonType)}`
    )
    return false
  }
  return true
}

const RELATIONSHIP_REF = /^#\/relationship\/[^/]+\/[^/]+\/[^/]+$/

function checkRelationships(ctx: LoadContext, doc: JsonDocument, path: string[], value: unknown): boolean {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    report(ctx, doc, path, 'relationships must be a JSON object keyed by field name')
    return false
  }
  let ok = true
  for (const [field, relationship] of Object.entries(value as JsonObject)) {
    ok = checkFields(doc, [...path, field], relationship, RELATIONSHIP, ctx.problems) && ok
    const ref = asRecord(relationship).ref
    if (typeof ref === 'string' && !RELATIONSHIP_REF.test(ref)) {
      report(
        ctx,
        doc,
        [...path, field, 'ref'],
        `ref '${ref}' must look like #/relationship/<data source>/<database>/<collection>`
      )
      ok = false
    }
  }
  return ok
}
