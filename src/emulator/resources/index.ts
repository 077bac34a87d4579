// Every resource route of an app: what the emulator core serves besides auth, apps, drafts,
// deployments and logs.
import type { Route } from '../types.js'
import { authRoutes } from './auth.js'
import { dependencyRoutes } from './dependencies.js'
import { endpointRoutes } from './endpoints.js'
import { environmentRoutes } from './environments.js'
import { functionRoutes } from './functions.js'
import { graphqlRoutes } from './graphql.js'
import { hostingAssetRoutes } from './hosting-assets.js'
import { hostingRoutes } from './hosting.js'
import { logForwarderRoutes } from './log-forwarders.js'
import { pullRoutes } from './pull-route.js'
import { ruleRoutes } from './rules.js'
import { schemaRoutes } from './schemas.js'
import { securityRoutes } from './security.js'
import { serviceRoutes } from './services.js'
import { specRoutes } from './spec-routes.js'
import { syncRoutes } from './sync.js'
import { triggerRoutes } from './triggers.js'
import { valueRoutes } from './values.js'
import { webhookRoutes } from './webhooks.js'

export { resourceDivergences } from './divergences.js'

export function resourceRoutes(): Route[] {
  return [
    ...functionRoutes(),
    ...valueRoutes(),
    ...environmentRoutes(),
    ...triggerRoutes(),
    ...serviceRoutes(),
    ...ruleRoutes(),
    ...webhookRoutes(),
    ...schemaRoutes(),
    ...syncRoutes(),
    ...authRoutes(),
    ...endpointRoutes(),
    ...graphqlRoutes(),
    ...logForwarderRoutes(),
    ...securityRoutes(),
    ...dependencyRoutes(),
    ...hostingRoutes(),
    ...hostingAssetRoutes(),
    ...pullRoutes(),
    ...specRoutes()
  ]
}
