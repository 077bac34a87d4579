// Authentication and project errors told as what to do: a refused login or an unknown project is
// an input problem (exit 2) naming the key (by its public part's flag/input, never a value), the
// project id, and the Atlas CLI commands that check both.
import { AdminApiError, ConfigError } from '../errors.js'
import type { DeploySettings } from './types.js'

export interface AccessNames {
  readonly projectId: string
  /** How the user passes the keys here: `--public-api-key/--private-api-key (or env ...)` or the inputs. */
  readonly keySource: string
  readonly projectSource: string
}

const LOGIN_PATH = '/auth/providers/mongodb-cloud/login'
// The Atlas CLI reads the same environment variables as realm-deploy: the same pair, the same answer.
const WITH_PAIR = 'with this pair in MONGODB_ATLAS_PUBLIC_API_KEY and MONGODB_ATLAS_PRIVATE_API_KEY'

/** The ConfigError an access failure means, or undefined for any other error. */
export function accessProblem(error: unknown, names: AccessNames): ConfigError | undefined {
  if (!(error instanceof AdminApiError)) return undefined
  if (error.path.endsWith(LOGIN_PATH) && (error.status === 401 || error.status === 403)) {
    return new ConfigError([
      {
        source: names.keySource,
        severity: 'error',
        message:
          `the Admin API refused the API key pair (${error.status}${error.errorCode ? ` ${error.errorCode}` : ''}): ` +
          'check that the public and private key belong together and that the key is not deleted or limited to other IP addresses. ' +
          `Check it with the Atlas CLI: ${WITH_PAIR}, 'atlas projects list' must succeed`
      }
    ])
  }
  const noProject =
    error.errorCode === 'GroupNotFound' ||
    (error.status === 403 && /\/groups\/[^/]+(\/apps)?$/.test(error.path.split('?')[0]))
  if (noProject) {
    return new ConfigError([
      {
        source: names.projectSource,
        severity: 'error',
        message:
          `project ${names.projectId} does not exist or this API key has no access to it (${error.status}${error.errorCode ? ` ${error.errorCode}` : ''}): ` +
          `check it with the Atlas CLI: ${WITH_PAIR}, 'atlas projects list' lists the projects the key can see, ` +
          `and 'atlas projects apiKeys list --projectId ${names.projectId}' the project's keys and roles (the key needs Project Owner)`
      }
    ])
  }
  return undefined
}

/** The names a run's settings give (the action's inputs unless the CLI said its flags). */
export function accessNamesOf(settings: DeploySettings): AccessNames {
  return {
    projectId: settings.projectId,
    keySource: settings.accessSources?.key ?? 'public-api-key',
    projectSource: settings.accessSources?.project ?? 'project-id'
  }
}

/** A refused connection says where to look: nothing listens at the base URL (a typo, a server not started). */
export function withConnectionHint(error: unknown, baseUrlSource: string): unknown {
  if (!(error instanceof AdminApiError) || error.errorCode !== 'NoResponse') return error
  if (!error.message.includes('ECONNREFUSED') || error.message.includes(baseUrlSource)) return error
  error.message += `. Nothing accepts connections there: check ${baseUrlSource} and that the server is running`
  return error
}
