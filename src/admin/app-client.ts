// Everything the Admin API offers about one app, bound to its project and app `_id`: paths, methods
// and match keys per kind (admin-api-notes.md §2, config-to-api.md §2.3).
import {
  createCollectionApi,
  sameName,
  sameNamespace,
  sameResolverField,
  sameRoute,
  sameSchemaNamespace,
  setEnabled,
  type CollectionApi,
  type CollectionSpec
} from './collections.js'
import { createDependenciesApi, type DependenciesApi } from './dependencies.js'
import { createDeploymentsApi, createDraftsApi, type DeploymentsApi, type DraftsApi } from './drafts.js'
import { createHostingApi, type HostingApi } from './hosting.js'
import { allLogEntries, logEntries, logPages, type LogFilter } from './logs.js'
import {
  createCreatableSettingApi,
  createDefaultRuleApi,
  createOriginsApi,
  createSettingApi,
  pullJson,
  pullZip,
  setEnvironment,
  type CreatableSettingApi,
  type DefaultRuleApi,
  type OriginsApi,
  type SettingApi
} from './settings.js'
import { expectDoc } from './shapes.js'
import type { Transport } from './transport.js'
import { exportDeployment } from './deployment-export.js'
import { createTriggerStateApi, type TriggerStateApi } from './trigger-state.js'
import type { AppInstance, Doc, LogEntry, LogPage } from './types.js'

export interface TogglableCollectionApi extends CollectionApi {
  enable(id: string): Promise<void>
  disable(id: string): Promise<void>
}

export interface AppClient {
  readonly groupId: string
  readonly appId: string
  get(): Promise<AppInstance>
  readonly drafts: DraftsApi
  readonly deployments: DeploymentsApi
  readonly functions: CollectionApi
  readonly values: CollectionApi
  /** The server has no GET by id for secrets and never returns a secret's value. */
  readonly secrets: CollectionApi
  readonly environmentValues: CollectionApi
  readonly triggers: CollectionApi
  /** Event subscriptions (the running triggers) and the resume of a suspended one. */
  readonly triggerState: TriggerStateApi
  /** Data sources and third-party services. Updates go through `serviceConfig`. */
  readonly services: CollectionApi
  serviceConfig(serviceId: string): SettingApi
  rules(serviceId: string): CollectionApi
  defaultRule(serviceId: string): DefaultRuleApi
  incomingWebhooks(serviceId: string): CollectionApi
  readonly authProviders: TogglableCollectionApi
  readonly customUserData: SettingApi
  readonly endpoints: CollectionApi
  readonly dataApiConfig: CreatableSettingApi
  readonly graphqlConfig: SettingApi
  readonly graphqlValidationSettings: SettingApi
  readonly customResolvers: CollectionApi
  readonly logForwarders: TogglableCollectionApi
  readonly schemas: CollectionApi
  readonly allowedRequestOrigins: OriginsApi
  /** Sync settings written by `PUT .../sync/config` (e.g. development_mode_enabled). */
  readonly syncConfig: SettingApi
  setEnvironment(environment: string): Promise<void>
  readonly dependencies: DependenciesApi
  readonly hosting: HostingApi
  /** The whole app configuration as JSON (`PushPullAppConfig`). */
  pull(): Promise<Doc>
  /** The whole app configuration as a zip of the config directory. */
  pullZip(): Promise<Buffer>
  /** The configuration a past deployment put live, as a zip of the config directory. */
  exportDeployment(deploymentId: string): Promise<Buffer>
  /** Entries of one query: error entries with `errorsOnly`, else (as the API does) non-error ones. */
  logs(filter?: LogFilter): AsyncGenerator<LogEntry>
  /** Error and non-error entries together, newest first. */
  allLogs(filter?: Omit<LogFilter, 'errorsOnly'>): AsyncGenerator<LogEntry>
  logPages(filter?: LogFilter): AsyncGenerator<LogPage>
}

export interface AppClientOptions {
  readonly uploadTimeoutMs: number
}

export function createAppClient(
  transport: Transport,
  groupId: string,
  appId: string,
  options: AppClientOptions
): AppClient {
  const appPath = `/groups/${encodeURIComponent(groupId)}/apps/${encodeURIComponent(appId)}`
  const deployments = createDeploymentsApi(transport, appPath)
  return {
    groupId,
    appId,
    async get() {
      const response = await transport.call({ method: 'GET', path: appPath })
      return expectDoc<AppInstance>(response.body, `GET ${appPath}`, '', ['client_app_id', 'name'])
    },
    drafts: createDraftsApi(transport, appPath, deployments),
    deployments,
    ...collectionApis(transport, appPath),
    triggerState: createTriggerStateApi(transport, appPath),
    ...serviceApis(transport, appPath),
    ...settingApis(transport, appPath),
    dependencies: createDependenciesApi(transport, appPath, options.uploadTimeoutMs),
    hosting: createHostingApi(transport, appPath, { appId, uploadTimeoutMs: options.uploadTimeoutMs }),
    pull: () => pullJson(transport, appPath),
    pullZip: () => pullZip(transport, appPath),
    exportDeployment: deploymentId => exportDeployment(transport, appPath, deploymentId),
    logs: filter => logEntries(transport, appPath, filter),
    allLogs: filter => allLogEntries(transport, appPath, filter),
    logPages: filter => logPages(transport, appPath, filter)
  }
}

type CollectionKeys =
  | 'functions'
  | 'values'
  | 'secrets'
  | 'environmentValues'
  | 'triggers'
  | 'authProviders'
  | 'endpoints'
  | 'customResolvers'
  | 'logForwarders'
  | 'schemas'

/** The app-level collections, each with its path, update method and match key. */
function collectionApis(transport: Transport, appPath: string): Pick<AppClient, CollectionKeys> {
  const collection = (
    kind: string,
    matches: CollectionSpec['matches'],
    updateMethod: 'PUT' | 'PATCH' = 'PUT'
  ) => createCollectionApi(transport, { path: `${appPath}/${kind}`, updateMethod, matches })
  const togglable = (kind: string, updateMethod: 'PUT' | 'PATCH'): TogglableCollectionApi => ({
    ...collection(kind, sameName, updateMethod),
    enable: id => setEnabled(transport, `${appPath}/${kind}`, id, true),
    disable: id => setEnabled(transport, `${appPath}/${kind}`, id, false)
  })
  return {
    functions: collection('functions', sameName),
    values: collection('values', sameName),
    secrets: collection('secrets', sameName),
    environmentValues: collection('environment_values', sameName),
    triggers: collection('triggers', sameName),
    authProviders: togglable('auth_providers', 'PATCH'),
    endpoints: collection('endpoints', sameRoute),
    customResolvers: collection('graphql/custom_resolvers', sameResolverField),
    logForwarders: togglable('log_forwarders', 'PATCH'),
    schemas: collection('schemas', sameSchemaNamespace)
  }
}

/** Services (data sources and third-party services) and what hangs below one. */
function serviceApis(
  transport: Transport,
  appPath: string
): Pick<AppClient, 'services' | 'serviceConfig' | 'rules' | 'defaultRule' | 'incomingWebhooks'> {
  const servicePath = (serviceId: string): string => `${appPath}/services/${encodeURIComponent(serviceId)}`
  return {
    services: createCollectionApi(transport, {
      path: `${appPath}/services`,
      updateMethod: 'PATCH',
      matches: sameName
    }),
    serviceConfig: serviceId => createSettingApi(transport, `${servicePath(serviceId)}/config`, 'PATCH'),
    rules: serviceId =>
      createCollectionApi(transport, {
        path: `${servicePath(serviceId)}/rules`,
        updateMethod: 'PUT',
        matches: sameNamespace
      }),
    defaultRule: serviceId => createDefaultRuleApi(transport, servicePath(serviceId)),
    incomingWebhooks: serviceId =>
      createCollectionApi(transport, {
        path: `${servicePath(serviceId)}/incoming_webhooks`,
        updateMethod: 'PUT',
        matches: sameName
      })
  }
}

type SettingKeys =
  | 'customUserData'
  | 'dataApiConfig'
  | 'graphqlConfig'
  | 'graphqlValidationSettings'
  | 'allowedRequestOrigins'
  | 'syncConfig'
  | 'setEnvironment'

/** One-per-app settings. */
function settingApis(transport: Transport, appPath: string): Pick<AppClient, SettingKeys> {
  return {
    customUserData: createSettingApi(transport, `${appPath}/custom_user_data`, 'PATCH'),
    dataApiConfig: createCreatableSettingApi(transport, `${appPath}/data_api/config`, 'PATCH'),
    graphqlConfig: createSettingApi(transport, `${appPath}/graphql/config`, 'PUT'),
    graphqlValidationSettings: createSettingApi(transport, `${appPath}/validation_settings/graphql`, 'PUT'),
    allowedRequestOrigins: createOriginsApi(transport, appPath),
    syncConfig: createSettingApi(transport, `${appPath}/sync/config`, 'PUT'),
    setEnvironment: environment => setEnvironment(transport, appPath, environment)
  }
}
