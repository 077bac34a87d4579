// Matches a method and a path below `/api/admin/v3.0` to a registered route. Patterns use `{param}`
// segments; where two patterns fit one path, the one with a literal segment earlier wins
// (`/hosting/assets/asset` beats `/hosting/assets/{x}`).
import type { Route } from './types.js'

interface CompiledRoute {
  readonly route: Route
  readonly segments: readonly string[]
}

export type RouteMatch =
  | { readonly kind: 'found'; readonly route: Route; readonly params: Record<string, string> }
  | { readonly kind: 'wrong-method'; readonly allowed: string[] }
  | { readonly kind: 'none' }

function splitPath(path: string): string[] {
  return path.split('/').filter(segment => segment !== '')
}

function isParam(segment: string): boolean {
  return segment.startsWith('{') && segment.endsWith('}')
}

/** `GET /groups/{}/apps`: the identity of a route regardless of parameter names. */
export function routeSignature(method: string, pattern: string): string {
  return `${method.toUpperCase()} /${splitPath(pattern)
    .map(s => (isParam(s) ? '{}' : s))
    .join('/')}`
}

export class RouteTable {
  private readonly compiled: CompiledRoute[]

  constructor(routes: readonly Route[]) {
    const seen = new Set<string>()
    for (const route of routes) {
      const signature = routeSignature(route.method, route.pattern)
      if (seen.has(signature)) throw new Error(`emulator route registered twice: ${signature}`)
      seen.add(signature)
    }
    this.compiled = routes.map(route => ({ route, segments: splitPath(route.pattern) }))
  }

  get routes(): Route[] {
    return this.compiled.map(c => c.route)
  }

  match(method: string, path: string): RouteMatch {
    const segments = splitPath(path)
    const fitting = this.compiled
      .map(c => ({ c, params: matchSegments(c.segments, segments) }))
      .filter((m): m is { c: CompiledRoute; params: Record<string, string> } => m.params !== undefined)
    if (fitting.length === 0) return { kind: 'none' }
    const forMethod = fitting.filter(m => m.c.route.method.toUpperCase() === method.toUpperCase())
    if (forMethod.length === 0) {
      return {
        kind: 'wrong-method',
        allowed: [...new Set(fitting.map(m => m.c.route.method.toUpperCase()))].sort()
      }
    }
    forMethod.sort((a, b) => specificity(b.c.segments).localeCompare(specificity(a.c.segments)))
    return { kind: 'found', route: forMethod[0].c.route, params: forMethod[0].params }
  }
}

function matchSegments(
  pattern: readonly string[],
  actual: readonly string[]
): Record<string, string> | undefined {
  if (pattern.length !== actual.length) return undefined
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    let value: string
    try {
      value = decodeURIComponent(actual[i])
    } catch {
      return undefined
    }
    if (isParam(pattern[i])) params[pattern[i].slice(1, -1)] = value
    else if (pattern[i] !== value) return undefined
  }
  return params
}

// "1" for a literal segment, "0" for a parameter: comparing these strings prefers early literals.
function specificity(segments: readonly string[]): string {
  return segments.map(s => (isParam(s) ? '0' : '1')).join('')
}
