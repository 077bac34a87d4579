// Node 22.1+ keeps the compiled code of the modules it loads and reuses it at the next run: the CLI
// turns it on before a command's modules load. Node 20 has no such cache.
import * as nodeModule from 'node:module'
import { homedir } from 'node:os'
import path from 'node:path'

/**
 * The user's own cache directory, not node's default in the shared temp directory, where another
 * account could leave compiled code for this one to run.
 */
export function compileCacheDirectory(env: NodeJS.ProcessEnv, home: string = homedir()): string {
  const base =
    env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(home, '.cache')
  return path.join(base, 'realm-deploy', 'compile-cache')
}

/** Turns the cache on where node has one; a no-op on Node 20, as is any failure (the run compiles as before). */
export function enableCompileCache(env: NodeJS.ProcessEnv): void {
  const enable = (nodeModule as { enableCompileCache?: (directory: string) => unknown }).enableCompileCache
  if (!enable) return
  try {
    enable(compileCacheDirectory(env))
  } catch {
    // No home directory, or none writable: nothing is cached.
  }
}
