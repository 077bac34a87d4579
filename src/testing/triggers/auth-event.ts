// The event an AUTHENTICATION trigger's function receives (docs: triggers/authentication-triggers):
// operationType (LOGIN, CREATE, DELETE), the provider, the user, the time.
import type { FunctionUser } from '../context.js'
import type { Doc } from '../database/types.js'

export interface AuthInput {
  /** The provider the user authenticated with (default: the trigger's first provider). */
  readonly provider?: string
  readonly user?: Partial<FunctionUser>
}

export interface AuthConfig {
  readonly operation_type?: string
  readonly providers?: string[]
}

export function buildAuthEvent(config: AuthConfig, input: AuthInput): Doc {
  const provider = input.provider ?? config.providers?.[0] ?? 'anon-user'
  const id = input.user?.id ?? '000000000000000000000001'
  const user: FunctionUser = {
    id,
    type: 'normal',
    data: {},
    custom_data: {},
    identities: [{ id: `${provider}-${id}`, provider_type: provider }],
    ...input.user
  }
  return { operationType: config.operation_type ?? 'LOGIN', providers: [provider], user, time: new Date() }
}

export function authFilterReason(config: AuthConfig, event: Doc): string | undefined {
  const [provider] = event.providers as string[]
  if (config.providers?.length && !config.providers.includes(provider))
    return `provider '${provider}' is not one of the trigger's providers (${config.providers.join(', ')})`
  return undefined
}
