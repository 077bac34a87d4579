// Change events as a DATABASE trigger receives them (docs: triggers/database-triggers, change event
// shape): built from a document and an operation type, with `fullDocument` per the trigger's
// `full_document`, `fullDocumentBeforeChange` per `full_document_before_change`, `updateDescription`
// for updates, then filtered by the trigger's `match` and shaped by its `project` (mingo).
import { randomBytes } from 'node:crypto'
import { EJSON, ObjectId, Timestamp } from 'bson'
import { Aggregator, Query } from 'mingo'
import type { Doc } from '../database/types.js'

export interface ChangeInput {
  /** insert, update, replace, delete (any case); default: the trigger's first operation type. */
  readonly operationType?: string
  /** The document after the change (insert/update/replace) or the one deleted. */
  readonly document?: Doc
  /** The document before the change (update/replace/delete). */
  readonly before?: Doc
  readonly updateDescription?: Doc
  /** For database- or deployment-level triggers: which namespace changed. */
  readonly ns?: { db: string; coll: string }
}

export interface TriggerConfig {
  readonly database?: string
  readonly collection?: string
  readonly full_document?: boolean
  readonly full_document_before_change?: boolean
  readonly operation_types?: string[]
  readonly match?: Doc
  readonly project?: Doc
}

export function buildChangeEvent(config: TriggerConfig, input: ChangeInput): Doc {
  const operationType = (input.operationType ?? config.operation_types?.[0] ?? 'insert').toLowerCase()
  const key = input.document?._id ?? input.before?._id ?? new ObjectId()
  const now = new Date()
  const event: Doc = {
    _id: { _data: randomBytes(16).toString('hex') },
    operationType,
    clusterTime: new Timestamp({ t: Math.floor(now.getTime() / 1000), i: 1 }),
    wallTime: now,
    ns: input.ns ?? { db: config.database ?? '', coll: config.collection ?? '' },
    documentKey: { _id: key }
  }
  const hasAfter = operationType === 'insert' || operationType === 'replace' || operationType === 'update'
  // A change stream always carries the new document of an insert or a replace; an update's only on request.
  if (hasAfter && input.document && (operationType !== 'update' || config.full_document))
    event.fullDocument = input.document
  const hasBefore = ['update', 'replace', 'delete'].includes(operationType)
  if (hasBefore && config.full_document_before_change && input.before)
    event.fullDocumentBeforeChange = input.before
  if (operationType === 'update') event.updateDescription = input.updateDescription ?? describeUpdate(input)
  return event
}

/** `updatedFields`/`removedFields` between the top-level fields of `before` and `document`. */
function describeUpdate({ before = {}, document = {} }: ChangeInput): Doc {
  const same = (a: unknown, b: unknown): boolean =>
    EJSON.stringify({ v: a } as never) === EJSON.stringify({ v: b } as never)
  const updatedFields: Doc = {}
  for (const [field, value] of Object.entries(document))
    if (field !== '_id' && !same(value, before[field])) updatedFields[field] = value
  const removedFields = Object.keys(before).filter(field => !(field in document))
  return { updatedFields, removedFields, truncatedArrays: [] }
}

/** Why the trigger would not see this event, or undefined when it would. */
export function eventFilterReason(config: TriggerConfig, event: Doc): string | undefined {
  const op = String(event.operationType ?? '').toUpperCase()
  const types = config.operation_types ?? []
  if (types.length && !types.includes(op))
    return `operation type ${op} is not one of the trigger's operation_types (${types.join(', ')})`
  const ns = (event.ns ?? {}) as { db?: string; coll?: string }
  if (config.database && ns.db !== config.database)
    return `the event's database '${String(ns.db)}' is not the trigger's '${config.database}'`
  if (config.collection && ns.coll !== config.collection)
    return `the event's collection '${String(ns.coll)}' is not the trigger's '${config.collection}'`
  if (config.match && Object.keys(config.match).length && !new Query(config.match).test(event))
    return "the event does not match the trigger's match expression"
  return undefined
}

/** The event as the function receives it: the trigger's `project` applied. */
export function projectEvent(config: TriggerConfig, event: Doc): Doc {
  if (!config.project || !Object.keys(config.project).length) return event
  const [projected] = new Aggregator([{ $project: config.project }]).run([event]) as Doc[]
  return projected
}
