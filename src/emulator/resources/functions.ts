// Functions (`G/A/functions`): name-unique documents with inline `source`. The list shows
// FunctionSummary; GET shows the whole Function; a function that something still calls cannot be deleted.
import type { Doc, Route } from '../types.js'
import { collectionRoutes, type BuildInput, type CollectionSpec } from './collection.js'
import { functionNameUsers, functionUsers, refuseIfUsed } from './refs.js'
import { pick } from './store.js'
import {
  badRequest,
  optionalBoolean,
  optionalObject,
  optionalString,
  requireBoolean,
  requireString
} from './validate.js'

// Folders are part of a function's name (`utils/add`); every segment uses the plain name alphabet.
const FUNCTION_NAME = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/

function buildFunction({ body, config, existing }: BuildInput): Doc {
  const name = requireString(body.name, 'name')
  if (!FUNCTION_NAME.test(name)) {
    throw badRequest(
      `invalid function name ${JSON.stringify(name)}: use ASCII letters, digits, "_" or "-", with "/" between folder names`
    )
  }
  if (existing && existing.name !== name) {
    refuseIfUsed(functionNameUsers(config, existing.name), `rename function "${String(existing.name)}"`)
  }
  const doc: Doc = {
    name,
    private: requireBoolean(body.private, 'private'),
    source: requireString(body.source, 'source')
  }
  const canEvaluate = optionalObject(body.can_evaluate, 'can_evaluate')
  if (canEvaluate) doc.can_evaluate = canEvaluate
  doc.run_as_system = optionalBoolean(body.run_as_system, 'run_as_system', false)
  doc.disable_arg_logs = optionalBoolean(body.disable_arg_logs, 'disable_arg_logs', false)
  const userId = optionalString(body.run_as_user_id, 'run_as_user_id') ?? ''
  const userScript = optionalString(body.run_as_user_id_script_source, 'run_as_user_id_script_source') ?? ''
  if (userId !== '' && userScript !== '')
    throw badRequest('"run_as_user_id" cannot be used with "run_as_user_id_script_source"')
  if (userId !== '') doc.run_as_user_id = userId
  if (userScript !== '') doc.run_as_user_id_script_source = userScript
  return doc
}

export const functionsSpec: CollectionSpec = {
  kind: 'functions',
  path: '/functions',
  idParam: 'functionId',
  label: 'function',
  notFoundCode: 'FunctionNotFound',
  uniqueKey: doc => `name ${JSON.stringify(doc.name)}`,
  build: buildFunction,
  stamp: true,
  listView: (_config, doc) => pick(doc, '_id', 'name', 'last_modified'),
  create: { status: 201, body: (_config, doc) => pick(doc, '_id', 'name') },
  update: { method: 'PUT', status: 200, body: (_config, doc) => doc },
  remove: { status: 204 },
  beforeRemove: (config, doc) =>
    refuseIfUsed(functionUsers(config, doc._id as string), `delete function "${String(doc.name)}"`)
}

export function functionRoutes(): Route[] {
  return collectionRoutes(functionsSpec)
}
