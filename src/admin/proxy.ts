// Proxy support: HTTPS_PROXY, HTTP_PROXY and NO_PROXY, read the way every GitHub Action reads them,
// by @actions/http-client. Its dispatcher plugs into native fetch. Loopback targets never use a proxy.
import { HttpClient } from '@actions/http-client'

/** The undici dispatcher for requests to `baseUrl`, or undefined when no proxy applies. */
export function proxyDispatcherFor(baseUrl: string): unknown {
  return new HttpClient('realm-deploy').getAgentDispatcher(baseUrl)
}
