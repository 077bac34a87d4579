// `GET /auth/providers` (getAdminAuthProviders, unauthenticated): the ways an administrator can log in
// to the Admin API. The emulator accepts Atlas programmatic API keys only (`mongodb-cloud`).
import type { Route } from '../types.js'

export const ADMIN_AUTH_PROVIDERS = [{ name: 'mongodb-cloud', type: 'mongodb-cloud', disabled: false }]

export function adminProviderRoutes(): Route[] {
  return [
    {
      method: 'GET',
      pattern: '/auth/providers',
      options: { public: true },
      handler: () => ({ status: 200, body: ADMIN_AUTH_PROVIDERS })
    }
  ]
}
