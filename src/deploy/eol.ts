// Services MongoDB ended on 2025-09-30 (Data API, HTTPS Endpoints, GraphQL, Device Sync, Static
// Hosting, and the Authentication and Rules that served them): one warning per such service an app's
// config carries, with the date, so a plan says plainly what the cloud no longer serves. Triggers,
// Functions, values and secrets, dependencies and log forwarding remain.
import type { AppModel } from '../app/model.js'
import type { KindName } from '../plan/kinds.js'

export const END_OF_LIFE_DATE = '2025-09-30'

interface EndedService {
  readonly service: string
  readonly kinds: readonly KindName[]
}

const ENDED: readonly EndedService[] = [
  { service: 'Data API', kinds: ['data_api_config'] },
  { service: 'HTTPS Endpoints', kinds: ['endpoint', 'webhook'] },
  { service: 'GraphQL', kinds: ['graphql_config', 'graphql_validation', 'custom_resolver'] },
  { service: 'Device Sync', kinds: ['sync'] },
  { service: 'Static Hosting', kinds: ['hosting_config'] },
  { service: 'Authentication (App Services users)', kinds: ['auth_provider', 'custom_user_data'] },
  { service: 'Rules (for Sync, Data API and GraphQL)', kinds: ['rule', 'default_rule'] }
]

/** The kinds (`--exclude` names) of each ended service, for the README and help texts. */
export const END_OF_LIFE_KINDS: ReadonlyMap<string, readonly KindName[]> = new Map(
  ENDED.map(e => [e.service, e.kinds])
)

/** One warning per ended service among `kinds` (the kinds the config carries). */
export function endOfLifeWarnings(kinds: ReadonlySet<string>, model?: AppModel): string[] {
  const hosting = model?.hosting?.present === true
  return ENDED.filter(
    e => e.kinds.some(k => kinds.has(k)) || (hosting && e.service === 'Static Hosting')
  ).map(
    e =>
      `${e.service} reached end of life on ${END_OF_LIFE_DATE}: MongoDB no longer serves it, and deploying it may fail. ` +
      `Leave it out with --exclude ${e.kinds.join(' --exclude ')} (action input exclude), or remove it from the config.`
  )
}
