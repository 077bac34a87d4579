// The app-wide files: the root config of each layout (and `.mdb/meta.json` for 20230101), values,
// environment values (the pull's per-environment maps, one file per environment) and hosting.
import type { HostedAsset } from '../admin/types.js'
import {
  byName,
  compareText,
  isObject,
  listOf,
  objectOf,
  only,
  ordered,
  type ConfigFileSet,
  type JsonObject
} from './config-files.js'
import type { PulledApp, PullLayout } from './pulled-app.js'

/** The API's environment keys and their files (config-to-api §4.2). */
const ENVIRONMENT_FILES: ReadonlyArray<[string, string]> = [
  ['none', 'no-environment.json'],
  ['development', 'development.json'],
  ['testing', 'testing.json'],
  ['qa', 'qa.json'],
  ['production', 'production.json']
]
const HOSTING_FIELDS = [
  'enabled',
  'custom_domain',
  'app_default_domain',
  'default_error_path',
  'default_error_code'
]

export function writeRootConfig(out: ConfigFileSet, pulled: PulledApp, layout: PullLayout): void {
  const { app, snapshot } = pulled
  const pull = snapshot.pull
  const environment =
    typeof pull.environment === 'string' && pull.environment !== ''
      ? pull.environment
      : app.environment || undefined
  const origins =
    snapshot.allowedOrigins && snapshot.allowedOrigins.length > 0
      ? [...snapshot.allowedOrigins].sort(compareText)
      : undefined
  const common = {
    name: pull.name ?? app.name,
    provider_region: pull.provider_region ?? app.provider_region,
    deployment_model: pull.deployment_model ?? app.deployment_model,
    environment,
    allowed_request_origins: origins
  }
  if (layout === '20230101') {
    out.json(
      'root_config.json',
      only(common, ['name', 'provider_region', 'deployment_model', 'environment', 'allowed_request_origins'])
    )
    const meta = {
      config_version: 20230101,
      app_id: app._id,
      group_id: app.group_id,
      client_app_id: app.client_app_id
    }
    out.json('.mdb/meta.json', only(meta, ['config_version', 'app_id', 'group_id', 'client_app_id']))
    return
  }
  const root = { ...common, config_version: 20210101, app_id: app.client_app_id, location: app.location }
  const keys = [
    'config_version',
    'app_id',
    'name',
    'location',
    'provider_region',
    'deployment_model',
    'environment',
    'allowed_request_origins'
  ]
  out.json('realm_config.json', only(root, keys))
}

/** `values/<name>.json`; a `from_secret` value holds the secret's NAME, never its value. */
export function writeValues(out: ConfigFileSet, pull: JsonObject): void {
  for (const value of listOf(pull.values).sort(byName)) {
    const name = String(value.name)
    if (value.private === true) {
      out.note(
        `values/${name}.json: the value is private in the app; the config format has no 'private' field, so a deploy makes it public`
      )
    }
    out.json(`values/${name}.json`, { name, value: value.value, from_secret: value.from_secret === true })
  }
}

/** All five environment files, as realm-cli writes them, each `{"values": {...}}` sorted by name. */
export function writeEnvironments(out: ConfigFileSet, pull: JsonObject): void {
  const byEnvironment = objectOf(objectOf(pull.environments).values)
  for (const [key, file] of ENVIRONMENT_FILES) {
    const values = objectOf(objectOf(byEnvironment[key]).values)
    out.json(`environments/${file}`, { values: ordered(values) })
  }
}

/** Listings include folders (paths ending in `/`), which nothing uploads. */
export function hostedFiles(assets: readonly HostedAsset[]): HostedAsset[] {
  return assets.filter(asset => !asset.path.endsWith('/'))
}

/** `hosting/config.json`, and with the assets `hosting/metadata.json` (their attrs; the files stay remote). */
export function writeHosting(
  out: ConfigFileSet,
  pull: JsonObject,
  assets: readonly HostedAsset[] | undefined
): void {
  if (isObject(pull.hosting)) out.json('hosting/config.json', only(pull.hosting, HOSTING_FIELDS))
  if (!assets) return
  const entries = hostedFiles(assets)
    .sort((a, b) => compareText(a.path, b.path))
    .map(asset => ({
      path: asset.path,
      attrs: asset.attrs.map(attr => ({ name: attr.name, value: attr.value }))
    }))
  out.json('hosting/metadata.json', entries)
}
