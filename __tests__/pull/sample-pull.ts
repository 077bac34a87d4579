// A hand-written pull of an app with every kind of resource (fixtures/every-kind-pull.json), shaped
// like the Admin API's answers: the PushPullAppConfig of `GET .../pull` with references by id where
// the server keeps ids (trigger processors, endpoints, resolvers, custom user data, the
// `*FunctionId`s of auth providers), server-only fields (`clusterId`, `schedule_type`,
// `last_modified`, `flexible_sync` in the data source), a CRLF in a function source, a trigger with
// only a root `function_id`, the id lists, the app, its dependencies and hosted assets (a folder too).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PulledApp } from '../../src/pull/index.js'

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/every-kind-pull.json')
const sample = JSON.parse(readFileSync(file, 'utf8')) as PulledApp

export const APP_ID = sample.app._id
export const GROUP_ID = sample.app.group_id as string

/** A fresh copy each time: tests may change it. */
export function samplePulledApp(): PulledApp {
  return structuredClone(sample)
}

/** The parsed JSON of one written file (fails the test when it was not written). */
export function fileJson(files: ReadonlyMap<string, string>, rel: string): unknown {
  const text = files.get(rel)
  if (text === undefined) throw new Error(`${rel} was not written`)
  return JSON.parse(text)
}
