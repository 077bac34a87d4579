// The connection flags every remote command shares (base URL, project, API key pair), declared once
// to spread into a command's `options`, validated together, with the keys registered as secrets the
// moment they are read. Keys come from flags or from the Atlas CLI's environment variables.
import { createAdminClient, defaultBaseUrl, type AdminClient } from '../admin/client.js'
import { apiPrefix } from '../admin/transport.js'
import { ConfigError, type Problem } from '../errors.js'
import { registerSecret } from '../secrets.js'
import { stringOption, type CommandIO, type OptionSpec, type OptionValues } from './command.js'

import { privateKeyEnv, projectIdEnv, publicKeyEnv } from './credential-names.js'

export { privateKeyEnv, projectIdEnv, publicKeyEnv }

export const connectionOptions: Record<string, OptionSpec> = {
  'base-url': {
    type: 'string',
    value: 'URL',
    description: `Admin API host; /api/admin/v3.0 is appended (default: ${defaultBaseUrl}).`
  },
  'project-id': {
    type: 'string',
    value: 'ID',
    description: `Atlas project (group) id, 24 hex digits (or env ${projectIdEnv}).`
  },
  'public-api-key': {
    type: 'string',
    value: 'KEY',
    description: `Atlas programmatic API public key (or env ${publicKeyEnv}).`
  },
  'private-api-key': {
    type: 'string',
    value: 'KEY',
    description: `Atlas programmatic API private key; prefer env ${privateKeyEnv}, flags show in process lists.`
  }
}

export interface Connection {
  readonly baseUrl: string
  readonly projectId: string
  readonly publicKey: string
  readonly privateKey: string
}

const projectIdPattern = /^[0-9a-f]{24}$/i

/** Reads and checks the connection flags; every problem at once, each naming its flag. */
export function connectionFromOptions(values: OptionValues, env: NodeJS.ProcessEnv): Connection {
  const publicKey = stringOption(values, 'public-api-key') ?? env[publicKeyEnv]
  const privateKey = stringOption(values, 'private-api-key') ?? env[privateKeyEnv]
  registerSecret(publicKey)
  registerSecret(privateKey)
  const projectId = stringOption(values, 'project-id') ?? env[projectIdEnv]
  const problems: Problem[] = []
  const problem = (source: string, message: string): void =>
    void problems.push({ source, message, severity: 'error' })
  if (!projectId) problem('--project-id', `the Atlas project id is required (or set ${projectIdEnv})`)
  else if (!projectIdPattern.test(projectId)) {
    problem('--project-id', `'${projectId}' is not a project id: expected 24 hexadecimal digits`)
  }
  if (!publicKey) problem('--public-api-key', `the API public key is required (or set ${publicKeyEnv})`)
  if (!privateKey) problem('--private-api-key', `the API private key is required (or set ${privateKeyEnv})`)
  const baseUrl = checkBaseUrl(stringOption(values, 'base-url') ?? defaultBaseUrl, problem)
  if (problems.length > 0) throw new ConfigError(problems)
  return {
    baseUrl,
    projectId: projectId as string,
    publicKey: publicKey as string,
    privateKey: privateKey as string
  }
}

function checkBaseUrl(text: string, problem: (source: string, message: string) => void): string {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    problem('--base-url', `'${text}' is not a URL: expected e.g. ${defaultBaseUrl}`)
    return text
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    problem('--base-url', `'${text}' is not an http(s) URL`)
  } else if (url.username || url.password) {
    problem('--base-url', 'the URL must not carry a user name or password: the API keys authenticate')
  } else if (url.search || url.hash) {
    problem('--base-url', `'${text}' must not have a query or fragment`)
  }
  // A URL copied with the API path already on it is accepted: the path is appended once.
  const path = url.pathname.replace(/\/+$/, '')
  return `${url.origin}${path.endsWith(apiPrefix) ? path.slice(0, -apiPrefix.length) : path}`
}

/** The Admin API client of a command: its logger, and its signal (aborted on SIGINT/SIGTERM). */
export function adminClientFor(
  connection: Connection,
  io: Pick<CommandIO, 'logger' | 'signal'>
): AdminClient {
  return createAdminClient({
    baseUrl: connection.baseUrl,
    publicKey: connection.publicKey,
    privateKey: connection.privateKey,
    logger: io.logger,
    signal: io.signal
  })
}
