// Reads what the deployed app has, in a fixed number of requests: the pull, the id lists that map
// references back to names, secrets, allowed origins; hosting assets and dependencies when asked.
import type { AppClient } from '../admin/app-client.js'
import type { Doc, HostedAsset } from '../admin/types.js'
import type { RemoteSnapshot } from '../plan/remote.js'

export interface AppSnapshot extends RemoteSnapshot {
  readonly assets?: HostedAsset[]
  readonly dependencies?: Doc
}

const named = (docs: Doc[]) => docs.map(d => ({ _id: String(d._id), name: String(d.name) }))

export async function readSnapshot(app: AppClient, options: { hosting: boolean }): Promise<AppSnapshot> {
  const [pull, functions, services, secrets, allowedOrigins, assets] = await Promise.all([
    app.pull(),
    app.functions.list(),
    app.services.list(),
    app.secrets.list(),
    app.allowedRequestOrigins.get(),
    options.hosting ? app.hosting.listAssets() : Promise.resolve(undefined)
  ])
  return {
    pull,
    functions: named(functions),
    services: named(services),
    secrets: named(secrets),
    allowedOrigins,
    ...(assets ? { assets } : {})
  }
}
