// Functions (`functions/config.json` + one `.js` per function, nested names in folders), the
// `functions/package.json` of installed dependencies, and triggers with names instead of ids.
import {
  byName,
  compareText,
  isObject,
  listOf,
  objectOf,
  documented,
  ordered,
  type ConfigFileSet,
  type JsonObject
} from './config-files.js'
import type { NameIndex } from './pulled-app.js'

/** The manifest fields of the local format (config-to-api §4.5), in the order exports use. */
const MANIFEST_FIELDS = [
  'name',
  'private',
  'can_evaluate',
  'disable_arg_logs',
  'run_as_system',
  'run_as_user_id',
  'run_as_user_id_script_source'
]

export function writeFunctions(out: ConfigFileSet, pull: JsonObject): void {
  const functions = listOf(pull.functions).sort(byName)
  const manifest = functions.map(fn =>
    documented({ ...fn, private: fn.private === true }, MANIFEST_FIELDS, ['source'])
  )
  out.json('functions/config.json', manifest)
  // The source is written byte for byte: a deploy compares it exactly.
  for (const fn of functions)
    out.text(`functions/${String(fn.name)}.js`, typeof fn.source === 'string' ? fn.source : '')
}

/** `{"dependencies": {name: version}}` from the installed list; nothing when there is none. */
export function writePackageJson(out: ConfigFileSet, summary: JsonObject | undefined): void {
  const installed = listOf(summary?.dependencies_list).filter(d => typeof d.name === 'string')
  if (installed.length === 0) return
  const dependencies: JsonObject = {}
  for (const dep of installed.sort((a, b) => compareText(String(a.name), String(b.name)))) {
    dependencies[String(dep.name)] = String(dep.version ?? '*')
  }
  out.json('functions/package.json', { dependencies })
}

/** A processor in the file's form: a FUNCTION processor names its function, others stay as they are. */
function processorsOf(trigger: JsonObject, names: NameIndex, where: string): JsonObject {
  const processors = objectOf(trigger.event_processors)
  const out: JsonObject = {}
  for (const kind of Object.keys(processors).sort(compareText)) {
    if (kind !== 'FUNCTION') {
      out[kind] = processors[kind]
      continue
    }
    const config = objectOf(objectOf(processors.FUNCTION).config)
    const name = names.function(config.function_id, config.function_name, where)
    if (name !== undefined) out.FUNCTION = { config: { function_name: name } }
  }
  // Older servers put the function only at the root (config-to-api §4.14).
  const rootName = names.function(trigger.function_id, trigger.function_name, where)
  if (out.FUNCTION === undefined && rootName !== undefined && !('AWS_EVENTBRIDGE' in out))
    out.FUNCTION = { config: { function_name: rootName } }
  return out
}

function errorHandlerOf(trigger: JsonObject, names: NameIndex, where: string): JsonObject | undefined {
  if (!isObject(trigger.error_handler)) return undefined
  const { config, ...handler } = trigger.error_handler
  const { function_id, function_name, ...rest } = objectOf(config)
  const name = names.function(function_id, function_name, `${where} (error_handler)`)
  return { ...handler, config: ordered({ ...rest, function_name: name }, ['enabled', 'function_name']) }
}

/** `triggers/<name>.json`: `config.service_name` and `function_name`s, no ids (config-to-api §4.14). */
export function writeTriggers(out: ConfigFileSet, pull: JsonObject, names: NameIndex): void {
  for (const trigger of listOf(pull.triggers).sort(byName)) {
    const file = `triggers/${String(trigger.name)}.json`
    const { service_id, service_name, schedule_type: _serverSet, ...config } = objectOf(trigger.config)
    const serviceName = names.service(service_id, service_name, file)
    const doc = {
      name: trigger.name,
      type: trigger.type,
      disabled: trigger.disabled === true,
      config: serviceName === undefined ? config : { service_name: serviceName, ...config },
      event_processors: processorsOf(trigger, names, file),
      error_handler: errorHandlerOf(trigger, names, file)
    }
    out.json(
      file,
      documented(
        doc,
        ['name', 'type', 'disabled', 'config', 'event_processors', 'error_handler'],
        ['function_name']
      )
    )
  }
}
