// The routes that complete the spec's operation list beyond the original resource modules: app API
// keys, network security, event subscriptions, function execution, export and push, deployment
// migration, linking several data sources, the admin auth providers, and the operations answered
// `NotEmulated` on purpose.
import type { Route } from '../types.js'
import { adminProviderRoutes } from './admin-providers.js'
import { apiKeyRoutes } from './api-keys.js'
import { exportRoutes } from './config-archive.js'
import { deploymentMigrationRoutes } from './deployment-migration.js'
import { eventSubscriptionRoutes } from './event-subscriptions.js'
import { executeFunctionRoutes } from './execute-function.js'
import { multiDataSourceRoutes } from './multi-data-sources.js'
import { networkSecurityRoutes } from './security-network.js'
import { notEmulatedRoutes } from './not-emulated.js'
import { pushRoutes } from './push.js'

export function specRoutes(): Route[] {
  return [
    ...adminProviderRoutes(),
    ...apiKeyRoutes(),
    ...networkSecurityRoutes(),
    ...eventSubscriptionRoutes(),
    ...executeFunctionRoutes(),
    ...exportRoutes(),
    ...pushRoutes(),
    ...deploymentMigrationRoutes(),
    ...multiDataSourceRoutes(),
    ...notEmulatedRoutes()
  ]
}
